"""Training a sentence classifier (stance, verifiability) from the analyst's own tags.

A spaCy ``textcat`` with exclusive classes on the bag-of-words architecture: CPU-only and a
few seconds for a few hundred sentences. Accuracy is estimated by k-fold cross-validation
before the final model is trained on everything; the model round-trips through bytes so
the project file can hold it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import srsly
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_model_from_config, minibatch
from thinc.api import Config

from annotator.core.errors import InputError

from .pipeline import blank

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

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The best label and its probability for each text."""
        out = []
        for doc in self.nlp.pipe(texts):
            label = max(doc.cats, key=doc.cats.__getitem__)
            out.append((label, float(doc.cats[label])))
        return out

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps({
            "config": self.nlp.config.to_str(), "model": self.nlp.to_bytes(),
            "labels": self.labels, "cv_accuracy": self.cv_accuracy,
        })

    @classmethod
    def from_bytes(cls, data: bytes) -> TrainedClassifier:
        msg = srsly.msgpack_loads(data)
        nlp = load_model_from_config(Config().from_str(msg["config"]), auto_fill=True)
        nlp.from_bytes(msg["model"])
        return cls(nlp=nlp, labels=list(msg["labels"]), cv_accuracy=msg["cv_accuracy"])


def train_classifier(examples: list[tuple[str, str]], labels: list[str], *, lang: str,
                     folds: int = FOLDS, epochs: int = EPOCHS,
                     seed: int = 0) -> TrainedClassifier:
    """Train on ``(text, label)`` pairs; ``.cv_accuracy`` is the k-fold held-out accuracy."""
    check_examples(examples, labels)
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)
    k = max(2, min(folds, len(shuffled)))
    correct = 0
    for fold in range(k):
        held = shuffled[fold::k]
        rest = [ex for i, ex in enumerate(shuffled) if i % k != fold]
        model = _train(rest, labels, lang, epochs, seed)
        predicted = model.predict([text for text, _ in held])
        correct += sum(p == gold for (p, _), (_, gold) in zip(predicted, held, strict=True))
    final = _train(shuffled, labels, lang, epochs, seed)
    final.cv_accuracy = correct / len(shuffled)
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
