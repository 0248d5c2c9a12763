"""REFI-QDA exports, the exchange standard of QualCoder, MAXQDA, NVivo and ATLAS.ti:
a project (``.qdpx``) and the codebook alone (``.qdc``).

The codebook has a code per dimension (``stance``, ``verifiability``, ``sources``; not
codable themselves) with a codable child per value or source type, and a codable ``flag``.
A ``.qdpx`` is a zip of ``project.qde`` (the project XML, namespace
``urn:QDA-XML:project:1.0``) and ``Sources/GUID.txt``, the plain text of each document
(``plainTextPath="internal://GUID.txt"``). Each document is a ``TextSource``; each annotator
a ``User``. Each source an annotator marked is a ``PlainTextSelection`` over its characters
coded ``sources/TYPE`` (quote kind and via in its description); each sentence an annotator
tagged is a selection over the sentence coded with its stance, verifiability and flag, and
the annotator's note on it is a ``Note`` it refers to. Every coding and note names its
coder, and carries the export's time as its creation time (tags keep theirs in the project).
Positions count characters (code points) in the NFC text, which has LF line ends. GUIDs
are derived from content (UUID 5), so the same project exports to the same XML.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from lxml import etree

from ..atomic import atomic_outputs
from ..errors import InputError
from ..project import Project
from ..schema import LabelSchema

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
NAMESPACE = uuid.UUID("6f1c3f5e-2b1d-4c8e-9a57-0d6e1b0c7a11")  # Annotator's GUID space
SOURCES_CODE = "sources"
FLAG_CODE = "flag"
RGB = re.compile(r"^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so equal projects give equal bytes


def guid(*parts: Any) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(str(p) for p in parts)))


def code_guid(dimension: str, value: str | None = None) -> str:
    return guid("code", dimension, value or "")


def origin() -> str:
    from ... import __version__

    return f"Annotator {__version__}"


def codebook_tree(schema: LabelSchema) -> list[tuple[str, str, bool, str | None,
                                                     list[tuple[str, str, str | None]]]]:
    """(guid, name, codable, description, [(guid, name, color)]) per top-level code."""
    codes = []
    for dimension in schema.dimensions:
        children = [(code_guid(dimension, e["value"]), e["value"], e.get("color"))
                    for e in schema.entries(dimension)]
        codes.append((code_guid(dimension), dimension, False, None, children))
    codes.append((code_guid(SOURCES_CODE), SOURCES_CODE, False,
                  "who the information is attributed to, by type",
                  [(code_guid(SOURCES_CODE, t), t, None) for t in schema.source_types]))
    codes.append((code_guid(FLAG_CODE), FLAG_CODE, True, "sentence flagged for discussion", []))
    return codes


def _codes(parent, ns: str, schema: LabelSchema) -> None:
    codes = etree.SubElement(parent, f"{{{ns}}}Codes")
    for code_id, name, codable, description, children in codebook_tree(schema):
        code = etree.SubElement(codes, f"{{{ns}}}Code", guid=code_id, name=name,
                                isCodable="true" if codable else "false")
        if description:
            etree.SubElement(code, f"{{{ns}}}Description").text = description
        for child_id, child_name, color in children:
            child = etree.SubElement(code, f"{{{ns}}}Code", guid=child_id, name=child_name,
                                     isCodable="true")
            if color and RGB.match(color):
                child.set("color", color)


def codebook_xml(schema: LabelSchema) -> bytes:
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS},
                         origin=origin())
    _codes(root, CODEBOOK_NS, schema)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def project_xml(project: Project, records: Iterable[dict[str, Any]], *,
                stamp: str | None = None, documents: tuple[int, ...] | None = None
                ) -> tuple[bytes, dict[str, str]]:
    """The project XML and, per source GUID, its plain text."""
    ns = PROJECT_NS
    schema = project.schema
    by_doc: dict[int, list[dict[str, Any]]] = {}
    for record in records:
        if record["annotator"]:
            by_doc.setdefault(record["doc_id"], []).append(record)
    stamp = stamp or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = etree.Element(f"{{{ns}}}Project", nsmap={None: ns}, name=Path(project.path).stem,
                         origin=origin(), creationDateTime=stamp)
    coders = sorted({r["annotator"] for rows in by_doc.values() for r in rows})
    if coders:
        users = etree.SubElement(root, f"{{{ns}}}Users")
        for name in coders:
            etree.SubElement(users, f"{{{ns}}}User", guid=guid("user", name), name=name)
    _codes(etree.SubElement(root, f"{{{ns}}}CodeBook"), ns, schema)
    sources = etree.SubElement(root, f"{{{ns}}}Sources")
    texts: dict[str, str] = {}
    notes: list[tuple[str, str, str]] = []  # (guid, coder guid, text)
    for info in project.documents(ids=documents):
        document = project.document(info.id)
        source_id = guid("source", document.key)
        texts[source_id] = document.text
        source = etree.SubElement(sources, f"{{{ns}}}TextSource", guid=source_id,
                                  name=document.title or f"document {document.id}",
                                  plainTextPath=f"internal://{source_id}.txt")
        for record in by_doc.get(info.id, []):
            notes += _selections(source, record, document.key, schema)
    if notes:
        holder = etree.SubElement(root, f"{{{ns}}}Notes")
        for note_id, user, text in notes:
            note = etree.SubElement(holder, f"{{{ns}}}Note", guid=note_id, name="note",
                                    creatingUser=user)
            etree.SubElement(note, f"{{{ns}}}PlainTextContent").text = text
    for kind in ("TextSource", "PlainTextSelection", "Coding", "Note"):  # QDA tools show it
        for element in root.iter(f"{{{ns}}}{kind}"):
            element.set("creationDateTime", stamp)
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return xml, texts


def _selections(source, record: dict[str, Any], key: str, schema: LabelSchema
                ) -> list[tuple[str, str, str]]:
    ns = PROJECT_NS
    who = record["annotator"]
    user = guid("user", who)
    for s in record["sources"]:
        selection = _selection(source, guid("selection", key, who, s["start"], s["end"],
                                            s["type"]), s["start"], s["end"], user,
                               name=s["text"])
        described = f"quote: {s['quote']}" + (f"; via: {s['via']}" if s.get("via") else "")
        etree.SubElement(selection, f"{{{ns}}}Description").text = described
        _coding(selection, code_guid(SOURCES_CODE, s["type"]), user)
    codes = [code_guid(d, record[d]) for d in schema.dimensions if record.get(d)]
    codes += [code_guid(FLAG_CODE)] if record.get("flag") else []
    if not codes and not record.get("note"):
        return []
    selection = _selection(source, guid("sentence", key, who, record["start"]),
                           record["start"], record["end"], user, name=f"sentence {record['index']}")
    for code in codes:
        _coding(selection, code, user)
    if not record.get("note"):
        return []
    note_id = guid("note", key, who, record["start"])
    etree.SubElement(selection, f"{{{ns}}}NoteRef", targetGUID=note_id)
    return [(note_id, user, record["note"])]


def _selection(source, selection_id: str, start: int, end: int, user: str, *, name: str):
    return etree.SubElement(source, f"{{{PROJECT_NS}}}PlainTextSelection", guid=selection_id,
                            name=name[:200], startPosition=str(start), endPosition=str(end),
                            creatingUser=user)


def _coding(selection, code: str, user: str) -> None:
    coding = etree.SubElement(selection, f"{{{PROJECT_NS}}}Coding",
                              guid=guid("coding", selection.get("guid"), code),
                              creatingUser=user)
    etree.SubElement(coding, f"{{{PROJECT_NS}}}CodeRef", targetGUID=code)


def _zip_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def write_refi(project: Project, path: Path, *, format: str, filters) -> int:
    """``export --format qdpx|qdc``: the annotators' tags (``--annotator``, ``--doc`` apply)."""
    if filters.gold or filters.with_text or filters.suggestions:
        raise InputError("a REFI-QDA export holds the annotators' tags: it takes no --gold, "
                         "--with-text or --suggestions")
    if format == "qdc":
        return write_qdc(project, path)
    return write_qdpx(project, path, annotator=filters.annotator, documents=filters.documents)


def write_qdpx(project: Project, path: Path, *, annotator: str | None = None,
               documents: tuple[int, ...] | None = None, stamp: str | None = None) -> int:
    """Write the project as a ``.qdpx``; returns the number of (sentence, annotator) records
    coded."""
    from .export import ExportFilter, iter_records

    records = list(iter_records(project, ExportFilter(annotator=annotator,
                                                      documents=documents)))
    xml, texts = project_xml(project, records, stamp=stamp, documents=documents)
    with atomic_outputs(protect=[project.path]) as outputs:
        archive = zipfile.ZipFile(outputs.open(Path(path), "wb"), "w")
        _zip_entry(archive, "project.qde", xml)
        for source_id, text in texts.items():
            _zip_entry(archive, f"Sources/{source_id}.txt", text.encode("utf-8"))
        archive.close()  # writes the central directory before the file is committed
    return sum(1 for r in records if r["annotator"])


def write_qdc(project: Project, path: Path) -> int:
    """Write the codebook alone as a ``.qdc``; returns the number of codes."""
    with atomic_outputs(protect=[project.path]) as outputs:
        outputs.open(Path(path), "wb").write(codebook_xml(project.schema))
    return sum(1 + len(children) for *_rest, children in codebook_tree(project.schema))
