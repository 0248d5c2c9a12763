"""Suggestions in the project: computed by the spaCy engine, kept apart from tags, and turned
into an annotator's tags (accepted) or remembered as rejected, never suggested again."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import learned_sources
from .changes import Changes
from .errors import InputError
from .guards import require_name, require_writable
from .progress import SILENT, Progress
from .project import Project
from .schema import SOURCE
from .store import now, queries
from .store import suggestion_rows as rows

RULES, MODEL = "rules", "model"


@dataclass(frozen=True)
class Suggestion:
    id: int
    segment_id: int
    doc_id: int
    dimension: str  # source | stance | verifiability
    value: str
    start: int | None  # document offsets (sources)
    end: int | None
    quote: str | None
    via: str | None
    cue: str | None
    reason: str | None
    score: float | None
    origin: str
    version: str | None
    state: str
    flags: str | None

    @property
    def label(self) -> str:
        """Short text for a ghost tag: what is suggested and why."""
        return f"{self.dimension}: {self.value}" + (f" ({self.reason})" if self.reason else "")


def open_suggestions(project: Project, segment_id: int) -> list[Suggestion]:
    return [Suggestion(**row) for row in rows.for_segment(project.db, segment_id)]


def document_suggestions(project: Project, doc_id: int, state: str | None = "open"
                         ) -> list[Suggestion]:
    return [Suggestion(**row) for row in rows.for_document(project.db, doc_id, state)]


def suggested_documents(project: Project) -> set[int]:
    return rows.suggested_documents(project.db)


def needs_suggesting(project: Project, doc_id: int) -> bool:
    """True when the document has no suggestions from the current rules, open ones left by
    older rules or an older classifier, or none yet from a classifier trained since."""
    from .suggest import RULES_VERSION

    found = document_suggestions(project, doc_id, state=None)
    learned = learned_sources.current_version(project)
    if learned is not None and learned not in learned_sources.suggested_with(project, doc_id):
        return True
    if not any(s.origin == RULES and s.version == RULES_VERSION for s in found):
        return True
    models = {f"model-{row['id']}" for dimension in project.schema.dimensions
              if (row := rows.latest_model(project.db, dimension)) is not None}
    current = {RULES_VERSION, *models, learned}
    if any(s.state == "open" and s.version not in current for s in found):
        return True
    return not models <= {s.version for s in found}


def suggest_documents(project: Project, doc_ids: Iterable[int] | None = None, *,
                      progress: Progress = SILENT) -> Changes:
    """Run the rules (and trained classifiers, if any) over documents' content sentences.

    Each document is its own committed step, so cancelling keeps the documents done so far.
    """
    from .suggest import RULES_VERSION, suggest_sentences  # spaCy: only when suggesting
    from .suggest.rule_scores import RuleScores

    require_writable(project)
    ids = list(doc_ids) if doc_ids is not None else [d.id for d in project.documents()]
    classifiers = _current_classifiers(project)
    learned = learned_sources.current(project)
    scores = RuleScores.load(rule_outcomes(project))
    touched: set[int] = set()
    for done, doc_id in enumerate(ids):
        progress(done, len(ids), "suggesting")
        document = project.document(doc_id)
        sentences = [s for s in project.sentences(doc_id) if s.kind != "boilerplate"]
        texts = [document.text[s.start:s.end] for s in sentences]
        if learned is not None:
            done = learned_sources.suggest(project, learned, document, sentences, texts)
            results, features, model_rows, uncertain = (
                done.results, done.rules, done.source_rows, done.uncertain)
        else:
            results = features = list(suggest_sentences(texts, document.lang))
            model_rows, uncertain = [], None
        found = []
        for sentence, result in zip(sentences, results, strict=True):
            found.extend(_rule_rows(sentence, result, RULES_VERSION))
        for row in found:  # the chance that such a rule is right, not its hand-set weight
            row["score"] = scores.score(row["dimension"], document.lang, row["reason"])
        # The classifiers read the rules' findings (sources included) as features: the
        # rules ran once, with or without the source model.
        model_rows += [row for dimension, (model_id, classifier) in classifiers.items()
                       for row in _model_rows(project, doc_id, dimension, model_id, classifier,
                                              sentences, texts, features)]
        found = _replaced(found, model_rows, classifiers)
        found, model_rows = (_in_codebook(project, r) for r in (found, model_rows))
        with project.journal.step("suggest", undoable=False) as step:
            # Decisions read under the write lock: one taken meanwhile is not undone.
            decided = rows.decided_keys(project.db, doc_id)
            rows.replace_open(project.db, doc_id, RULES, _fresh(found, decided))
            rows.replace_open(project.db, doc_id, MODEL, _fresh(model_rows, decided))
            step.extra_tables.add("suggestions")
            if uncertain is not None:
                learned_sources.save_uncertainty(project, doc_id, uncertain)
                step.extra_tables.add("uncertainty")
        touched.add(doc_id)
    progress(len(ids), len(ids), "suggesting")
    return Changes(step="suggest", tables=frozenset({"suggestions"}),
                   documents=frozenset(touched))


def accept(project: Project, *, annotator: str, segment_id: int | None = None,
           suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0) -> Changes:
    """Turn suggestions into ``annotator``'s tags (the origin is kept on the tag).

    Accepting a whole sentence never overwrites a stance or verifiability this annotator
    already set; naming a suggestion by id does. ``min_score``: a whole sentence's
    suggestions scored under it are left open (the analyst's threshold hides them).
    """
    annotator = require_name(annotator)
    chosen, explicit = _chosen(project, segment_id, suggestion_ids, min_score)
    stamp = now()
    with project.journal.step("accept suggestions", annotator=annotator) as step:
        taken: set[tuple[int, str]] = set()
        for item in sorted(chosen, key=lambda s: -(s.score or 0)):
            state = "accepted"
            if item.dimension == SOURCE:
                if not _already_a_source(project, item, annotator):
                    _insert_tag(project, step, item, annotator, stamp)
            elif (item.segment_id, item.dimension) in taken or (
                    not explicit and getattr(project.tags(item.segment_id, annotator),
                                             item.dimension)):
                state = "rejected"  # a better suggestion, or the person's own tag, wins
            else:
                _set_single(project, step, item, annotator, stamp)
                taken.add((item.segment_id, item.dimension))
            project.journal.update(step, "suggestions", item.id, {
                "state": state, "decided_by": annotator, "decided_at": stamp})
    return step.changes()


def reject(project: Project, *, annotator: str, segment_id: int | None = None,
           suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0) -> Changes:
    chosen, _explicit = _chosen(project, segment_id, suggestion_ids, min_score)
    stamp = now()
    with project.journal.step("reject suggestions", annotator=annotator) as step:
        for item in chosen:
            project.journal.update(step, "suggestions", item.id, {
                "state": "rejected", "decided_by": annotator, "decided_at": stamp})
    return step.changes()


def _chosen(project: Project, segment_id: int | None, suggestion_ids: Iterable[int] | None,
            min_score: float = 0.0) -> tuple[list[Suggestion], bool]:
    require_writable(project)
    if suggestion_ids is None:
        if segment_id is None:
            raise InputError("name a sentence or suggestions")
        return [s for s in open_suggestions(project, segment_id)
                if passes(s.score, min_score)], False
    wanted = set(suggestion_ids)
    if segment_id is not None:
        found = [s for s in open_suggestions(project, segment_id) if s.id in wanted]
    else:
        found = []
        for suggestion_id in wanted:
            row = project.journal.get("suggestions", suggestion_id)
            if row and row["state"] == "open":
                found.append(Suggestion(**{k: row[k] for k in Suggestion.__dataclass_fields__}))
    return found, True


def rule_outcomes(project: Project) -> list[dict]:
    """What became of every rule suggestion people decided on or tagged over (the history
    rule scores learn from)."""
    return rows.rule_outcomes(project.db, RULES)


def passes(score: float | None, min_score: float) -> bool:
    """Whether a suggestion scored ``score`` reaches the analyst's threshold (an unscored
    one reaches none above 0: nothing says it is likely)."""
    return min_score <= 0 or (score is not None and score >= min_score)


def _already_a_source(project: Project, item: Suggestion, annotator: str) -> bool:
    """The annotator already marked (most of) these words as a source."""
    for tag in project.tags(item.segment_id, annotator).sources:
        shared = min(tag.end, item.end) - max(tag.start, item.start)
        if shared * 2 >= min(tag.end - tag.start, item.end - item.start):
            return True
    return False


def _insert_tag(project: Project, step, item: Suggestion, annotator: str, stamp: str) -> None:
    project.journal.insert(step, "tags", {
        "segment_id": item.segment_id, "doc_id": item.doc_id, "annotator": annotator,
        "dimension": item.dimension, "value": item.value, "start": item.start,
        "end": item.end, "quote": item.quote, "via": item.via,
        "origin": f"{item.origin}:{item.version}", "created": stamp, "updated": stamp})


def _set_single(project: Project, step, item: Suggestion, annotator: str, stamp: str) -> None:
    existing = queries.single_tag_id(project.db, item.segment_id, annotator, item.dimension)
    if existing is None:
        _insert_tag(project, step, item, annotator, stamp)
    else:
        project.journal.update(step, "tags", existing, {
            "value": item.value, "origin": f"{item.origin}:{item.version}", "updated": stamp})


def _rule_rows(sentence, result, version: str) -> list[dict]:
    base = {"segment_id": sentence.id, "doc_id": sentence.doc_id, "origin": RULES,
            "version": version, "state": "open", "created": now()}
    found = [{**base, "dimension": SOURCE, "value": s.type, "start": sentence.start + s.start,
              "end": sentence.start + s.end, "quote": s.quote, "via": s.via, "cue": s.cue,
              "reason": s.reason, "score": s.score} for s in result.sources]
    verdict = result.verifiability
    if verdict is not None:
        found.append({**base, "dimension": "verifiability", "value": verdict.value,
                      "reason": verdict.reason, "score": verdict.score,
                      "flags": ",".join(verdict.flags) or None})
    return found


def _in_codebook(project: Project, found: list[dict]) -> list[dict]:
    """Suggestions under the codebook's names: a value renamed or merged since the rules
    (or a classifier) learnt it takes its new name; a retired one is no longer offered."""
    schema = project.schema
    kept = []
    for row in found:
        value = schema.canonical(row["dimension"], row["value"])
        entry = schema.entry(row["dimension"], value)
        if entry is None or not entry.get("retired"):
            kept.append({**row, "value": value})
    return kept


def _fresh(found: list[dict], decided: set[tuple]) -> list[dict]:
    """Drop what was already accepted or rejected: a decision is never asked twice."""
    return [row for row in found if (row["segment_id"], row["dimension"], row["value"],
                                     row.get("start"), row.get("end")) not in decided]


# -- classifiers trained on the analysts' tags ---------------------------------------------
def _current_classifiers(project: Project) -> dict[str, tuple[int, object]]:
    from .suggest.textcat import TrainedClassifier

    found = {}
    for dimension in project.schema.dimensions:
        row = rows.latest_model(project.db, dimension)
        if row is not None:
            found[dimension] = (row["id"], TrainedClassifier.from_bytes(row["data"]))
    return found


def _model_rows(project: Project, doc_id: int, dimension: str, model_id: int, classifier,
                sentences, texts: list[str], results: list) -> list[dict]:
    """Model suggestions only where no person has tagged this dimension; ``results``: the
    rules' findings on ``texts``, the classifier's features (not parsed again)."""
    tagged = rows.tagged_segments(project.db, doc_id, dimension)
    todo = [(s, t, r) for s, t, r in zip(sentences, texts, results, strict=True)
            if s.id not in tagged]
    if not todo or classifier.mode == "rules":  # the rules did better on held-back tags
        return []
    reason = f"classifier, cross-validated accuracy {classifier.cv_accuracy:.0%}"
    if classifier.compared_with_rules:
        reason += f" (rules {classifier.cv['rules_accuracy']:.0%})"
        if classifier.mode == "blend":
            reason = reason.replace("classifier", "classifier blended with the rules", 1)
    stamp = now()
    return [{"segment_id": s.id, "doc_id": doc_id, "dimension": dimension, "value": label,
             "reason": reason, "score": score, "origin": MODEL, "version": f"model-{model_id}",
             "state": "open", "created": stamp,
             "flags": _rule_flags(r, dimension, label)}
            for (s, _t, r), (label, score) in zip(
                todo, classifier.predict([t for _s, t, _r in todo],
                                         found=[r for _s, _t, r in todo]))]


def _rule_flags(result, dimension: str, value: str) -> str | None:
    """The rules' flags (hedged, explicitly unverified) where the classifier agrees."""
    verdict = getattr(result, dimension, None)
    if verdict is None or getattr(verdict, "value", None) != value:
        return None
    return ",".join(verdict.flags) or None


