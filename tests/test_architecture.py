"""The core is a library: it must never pull in Qt."""

import subprocess
import sys

from tests.conftest import REPO


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, annotator.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'annotator.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "qt = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_sql_outside_the_store():
    offenders = []
    for path in (REPO / "annotator").rglob("*.py"):
        if "store" in path.relative_to(REPO / "annotator").parts:
            continue
        text = path.read_text(encoding="utf-8")
        if any(word in text for word in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM")):
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []
