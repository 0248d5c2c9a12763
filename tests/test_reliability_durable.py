"""The full-durability option: synchronous=FULL, from the project or the environment."""

from reliability_helpers import build_project, cli

from annotator.core.project import Project


def test_projects_are_normal_by_default_and_durable_when_created_so(tmp_path):
    plain = build_project(tmp_path / "plain.sqlite", sentences=1)
    assert cli("new", tmp_path / "durable.sqlite", "--durable").returncode == 0
    with Project.open(plain) as project:
        assert not project.durable
    with Project.open(tmp_path / "durable.sqlite") as project:
        assert project.durable


def test_the_environment_makes_every_project_durable(tmp_path, monkeypatch):
    plain = build_project(tmp_path / "plain.sqlite", sentences=1)
    monkeypatch.setenv("ANNOTATOR_DURABLE", "1")
    with Project.open(plain) as project:
        assert project.durable
