"""Every suggestion field on every development corpus, written as JSON lines, to check that a
change meant to be faster suggests exactly the same (run it before and after, then compare).

The corpora, each suggested document by document (types and personal accounts are carried
from sentence to sentence): French and English Wikinews (attribution and verifiability sets,
every part), PolNeAR's train sample and dev split (when its bare git copy is there; never its
test split), the bundled and shared samples, the attribution bench's 1,000-sentence articles
and the suggestion bench's corpus, both languages; and, where their bare git copies are
there, the sentences of UD French Sequoia and of UD English EWT's dev and test splits, 40 a
document (a wider range of constructions than news).

    python scripts/suggestion_snapshot.py OUT.jsonl [--compare BEFORE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from attribution_sets import POLNEAR, english, english_wikinews, french  # noqa: E402
from bench_attribution import TIMED_SENTENCES  # noqa: E402
from bench_suggest import GOLD_DIRS  # noqa: E402
from bench_suggest import corpus as bench_corpus  # noqa: E402

from annotator.core.suggest import suggest_sentences  # noqa: E402
from annotator.core.suggest.evaluate import load_gold  # noqa: E402

VERIFIABILITY = REPO / "tests" / "data" / "verifiability"
PARTS = ("dev", "train", "unseen")
MIRROR = Path("/work/.mirror")
TREEBANKS = {"fr": [("UD_French-Sequoia", f"fr_sequoia-ud-{s}.conllu")
                    for s in ("train", "dev", "test")],
             "en": [("UD_English-EWT", f"en_ewt-ud-{s}.conllu") for s in ("dev", "test")]}
PER_DOCUMENT = 40


def treebank_documents(lang: str) -> Iterator[tuple[str, str, list[str]]]:
    for repo, file in TREEBANKS[lang]:
        git_dir = MIRROR / f"UniversalDependencies+{repo}" / "repo"
        if not git_dir.exists():
            continue
        conllu = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{file}"],
                                capture_output=True, text=True, check=True).stdout
        texts = [line.removeprefix("# text = ") for line in conllu.splitlines()
                 if line.startswith("# text = ")]
        for start in range(0, len(texts), PER_DOCUMENT):
            yield f"ud {file} {start}", lang, texts[start:start + PER_DOCUMENT]


def documents() -> Iterator[tuple[str, str, list[str]]]:
    """(name, language, sentences) of every document compared."""
    for lang in ("fr", "en"):
        wikinews = french if lang == "fr" else english_wikinews
        dev_articles = []
        for part in PARTS:
            for article in wikinews(part):
                dev_articles += [article] if part == "dev" else []
                yield f"attribution {lang} {part} {article.name}", lang, \
                    [s.text for s in article.sentences]
            by_article: dict[str, list[str]] = {}
            for s in load_gold(VERIFIABILITY / f"{lang}_wikinews_{part}.gold.json"):
                by_article.setdefault(s.article, []).append(s.text)
            for name, sentences in by_article.items():
                yield f"verifiability {lang} {part} {name}", lang, sentences
        if lang == "en" and POLNEAR.exists():
            for part in ("dev", "unseen"):
                polnear = english(part)
                dev_articles += polnear if part == "dev" else []
                for article in polnear:
                    yield f"polnear {part} {article.name}", lang, \
                        [s.text for s in article.sentences]
        for directory in GOLD_DIRS:
            for path in sorted(directory.glob("*.gold.json")):
                by_article = {}
                for s in load_gold(path):
                    if s.lang == lang:
                        by_article.setdefault(s.article, []).append(s.text)
                for name, sentences in by_article.items():
                    yield f"sample {path.name} {name}", lang, sentences
        # The attribution bench's timed article: its dev sentences repeated to 1,000.
        pool = [s.text for a in dev_articles for s in a.sentences]
        yield f"bench_attribution {lang}", lang, \
            (pool * (TIMED_SENTENCES // len(pool) + 1))[:TIMED_SENTENCES]
        yield f"bench_suggest {lang}", lang, bench_corpus(lang, 320)
        yield from treebank_documents(lang)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a snapshot to compare with, line by line")
    args = parser.parse_args()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, lang, sentences in documents():
            for i, (text, found) in enumerate(zip(sentences, suggest_sentences(sentences, lang),
                                                  strict=True)):
                out.write(json.dumps({"doc": name, "i": i, "text": text, **asdict(found)},
                                     ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} sentences written to {args.out}")
    if args.compare is None:
        return
    before, after = _by_sentence(args.compare), _by_sentence(args.out)
    differ = [key for key in before.keys() & after.keys() if before[key] != after[key]]
    hidden = measure_only_texts()
    for key in sorted(differ)[:10]:
        print(difference(key, before[key], after[key], hidden))
    print(f"{len(before)} sentences before, {len(after)} after, {len(differ)} differ, "
          f"{len(before.keys() ^ after.keys())} in one only")
    if differ or before.keys() != after.keys():
        raise SystemExit(1)


def measure_only_texts() -> frozenset[str]:
    """Sentences of the check parts, which only measure: a difference there is counted, never
    shown (the UD Sequoia documents hold the regional check part's sentences)."""
    return frozenset(s.text for folder in (REPO / "tests" / "data" / "attribution", VERIFIABILITY)
                     for path in folder.glob("*_check.gold.json") for s in load_gold(path))


def difference(key: tuple[str, int], before: str, after: str, hidden: frozenset[str]) -> str:
    """The two lines of a sentence that differs, or only where it is when it belongs to a part
    that only measures (unseen, check)."""
    doc, i = key
    if " unseen " in f" {doc} " or json.loads(before)["text"] in hidden:
        return f"~ {doc}, sentence {i}: differs (a part that only measures: not shown)"
    return f"- {before}\n+ {after}"


def _by_sentence(path: Path) -> dict[tuple[str, int], str]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        found = json.loads(line)
        out[found["doc"], found["i"]] = line
    return out


if __name__ == "__main__":
    main()
