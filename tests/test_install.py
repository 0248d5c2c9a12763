"""`pip install .` works anywhere: the wheel holds every file the package reads, and the
installed commands run from a folder that is not the checkout.

The wheel is built offline from a copy of the files a build reads (setuptools from the test
extra, no build isolation) and installed without its dependencies into a fresh virtual
environment, which borrows the dependencies already installed for the tests (a path line
naming their site-packages, so the checkout's editable install stays out of it).
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ARTICLE_FR, REPO

pytestmark = pytest.mark.slow
BUILD_INPUTS = ("pyproject.toml", "README.md", "annotator")


def run(args: list, *, cwd: Path, env: dict[str, str], timeout: int = 240) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy2
        copy(REPO / name, source / name,
             **({"ignore": shutil.ignore_patterns("__pycache__")} if name == "annotator" else {}))
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(root / "home"), XDG_CONFIG_HOME=str(root / "config"),
               XDG_DATA_HOME=str(root / "data"), PIP_NO_INDEX="1")
    run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", root / "dist"], cwd=root, env=env)
    [wheel] = (root / "dist").glob("annotator-*.whl")
    venv = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root, env=env)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         "-q", wheel], cwd=root, env=env)
    purelib = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                       cwd=root, env=env).strip())
    # The tests' own dependencies, after the venv's site-packages (which thus comes first).
    borrowed = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"),
                *site.getsitepackages()}
    (purelib / "borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    work = root / "elsewhere"
    work.mkdir()
    env["PATH"] = f"{python.parent}{os.pathsep}{env.get('PATH', '')}"
    return {"wheel": wheel, "python": python, "purelib": purelib, "work": work, "env": env,
            "root": root, "annotator": python.parent / "annotator"}


def test_the_wheel_holds_every_file_of_the_package(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    files = [p for p in (REPO / "annotator").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    missing = [str(p.relative_to(REPO)) for p in files
               if p.relative_to(REPO).as_posix() not in names]
    assert missing == []
    assert "annotator/resources/schema/default.json" in names


def test_the_installed_package_is_imported_not_the_checkout(installed):
    where = run([installed["python"], "-c", "import annotator; print(annotator.__file__)"],
                cwd=installed["work"], env=installed["env"]).strip()
    assert Path(where).is_relative_to(installed["purelib"])


def test_new_import_export_from_another_folder(installed):
    work, env, annotator = installed["work"], installed["env"], installed["annotator"]
    (work / "greve.txt").write_text(ARTICLE_FR, encoding="utf-8")
    assert "created x.sqlite" in run([annotator, "new", "x.sqlite"], cwd=work, env=env)
    run([annotator, "import", "x.sqlite", "greve.txt", "--lang", "fr"], cwd=work, env=env)
    run([annotator, "export", "x.sqlite", "-o", "out.jsonl", "--all-sentences"], cwd=work,
        env=env)
    lines = (work / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 3 and '"doc_title": "Le port de Marseille paralysé par une grève"' in (
        lines[0])
    assert not (installed["purelib"] / "projects").exists()


def test_screenshot_without_a_display_from_another_folder(installed):
    work, env, annotator = installed["work"], installed["env"], installed["annotator"]
    run([annotator, "new", "shot.sqlite"], cwd=work, env=env)
    run([annotator, "--screenshot", "shot.png", "shot.sqlite"], cwd=work, env=env)
    assert (work / "shot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_demo_starts_from_an_install_in_the_user_data_folder(installed):
    work, env, annotator = installed["work"], installed["env"], installed["annotator"]
    run([annotator, "--screenshot", "demo.png"], cwd=work, env=env)
    assert (work / "demo.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    demo = installed["root"] / "data" / "Annotator" / "projects" / "demo.sqlite"
    listed = run([annotator, "documents", demo], cwd=work, env=env).splitlines()[1:]
    assert len(listed) == 3  # the bundled samples
    assert not (installed["purelib"] / "projects").exists()
