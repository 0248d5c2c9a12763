"""Shared fixtures: a fresh project file, and one with a small French article imported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.project import Project  # noqa: E402
from annotator.core.text.importer import import_paths  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED_SAMPLES = REPO.parent / "shared" / "samples"

ARTICLE_FR = """Accueil Monde Économie Sport
Par Claire Dumont
Publié le 12/03/2025 à 10h15

Le port de Marseille paralysé par une grève

Les dockers du port de Marseille ont cessé le travail lundi, selon la direction du port.
« Nous ne reprendrons pas tant que les salaires ne seront pas revus », a déclaré le porte-parole du syndicat.
Le ministre des Transports a annoncé mardi l'ouverture de négociations.

Lire aussi
Grève des raffineries : le point sur la situation
"""


@pytest.fixture
def run():
    """The command line in this process: ``run("tag", path, ...)`` gives click's result; an
    exception the CLI does not turn into its one-line error fails the test."""
    from click.testing import CliRunner

    from annotator.cli import main

    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def fresh_project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "test.sqlite", target="the dockers' strike")
    yield project
    project.close()


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "greve.txt"
    path.write_text(ARTICLE_FR, encoding="utf-8")
    return path


@pytest.fixture
def article_project(fresh_project: Project, article_file: Path) -> Project:
    import_paths(fresh_project, [article_file], lang="fr")
    return fresh_project


def content_sentences(project: Project, doc_id: int = 1):
    return [s for s in project.sentences(doc_id) if s.kind == "sentence"]


@pytest.fixture(scope="session")
def en():
    """The English suggestion pipeline (the shipped parser and the rules)."""
    from annotator.core.suggest import suggestion_pipeline

    return suggestion_pipeline("en")
