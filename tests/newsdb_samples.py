"""Synthetic news-database exports for the tests (invented articles, no publisher's text).

The text formats are files in tests/data/newsdb; Word files are built here, as Nexis Uni
lays them out, because a .docx is a zip.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.conftest import REPO

SAMPLES = REPO / "tests" / "data" / "newsdb"
NBSP = "\u00a0"

NEXIS_UNI = [
    "Date and Time: Tuesday, 12. March 2024 16:51:00 CET", "Job Number: 00000042",
    "Documents (2)", "1. Le port de Marseille à l'arrêt", "Client/Matter: -None-",
    "Search Terms: port de Marseille", "", "",
    "Le port de Marseille à l'arrêt", "La Gazette du Littoral", "mardi 12 mars 2024",
    "Copyright 2024 La Gazette du Littoral Tous droits réservés", "",
    f"Section:{NBSP}ÉCONOMIE; Version:2", f"Length:{NBSP}84 words",
    f"Byline:{NBSP}Claire Dumont", "Body", "",
    "Les dockers du port de Marseille ont cessé le travail lundi, selon la direction du port.",
    "", "Le ministre des Transports a annoncé mardi l'ouverture de négociations.", "",
    "Classification", "Language: FRENCH", "Load-Date: March 13, 2024", "End of Document",
    "", "Port strike ends", "The Harbour Times", "March 14, 2024 Thursday 9:20 AM GMT",
    "Copyright 2024 The Harbour Times", f"Length:{NBSP}40 words", "Body", "",
    "Dock workers voted to return to work, the union said.", "",
    "Language: ENGLISH", "End of Document",
]


def word_file(path: Path, paragraphs: list[str]) -> Path:
    """A minimal .docx whose body has one ``w:p`` per paragraph (a break inside the first)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"
                   if text else "<w:p/>" for text in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml",
                         f"<?xml version=\"1.0\"?><w:document {ns}><w:body>{body}"
                         "</w:body></w:document>")
    return path
