"""Reading a REFI-QDA project (``.qdpx``): its text sources become documents and their
coded text selections become tags, under the coder (``User``) who made them.

Codes map onto the schema by name (a value code under its dimension's code, a source type
under ``sources``; see ``annotated.resolve``); notes referred to by a selection become the
coder's note on that sentence. Pictures, PDFs, audio and video are not text: they are
counted and reported. A file that is not a readable REFI-QDA project raises, so an import
is all or nothing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree

from ..errors import InputError
from .annotated import AnnotatedDocument, Annotation, normalised_with_offsets
from .refi_qda import PROJECT_NS

NS = {"q": PROJECT_NS}
NOT_TEXT = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def read_qdpx(path: Path) -> list[AnnotatedDocument]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = {PurePosixPath(n).name.lower(): n for n in archive.namelist()}
            entry = next((n for n in archive.namelist() if n.lower().endswith(".qde")), None)
            if entry is None:
                raise InputError(f"{path}: no project.qde inside; not a REFI-QDA project")
            root = etree.fromstring(archive.read(entry), PARSER)
            return _documents(path, root, lambda ref: _internal(path, archive, names, ref))
    except zipfile.BadZipFile:
        raise InputError(f"{path}: not a zip archive, so not a .qdpx project") from None
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: project.qde is not well-formed XML ({exc})") from None


def _internal(path: Path, archive: zipfile.ZipFile, names: dict[str, str], ref: str) -> str:
    name = ref.split("://", 1)[-1]
    found = names.get(PurePosixPath(name).name.lower())
    if found is None:
        raise InputError(f"{path}: text source {ref} is missing from the archive")
    raw = archive.read(found)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: text source {ref} is not UTF-8") from None


def _documents(path: Path, root, read_text) -> list[AnnotatedDocument]:
    if etree.QName(root).localname != "Project" or etree.QName(root).namespace != PROJECT_NS:
        raise InputError(f"{path}: project.qde is not a REFI-QDA project "
                         f"(root element {root.tag})")
    users = {u.get("guid"): u.get("name") or u.get("id") or u.get("guid")
             for u in root.iterfind("q:Users/q:User", NS)}
    codes = {}
    for code in root.iterfind(".//q:CodeBook//q:Code", NS):
        parent = code.getparent()
        codes[code.get("guid")] = (code.get("name") or "",
                                   parent.get("name") if etree.QName(parent).localname
                                   == "Code" else None)
    notes = {n.get("guid"): "".join(n.findtext("q:PlainTextContent", "", NS))
             for n in root.iterfind("q:Notes/q:Note", NS)}
    documents = []
    for number, source in enumerate(root.iterfind("q:Sources/q:TextSource", NS), start=1):
        where = f"{path}, text source {source.get('name') or number}"
        content = source.findtext("q:PlainTextContent", None, NS)
        if content is None:
            if not source.get("plainTextPath"):
                raise InputError(f"{where}: no plain text (neither PlainTextContent nor "
                                 "plainTextPath)")
            content = read_text(source.get("plainTextPath"))
        text, offsets = normalised_with_offsets(content)
        if not text.strip():
            raise InputError(f"{where}: no text")
        document = AnnotatedDocument(text=text, origin=f"{path}#{source.get('guid')}",
                                     title=source.get("name"), format="REFI-QDA")
        for selection in source.iterfind("q:PlainTextSelection", NS):
            document.annotations += _selection(selection, where, len(content), offsets,
                                               users, codes, notes)
        documents.append(document)
    skipped = sum(len(root.findall(f"q:Sources/q:{kind}", NS)) for kind in NOT_TEXT)
    if not documents:
        raise InputError(f"{path}: no text sources to import"
                         + (f" ({skipped} picture, PDF or media sources)" if skipped else ""))
    if skipped:
        documents[0].notices.append(f"{path}: {skipped} picture, PDF or media source(s) "
                                    "not imported (only text sources are)")
    return documents


def _selection(selection, where: str, length: int, offsets: list[int], users, codes, notes
               ) -> list[Annotation]:
    try:
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    except (TypeError, ValueError):
        raise InputError(f"{where}: a selection without integer positions") from None
    if not 0 <= start <= end <= length:
        raise InputError(f"{where}: selection {start}-{end} is outside the text")
    start, end = offsets[start], offsets[end]
    described = selection.findtext("q:Description", "", NS)
    quote, via = _quote_and_via(described)
    found = []
    for coding in selection.iterfind("q:Coding", NS):
        coder = users.get(coding.get("creatingUser") or selection.get("creatingUser"))
        ref = coding.find("q:CodeRef", NS)
        name, parent = codes.get(ref.get("targetGUID") if ref is not None else None, ("", None))
        if not name:
            raise InputError(f"{where}: a coding refers to a code not in the codebook")
        found.append(Annotation(start, end, coder or "refi", name, parent, quote, via))
    for ref in selection.iterfind("q:NoteRef", NS):
        coder = users.get(selection.get("creatingUser")) or "refi"
        if notes.get(ref.get("targetGUID")):
            found.append(Annotation(start, end, coder, "", note=notes[ref.get("targetGUID")]))
    return found


def _quote_and_via(description: str) -> tuple[str | None, str | None]:
    """``quote: direct; via: TASS`` (what the export writes) -> ("direct", "TASS")."""
    parts = dict(p.split(":", 1) for p in description.split(";") if ":" in p)
    parts = {k.strip().lower(): v.strip() for k, v in parts.items()}
    quote = parts.get("quote")
    return (quote if quote in ("direct", "indirect") else None), parts.get("via") or None
