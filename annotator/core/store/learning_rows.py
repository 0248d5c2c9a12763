"""Reads and writes for learning from the tags: the reviewed sentences and their sources,
and how unsure the models are about each untagged sentence."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

# A sentence is reviewed when a person tagged it (any dimension) or decided a suggestion
# on it: its sources are then what that person says they are, possibly none.
_REVIEWED = """
    SELECT s.id, s.doc_id, s.start, s."end" FROM segments s
    WHERE s.kind != 'boilerplate' AND (
        EXISTS (SELECT 1 FROM tags t WHERE t.segment_id = s.id)
        OR EXISTS (SELECT 1 FROM suggestions g WHERE g.segment_id = s.id
                   AND g.state != 'open'))
    ORDER BY s.doc_id, s.idx"""


def reviewed_sentences(db: Database) -> list[dict]:
    """id, doc_id, start, end of every reviewed content sentence, in reading order."""
    return list(db.query(_REVIEWED))


def count_reviewed(db: Database) -> int:
    return db.execute(f"SELECT count(*) FROM ({_REVIEWED})").fetchone()[0]


def source_tags(db: Database) -> list[dict]:
    """Every source tag (segment_id, annotator, start, end, value, quote)."""
    return list(db.query(
        'SELECT segment_id, annotator, start, "end", value, quote FROM tags '
        "WHERE dimension = 'source' AND start IS NOT NULL ORDER BY segment_id, annotator, start"))


def open_source_spans(db: Database) -> list[tuple[int, int, int]]:
    """(segment_id, start, end) of source suggestions nobody decided yet."""
    return [tuple(r) for r in db.execute(
        "SELECT segment_id, start, \"end\" FROM suggestions WHERE dimension = 'source' "
        "AND state = 'open' AND start IS NOT NULL")]


def rejected_source_spans(db: Database, doc_id: int) -> set[tuple[int, int, int]]:
    """(segment_id, start, end) of the document's rejected source suggestions, whatever
    their type: the same words are never suggested again."""
    return {tuple(r) for r in db.execute(
        "SELECT segment_id, start, \"end\" FROM suggestions WHERE doc_id = ? AND "
        "dimension = 'source' AND state = 'rejected'", [doc_id])}


def replace_uncertainty(db: Database, doc_id: int, rows: Iterable[dict]) -> None:
    """Swap a document's uncertainty rows; call inside a step."""
    db.execute("DELETE FROM uncertainty WHERE doc_id = ?", [doc_id])
    rows = list(rows)
    if rows:
        db["uncertainty"].insert_all(rows)


def uncertainties(db: Database, doc_id: int | None = None) -> dict[int, float]:
    """segment_id -> how unsure the source finder is, for one document or all."""
    sql = "SELECT segment_id, value FROM uncertainty"
    params: list = []
    if doc_id is not None:
        sql += " WHERE doc_id = ?"
        params.append(doc_id)
    return {segment: value for segment, value in db.execute(sql, params)}


def uncertainty_versions(db: Database, doc_id: int) -> set[str]:
    return {r[0] for r in db.execute(
        "SELECT DISTINCT version FROM uncertainty WHERE doc_id = ?", [doc_id])}


def open_scores(db: Database, doc_id: int | None = None) -> list[tuple[int, float]]:
    """(segment_id, score) of every open suggestion with a score."""
    sql = "SELECT segment_id, score FROM suggestions WHERE state = 'open' AND score IS NOT NULL"
    params: list = []
    if doc_id is not None:
        sql += " AND doc_id = ?"
        params.append(doc_id)
    return [tuple(r) for r in db.execute(sql, params)]


def untagged_sentences(db: Database, annotator: str, doc_id: int | None = None
                       ) -> list[tuple[int, int]]:
    """(segment_id, doc_id) of content sentences ``annotator`` has not tagged, in reading
    order."""
    sql = ("SELECT s.id, s.doc_id FROM segments s WHERE s.kind != 'boilerplate' AND NOT "
           "EXISTS (SELECT 1 FROM tags t WHERE t.segment_id = s.id AND t.annotator = ?)")
    params: list = [annotator]
    if doc_id is not None:
        sql += " AND s.doc_id = ?"
        params.append(doc_id)
    return [tuple(r) for r in db.execute(sql + " ORDER BY s.doc_id, s.idx", params)]
