"""Sources learned from the project's tags: training the finder, and suggesting with it.

The training examples are the reviewed sentences (a person tagged them or decided one of
their suggestions): their source tags are the positives, every other candidate span is a
negative (rejected suggestions and removed sources among them), except the spans of
suggestions still open, which nobody has judged yet. The model is kept in the ``models``
table under the dimension ``source``; see :mod:`annotator.core.suggest.learned_spans`.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .errors import InputError
from .guards import require_writable
from .models import Document, Sentence
from .project import Project
from .schema import SOURCE
from .store import learning_rows, now
from .store import suggestion_rows as rows

MIN_REVIEWED = 30  # as the classifiers: training starts with 30 reviewed sentences
GROWTH = 0.2  # and starts again when they grew by a fifth


@dataclass(frozen=True)
class Learned:
    """The current source model and the version its suggestions carry."""

    id: int
    model: object  # SourceModel (spaCy-side import, only when suggesting)

    @property
    def version(self) -> str:
        return f"model-{self.id}"

    @property
    def active(self) -> bool:
        """Some part of it replaces the rules (it did better on held-back tags)."""
        m = self.model
        return bool(m.use_spans or m.use_types or m.use_quotes or m.use_cues)


def current(project: Project) -> Learned | None:
    from .suggest.learned_spans import SourceModel

    row = rows.latest_model(project.db, SOURCE)
    return None if row is None else Learned(row["id"], SourceModel.from_bytes(row["data"]))


def current_version(project: Project) -> str | None:
    row = rows.latest_model(project.db, SOURCE)
    return None if row is None else f"model-{row['id']}"


def suggested_with(project: Project, doc_id: int) -> set[str]:
    """Versions of the source model whose uncertainty the document holds."""
    return learning_rows.uncertainty_versions(project.db, doc_id)


# -- training ---------------------------------------------------------------------------------
def training_data(project: Project):
    """(parsed sentences, their tags, their documents, language) of the reviewed sentences
    of the project's main language; one spaCy pass over them."""
    from .suggest.learned_spans import TaggedSource
    from .suggest.span_features import parse_sentences

    db = project.db
    reviewed = learning_rows.reviewed_sentences(db)
    by_segment: dict[int, list[dict]] = defaultdict(list)
    for tag in learning_rows.source_tags(db):
        by_segment[tag["segment_id"]].append(tag)
    pending: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for segment, start, end in learning_rows.open_source_spans(db):
        pending[segment].append((start, end))
    documents = {row["doc_id"]: project.document(row["doc_id"]) for row in reviewed}
    lang = _main_language(documents, reviewed)
    parsed, gold, groups = [], [], []
    for doc_id, document in documents.items():
        if document.lang != lang:
            continue
        own = [row for row in reviewed if row["doc_id"] == doc_id]
        tags = [[TaggedSource(t["start"] - row["start"], t["end"] - row["start"], t["value"],
                              t["quote"]) for t in _one_annotator(by_segment[row["id"]])]
                for row in own]
        texts = [document.text[row["start"]:row["end"]] for row in own]
        found = parse_sentences(texts, lang, [[(t.start, t.end) for t in ts] for ts in tags])
        for row, sentence, tagged in zip(own, found, tags, strict=True):
            parsed.append(_without_pending(sentence, tagged, [
                (a - row["start"], b - row["start"]) for a, b in pending[row["id"]]]))
            gold.append(tagged)
            groups.append(doc_id)
    return parsed, gold, groups, lang


def _main_language(documents: dict[int, Document], reviewed: list[dict]) -> str:
    counts = Counter(documents[row["doc_id"]].lang for row in reviewed)
    return counts.most_common(1)[0][0] if counts else "xx"


def _one_annotator(tags: list[dict]) -> list[dict]:
    """The sources of the first annotator (by name) who marked any in the sentence."""
    if not tags:
        return []
    first = min(t["annotator"] for t in tags)
    return [t for t in tags if t["annotator"] == first]


def _without_pending(sentence, tagged, pending: list[tuple[int, int]]):
    """Leave out candidates that are open suggestions nobody judged (unless tagged)."""
    def judged(c) -> bool:
        if any(c.start < t.end and t.start < c.end for t in tagged):
            return True
        return not any((c.start, c.end) == span for span in pending)
    return replace(sentence, candidates=tuple(c for c in sentence.candidates if judged(c)),
                   pending=tuple(pending))