def _replaced(found: list[dict], model_rows: list[dict], classifiers: dict) -> list[dict]:
    """The rules' rows without those a classifier's verdict replaces (one that was
    compared with the rules on held-back documents and came out ahead)."""
    replacing = {d for d, (_id, c) in classifiers.items()
                 if c.compared_with_rules and c.mode != "rules"}
    gone = {(r["segment_id"], r["dimension"]) for r in model_rows
            if r["dimension"] in replacing and r.get("start") is None}
    return [r for r in found if (r["segment_id"], r["dimension"]) not in gone]


def training_examples(project: Project, dimension: str) -> list[tuple[str, str]]:
    """One (sentence text, value) per tagged sentence; the first annotator's value wins."""
    return [example for example, _doc in _training_set(project, dimension)]


def _training_set(project: Project, dimension: str) -> list[tuple[tuple[str, str], int]]:
    """Each training example with its document (folds hold whole documents)."""
    texts: dict[int, str] = {}
    examples: dict[tuple[int, int], tuple[tuple[str, str], int]] = {}
    for doc_id, value, start, end, _who in rows.labelled_sentences(project.db, dimension):
        if doc_id not in texts:
            texts[doc_id] = project.document(doc_id).text
        examples.setdefault((doc_id, start), ((texts[doc_id][start:end], value), doc_id))
    return list(examples.values())


def train(project: Project, *, dimension: str) -> dict:
    """Train (or retrain) the classifier for ``dimension`` on every person's tags
    (``source``: the source finder and type classifiers)."""
    from .suggest.textcat import train_classifier

    if dimension == SOURCE:
        return learned_sources.train(project)
    require_writable(project)
    labels = project.schema.values(dimension)
    found = _training_set(project, dimension)
    examples = [example for example, _doc in found]
    langs = {d.lang for d in project.documents()}
    classifier = train_classifier(examples, labels, lang=langs.pop() if len(langs) == 1
                                  else "xx", groups=[doc for _e, doc in found],
                                  dimension=dimension)
    row = {"dimension": dimension, "created": now(), "examples": len(examples),
           "labels": json.dumps(labels), "cv_accuracy": classifier.cv_accuracy,
           "data": classifier.to_bytes()}
    with project.journal.step(f"train {dimension}", undoable=False) as step:
        row["id"] = rows.save_model(project.db, row)
        step.extra_tables.add("models")
    return {**{k: v for k, v in row.items() if k != "data"}, "cv": classifier.cv}


def train_all(project: Project, *, dimensions: Sequence[str]) -> list[dict]:
    """Train several classifiers, all or none: every dimension's tags are checked before
    the first training starts, so a dimension without enough tags trains nothing."""
    from .suggest.textcat import check_examples

    require_writable(project)
    for dimension in dimensions:
        try:
            if dimension == SOURCE:
                learned_sources.check(project)
                continue
            check_examples(training_examples(project, dimension),
                           project.schema.values(dimension))
        except InputError as exc:
            raise InputError(f"{dimension}: {str(exc).rstrip('.')}; nothing was trained"
                             ) from None
    return [train(project, dimension=dimension) for dimension in dimensions]


def needs_training(project: Project, dimension: str, *, minimum: int = 30,
                   growth: float = 0.2) -> bool:
    """True once enough tags exist, and again when they grew by ``growth`` since training."""
    if dimension == SOURCE:
        return learned_sources.needs_training(project)
    tagged = rows.count_tags(project.db, dimension)
    model = rows.latest_model(project.db, dimension)
    if model is None:
        return tagged >= minimum
    return tagged >= model["examples"] * (1 + growth) + 1
