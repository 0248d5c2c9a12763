"""Training a sentence classifier (stance, verifiability) from the analyst's own tags.

A spaCy ``textcat`` with exclusive classes on the bag-of-words architecture: CPU-only and a
few seconds for a few hundred sentences. Accuracy, macro-F1 per label and the
calibration of the scores are estimated by k-fold cross-validation before the final model is
trained on everything; the model round-trips through bytes so the project file can hold it.

The rules' verdicts are features next to the words: each text gets words such as
``rule_opinion``, ``rulewhy_evaluative`` and ``rulecue_estime`` appended (the verifiability
verdict, the kind of reason, the attribution cues), so a few dozen tags can learn when to
trust the rules instead of learning the language from scratch.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

import srsly
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_model_from_config, minibatch
from thinc.api import Config

from annotator.core.errors import InputError

from . import calibrate, rule_gate
from .label_scores import LabelScores, calibration
from .pipeline import blank

RULE_FEATURES = "rules-1"  # what the appended words are; None for a words-only model
RULE_LANGS = ("fr", "en")  # languages the rules read

MIN_EXAMPLES = 30
FOLDS = 5
EPOCHS = 12
MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 2**16,  # hash buckets: plenty for a project, keeps the stored model small
}


@dataclass
class TrainedClassifier:
    nlp: Language
    labels: list[str]
    cv_accuracy: float
    features: str | None = None
    lang: str = "xx"
    # cross-validated: macro_f1, f1 per label, ece, reliability [(low, high, n, score, acc)]
    cv: dict = field(default_factory=dict)

    def predict(self, texts: Sequence[str], found: Sequence | None = None
                ) -> list[tuple[str, float]]:
        """The best label and its probability for each text; ``found``: the rules'
        results on ``texts`` when the caller has them (else the texts are parsed here).
        Blended with the rules' verdicts when that is what won on held-back documents."""
        wanted = self.features or self.mode == rule_gate.BLEND
        if wanted and found is None and self.lang in RULE_LANGS:
            found = rules_found(texts, self.lang)
        if self.features:
            texts = with_rule_features(texts, self.lang, found)
        if self.mode != rule_gate.BLEND or found is None:
            return self._predict(texts)
        params = self.cv.get("calibration")
        return [calibrate.apply(params, rule_gate.blend(probs, rule, self.cv["strength"]))
                for probs, rule in zip(self._probabilities(texts), _verdicts(found),
                                       strict=True)]

    @property
    def mode(self) -> str:
        """``rules``: the rules' verdicts stay (the classifier was not clearly ahead on
        held-back documents); ``blend`` or ``replace``: its verdicts replace theirs; an
        older model, or one for a dimension the rules give no verdict on: ``replace``."""
        return self.cv.get("mode", rule_gate.REPLACE)

    @property
    def compared_with_rules(self) -> bool:
        return "rules_accuracy" in self.cv

    def _predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """Calibrated (``cv["calibration"]``, fitted on held-back predictions)."""
        params = self.cv.get("calibration")
        return [calibrate.apply(params, probs) for probs in self._probabilities(texts)]

    def probabilities(self, texts: Sequence[str], *, featured: bool = False
                      ) -> list[dict[str, float]]:
        """Each text's raw class probabilities (before calibration and blending);
        ``featured``: the texts already carry the rules' features."""
        if self.features and not featured:
            texts = with_rule_features(texts, self.lang)
        return self._probabilities(texts)

    def _probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [{k: float(v) for k, v in doc.cats.items()} for doc in self.nlp.pipe(texts)]

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps({
            "config": self.nlp.config.to_str(), "model": self.nlp.to_bytes(),
            "labels": self.labels, "cv_accuracy": self.cv_accuracy,
            "features": self.features, "lang": self.lang, "cv": self.cv,
        })

    @classmethod
    def from_bytes(cls, data: bytes) -> TrainedClassifier:
        msg = srsly.msgpack_loads(data)
        nlp = load_model_from_config(Config().from_str(msg["config"]), auto_fill=True)
        nlp.from_bytes(msg["model"])
        return cls(nlp=nlp, labels=list(msg["labels"]), cv_accuracy=msg["cv_accuracy"],
                   features=msg.get("features"), lang=msg.get("lang", "xx"),
                   cv=msg.get("cv", {}))


