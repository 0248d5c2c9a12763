"""Import quality on real web pages: segmentation, boilerplate and titles, against line gold.

Each page is scored twice: as a select-all text copy (bench/select_all.py renders it) and
through the HTML reader (trafilatura). The open-licence pages in tests/pages are always
scored; the larger development set is read from fetched repositories, with our gold in
bench/pages/gold.json holding only fingerprints of the publishers' text.

Get the pages, either as bare git mirrors (one folder per repository, owner+name/repo, as
`git clone --bare https://github.com/OWNER/NAME OWNER+NAME/repo` gives) or as plain files:

    python bench/bench_pages.py --mirror /work/.mirror      # reads pages with `git show`
    python bench/bench_pages.py --folder pages/             # pages/<page name>.html

The sources are listed in the gold file (owner/name:path of each page).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_all import render  # noqa: E402

from annotator.core.text.page_gold import PageFigures, PageGold, load_page_gold, page_figures  # noqa: E402,E501
from annotator.core.text.readers import normalise, read_documents  # noqa: E402
from annotator.core.text.segment import segment_texts  # noqa: E402
from annotator.core.text.titles import choose_title  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BENCH_GOLD = REPO / "bench" / "pages" / "gold.json"
TEST_PAGES = REPO / "tests" / "pages"


def _from_mirror(mirror: Path, source: str) -> str | None:
    repo, _, path = source.partition(":")
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return None
    shown = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                           capture_output=True, check=False)
    return shown.stdout.decode("utf-8", errors="replace") if shown.returncode == 0 else None


def score(pages: list[tuple[str, str, PageGold]]) -> tuple[PageFigures, PageFigures]:
    """(text-copy figures, HTML-reader figures) over (name, html, gold) pages."""
    as_text, as_html = PageFigures(), PageFigures()
    texts = [normalise(render(html)) for _, html, _ in pages]
    documents = []
    with tempfile.TemporaryDirectory() as folder:
        for name, html, _ in pages:
            path = Path(folder) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            documents.append(read_documents(path)[0])
    segmented = segment_texts([(t, g.lang) for t, (_, _, g) in zip(texts, pages)])
    for (name, _, gold), text, segments in zip(pages, texts, segmented):
        as_text.add(page_figures(text, segments, choose_title(text, segments), gold,
                                 in_order=True, name=name))
    segmented = segment_texts([(d.text, g.lang) for d, (_, _, g) in zip(documents, pages)])
    for (name, _, gold), document, segments in zip(pages, documents, segmented):
        title = document.title or choose_title(document.text, segments)
        as_html.add(page_figures(document.text, segments, title, gold, in_order=False,
                                 name=name))
    return as_text, as_html


def committed_pages() -> list[tuple[str, str, PageGold]]:
    pages = []
    for gold_path in sorted(TEST_PAGES.glob("*.gold.json")):
        for name, gold in load_page_gold(gold_path).items():
            html = (TEST_PAGES / name).with_suffix(".html").read_text(encoding="utf-8")
            pages.append((Path(name).stem, html, gold))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, help="folder of bare git mirrors owner+name/repo")
    parser.add_argument("--folder", type=Path, help="folder of <page name>.html files")
    parser.add_argument("--details", action="store_true", help="list what went wrong")
    args = parser.parse_args()
    pages = committed_pages()
    missing = []
    for name, gold in load_page_gold(BENCH_GOLD).items():
        html = None
        if args.folder and (args.folder / f"{name}.html").exists():
            html = (args.folder / f"{name}.html").read_text(encoding="utf-8", errors="replace")
        elif args.mirror and gold.source:
            html = _from_mirror(args.mirror, gold.source)
        if html is None:
            missing.append(name)
        else:
            pages.append((name, html, gold))
    langs = sorted({g.lang for _, _, g in pages})
    print(f"{len(pages)} pages ({', '.join(f'{sum(g.lang == lang for *_, g in pages)} {lang}' for lang in langs)})"  # noqa: E501
          + (f"; not found: {', '.join(missing)}" if missing else ""))
    as_text, as_html = score(pages)
    for label, figures in (("text copies", as_text), ("HTML reader", as_html)):
        print(f"{label:12}: {figures.summary()}")
        if args.details:
            print("\n".join(f"    {line}" for line in figures.missed))
    print("targets: >= 98% exact, >= 95% boilerplate flagged, <= 1% content flagged, "
          "every title right")


if __name__ == "__main__":
    main()
