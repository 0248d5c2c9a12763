"""Train the English pipeline that ships with Annotator, on Universal Dependencies English EWT.

It reads nothing from the network. Get the treebank first (CC BY-SA 4.0):

    git clone https://github.com/UniversalDependencies/UD_English-EWT
    nice -n 10 python scripts/train_english.py UD_English-EWT

The folder must hold ``en_ewt-ud-{train,dev,test}.conllu``; a copy without the train file
(some mirrors drop large files) is rebuilt from ``not-to-release/sources`` in the order of
``not-to-release/file-lists``, as the treebank's own ``build.py`` does.

What it does: ``spacy convert`` (CoNLL-U, 10 sentences per doc), ``spacy train`` with
``scripts/english/config.cfg`` (tok2vec + tagger + morphologizer + parser + edit-tree
lemmatizer + senter, CPU, no vectors, sized like en_core_web_sm), ``spacy evaluate`` on the
test split, then the best model goes to ``annotator/models/en_annotator_ud`` with its
licence, meta and scores. UD English GUM is not used: its UD release is CC BY-NC-SA 4.0
(non-commercial), which a model shipped with this project cannot carry.

    --max-steps 300 --eval-frequency 100   a quick end-to-end check (minutes)
    --model DIR/model-best                 ship the best model of a run stopped early
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).resolve().parent / "english" / "config.cfg"
OUTPUT = REPO / "annotator" / "models" / "en_annotator_ud"
TREEBANK = "en_ewt-ud-{split}.conllu"
SPLITS = ("train", "dev", "test")
META = {
    "name": "annotator_ud", "version": "1.0.0",
    "description": "English tagger, morphologizer, dependency parser, lemmatizer and "
                   "sentence segmenter trained on Universal Dependencies English EWT",
    "license": "CC BY-SA 4.0", "author": "Annotator",
    "sources": [{"name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
                 "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                 "license": "CC BY-SA 4.0",
                 "author": "Silveira et al. 2014; Stanford University; UD contributors"}],
}
SCORES = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
          "sents_f", "speed")


def treebank_files(folder: Path) -> dict[str, Path]:
    """The three splits, rebuilding the train file from the per-document sources if absent."""
    files = {split: folder / TREEBANK.format(split=split) for split in SPLITS}
    for split, path in files.items():
        if path.exists():
            continue
        listing = folder / "not-to-release" / "file-lists" / f"files.{split}"
        if not listing.exists():
            sys.exit(f"{path} not found: give the folder of a UD_English-EWT clone")
        sources = folder / "not-to-release" / "sources"
        with path.open("w", encoding="utf-8", newline="\n") as out:
            for name in listing.read_text(encoding="utf-8").split():
                out.write((sources / name).read_text(encoding="utf-8"))
    return files


def spacy_cli(*args: str | Path) -> None:
    subprocess.run([sys.executable, "-m", "spacy", *map(str, args)], check=True)


def convert(files: dict[str, Path], corpus: Path, extra: list[Path]) -> dict[str, Path]:
    """One .spacy file per split; the train split is a folder, which also holds the extra
    treebanks' files (spaCy's corpus reader reads every .spacy file under it)."""
    folders = {split: corpus / split for split in files}
    for split, path in files.items():
        folders[split].mkdir(parents=True, exist_ok=True)
        for source in [path, *extra] if split == "train" else [path]:
            spacy_cli("convert", source, folders[split], "--converter", "conllu", "-n", "10")
    return {split: folders[split] if split == "train" else folders[split] / f"{path.stem}.spacy"
            for split, path in files.items()}


def train(corpus: dict[str, Path], work: Path, args: argparse.Namespace) -> Path:
    """Train; past --time-limit minutes the run is stopped and its best model so far kept."""
    command = [sys.executable, "-m", "spacy", "train", args.config,
               "--output", work / "training",
               "--paths.train", corpus["train"], "--paths.dev", corpus["dev"],
               "--training.max_steps", args.max_steps, "--training.max_epochs", args.max_epochs,
               "--training.patience", args.patience,
               "--training.eval_frequency", args.eval_frequency]
    limit = args.time_limit * 60 if args.time_limit else None
    try:
        subprocess.run(list(map(str, command)), check=True, timeout=limit)
    except subprocess.TimeoutExpired:
        print(f"stopped after {args.time_limit} minutes; keeping the best model so far")
    return work / "training" / "model-best"


def evaluate(model: Path, test: Path, work: Path) -> dict:
    metrics = work / "test-metrics.json"
    spacy_cli("evaluate", model, test, "--output", metrics)
    found = json.loads(metrics.read_text(encoding="utf-8"))
    return {key: round(found[key], 4) for key in SCORES if found.get(key) is not None}


def ship(model: Path, scores: dict, output: Path) -> None:
    """The best model, with the senter off by default (the parser sets sentences) and the
    licence and scores beside it."""
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(model, output)
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    meta.update(META, performance=meta.get("performance", {}),
                test_scores_ud_ewt=scores)
    meta.pop("spacy_git_version", None)
    (output / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    config = (output / "config.cfg").read_text(encoding="utf-8")
    (output / "config.cfg").write_text(config.replace("disabled = []", 'disabled = ["senter"]'),
                                       encoding="utf-8")
    shutil.copy(CONFIG.parent / "LICENSE", output / "LICENSE")
    (output / "README.md").write_text(model_readme(scores), encoding="utf-8")


def model_readme(scores: dict) -> str:
    rows = "\n".join(f"| {key} | {value} |" for key, value in scores.items())
    return f"""# en_annotator_ud: Annotator's English pipeline

