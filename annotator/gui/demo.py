"""The demo project: the bundled sample articles, so a newcomer can tag within seconds.

Project files (the demo among them) go in ``projects/`` when the app runs from a source
checkout, else in the platform's data folder for the user (``~/.local/share/Annotator`` on
Linux, ``~/Library/Application Support/Annotator`` on macOS, ``%LOCALAPPDATA%\\Annotator``
on Windows): never beside the installed code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..core.project import Project
from ..core.resources import checkout_projects, sample_articles

DEMO_NAME = "demo.sqlite"
DEMO_TARGET = "the official version of events"
DATA_FOLDER = "Annotator"


def projects_folder() -> Path:
    """Where project files go unless the user says otherwise."""
    checkout = checkout_projects()
    if checkout is not None:
        return checkout
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(data) / DATA_FOLDER / "projects"


def demo_path() -> Path:
    return projects_folder() / DEMO_NAME


def create_demo(path: Path, samples: list[Path] | None = None) -> Project:
    """Create the demo project from the samples (segmenting them takes a few seconds)."""
    from ..core.text.importer import import_paths  # loads spaCy: only on the very first start

    path.parent.mkdir(parents=True, exist_ok=True)
    project = Project.create(path, target=DEMO_TARGET)
    files = sample_articles() if samples is None else samples
    if files:
        import_paths(project, files)
    return project
