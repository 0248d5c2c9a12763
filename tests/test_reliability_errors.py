"""Whatever SQLite reports about a damaged or foreign file reaches the user as one line."""

import sqlite3
from contextlib import closing

import pytest
from reliability_helpers import build_project
from safety import assert_one_line_failure, cli


def overwrite(path, start, end=None):
    data = bytearray(path.read_bytes())
    end = len(data) if end is None else end
    data[start:end] = bytes((n * 37 + 11) % 256 for n in range(end - start))
    path.write_bytes(bytes(data))


def article_pages(path) -> list[int]:
    """Pages holding the document and its sentences, which every command reads (the search
    index, written last, fills the file's final pages and is only read by a search)."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name IN "
                                           "('documents', 'segments') ORDER BY pageno")]


def overwrite_pages(path, pages, size=4096):
    for page in pages:
        overwrite(path, (page - 1) * size, page * size)


DAMAGE = {
    "every page after the schema": lambda p: overwrite(p, 4096),
    "the last pages of the article": lambda p: overwrite_pages(p, article_pages(p)[-3:]),
    "the header": lambda p: overwrite(p, 0, 100),
    "half the file cut off": lambda p: p.write_bytes(p.read_bytes()[:p.stat().st_size // 2]),
    "text instead of a database": lambda p: p.write_text("not a project\n" * 400),
}


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("command", [["show", "{p}", "1"], ["stats", "{p}"],
                                     ["tag", "{p}", "1", "2", "--annotator", "ana",
                                      "--stance", "neutral"]])
def test_a_damaged_file_is_one_line(tmp_path, damage, command):
    path = build_project(tmp_path / "p.sqlite", sentences=200)
    DAMAGE[damage](path)
    outcome = cli(*[part.format(p=path) for part in command])
    assert_one_line_failure(outcome)
    assert "p.sqlite" in outcome.stderr or "project file" in outcome.stderr, outcome.stderr
