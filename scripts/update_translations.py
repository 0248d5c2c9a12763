"""Extract the interface's strings into the .ts files and compile them to .qm.

    python scripts/update_translations.py          # update .ts (keeps translations), build .qm
    python scripts/update_translations.py --check  # exit 1 if a string lacks a translation

Translate with Qt Linguist (``pyside6-linguist annotator/resources/i18n/annotator_fr.ts``)
or any editor, then run the script again to compile. Locations are left out of the .ts so
that moving code does not change it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "annotator" / "gui"
TRANSLATIONS = ROOT / "annotator" / "resources" / "i18n"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def table_strings() -> str:
    """The key tables' titles and groups, and the dimensions' titles, as marked strings:
    they are data, not tr() calls."""
    sys.path.insert(0, str(ROOT))
    from annotator.core.review.rows import TITLES
    from annotator.gui import i18n, keymap

    lines = {f"QT_TRANSLATE_NOOP({keymap.KEYMAP_CONTEXT!r}, {text!r})"
             for table in (keymap.COMMANDS, keymap.REVIEW_COMMANDS)
             for _command, title, group, _keys in table for text in (title, group)}
    lines |= {f"QT_TRANSLATE_NOOP({i18n.DIMENSIONS_CONTEXT!r}, {title!r})"
              for title in TITLES.values()}
    return "\n".join(sorted(lines)) + "\n"


def extract(ts: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tables = Path(folder) / "key_tables.py"
        tables.write_text(table_strings(), encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), *sources(), str(tables), "-no-obsolete",
                        "-locations", "none", "-ts", str(ts)], cwd=ROOT, check=True,
                       capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def unfinished(ts: Path) -> list[str]:
    """The source strings of ``ts`` that have no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    """Extract into a copy: every string must be in the .ts, translated, and compiled."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            committed = TRANSLATIONS / f"annotator_{lang}.ts"
            copy = Path(folder) / committed.name
            shutil.copy(committed, copy)
            extract(copy)
            problems += [f"{lang}: untranslated {s}" for s in unfinished(copy)]
            if copy.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.name} is not current: run this script")
            qm = Path(folder) / f"annotator_{lang}.qm"
            compile_qm(committed, qm)
            if qm.read_bytes() != committed.with_suffix(".qm").read_bytes():
                problems.append(f"{committed.with_suffix('.qm').name} is not compiled "
                                "from the .ts: run this script")
    print("\n".join(problems) or "translations are complete and compiled")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"annotator_{lang}.ts"
        if not ts.exists():
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{lang}"></TS>\n', encoding="utf-8")
        extract(ts)
        compile_qm(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} string(s) to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
