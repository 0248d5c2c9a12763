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
    --source annotator/models/en_annotator_ud   go on training the shipped pipeline

``--source`` copies every component of a trained pipeline (spaCy's ``source``), trains them
on with a fresh optimizer at ``--learn-rate`` (warmed up over the first 200 steps, then
constant, or falling linearly to 0 over ``--decay-steps``) with parameter averaging, in
batches of 1,000 words from the first step. spaCy 3.8's edit-tree lemmatizer forgets its
tree-to-label map when loaded from disk, so a sourced lemmatizer would learn every lemma as
its first tree (identity): lemma accuracy fell from 0.948 to 0.761 on EWT dev at the first
evaluation of such a run. ``scripts/english/callbacks.py`` rebuilds the map after
initialization (``[initialize.after_init]``); the training is given that file with
``--code``.

Model selection on EWT dev weighs UAS and LAS 0.25 each, sentence F 0.15, tags, UPOS and
lemmas 0.1 each and morphology 0.05 (``[training.score_weights]`` of the config).

The test split is scored twice: as raw text in 10-sentence documents (sentence boundaries
found by the pipeline, the figure the model is known by) and one sentence per document
(gold sentence boundaries, tokenization still spaCy's), beside it in meta.json.
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
CALLBACKS = CONFIG.parent / "callbacks.py"
OUTPUT = REPO / "annotator" / "models" / "en_annotator_ud"
TREEBANK = "en_ewt-ud-{split}.conllu"
SPLITS = ("train", "dev", "test")
META = {
    "name": "annotator_ud", "version": "1.1.0",
    "description": "English tagger, morphologizer, dependency parser, lemmatizer and "
                   "sentence segmenter trained on Universal Dependencies English EWT",
    "license": "CC BY-SA 4.0", "author": "Annotator",
    "sources": [{"name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
                 "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                 "license": "CC BY-SA 4.0",
                 "author": "Silveira et al. 2014; Stanford University; UD contributors"}],
}
# Other UD English treebanks a shipped model may be trained with (--extra): what meta.json
# and LICENSE then say of them, by the start of the file name.
EXTRA_SOURCES = {
    "en_pud": ({"name": "Universal Dependencies English PUD (UD_English-PUD)",
                "url": "https://github.com/UniversalDependencies/UD_English-PUD",
                "license": "CC BY-SA 3.0",
                "author": "Google; DFKI; Schuster, Reddy, Manning; UD contributors"},
               """  UD English PUD (Parallel Universal Dependencies, CoNLL 2017 shared task), 1,000
  sentences of news and Wikipedia, CC BY-SA 3.0: sentences provided by DFKI, annotations
  by Google, converted to UD v2 by Martin Popel and corrected by Sebastian Schuster, Siva
  Reddy and Christopher Manning; lemmas and features by Sebastian Schuster. Contributors:
  Uszkoreit, Hans; Macketanz, Vivien; Burchardt, Aljoscha; Harris, Kim; Marheinecke,
  Katrin; Petrov, Slav; Kayadelen, Tolga; Attia, Mohammed; Elkahky, Ali; Yu, Zhuoran;
  Pitler, Emily; Lertpradit, Saran; Kirchner, Jesse; Lambertino, Lorenzo; Popel, Martin;
  Zeman, Daniel; Manning, Christopher; Schuster, Sebastian; Reddy, Siva.
  https://github.com/UniversalDependencies/UD_English-PUD (CC BY-SA 3.0 allows adaptations
  under a later version of the licence with the same elements, as here: CC BY-SA 4.0)."""),
    "en_pronouns": ({"name": "Universal Dependencies English Pronouns (UD_English-Pronouns)",
                     "url": "https://github.com/UniversalDependencies/UD_English-Pronouns",
                     "license": "CC BY-SA 4.0", "author": "Robert Munro"},
                    """  UD English Pronouns, 285 sentences on independent genitive pronouns,
  CC BY-SA 4.0, created by Robert Munro (Human-in-the-Loop Machine Learning, Manning
  Publications).
  https://github.com/UniversalDependencies/UD_English-Pronouns"""),
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
    treebanks' files (spaCy's corpus reader reads every .spacy file under it). The test
    split also goes one sentence a document, as ``test-sentences``."""
    folders = {split: corpus / split for split in files}
    for split, path in files.items():
        folders[split].mkdir(parents=True, exist_ok=True)
        for source in [path, *extra] if split == "train" else [path]:
            spacy_cli("convert", source, folders[split], "--converter", "conllu", "-n", "10")
    found = {split: folders[split] if split == "train" else folders[split] / f"{path.stem}.spacy"
             for split, path in files.items()}
    if "test" in files:
        (corpus / "test-sentences").mkdir(parents=True, exist_ok=True)
        spacy_cli("convert", files["test"], corpus / "test-sentences", "--converter", "conllu",
                  "-n", "1")
        found["test-sentences"] = corpus / "test-sentences" / f"{files['test'].stem}.spacy"
    return found


def training_config(args: argparse.Namespace, out: Path) -> Path:
    """The config to train with: ``--config``, with every component sourced from ``--source``
    when given, and the lemmatizer's labels relinked after initialization."""
    from thinc.api import Config

    config = Config().from_disk(args.config, interpolate=False)
    if args.source is not None:
        for name in config["nlp"]["pipeline"]:
            config["components"][name] = {"source": str(args.source.resolve())}
        optimizer = config["training"]["optimizer"]
        optimizer["use_averages"] = True
        optimizer["learn_rate"] = {"@schedules": "warmup_linear.v1", "warmup_steps": 200,
                                   "total_steps": 200 + (args.decay_steps or 10**7),
                                   "initial_rate": args.learn_rate}
        config["training"]["batcher"]["size"]["start"] = 1000
    config["initialize"]["after_init"] = {"@callbacks": "annotator.relink_lemma_trees.v1"}
    out.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(out)
    return out


def train(corpus: dict[str, Path], work: Path, args: argparse.Namespace) -> Path:
    """Train; past --time-limit minutes the run is stopped and its best model so far kept."""
    config = training_config(args, work / "config.cfg")
    command = [sys.executable, "-m", "spacy", "train", config, "--code", CALLBACKS,
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


def extra_sources(extra: list[Path]) -> list[tuple[dict, str]]:
    """The attribution of each extra treebank trained on; one without a known licence stops."""
    found = []
    for path in extra:
        known = [source for prefix, source in EXTRA_SOURCES.items()
                 if path.name.startswith(prefix)]
        if not known:
            sys.exit(f"{path.name}: no known licence and attribution for this treebank "
                     "(see EXTRA_SOURCES)")
        if known[0] not in found:
            found.append(known[0])
    return found


def ship(model: Path, scores: dict, output: Path, extra: list[Path],
         gold_sentences: dict) -> None:
    """The best model, with the senter off by default (the parser sets sentences) and the
    licence (with the extra treebanks' attribution) and scores beside it."""
    sources = extra_sources(extra)
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(model, output)
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    meta.update(META, performance=meta.get("performance", {}),
                test_scores_ud_ewt=scores, test_scores_ud_ewt_gold_sentences=gold_sentences)
    meta["sources"] = META["sources"] + [source for source, _ in sources]
    meta.pop("spacy_git_version", None)
    (output / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    from thinc.api import Config

    # The training-only callback must not be needed to load the pipeline.
    config = Config().from_disk(output / "config.cfg", interpolate=False)
    config["nlp"]["disabled"] = ["senter"]
    config["initialize"]["after_init"] = None
    config.to_disk(output / "config.cfg")
    licence = (CONFIG.parent / "LICENSE").read_text(encoding="utf-8")
    if sources:
        head, tail = licence.split("\nThe treebank's annotations", 1)
        licence = (head + "\nIt was also trained on:\n\n"
                   + "\n\n".join(text for _, text in sources)
                   + "\n\nThe treebank's annotations" + tail)
    (output / "LICENSE").write_text(licence, encoding="utf-8")
    (output / "README.md").write_text(model_readme(scores, gold_sentences,
                                                   [source for source, _ in sources]),
                                      encoding="utf-8")


def model_readme(scores: dict, gold_sentences: dict, sources: list[dict]) -> str:
    rows = "\n".join(f"| {key} | {value} | {gold_sentences.get(key, '')} |"
                      for key, value in scores.items())
    also = "".join(f", and on {source['name']} ({source['license']})" for source in sources)
    return f"""# en_annotator_ud: Annotator's English pipeline

tok2vec (CNN, width 96, depth 4, no vectors) + tagger (Penn tags) + morphologizer (UPOS and
features) + dependency parser (UD labels) + edit-tree lemmatizer + senter (off by default:
the parser sets sentences), trained with spaCy {spacy_version()} on the Universal
Dependencies English Web Treebank (UD_English-EWT, train split; dev split for model
selection){also}, by `scripts/train_english.py` with `scripts/english/config.cfg` (how long
and from what: the section "The English pipeline" of Annotator's README).

Licence: CC BY-SA 4.0, as the treebanks it was trained on (see LICENSE: attribution to the
treebanks and their authors, and the licence text).

Scores on the EWT test split (`spacy evaluate`: spaCy's own tokenization of the raw text;
pos = UPOS, tag = Penn tags; UAS and LAS leave punctuation out; speed in words per second,
one CPU process). "raw text": 10 sentences a document, the pipeline finds the sentence
boundaries; "gold sentences": one sentence a document:

| metric | raw text | gold sentences |
|---|---|---|
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
                        "English treebanks whose licence allows it: PUD, Pronouns); with "
                        "--model, the files it was trained with, for its attribution")
    parser.add_argument("--time-limit", type=float, metavar="MINUTES",
                        help="stop training after this long and keep the best model so far")
    parser.add_argument("--source", type=Path, metavar="PIPELINE", help="go on training "
                        "this trained pipeline's components instead of starting afresh")
    parser.add_argument("--learn-rate", type=float, default=0.0005,
                        help="with --source: the learning rate after 200 warm-up steps")
    parser.add_argument("--decay-steps", type=int, metavar="STEPS", help="with --source: "
                        "the learning rate then falls linearly to 0 over this many steps "
                        "(default: it stays)")
    parser.add_argument("--model", type=Path, help="skip training: evaluate and ship this "
                        "trained pipeline (e.g. the model-best of a stopped run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        files = treebank_files(args.treebank)
        if args.model is not None:
            files = {"test": files["test"]}
        extra_sources(args.extra)  # before hours of training
        corpus = convert(files, work / "corpus", [] if args.model else args.extra)
        model = args.model or train(corpus, work, args)
        scores = evaluate(model, corpus["test"], work)
        gold_sentences = evaluate(model, corpus["test-sentences"], work)
        ship(model, scores, args.output, args.extra, gold_sentences)
    print(json.dumps({"raw text": scores, "gold sentences": gold_sentences}, indent=2))


if __name__ == "__main__":
    main()
