"""``annotator data-to-spacy``: a training folder for ``spacy train``, as Prodigy's
``data-to-spacy`` gives one: ``train.spacy``, ``dev.spacy`` and ``config.cfg``.

The split is by document, never by sentence: documents that share a sentence text (a wire
story in two outlets) count as one, so no text is in both train and dev. Which sentences go
in, and how undecided and "none" are encoded, is ``spacy_docbin``'s rule.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import atomic_outputs
from ..errors import InputError
from ..progress import SILENT, Progress
from ..project import Project
from .spacy_config import MAX_SUGGESTED, build_config
from .spacy_docbin import SPANS_KEY, Tokenizers, cat_label, docs_of, write_docs


@dataclass
class TrainingSet:
    folder: Path
    lang: str
    train: int = 0  # docs
    dev: int = 0
    train_documents: int = 0
    dev_documents: int = 0
    components: list[str] = field(default_factory=list)
    decided: dict[str, int] = field(default_factory=dict)  # dimension -> docs deciding it
    longest_source: int | None = None
    covered: float | None = None  # share of sources the suggester can propose

    def summary(self) -> str:
        lines = [f"train.spacy: {self.train} sentences from {self.train_documents} "
                 f"document(s); dev.spacy: {self.dev} from {self.dev_documents}",
                 f"components: {', '.join(self.components)} (language {self.lang})"]
        lines += [f"{name}: decided on {n} sentence(s)" for name, n in self.decided.items()]
        if self.longest_source:
            lines.append(f"sources: suggester sizes 1-{min(self.longest_source, MAX_SUGGESTED)}"
                         f" tokens, covering {self.covered:.0%} of the sources")
        lines.append(f"train with: python -m spacy train {self.folder / 'config.cfg'} "
                     f"--paths.train {self.folder / 'train.spacy'} "
                     f"--paths.dev {self.folder / 'dev.spacy'}")
        return "\n".join(lines)


def data_to_spacy(project: Project, folder: Path, *, gold: bool = False,
                  annotator: str | None = None, dev: float = 0.2, seed: int = 0,
                  lang: str | None = None, progress: Progress = SILENT) -> TrainingSet:
    from .export import ExportFilter, iter_records

    if not 0 < dev < 1:
        raise InputError("--dev is the share of documents for evaluation: between 0 and 1")
    if not gold and not annotator:
        names = project.annotators()
        if len(names) > 1:
            raise InputError(f"several annotators ({', '.join(names)}): choose "
                             "--annotator NAME, or --gold for the adjudicated layer")
        annotator = names[0] if names else None
    records = iter_records(project, ExportFilter(annotator=annotator, gold=gold))
    lang = lang or _main_language(project)
    pairs = list(docs_of(project, records, progress, Tokenizers(lang)))
    if not pairs:
        raise InputError("nothing decided to train on"
                         + (" in the gold layer" if gold else f" by {annotator or 'anyone'}"))
    dev_ids = _dev_documents([(r["doc_id"], r["text"]) for r, _doc in pairs], dev, seed)
    train_docs = [doc for r, doc in pairs if r["doc_id"] not in dev_ids]
    dev_docs = [doc for r, doc in pairs if r["doc_id"] in dev_ids]
    result = TrainingSet(folder=Path(folder), lang=lang,
                         train_documents=len({r["doc_id"] for r, _ in pairs} - dev_ids),
                         dev_documents=len(dev_ids))
    labels = _labels(project, train_docs, result)
    lengths = [len(span) for doc in train_docs + dev_docs for span in doc.spans.get(SPANS_KEY, [])]
    if lengths:
        result.longest_source = max(lengths)
        result.covered = sum(n <= MAX_SUGGESTED for n in lengths) / len(lengths)
    if not labels and not lengths:
        raise InputError("the training documents decide no dimension and mark no source")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; data-to-spacy writes into a folder")
    folder.mkdir(parents=True, exist_ok=True)
    config = build_config(lang, labels, result.longest_source, seed=seed)
    with atomic_outputs(protect=[project.path]) as outputs:  # the three files, or none
        result.train = write_docs(outputs, folder / "train.spacy", train_docs)
        result.dev = write_docs(outputs, folder / "dev.spacy", dev_docs)
        outputs.open(folder / "config.cfg").write(config.to_str())
    result.components = list(config["nlp"]["pipeline"])
    return result


def _labels(project: Project, train_docs: list[Any], result: TrainingSet
            ) -> dict[str, list[str]]:
    """The dimensions decided on at least one training sentence, with all their values."""
    labels: dict[str, list[str]] = {}
    for dimension in project.schema.dimensions:
        names = [cat_label(dimension, v) for v in project.schema.values(dimension)]
        decided = sum(1 for doc in train_docs if names[0] in doc.cats)
        if decided:
            labels[dimension] = names
            result.decided[dimension] = decided
    result.decided[SPANS_KEY] = sum(1 for doc in train_docs if SPANS_KEY in doc.spans)
    return labels


def _dev_documents(sentences: list[tuple[int, str]], share: float, seed: int) -> set[int]:
    """Documents for evaluation: a seeded share of the groups of documents that share a
    sentence text (union-find), at least one group, never all of them."""
    parent: dict[int, int] = {}

    def root(doc: int) -> int:
        while parent.setdefault(doc, doc) != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    first_with: dict[str, int] = {}
    for doc, text in sentences:
        key = " ".join(text.split())
        parent[root(doc)] = root(first_with.setdefault(key, doc))
    groups: dict[int, list[int]] = {}
    for doc in sorted(parent):
        groups.setdefault(root(doc), []).append(doc)
    if len(groups) < 2:
        raise InputError("a train/dev split by document needs at least two documents (or "
                         "groups of documents sharing no sentence) with decisions")
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    taken = min(max(1, math.ceil(len(order) * share)), len(order) - 1)
    return {doc for key in order[:taken] for doc in groups[key]}


def _main_language(project: Project) -> str:
    counts = Counter(doc.lang for doc in project.documents() if doc.lang)
    return counts.most_common(1)[0][0] if counts else "xx"
