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
from collections.abc import Sequence
from dataclasses import dataclass, field

import srsly
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_model_from_config, minibatch
from thinc.api import Config

from annotator.core.errors import InputError

from . import calibrate
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
        results on ``texts`` when the caller has them (else the texts are parsed here)."""
        if self.features:
            texts = with_rule_features(texts, self.lang, found)
        return self._predict(texts)

    def _predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """Calibrated (``cv["calibration"]``, fitted on held-back predictions)."""
        params = self.cv.get("calibration")
        return [calibrate.apply(params, probs) for probs in self._probabilities(texts)]

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Each text's raw class probabilities (before calibration)."""
        if self.features:
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
                     rule_features: bool = True) -> TrainedClassifier:
    """Train on ``(text, label)`` pairs; ``.cv_accuracy`` and ``.cv`` are k-fold held-out
    figures (each example is scored once, by a model that never saw it)."""
    check_examples(examples, labels)
    features = RULE_FEATURES if rule_features and lang in RULE_LANGS else None
    texts = with_rule_features([t for t, _ in examples], lang) if features else \
        [t for t, _ in examples]
    shuffled = list(zip(texts, (label for _, label in examples), strict=True))
    random.Random(seed).shuffle(shuffled)
    k = max(2, min(folds, len(shuffled)))
    held_probs: list[calibrate.Held] = []  # class probabilities of each held-back example
    for fold in range(k):
        held = shuffled[fold::k]
        rest = [ex for i, ex in enumerate(shuffled) if i % k != fold]
        model = _train(rest, labels, lang, epochs, seed)
        held_probs += list(zip(model._probabilities([text for text, _ in held]),
                               (gold for _, gold in held), strict=True))
    final = _train(shuffled, labels, lang, epochs, seed)
    final.features, final.lang = features, lang
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
                "reliability_calibrated": fitted["bins_after"]}
    return final


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
