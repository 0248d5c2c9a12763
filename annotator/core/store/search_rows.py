"""The SQL of search: full-text matches (FTS5) and the filters of sentences by their tags.

Matches come as segment ids in reading order (document, then sentence); only the hits shown
are then read with their text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class SentenceFilter:
    """Which sentences to keep, besides the words searched. Every condition given must hold;
    ``annotator`` scopes the tag, note, flag and untagged conditions to that annotator."""

    annotator: str | None = None
    dimension: str | None = None
    value: str | None = None
    source_type: str | None = None
    flagged: bool = False
    has_note: bool = False
    untagged: bool = False  # no tag (on ``dimension`` when given)
    disagreement: bool = False  # annotators who coded the sentence differ (on ``dimension``)
    doc_id: int | None = None
    include_boilerplate: bool = False


def has_index(db: Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_index'").fetchone() \
        is not None


def matching_ids(db: Database, match: str | None, where: SentenceFilter) -> list[int]:
    """Ids of every matching segment, in reading order."""
    conditions, params = _conditions(where, few=match is not None)
    if match is None:
        source = "segments s"
    else:
        source = "search_index f JOIN segments s ON s.id = f.rowid"
        conditions.insert(0, "search_index MATCH :match")
        params["match"] = match
    return [row[0] for row in db.execute(
        f"SELECT s.id FROM {source} WHERE {' AND '.join(conditions) or '1'} "
        "ORDER BY s.doc_id, s.idx", params)]


def hit_rows(db: Database, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Each segment's place and text, in the order of ``ids``."""
    if not ids:
        return []
    listed = ",".join(str(int(i)) for i in ids)  # integers: safe to inline, no param limit
    rows = {row["id"]: row for row in db.query(
        'SELECT s.id, s.doc_id, coalesce(d.title, \'\') AS title, s.idx, s.kind, s.start, '
        's."end", substr(d.text, s.start + 1, s."end" - s.start) AS text '
        f"FROM segments s JOIN documents d ON d.id = s.doc_id WHERE s.id IN ({listed})")}
    return [rows[i] for i in ids if i in rows]


def has_annotator(db: Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM tags WHERE annotator = :n UNION ALL "
                      "SELECT 1 FROM notes WHERE annotator = :n LIMIT 1", {"n": name}
                      ).fetchone() is not None


def _conditions(where: SentenceFilter, *, few: bool) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on segment ``s``. ``few``: the words searched already narrow the
    segments down, so each is looked up (EXISTS); else the tags or notes that qualify are
    read once (IN), which beats 100,000 lookups."""
    conditions: list[str] = []
    params: dict[str, Any] = {"annotator": where.annotator, "dimension": where.dimension,
                              "value": where.value, "source_type": where.source_type,
                              "doc_id": where.doc_id}

    def having(table: str, condition: str, negate: bool = False) -> str:
        alias = table[0]
        if few:
            return (f"{'NOT ' * negate}EXISTS (SELECT 1 FROM {table} {alias} "
                    f"WHERE {alias}.segment_id = s.id{condition})")
        return (f"s.id {'NOT ' * negate}IN (SELECT {alias}.segment_id FROM {table} {alias} "
                f"WHERE 1{condition})")

    by = " AND t.annotator = :annotator" if where.annotator else ""
    on = " AND t.dimension = :dimension" if where.dimension else ""
    noted_by = " AND n.annotator = :annotator" if where.annotator else ""
    if not where.include_boilerplate:
        conditions.append("s.kind != 'boilerplate'")
    if where.doc_id is not None:
        conditions.append("s.doc_id = :doc_id")
    if where.untagged:
        conditions.append(having("tags", f"{by}{on}", negate=True))
    elif where.dimension or where.value or (
            where.annotator and not (where.flagged or where.has_note or where.source_type)):
        value = " AND t.value = :value" if where.value else ""
        conditions.append(having("tags", f"{by}{on}{value}"))
    if where.source_type:
        conditions.append(having("tags", f"{by} AND t.dimension = 'source' "
                                         "AND t.value = :source_type"))
    if where.flagged:
        conditions.append(having("notes", f"{noted_by} AND n.flag = 1"))
    if where.has_note:
        conditions.append(having("notes", f"{noted_by} AND trim(coalesce(n.note, '')) != ''"))
    if where.disagreement:
        conditions.append(f"s.id IN ({_disagreeing(bool(where.dimension))})")
    return conditions, params


def _disagreeing(one_dimension: bool) -> str:
    """Segments where the annotators who coded them (two or more) differ on a dimension: the
    review's rule (an annotator who did not tag the sentence at all takes no part). They
    agree when each label, or each source with its offsets, type, quote and relay, is
    given by every one of them; a label one of them left unset is a disagreement."""
    only = "WHERE t.dimension = :dimension" if one_dimension else ""
    return f"""
        WITH coders AS (
            SELECT segment_id, count(DISTINCT annotator) AS n FROM tags
            GROUP BY segment_id HAVING n >= 2)
        SELECT DISTINCT t.segment_id FROM tags t JOIN coders c ON c.segment_id = t.segment_id
        {only}
        GROUP BY t.segment_id, t.dimension, t.value, t.start, t."end", t.quote, t.via
        HAVING count(DISTINCT t.annotator) < max(c.n)"""