def with_rule_features(texts: Sequence[str], lang: str, found: Sequence | None = None
                       ) -> list[str]:
    """Each text with the rules' verdict, reason kind and cue words appended (from
    ``found``, the rules' results on ``texts``, if given)."""
    if lang not in RULE_LANGS:
        return list(texts)
    if found is None:
        from .pipeline import suggest_sentences  # spaCy model: only when used

        found = suggest_sentences(texts, lang)
    out = []
    for text, result in zip(texts, found, strict=True):
        words = []
        if result.verifiability is not None:
            verdict = result.verifiability
            kind = verdict.reason.split(":")[0].split("(")[0].strip().replace(" ", "_")
            words += [f"rule_{verdict.value}", f"rulewhy_{kind}"]
            words += [f"ruleflag_{flag}" for flag in verdict.flags]
        for source in result.sources:
            words.append(f"rulesource_{source.type}")
            words += [f"rulecue_{w.lower()}" for w in source.cue.split() if w.isalpha()]
        out.append(f"{text} {' '.join(words)}" if words else text)
    return out



def train_classifier(examples: list[tuple[str, str]], labels: list[str], *, lang: str,
                     folds: int = FOLDS, epochs: int = EPOCHS, seed: int = 0,
                     rule_features: bool = True, groups: Sequence[Hashable] | None = None,
                     dimension: str | None = None) -> TrainedClassifier:
    """Train on ``(text, label)`` pairs; ``.cv_accuracy`` and ``.cv`` are k-fold held-out
    figures (each example is scored once, by a model that never saw it). ``groups``: each
    example's document; a fold then holds whole documents (a document's sentences share
    their subject and wording, so held-back sentences of a document seen in training would
    flatter the model). ``dimension``: where the rules give a verdict of their own
    (verifiability), the classifier is blended with it and used only when clearly ahead of
    the rules on the held-back documents (see :mod:`rule_gate`)."""
    check_examples(examples, labels)
    if groups is not None and len(set(groups)) < 2:
        groups = None  # one document: folds of sentences
    features = RULE_FEATURES if rule_features and lang in RULE_LANGS else None
    raw = [t for t, _ in examples]
    found = rules_found(raw, lang, groups) if features or dimension in RULE_DIMENSIONS \
        and lang in RULE_LANGS else None
    texts = with_rule_features(raw, lang, found) if features else raw
    verdicts = _verdicts(found) if found is not None and dimension in RULE_DIMENSIONS \
        else None
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    shuffled = [(texts[i], examples[i][1]) for i in order]
    fold_of = _folds(order, groups, folds, seed)
    held_probs: list[calibrate.Held] = []  # class probabilities of each held-back example
    held_at: list[int] = []  # which example each is
    for fold in sorted(set(fold_of)):
        held = [n for n, f in enumerate(fold_of) if f == fold]
        rest = [shuffled[n] for n, f in enumerate(fold_of) if f != fold]
        if not rest:
            continue
        model = _train(rest, labels, lang, epochs, seed)
        held_probs += list(zip(model._probabilities([shuffled[n][0] for n in held]),
                               (shuffled[n][1] for n in held), strict=True))
        held_at += [order[n] for n in held]
    final = _train(shuffled, labels, lang, epochs, seed)
    final.features, final.lang = features, lang
    gate = {}
    if verdicts is not None:
        gate = rule_gate.decide([rule_gate.Held(probs, gold, verdicts[i],
                                                groups[i] if groups is not None else i)
                                 for (probs, gold), i in zip(held_probs, held_at, strict=True)],
                                labels)
        if gate["mode"] == rule_gate.BLEND:  # the scores suggested are the blend's
            held_probs = [(rule_gate.blend(probs, verdicts[i], gate["strength"]), gold)
                          for (probs, gold), i in zip(held_probs, held_at, strict=True)]
    held_out = [(gold, *calibrate.top(probs)) for probs, gold in held_probs]
    scores = LabelScores.of(((g, p) for g, p, _ in held_out), labels)
    reliability = calibration((score, g == p) for g, p, score in held_out)
    fitted = calibrate.fit(held_probs)
    final.cv_accuracy = scores.accuracy
    final.cv = {"macro_f1": scores.macro_f1,
                "f1": {label: f["f1"] for label, f in scores.per_label().items()
                       if f["support"]},
                "support": {label: f["support"] for label, f in scores.per_label().items()
                            if f["support"]},
                "ece": reliability.ece, "reliability": [list(b) for b in reliability.bins],
                # the map applied to every score, and its cross-validated effect
                "calibration": {k: v for k, v in fitted.items()
                                if k not in ("ece_before", "ece_after", "bins_after")},
                "ece_calibrated": fitted["ece_after"],
                "reliability_calibrated": fitted["bins_after"],
                "documents": groups is not None, **gate}
    return final


