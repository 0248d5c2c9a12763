"""Dataset outputs beside the JSONL/CSV export: spaCy DocBin, Prodigy JSONL, the dataset
card, and the extra fields that let a JSONL export be imported back with its tags."""

from .card import Tally, card_path, write_card
from .prodigy import write_prodigy
from .records import document_fields, gold_fields
from .spacy_docbin import write_docbin

DATASET_WRITERS = {"spacy": write_docbin, "prodigy": write_prodigy}

__all__ = ["DATASET_WRITERS", "Tally", "card_path", "document_fields", "gold_fields", "write_card",
           "write_docbin", "write_prodigy"]
