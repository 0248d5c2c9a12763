"""Where the bundled files live, and where project files go by default.

The label schema and the sample articles are package data (``annotator/resources``), read
through ``importlib.resources`` so that an installed package finds them wherever it is.
A wheel installs them as plain files, so they are handed out as paths (the importer walks
folders); a zipped install is not supported.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

RESOURCES = Path(str(files("annotator").joinpath("resources")))
DEFAULT_SCHEMA = RESOURCES / "schema" / "default.json"
SAMPLES = RESOURCES / "samples"

_CHECKOUT = RESOURCES.parents[1]


def sample_articles() -> list[Path]:
    """The bundled articles; their hand annotations (``.gold.json``) are not articles."""
    return sorted(p for p in SAMPLES.glob("*.txt") if p.is_file())


def sample_golds() -> list[Path]:
    """The hand annotations of the bundled articles (the ``.gold.json`` files)."""
    return sorted(SAMPLES.glob("*.gold.json"))


def checkout_projects() -> Path | None:
    """``projects/`` of the source checkout the package runs from, or None when the package
    is installed (then project files belong in the user's data folder, never beside the
    installed code)."""
    folder = _CHECKOUT / "projects"
    if (_CHECKOUT / "pyproject.toml").is_file() and folder.is_dir():
        return folder
    return None
