"""Read queries over the project file (all SQL for reading lives here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from ..models import Document, DocumentInfo, DocumentRow, Sentence, SentenceTags, Tag

TAG_COLUMNS = "id, segment_id, doc_id, annotator, dimension, value, start, end, quote, via, origin"
# Added by migration m004: a file opened read-only before it was upgraded lacks them.
META_COLUMNS = ("outlet", "author", "section", "word_count")


def meta_columns(db: Database, alias: str = "", columns: Sequence[str] = META_COLUMNS) -> str:
    """The m004 metadata columns to select, as NULLs in a file that predates them."""
    have = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
    prefix = f"{alias}." if alias else ""
    return ", ".join(f"{prefix}{c}" if c in have or c not in META_COLUMNS else f"NULL AS {c}"
                     for c in columns)


def get_setting(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def document_infos(db: Database, annotator: str | None = None,
                   ids: Sequence[int] | None = None) -> list[DocumentInfo]:
    tag_filter = "AND t.annotator = :annotator" if annotator else ""
    # ids are integers, so inlining them is safe and avoids SQLite's parameter limit.
    id_filter = f"WHERE d.id IN ({','.join(str(int(i)) for i in ids)})" if ids is not None else ""
    sql = f"""
        SELECT d.id, d.key, d.title, d.lang, d.date, d.url, d.meta, {meta_columns(db, "d")},
          (SELECT count(*) FROM segments s WHERE s.doc_id = d.id AND s.kind != 'boilerplate')
            AS sentences,
          (SELECT count(DISTINCT t.segment_id) FROM tags t JOIN segments s ON s.id = t.segment_id
            WHERE t.doc_id = d.id AND s.kind != 'boilerplate' {tag_filter}) AS tagged
        FROM documents d {id_filter} ORDER BY d.id"""
    return [DocumentInfo(**row) for row in db.query(sql, {"annotator": annotator})]


def document_titles(db: Database) -> list[tuple[int, str]]:
    """(id, title) of every document in id order: cheap enough for 100,000 documents."""
    return [(row[0], row[1] or "") for row in
            db.execute("SELECT id, title FROM documents ORDER BY id")]


def document_rows(db: Database) -> list[DocumentRow]:
    """Title and the short metadata of every document in id order (no text, no counts)."""
    columns = meta_columns(db, columns=("outlet", "date", "author", "section", "lang"))
    return [DocumentRow(*row) for row in db.execute(
        f"SELECT id, coalesce(title, ''), {columns} FROM documents ORDER BY id")]


def document(db: Database, doc_id: int) -> Document | None:
    rows = list(db.query("SELECT id, key, title, lang, text, origin, url, date, meta, "
                         f"{meta_columns(db)} FROM documents WHERE id = ?", [doc_id]))
    return Document(**rows[0]) if rows else None


def document_exists(db: Database, doc_id: int) -> bool:
    return db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None


def document_id_by_key(db: Database, key: str) -> int | None:
    row = db.execute("SELECT id FROM documents WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def document_keys(db: Database) -> dict[str, int]:
    return {key: doc_id for doc_id, key in db.execute("SELECT id, key FROM documents")}


def sentences(db: Database, doc_id: int) -> list[Sentence]:
    return [Sentence(**row) for row in db.query(
        "SELECT id, doc_id, idx, start, end, kind, para, reason FROM segments "
        "WHERE doc_id = ? ORDER BY idx", [doc_id])]


def sentence(db: Database, segment_id: int) -> Sentence | None:
    rows = list(db.query("SELECT id, doc_id, idx, start, end, kind, para, reason FROM segments "
                         "WHERE id = ?", [segment_id]))
    return Sentence(**rows[0]) if rows else None


def sentence_at(db: Database, doc_id: int, idx: int) -> Sentence | None:
    rows = list(db.query("SELECT id, doc_id, idx, start, end, kind, para, reason FROM segments "
                         "WHERE doc_id = ? AND idx = ?", [doc_id, idx]))
    return Sentence(**rows[0]) if rows else None


def tag(db: Database, tag_id: int) -> Tag | None:
    rows = list(db.query(f"SELECT {TAG_COLUMNS} FROM tags WHERE id = ?", [tag_id]))
    return Tag(**rows[0]) if rows else None


def single_tag_id(db: Database, segment_id: int, annotator: str, dimension: str) -> int | None:
    row = db.execute("SELECT id FROM tags WHERE segment_id = ? AND annotator = ? "
                     "AND dimension = ?", [segment_id, annotator, dimension]).fetchone()
    return row[0] if row else None


def note_row(db: Database, segment_id: int, annotator: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM notes WHERE segment_id = ? AND annotator = ?",
                         [segment_id, annotator]))
    return rows[0] if rows else None


def document_tags(db: Database, doc_id: int, annotator: str | None = None) -> list[Tag]:
    sql = f"SELECT {TAG_COLUMNS} FROM tags WHERE doc_id = ?"
    params: list[Any] = [doc_id]
    if annotator is not None:
        sql += " AND annotator = ?"
        params.append(annotator)
    return [Tag(**row) for row in db.query(sql + " ORDER BY segment_id, start, id", params)]


def sentence_tags(db: Database, segment_id: int, annotator: str) -> SentenceTags:
    tags = [Tag(**row) for row in db.query(
        f"SELECT {TAG_COLUMNS} FROM tags WHERE segment_id = ? AND annotator = ? "
        "ORDER BY start, id", [segment_id, annotator])]
    note = note_row(db, segment_id, annotator) or {}
    single = {t.dimension: t.value for t in tags if t.dimension != "source"}
    return SentenceTags(
        stance=single.get("stance"), verifiability=single.get("verifiability"),
        sources=[t for t in tags if t.dimension == "source"],
        note=note.get("note") or None, flag=bool(note.get("flag")))


def document_notes(db: Database, doc_id: int, annotator: str | None = None
                   ) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM notes WHERE doc_id = ?", [doc_id]
    if annotator is not None:
        sql += " AND annotator = ?"
        params.append(annotator)
    return list(db.query(sql, params))


def annotators(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT annotator FROM tags UNION SELECT annotator FROM notes ORDER BY 1")]


def counts(db: Database) -> dict[str, Any]:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    by_value = list(db.query(
        "SELECT dimension, value, count(*) AS n FROM tags GROUP BY dimension, value "
        "ORDER BY dimension, n DESC"))
    by_annotator = list(db.query(
        "SELECT annotator, count(*) AS tags, count(DISTINCT segment_id) AS sentences "
        "FROM tags GROUP BY annotator ORDER BY annotator"))
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "sentences": one("SELECT count(*) FROM segments WHERE kind != 'boilerplate'"),
        "boilerplate": one("SELECT count(*) FROM segments WHERE kind = 'boilerplate'"),
        "tagged_sentences": one("SELECT count(DISTINCT segment_id) FROM tags"),
        "tags": one("SELECT count(*) FROM tags"),
        "suggestions_open": one("SELECT count(*) FROM suggestions WHERE state = 'open'"),
        "by_value": by_value,
        "by_annotator": by_annotator,
    }
