"""The demo project: the bundled sample articles, so a newcomer can tag within seconds."""

from __future__ import annotations

from pathlib import Path

from ..core.project import Project
from ..core.resources import RESOURCES, SAMPLES

PROJECTS = RESOURCES.parent / "projects"
DEMO = PROJECTS / "demo.sqlite"
DEMO_TARGET = "the official version of events"


def sample_files(folder: Path = SAMPLES) -> list[Path]:
    """The bundled articles; their hand annotations (``.gold.json``) are not articles."""
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


def create_demo(path: Path = DEMO, samples: list[Path] | None = None) -> Project:
    """Create the demo project from the samples (segmenting them takes a few seconds)."""
    from ..core.text.importer import import_paths  # loads spaCy: only on the very first start

    path.parent.mkdir(parents=True, exist_ok=True)
    project = Project.create(path, target=DEMO_TARGET)
    files = sample_files() if samples is None else samples
    if files:
        import_paths(project, files)
    return project
