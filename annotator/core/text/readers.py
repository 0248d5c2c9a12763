"""Reading article files into raw documents: .txt (any common encoding), .html, .jsonl, folders.

Nothing here touches the project: a reader either returns every document of a file or raises
an ``InputError`` naming the file (and the line, for JSONL), so imports are all-or-nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from ..errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSONL_META = ("outlet", "author", "section")  # metadata read from a JSONL line besides meta
EXPORT_SUFFIXES = {".docx", ".rtf"}  # news-database exports (see newsdb)
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | EXPORT_SUFFIXES
WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Files that are not text whatever their name says.
BINARY_MAGIC = {b"%PDF-": "a PDF document", b"PK\x03\x04": "a ZIP archive (docx, odt, epub...)",
                b"\xd0\xcf\x11\xe0": "an Office document", b"{\\rtf": "an RTF document",
                b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                b"\x1f\x8b": "a gzip archive", b"SQLite format 3\x00": "an SQLite database"}
MAX_CHAOS = 0.3  # charset_normalizer's mess ratio beyond which a decoding is garbage
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # \t \n \f \r are text
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
DETECTABLE_LANGUAGES = ["fr", "en", "de", "es", "it", "pt", "nl", "ru", "uk", "ar", "zh"]


@dataclass
class RawDocument:
    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    tags: list[dict[str, Any]] = field(default_factory=list)  # rows carried by an export
    outlet: str | None = None
    author: str | None = None
    section: str | None = None
    export: str | None = None  # the news database whose export file held it ("Factiva"...)

    @cached_property
    def key(self) -> str:
        return content_key(self.text)


def normalise(text: str) -> str:
    """NFC, Unix line endings, no BOM, no trailing spaces on lines, no outer blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def content_key(text: str) -> str:
    """Identifies the same article across project files: hash of the whitespace-folded text."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:24]


def detect_language(text: str) -> str:
    lang, _score = _identifier().classify(text[:4000])
    return lang


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(DETECTABLE_LANGUAGES)
    return identifier


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named directly, plus supported files found recursively in folders, sorted.
    In folders, hidden names are passed over (editor locks, macOS ``._`` forks, temporary
    files); anything else with a supported name is returned even if it is not a regular
    file, so that reading it refuses it by name rather than skipping it unseen."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if not p.is_dir() and p.suffix.lower() in SUPPORTED
                                and not p.name.endswith(".gold.json")
                                and not any(part.startswith(".")
                                            for part in p.relative_to(path).parts)))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path} does not exist")
    if not files:
        raise InputError("no importable files (.txt, .html, .jsonl, .docx, .rtf) in "
                         + ", ".join(str(p) for p in paths))
    return files


def read_documents(path: Path, raw: bytes | None = None) -> list[RawDocument]:
    """The documents of a file; with ``raw``, of those bytes (``path`` then only names them
    and tells their format, as for standard input)."""
    suffix = path.suffix.lower()
    from . import newsdb  # news-database exports are recognised by content, not by name

    if suffix not in SUPPORTED:
        raise InputError(f"{path}: unsupported file type '{suffix}' "
                         "(use .txt, .html, .jsonl, .docx or .rtf)")
    if raw is None:
        raw = read_raw(path)
    elif not raw.strip():
        raise InputError(f"{path}: the file is empty")
    if suffix in JSONL_SUFFIXES:
        return list(_read_jsonl(path, decode_text(path, raw)))
    if suffix in EXPORT_SUFFIXES or newsdb.is_binary_export(raw):
        return newsdb.read_binary(path, raw)
    text = decode_text(path, raw)
    exported = newsdb.read_text_export(path, text)
    if exported is not None:
        return exported
    if suffix in HTML_SUFFIXES:
        return [_read_html(path, text)]
    document = RawDocument(text=normalise(text), origin=str(path), title=None)
    _require_text(path, document.text)
    return [document]


def read_text_file(path: Path) -> str:
    """The decoded text of an article file, or an ``InputError`` saying why it is none."""
    return decode_text(path, read_raw(path))


def read_raw(path: Path) -> bytes:
    """The bytes of a regular, readable, non-empty file (a FIFO would be read forever: its
    kind is checked before it is opened)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file (a folder, device, FIFO or socket)")
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    return raw


def decode_text(path: Path, raw: bytes) -> str:
    """Text from bytes that are text: refuses binary files (a PDF renamed .txt, a NUL byte
    anywhere), broken UTF-8 and bytes that read as garbage in every encoding."""
    for magic, kind in BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise InputError(f"{path}: this is {kind}, not text; save its text first")
    text = _decode(path, raw)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(f"{path}, line {line}: a NUL character; this is a binary file, "
                         "not text")
    return text


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(raw):  # with broken bytes: any code page would give mojibake
            raise InputError(f"{path}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at "
                             f"offset {exc.start}); re-save the file as UTF-8") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-16 text") from None
    matches = list(from_bytes(raw))
    if not matches:
        raise InputError(f"{path}: cannot tell the text encoding (is it a binary file?)")
    # Short Western European texts fit several code pages about equally well; the articles
    # this tool reads are far more often cp1252/latin-1 than Baltic or Central European.
    best = min(matches, key=lambda m: m.chaos)
    western = [m for m in matches if m.encoding in WESTERN and m.chaos <= best.chaos + 0.1]
    chosen = western[0] if western else best
    text = str(chosen)
    if chosen.chaos > MAX_CHAOS or _CONTROL.search(text):
        raise InputError(f"{path}: neither UTF-8 nor a text encoding that reads cleanly "
                         f"(as {chosen.encoding} it is garbage); re-save it as UTF-8")
    return text


def _mostly_utf8(raw: bytes) -> bool:
    """Whether most non-ASCII bytes form well-formed UTF-8 sequences (such as é as C3 A9):
    a text in a legacy code page has them only by chance ("Пётр" in cp1251 has one)."""
    high = sum(1 for byte in raw if byte >= 0x80)
    in_sequences = sum(len(m) for m in _UTF8_MULTIBYTE.findall(raw))
    return in_sequences * 2 > high


def _require_text(path: Path, text: str, where: str = "") -> None:
    if not text.strip():
        raise InputError(f"{path}{where}: no text to import")


def _read_html(path: Path, html: str) -> RawDocument:
    from .html import extract

    article = extract(html)
    _require_text(path, article.text, " (no article text found in the page)")
    return RawDocument(text=article.text, origin=str(path), lang=article.lang, **article.meta)


def json_lines(path: Path, lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each non-blank line; a bad line raises, naming it."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}, line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise InputError(f"{path}, line {number}: each line must be a JSON object")
        yield number, item


def _json_kind(value: Any) -> str:
    return {list: "a list", dict: "an object", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def _read_jsonl(path: Path, content: str) -> Iterator[RawDocument]:
    for number, item in json_lines(path, content.splitlines()):
        where = f", line {number}"
        if not isinstance(item.get("text"), str):
            raise InputError(f"{path}{where}: each line needs an object with a \"text\" string")
        for name in ("title", "url", "date", "lang", *JSONL_META):
            if item.get(name) is not None and not isinstance(item[name], str):
                raise InputError(f"{path}{where}: \"{name}\" must be a string, not "
                                 f"{_json_kind(item[name])}")
        text = normalise(item["text"])
        _require_text(path, text, where)
        meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
        yield RawDocument(text=text, origin=f"{path}:{number}", title=item.get("title"),
                          url=item.get("url"), date=item.get("date"), lang=item.get("lang"),
                          meta=meta, **{name: item.get(name) for name in JSONL_META})
