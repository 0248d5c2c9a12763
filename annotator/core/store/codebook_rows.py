"""The codebook's reads and writes: how many tags carry each value, and renaming a value on
every row that has it (tags, the gold layer, suggestions), inside the caller's journal step,
so that a rename or a merge is one undoable step."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from .journal import Step

# Tables whose rows name a dimension's value: a rename follows into each of them.
VALUE_TABLES = ("tags", "gold", "suggestions")


def value_counts(db: Database, table: str = "tags") -> dict[tuple[str, str], int]:
    """(dimension, value) -> rows of ``table`` (tags or gold) with that value."""
    if table not in ("tags", "gold"):
        raise ValueError(table)
    cursor = db.conn.execute(
        f'SELECT dimension, value, count(*) FROM "{table}" WHERE value IS NOT NULL '
        "GROUP BY dimension, value")
    return {(dimension, value): count for dimension, value, count in cursor}


def relabel(db: Database, step: Step, dimension: str, old: Sequence[str], new: str) -> int:
    """Give every row of ``dimension`` whose value is in ``old`` the value ``new``; each row's
    before and after images go into ``step``. Returns how many tags changed."""
    if not old:
        return 0
    marks = ", ".join("?" for _ in old)
    tags_changed = 0
    for table in VALUE_TABLES:
        cursor = db.conn.execute(
            f'SELECT * FROM "{table}" WHERE dimension = ? AND value IN ({marks}) ORDER BY id',
            [dimension, *old])
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, found)) for found in cursor]
        if not rows:
            continue
        db.conn.execute(
            f'UPDATE "{table}" SET value = ? WHERE dimension = ? AND value IN ({marks})',
            [new, dimension, *old])
        step.diffs.extend((table, row["id"], row, {**row, "value": new}) for row in rows)
        if table == "tags":
            tags_changed = len(rows)
    return tags_changed
