"""REFI-QDA: .qdpx and .qdc exports validated against the standard's XSD, and a .qdpx
imported back with its codings."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from annotator.cli import main
from annotator.core import ops
from annotator.core.datasets.export import write_export
from annotator.core.errors import InputError
from annotator.core.project import Project
from annotator.core.text.importer import import_paths
from tests.conftest import REPO, content_sentences

XSD = REPO / "tests" / "data" / "refi-qda"
NS = {"q": "urn:QDA-XML:project:1.0"}


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / name)))


@pytest.fixture
def coded(article_project):
    first, second = content_sentences(article_project)[:2]
    start = article_project.sentence_text(first).index("la direction du port")
    ops.add_source(article_project, segment_id=first.id, annotator="ana", start=start,
                   end=start + len("la direction du port"), type="company", quote="direct",
                   via="l'AFP")
    ops.set_label(article_project, segment_id=first.id, annotator="ana", dimension="stance",
                  value="neutral")
    ops.set_label(article_project, segment_id=second.id, annotator="Zoé", dimension="stance",
                  value="against")
    ops.set_note(article_project, segment_id=second.id, annotator="Zoé", note="« à revoir »",
                 flag=True)
    return article_project


def qde(path: Path):
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde")), archive.namelist()


def test_qdpx_validates_against_the_project_xsd(coded, tmp_path):
    out = tmp_path / "p.qdpx"
    result = CliRunner().invoke(main, ["export", str(coded.path), "--format", "qdpx",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    root, names = qde(out)
    validator = schema("Project-mrt2019.xsd")
    assert validator.validate(root), validator.error_log
    assert {u.get("name") for u in root.iterfind("q:Users/q:User", NS)} == {"ana", "Zoé"}
    [source] = root.iterfind("q:Sources/q:TextSource", NS)
    path = source.get("plainTextPath").removeprefix("internal://")
    assert f"Sources/{path}" in names
    with zipfile.ZipFile(out) as archive:
        text = archive.read(f"Sources/{path}").decode("utf-8")
    assert text == coded.document(1).text
    spans = {(s.get("name"), text[int(s.get("startPosition")):int(s.get("endPosition"))])
             for s in source.iterfind("q:PlainTextSelection", NS)}
    assert ("la direction du port", "la direction du port") in spans
    users = {u.get("guid"): u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    coders = {users[c.get("creatingUser")] for c in root.iterfind(".//q:Coding", NS)}
    assert coders == {"ana", "Zoé"}
    [note] = root.iterfind("q:Notes/q:Note", NS)
    assert note.findtext("q:PlainTextContent", None, NS) == "« à revoir »"
    assert root.find(f".//q:NoteRef[@targetGUID='{note.get('guid')}']", NS) is not None


def test_qdc_validates_against_the_codebook_xsd(coded, tmp_path):
    out = tmp_path / "codes.qdc"
    count = write_export(coded, out, format="qdc")
    tree = etree.parse(str(out))
    validator = schema("Codebook-mrt2019.xsd")
    assert validator.validate(tree), validator.error_log
    names = [c.get("name") for c in tree.iter("{urn:QDA-XML:codebook:1.0}Code")]
    assert count == len(names) and {"stance", "neutral", "sources", "company"} <= set(names)


def test_exports_are_deterministic(coded, tmp_path):
    from annotator.core.datasets.refi_qda import write_qdpx

    write_qdpx(coded, tmp_path / "a.qdpx", stamp="2025-01-01T00:00:00Z")
    write_qdpx(coded, tmp_path / "b.qdpx", stamp="2025-01-01T00:00:00Z")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()


def test_qdpx_round_trip_keeps_codings_coders_and_notes(coded, tmp_path):
    out = tmp_path / "p.qdpx"
    write_export(coded, out, format="qdpx")
    other = Project.create(tmp_path / "other.sqlite")
    try:
        report = import_paths(other, [out])
        assert report.tags == 3 and not report.notices
        mine = sorted((t.annotator, t.dimension, t.value, t.start, t.end, t.quote, t.via)
                      for t in coded.document_tags(1))
        theirs = sorted((t.annotator, t.dimension, t.value, t.start, t.end, t.quote, t.via)
                        for t in other.document_tags(1))
        assert theirs == mine
        [note] = other.document_notes(1)
        assert (note["annotator"], note["note"], note["flag"]) == ("Zoé", "« à revoir »", 1)
    finally:
        other.close()


def foreign_qdpx(path: Path, text: str, selections: str, codes: str) -> Path:
    """A small project as another QDA tool writes one: the text in Sources/, CRLF line
    ends and positions counted in that file."""
    user = "11111111-2222-3333-4444-555555555555"
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="QualCoder">
 <Users><User guid="{user}" name="maria"/></Users>
 <CodeBook><Codes>{codes}</Codes></CodeBook>
 <Sources><TextSource guid="aaaaaaaa-2222-3333-4444-555555555555" name="Interview"
   plainTextPath="internal://aaaaaaaa.txt">{selections.replace("USER", user)}
 </TextSource></Sources>
</Project>"""
    assert schema("Project-mrt2019.xsd").validate(etree.fromstring(xml.encode()))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("Sources/aaaaaaaa.txt", text)
    return path


def selection(guid: str, start: int, end: int, code: str) -> str:
    return (f'<PlainTextSelection guid="{guid}-2222-3333-4444-555555555555" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="USER">'
            f'<Coding guid="{guid[::-1]}-2222-3333-4444-555555555555" creatingUser="USER">'
            f'<CodeRef targetGUID="{code}-2222-3333-4444-555555555555"/></Coding>'
            "</PlainTextSelection>")


def test_foreign_qdpx_offsets_survive_crlf_and_unknown_codes_are_reported(fresh_project,
                                                                          tmp_path):
    text = ("Le maire a démissionné lundi, selon la préfecture.\r\n\r\n"
            "Une décision regrettable pour la commune.")
    start = text.index("la préfecture")
    text_in_file = text
    codes = ('<Code guid="cccccccc-2222-3333-4444-555555555555" name="sources" '
             'isCodable="false"><Code guid="dddddddd-2222-3333-4444-555555555555" '
             'name="government" isCodable="true"/></Code>'
             '<Code guid="eeeeeeee-2222-3333-4444-555555555555" name="Emotion" '
             'isCodable="true"/>')
    regret = text_in_file.index("Une décision")
    path = foreign_qdpx(tmp_path / "f.qdpx", text,
                        selection("aaaaaaa1", start, start + len("la préfecture"), "dddddddd")
                        + selection("aaaaaaa2", regret, len(text_in_file), "eeeeeeee"), codes)
    report = import_paths(fresh_project, [path], lang="fr")
    [tag] = fresh_project.document_tags(1)
    document = fresh_project.document(1)
    assert "\r" not in document.text
    assert document.text[tag.start:tag.end] == "la préfecture" and tag.annotator == "maria"
    assert any("'Emotion' (1x) matches nothing" in line for line in report.notices)


def test_broken_qdpx_imports_nothing(fresh_project, tmp_path):
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("project.qde", "<Project xmlns='urn:QDA-XML:project:1.0'><Sources>")
    good = tmp_path / "a.txt"
    good.write_text("Un texte. Selon lui, tout va bien.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not well-formed"):
        import_paths(fresh_project, [good, bad])
    assert fresh_project.documents() == []
    result = CliRunner().invoke(main, ["import", str(fresh_project.path), str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.output
