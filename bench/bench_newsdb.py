"""Importing one Nexis export of N articles against the same articles as N text files.

The bench writes a synthetic Nexis classic .TXT export (a cover, then per article the
"N of M DOCUMENTS" line, outlet, date, headline, BYLINE/SECTION/LENGTH fields, the body
hard-wrapped at 78 columns, LOAD-DATE/LANGUAGE and a copyright line), and the same articles
as plain text files holding exactly the text the export's reader makes of them (headline,
then paragraphs), so both imports segment the same text. The ratio is export time / files
time, in CPU time, best of N runs (target <= 1.2).

    python bench/bench_newsdb.py [--articles 1000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import french_sentences  # noqa: E402

from annotator.core.project import Project  # noqa: E402
from annotator.core.text.importer import import_paths  # noqa: E402

OUTLETS = ["La Gazette du Littoral", "Le Courrier du Rhône", "L'Écho des Régions"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def articles(count: int, *, seed: int = 11) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of ``count`` articles recombined from the sample sentences."""
    rng = random.Random(seed)
    pool = french_sentences()
    made = []
    for number in range(count):
        headline = f"Dépêche {number}: " + rng.choice(pool).rstrip(".")[:70].rstrip()
        made.append((headline, [" ".join(rng.sample(pool, 3)) for _ in range(8)]))
    return made


def nexis_export(items: list[tuple[str, list[str]]]) -> str:
    rng = random.Random(3)
    parts = [f"Download Request: Selected Items: 1-{len(items)}", "",
             "Terms: synthetic bench export", "", ""]
    for number, (headline, paragraphs) in enumerate(items, start=1):
        day = rng.randint(1, 28)
        words = sum(len(p.split()) for p in paragraphs)
        parts += [f"{number:>33} of {len(items)} DOCUMENTS", "", "",
                  f"{rng.choice(OUTLETS):^78}".rstrip(), "",
                  f"{day} {rng.choice(MONTHS)} 2024 {rng.choice(DAYS)}".center(78).rstrip(),
                  "", headline, "", "BYLINE: Camille Martin", "", "SECTION: MONDE; Pg. 3", "",
                  f"LENGTH: {words} mots", ""]
        for paragraph in paragraphs:
            parts += [*textwrap.wrap(paragraph, 78, break_on_hyphens=False), ""]
        parts += ["LOAD-DATE: 2 juillet 2024", "", "LANGUE: FRENCH", "", "",
                  "Copyright 2024 Éditions du bench".center(78).rstrip(), "", ""]
    return "\n".join(parts)


def timed_import(path: Path, source: Path) -> tuple[float, int]:
    """CPU seconds of the import, and the content sentences it made."""
    with Project.create(path) as project:
        start = time.process_time()
        import_paths(project, [source], lang="fr")
        return time.process_time() - start, project.stats()["sentences"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    items = articles(args.articles)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        export = root / "nexis.TXT"
        export.write_text(nexis_export(items), encoding="utf-8")
        size = export.stat().st_size // 1024
        (root / "files").mkdir()
        for number, (headline, paragraphs) in enumerate(items):
            (root / "files" / f"a{number:04}.txt").write_text(
                "\n\n".join([headline, *paragraphs]), encoding="utf-8")
        timed_import(root / "warm.sqlite", root / "files" / "a0000.txt")  # loads spaCy
        files = nexis = float("inf")
        for run in range(args.repeat):
            seconds, added_files = timed_import(root / f"files{run}.sqlite", root / "files")
            files = min(files, seconds)
            seconds, added_nexis = timed_import(root / f"nexis{run}.sqlite", export)
            nexis = min(nexis, seconds)
    print(f"articles: {args.articles}  export size: {size} KiB  content sentences from the "
          f"files: {added_files}, from the export: {added_nexis} (the same text)")
    print(f"{args.articles} text files: {files:.2f} s CPU")
    print(f"one Nexis export: {nexis:.2f} s CPU")
    print(f"ratio export/files: {nexis / files:.2f}  (target <= 1.2)")


if __name__ == "__main__":
    main()