RULE_DIMENSIONS = ("verifiability",)  # the dimensions the rules give a verdict on


def rules_found(texts: Sequence[str], lang: str, groups: Sequence[Hashable] | None = None
                ) -> list:
    """The rules' results on ``texts``, each document's sentences in one pass (the rules
    carry a dateline and a personal account from sentence to sentence)."""
    from .pipeline import suggest_sentences  # spaCy model: only when used

    if lang not in RULE_LANGS:
        return [None] * len(texts)
    if groups is None:
        return list(suggest_sentences(texts, lang))
    found: list = [None] * len(texts)
    for group in dict.fromkeys(groups):
        at = [i for i, g in enumerate(groups) if g == group]
        for i, result in zip(at, suggest_sentences([texts[i] for i in at], lang),
                             strict=True):
            found[i] = result
    return found


def _verdicts(found: Sequence) -> list[str | None]:
    return [r.verifiability.value if r is not None and r.verifiability is not None else None
            for r in found]


def _folds(order: list[int], groups: Sequence[Hashable] | None, folds: int, seed: int
           ) -> list[int]:
    """The fold of each shuffled example: every k-th one, or whole documents."""
    if groups is None:
        k = max(2, min(folds, len(order)))
        return [n % k for n in range(len(order))]
    names = list(dict.fromkeys(groups))
    random.Random(seed).shuffle(names)
    k = max(2, min(folds, len(names)))
    fold_of = {name: n % k for n, name in enumerate(names)}
    return [fold_of[groups[i]] for i in order]


def check_examples(examples: list[tuple[str, str]], labels: list[str]) -> None:
    """Refuse what cannot be trained on, before any training starts."""
    if len(examples) < MIN_EXAMPLES:
        raise InputError(f"Training needs at least {MIN_EXAMPLES} tagged sentences; "
                         f"this dimension has {len(examples)}.")
    unknown = sorted({label for _, label in examples} - set(labels))
    if unknown:
        raise InputError(f"Tags outside the label set: {', '.join(unknown)}.")
    if len({label for _, label in examples}) < 2:
        raise InputError("Training needs sentences tagged with at least two different values.")


def _train(examples: list[tuple[str, str]], labels: list[str], lang: str, epochs: int,
           seed: int) -> TrainedClassifier:
    fix_random_seed(seed)
    nlp = blank(lang)
    textcat = nlp.add_pipe("textcat", config={"model": MODEL})
    for label in labels:
        textcat.add_label(label)
    data = [
        Example.from_dict(nlp.make_doc(text), {"cats": {lab: float(lab == gold) for lab in labels}})
        for text, gold in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in minibatch(data, size=compounding(4.0, 32.0, 1.5)):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return TrainedClassifier(nlp=nlp, labels=list(labels), cv_accuracy=0.0)