tok2vec (CNN, width 96, depth 4, no vectors) + tagger (Penn tags) + morphologizer (UPOS and
features) + dependency parser (UD labels) + edit-tree lemmatizer + senter (off by default:
the parser sets sentences), trained with spaCy {spacy_version()} on the Universal
Dependencies English Web Treebank (UD_English-EWT, train split; dev split for model
selection) by `scripts/train_english.py` with
`scripts/english/config.cfg`.

Licence: CC BY-SA 4.0, as the treebank it was trained on (see LICENSE: attribution to UD
English EWT and its authors, and the licence text).

Scores on the EWT test split (`spacy evaluate`: spaCy's own tokenization of the raw text;
pos = UPOS, tag = Penn tags; UAS and LAS leave punctuation out; speed in words per second,
one CPU process):

| metric | value |
|---|---|
{rows}
"""


def spacy_version() -> str:
    import spacy

    return spacy.__version__


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("treebank", type=Path, help="folder of a UD_English-EWT clone")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--work", type=Path, help="where corpora and checkpoints go "
                        "(default: a temporary folder, removed at the end)")
    parser.add_argument("--max-steps", type=int, default=12000)
    parser.add_argument("--max-epochs", type=int, default=0)
    parser.add_argument("--patience", type=int, default=2000)
    parser.add_argument("--eval-frequency", type=int, default=400)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], metavar="CONLLU",
                        help="more training files (fully annotated CoNLL-U of other UD "
                        "English treebanks whose licence allows it, e.g. PUD, CC BY-SA)")
    parser.add_argument("--time-limit", type=float, metavar="MINUTES",
                        help="stop training after this long and keep the best model so far")
    parser.add_argument("--model", type=Path, help="skip training: evaluate and ship this "
                        "trained pipeline (e.g. the model-best of a stopped run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        files = treebank_files(args.treebank)
        if args.model is not None:
            files = {"test": files["test"]}
        corpus = convert(files, work / "corpus", [] if args.model else args.extra)
        model = args.model or train(corpus, work, args)
        scores = evaluate(model, corpus["test"], work)
        ship(model, scores, args.output)
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
