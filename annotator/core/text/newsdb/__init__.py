"""News-database exports: many articles with their metadata in one file.

``read_export`` recognises a file by its content, whatever its name ends with: a Word file
(zip) from Nexis Uni, Rich Text from Factiva, a Nexis classic text export, a Factiva or a
Europresse HTML page. It returns the file's documents, or None when the file is none of these
(an ordinary article, read as before). Each format is one module.
"""

from __future__ import annotations

from pathlib import Path

from ..readers import RawDocument
from . import europresse, factiva, nexis_docx, nexis_txt
from .rtf import rtf_text

SUFFIXES = {".docx", ".rtf"}
ZIP = b"PK\x03\x04"
RTF = b"{\\rtf"


def is_binary_export(raw: bytes) -> bool:
    """A Word or Rich Text file: read here, not decoded as text."""
    return raw.startswith(ZIP) or raw.lstrip().startswith(RTF)


def read_binary(path: Path, raw: bytes) -> list[RawDocument]:
    if raw.startswith(ZIP) or path.suffix.lower() == ".docx":
        return nexis_docx.read(path, raw)
    text = rtf_text(path, raw)
    if factiva.detect_text(text):
        return factiva.read_text(path, text)
    return [_plain(path, text)]


def read_text_export(path: Path, text: str) -> list[RawDocument] | None:
    """The documents of a text or HTML export, or None for an ordinary article."""
    if europresse.detect(text):
        return europresse.read(path, text)
    if factiva.detect_html(text):
        return factiva.read_html(path, text)
    if nexis_txt.detect(text):
        return nexis_txt.read(path, text)
    return None


def _plain(path: Path, text: str) -> RawDocument:
    from ...errors import InputError
    from ..readers import normalise

    text = normalise(text)
    if not text:
        raise InputError(f"{path}: no text to import")
    return RawDocument(text=text, origin=str(path))
