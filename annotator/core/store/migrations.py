"""The project file's schema, as versioned migrations (never ad-hoc ALTER TABLE).

Each migration is named; the names applied to a file are recorded in ``_sqlite_migrations``.
A file that has a migration this version does not know comes from a newer version and is
refused (see ``database.open_database``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .search_schema import create_search_index

migrations = Migrations("annotator")


@migrations()
def m001_initial(db: Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["documents"].create(
        {
            "id": int, "key": str, "title": str, "lang": str, "origin": str, "url": str,
            "date": str, "text": str, "meta": str, "imported_at": str,
        },
        pk="id", not_null={"key", "text", "lang"},
    )
    db["documents"].create_index(["key"], unique=True)
    db["segments"].create(
        {
            "id": int, "doc_id": int, "idx": int, "start": int, "end": int, "kind": str,
            "para": int, "reason": str,
        },
        pk="id", foreign_keys=[("doc_id", "documents", "id")],
        not_null={"doc_id", "idx", "start", "end", "kind"},
    )
    db["segments"].create_index(["doc_id", "idx"], unique=True)
    span_columns = {
        "segment_id": int, "doc_id": int, "dimension": str, "value": str,
        "start": int, "end": int, "quote": str, "via": str,
    }
    db["tags"].create(
        {"id": int, **span_columns, "annotator": str, "origin": str, "attrs": str,
         "created": str, "updated": str},
        pk="id", foreign_keys=[("segment_id", "segments", "id"), ("doc_id", "documents", "id")],
        not_null={"segment_id", "doc_id", "dimension", "annotator"},
    )
    db["tags"].create_index(["segment_id", "annotator", "dimension"])
    db["tags"].create_index(["annotator"])
    # One stance and one verifiability per sentence and annotator; sources are many.
    db.execute(
        "CREATE UNIQUE INDEX idx_tags_single ON tags (segment_id, annotator, dimension) "
        "WHERE dimension != 'source'"
    )
    db["notes"].create(
        {"id": int, "segment_id": int, "doc_id": int, "annotator": str, "note": str,
         "flag": int, "updated": str},
        pk="id", foreign_keys=[("segment_id", "segments", "id")],
        not_null={"segment_id", "annotator"},
    )
    db["notes"].create_index(["segment_id", "annotator"], unique=True)
    db["suggestions"].create(
        {"id": int, **span_columns, "cue": str, "reason": str, "score": float, "origin": str,
         "version": str, "state": str, "decided_by": str, "decided_at": str, "created": str},
        pk="id", foreign_keys=[("segment_id", "segments", "id")],
        not_null={"segment_id", "dimension", "state", "origin"},
    )
    db["suggestions"].create_index(["segment_id", "dimension"])
    db["suggestions"].create_index(["doc_id", "state"])
    db["gold"].create(
        {"id": int, **span_columns, "proposed_by": str, "decided_by": str,
         "decided_at": str, "reason": str},
        pk="id", foreign_keys=[("segment_id", "segments", "id")],
        not_null={"segment_id", "dimension"},
    )
    db["gold"].create_index(["segment_id", "dimension"])
    db["journal"].create(
        {"id": int, "name": str, "annotator": str, "at": str, "state": str, "undoable": int,
         "changes": str},
        pk="id", not_null={"name", "state"},
    )
    db["journal"].create_index(["state", "annotator"])


@migrations()
def m002_suggestion_flags_and_models(db: Database) -> None:
    # Flags a rule derived with its suggestion (hedged, explicitly_unverified).
    db["suggestions"].add_column("flags", str)
    # Sentence classifiers trained on the analysts' own tags, one current model per dimension.
    db["models"].create(
        {"id": int, "dimension": str, "created": str, "examples": int, "labels": str,
         "cv_accuracy": float, "data": bytes},
        pk="id", not_null={"dimension", "data"},
    )
    db["models"].create_index(["dimension"])


@migrations()
def m003_tags_covering_index(db: Database) -> None:
    # Agreement reads every tag of a dimension for a few annotators: an index that holds
    # all it needs lets SQLite answer without touching the table (about twice as fast).
    db["tags"].create_index(["dimension", "annotator", "segment_id", "value", "start", "end"],
                            index_name="idx_tags_by_dimension")


@migrations()
def m004_document_metadata(db: Database) -> None:
    # What the article's source says about it (a news database, the page, a JSONL line);
    # language, URL, date and free ``meta`` (JSON) were there from the start.
    for column, kind in (("outlet", str), ("author", str), ("section", str),
                         ("word_count", int)):
        db["documents"].add_column(column, kind)
    counts = [(len(text.split()), doc_id)
              for doc_id, text in db.execute("SELECT id, text FROM documents").fetchall()]
    db.conn.executemany("UPDATE documents SET word_count = ? WHERE id = ?", counts)
    db["documents"].create_index(["outlet"])
    db["documents"].create_index(["date"])


# Views for reading the file without a join (Datasette, sqlite-utils, a spreadsheet's SQL).
# Offsets are Python string indexes into documents.text (NFC); SQLite's substr counts
# characters from 1, hence start + 1.
_SENTENCE = 'substr(d.text, s.start + 1, s."end" - s.start)'
_WORDS = ('CASE WHEN {t}.start IS NOT NULL '
          'THEN substr(d.text, {t}.start + 1, {t}."end" - {t}.start) END')
VIEWS = {
    "sentences_view": f"""
        SELECT s.id AS segment_id, s.doc_id, d.title AS document, s.idx AS "index", s.kind,
               s.start, s."end", {_SENTENCE} AS text
        FROM segments s JOIN documents d ON d.id = s.doc_id
        ORDER BY s.doc_id, s.idx""",
    "tags_view": f"""
        SELECT t.id AS tag_id, t.segment_id, t.doc_id, d.title AS document, s.idx AS "index",
               {_SENTENCE} AS sentence, t.annotator, t.dimension, t.value,
               {_WORDS.format(t="t")} AS source_words, t.start, t."end", t.quote, t.via,
               t.origin, t.created, t.updated
        FROM tags t JOIN segments s ON s.id = t.segment_id JOIN documents d ON d.id = s.doc_id
        ORDER BY s.doc_id, s.idx, t.annotator, t.dimension, t.start""",
    "gold_view": f"""
        SELECT g.id AS gold_id, g.segment_id, g.doc_id, d.title AS document, s.idx AS "index",
               {_SENTENCE} AS sentence, g.dimension, g.value,
               {_WORDS.format(t="g")} AS source_words, g.start, g."end", g.quote, g.via,
               g.proposed_by, g.decided_by, g.decided_at, g.reason
        FROM gold g JOIN segments s ON s.id = g.segment_id JOIN documents d ON d.id = s.doc_id
        ORDER BY s.doc_id, s.idx, g.dimension, g.start""",
}


@migrations()
def m006_views_and_keys(db: Database) -> None:
    # Every doc_id names its document: notes, suggestions and gold get the foreign key that
    # segments and tags had from the start. doc_id is the segment's document by definition,
    # so it is first set from the segment (the key cannot then fail on an old file).
    for table in ("notes", "suggestions", "gold"):
        db.execute(f"UPDATE {table} SET doc_id = (SELECT doc_id FROM segments "
                   f"WHERE segments.id = {table}.segment_id)")
        db[table].transform(add_foreign_keys=[("doc_id", "documents", "id")])
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())


@migrations()
def m007_search_index(db: Database) -> None:
    # Full-text search over every segment, kept current by triggers (see search_schema).
    create_search_index(db)


@migrations()
def m009_uncertainty(db: Database) -> None:
    # How unsure the source finder learned from the tags is about each sentence it
    # suggested for (1: a coin toss): "Next most useful" ranks untagged sentences by it.
    db["uncertainty"].create(
        {"segment_id": int, "doc_id": int, "value": float, "version": str},
        pk="segment_id",
        foreign_keys=[("segment_id", "segments", "id"), ("doc_id", "documents", "id")],
        not_null={"doc_id", "value"},
    )
    db["uncertainty"].create_index(["doc_id"])