def check(project: Project) -> None:
    """Refuse, before any parsing, a project with too few reviewed sentences or sources."""
    reviewed = learning_rows.count_reviewed(project.db)
    sources = rows.count_tags(project.db, SOURCE)
    if reviewed < MIN_REVIEWED or sources < 5:
        raise InputError(f"Learning sources needs at least {MIN_REVIEWED} tagged sentences "
                         f"and 5 sources; there are {reviewed} and {sources}.")


def ready(project: Project) -> bool:
    """Enough tags to learn sources from."""
    try:
        check(project)
    except InputError:
        return False
    return True


def train(project: Project) -> dict:
    """Train (or retrain) the source finder and type classifiers on every person's tags."""
    from .suggest.learned_spans import train_sources

    require_writable(project)
    check(project)
    parsed, gold, groups, lang = training_data(project)
    schema = project.schema
    model = train_sources(parsed, gold, lang=lang, types=schema.source_types,
                          quotes=schema.quote_kinds, groups=groups)
    row = {"dimension": SOURCE, "created": now(), "examples": len(parsed),
           "labels": json.dumps(schema.source_types), "cv_accuracy": model.cv["f1"],
           "data": model.to_bytes()}
    with project.journal.step("train source", undoable=False) as step:
        row["id"] = rows.save_model(project.db, row)
        step.extra_tables.add("models")
    return {**{k: v for k, v in row.items() if k != "data"}, "cv": model.cv, "lang": lang,
            "uses": {"spans": model.use_spans, "types": model.use_types,
                     "quotes": model.use_quotes, "cues": model.use_cues},
            "threshold": model.threshold}


def needs_training(project: Project, *, minimum: int = MIN_REVIEWED,
                   growth: float = GROWTH) -> bool:
    reviewed = learning_rows.count_reviewed(project.db)
    model = rows.latest_model(project.db, SOURCE)
    if model is None:
        return reviewed >= minimum and rows.count_tags(project.db, SOURCE) >= 5
    return reviewed >= model["examples"] * (1 + growth) + 1


def save_uncertainty(project: Project, doc_id: int, uncertain: list[dict]) -> None:
    """Inside the suggesting step: the document's uncertainty rows replace the old ones."""
    learning_rows.replace_uncertainty(project.db, doc_id, uncertain)


# -- suggesting -------------------------------------------------------------------------------
@dataclass
class Suggested:
    """One document's suggestions with the source model: ``results`` are what the rule rows
    are made from (without sources where the model makes them), ``rules`` the rules' own
    findings (what the classifiers read as features: the rules ran once), ``source_rows``
    the learned source rows and ``uncertain`` the uncertainty rows."""

    results: list
    rules: list
    source_rows: list[dict]
    uncertain: list[dict]


def suggest(project: Project, learned: Learned, document: Document,
            sentences: list[Sentence], texts: list[str]) -> Suggested:
    """The suggestions of one document's content sentences. A document in another language
    than the model's gets the rules, and no uncertainty to rank by."""
    from .suggest.pipeline import suggest_sentences
    from .suggest.results import SentenceSuggestion
    from .suggest.span_features import parse_sentences

    model = learned.model
    if document.lang != model.lang:
        none = [{"segment_id": s.id, "doc_id": document.id, "value": 0.0,
                 "version": learned.version} for s in sentences]
        found = list(suggest_sentences(texts, document.lang))
        return Suggested(found, found, [], none)
    parsed = parse_sentences(texts, document.lang)
    rejected = learning_rows.rejected_source_spans(project.db, document.id)
    rules = [SentenceSuggestion(list(item.rules), item.verifiability) for item in parsed]
    results, source_rows, uncertain = [], [], []
    stamp = now()
    for sentence, item, found in zip(sentences, parsed, rules, strict=True):
        uncertain.append({"segment_id": sentence.id, "doc_id": document.id,
                          "value": model.uncertainty(item), "version": learned.version})
        if not learned.active:
            results.append(found)
            continue
        results.append(SentenceSuggestion([], item.verifiability))
        for source in model.suggest(item):
            start, end = sentence.start + source.start, sentence.start + source.end
            if (sentence.id, start, end) in rejected:
                continue
            source_rows.append({
                "segment_id": sentence.id, "doc_id": document.id, "dimension": SOURCE,
                "value": source.type, "start": start, "end": end, "quote": source.quote,
                "via": source.via, "cue": source.cue or None, "reason": source.reason,
                "score": source.score, "origin": "model", "version": learned.version,
                "state": "open", "created": stamp})
    return Suggested(results, rules, source_rows, uncertain)
