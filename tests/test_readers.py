import json

import pytest

from annotator.core.errors import InputError
from annotator.core.text.readers import content_key, detect_language, expand_paths, read_documents

FRENCH = "Le ministre a déclaré que l'accord serait signé à Genève après des mois de négociations."


def test_utf8_with_bom_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FRENCH.encode() + b"\r\nDeuxi\xc3\xa8me ligne.\r\n")
    [doc] = read_documents(path)
    assert doc.text == FRENCH + "\nDeuxième ligne."


def test_cp1252_is_detected(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((FRENCH + " « Très bien », a-t-il dit… Coût : 15 €.").encode("cp1252"))
    [doc] = read_documents(path)
    assert "« Très bien »" in doc.text and "€" in doc.text


def test_latin1_is_detected(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((FRENCH + " Il était déjà là.").encode("latin-1"))
    assert "Il était déjà là." in read_documents(path)[0].text


def test_nfc_normalisation_gives_same_key(tmp_path):
    decomposed = "Le ministre a de\u0301clare\u0301 la gre\u0300ve."
    (tmp_path / "a.txt").write_text(decomposed, encoding="utf-8")
    [doc] = read_documents(tmp_path / "a.txt")
    assert doc.text == "Le ministre a déclaré la grève."
    assert doc.key == content_key("Le ministre a déclaré la grève.")


def test_html_main_text_title_and_url(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Grève au port</title>"
        '<link rel="canonical" href="https://example.org/greve"></head><body>'
        "<nav><a>Accueil</a> <a>Monde</a></nav><article><h1>Grève au port</h1>"
        f"<p>{FRENCH}</p><p>Les dockers ont cessé le travail lundi, selon la direction du "
        "port, qui parle d'un mouvement très suivi.</p></article></body></html>",
        encoding="utf-8")
    [doc] = read_documents(path)
    assert "Les dockers ont cessé le travail lundi" in doc.text
    assert "Accueil" not in doc.text
    assert doc.title == "Grève au port"
    assert doc.url == "https://example.org/greve"


def test_jsonl_documents_with_metadata(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [{"text": FRENCH, "title": "T1", "lang": "fr", "meta": {"source": "x"}},
             {"text": "The minister said the deal was close.", "url": "https://e.org"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs = read_documents(path)
    assert [d.title for d in docs] == ["T1", None]
    assert docs[0].meta == {"source": "x"} and docs[1].url == "https://e.org"


def test_malformed_jsonl_names_the_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": FRENCH}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_documents(path)


def test_jsonl_line_without_text(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"title": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match='line 1: each line needs an object with a "text"'):
        read_documents(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        read_documents(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    with pytest.raises(InputError, match="empty"):
        read_documents(path)


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "a.docx"
    path.write_text("x")
    with pytest.raises(InputError, match="unsupported"):
        read_documents(path)


def test_folders_are_walked_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(FRENCH)
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    (tmp_path / "sub" / "notes.gold.json").write_text("{}")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.html"]


@pytest.mark.parametrize("text,lang", [
    (FRENCH, "fr"),
    ("The minister said on Monday that the agreement would be signed in Geneva.", "en"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang
