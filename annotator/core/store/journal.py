"""Tracked writes and the undo journal.

Every data change runs inside ``Journal.step(name)``: one transaction whose row-level
before/after images are stored as one journal entry. Undo restores the before images,
redo the after images, so the CLI and the GUI share one history.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlite_utils import Database

from ..changes import Changes
from .transaction import immediate

Row = dict[str, Any]


# Rows are named by their integer id, except in tables keyed otherwise (a setting by its key).
_KEYS = {"settings": "key"}


def _key(table: str) -> str:
    return _KEYS.get(table, "id")


# Compact and without the cycle check: a merge journals 100,000s of plain rows at once.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False,
                           separators=(",", ":")).encode


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Step:
    name: str
    annotator: str | None
    diffs: list[tuple[str, int, Row | None, Row | None]] = field(default_factory=list)
    extra_tables: set[str] = field(default_factory=set)
    detail: dict = field(default_factory=dict)
    journal_id: int | None = None

    def changes(self) -> Changes:
        return changes_of(self.name, self.diffs, self.journal_id, self.extra_tables,
                          self.detail)


def changes_of(name: str, diffs, journal_id: int | None, extra_tables=(), detail=None
               ) -> Changes:
    tables, docs, segs = set(extra_tables), set(), set()
    for table, _id, before, after in diffs:
        tables.add(table)
        for row in (before, after):
            if row:
                if "doc_id" in row:
                    docs.add(row["doc_id"])
                if "segment_id" in row:
                    segs.add(row["segment_id"])
                elif table == "segments":
                    segs.add(row["id"])
                elif table == "documents":
                    docs.add(row["id"])
    return Changes(step=name, tables=frozenset(tables), documents=frozenset(docs),
                   segments=frozenset(segs), journal_id=journal_id, detail=detail or {})


class Journal:
    def __init__(self, db: Database):
        self.db = db
        self._open: Step | None = None  # the step under way, which nested steps join

    @contextmanager
    def step(self, name: str, *, annotator: str | None = None, undoable: bool = True
             ) -> Iterator[Step]:
        """One committed transaction; journalled if it changed anything. A step opened
        inside another one is part of it: one transaction, one entry, one undo."""
        if self._open is not None:
            with self._part_of(self._open) as outer:
                yield outer
            return
        step = Step(name, annotator)
        self._open = step
        try:
            with immediate(self.db):
                yield step
                self._record(step, undoable)
        finally:
            self._open = None

    @contextmanager
    def _part_of(self, step: Step) -> Iterator[Step]:
        """A savepoint: a failing part takes back its own writes (and their diffs) only."""
        kept = len(step.diffs)
        try:
            with immediate(self.db):
                yield step
        except BaseException:
            del step.diffs[kept:]
            raise

    def _record(self, step: Step, undoable: bool) -> None:
        if step.diffs or step.extra_tables:
            self._drop_redo(step.annotator)
            cursor = self.db.execute(
                "INSERT INTO journal (name, annotator, at, state, undoable, changes) "
                "VALUES (?, ?, ?, 'done', ?, ?)",
                [step.name, step.annotator, now(), int(undoable),
                 _encode(step.diffs) if undoable else None],
            )
            step.journal_id = cursor.lastrowid

    # -- tracked writes -------------------------------------------------------------
    def insert(self, step: Step, table: str, row: Row) -> int:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                                 list(row.values()))
        new_id = row[_key(table)] if table in _KEYS else cursor.lastrowid
        step.diffs.append((table, new_id, None, self.get(table, new_id)))
        return new_id

    def update(self, step: Step, table: str, row_id: int | str, values: Row) -> None:
        before = self.get(table, row_id)
        if before is None or all(before.get(k) == v for k, v in values.items()):
            return
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self.db.execute(f'UPDATE "{table}" SET {sets} WHERE "{_key(table)}" = ?',
                        [*values.values(), row_id])
        step.diffs.append((table, row_id, before, {**before, **values}))

    def delete(self, step: Step, table: str, row_id: int | str) -> None:
        before = self.get(table, row_id)
        if before is None:
            return
        self.db.execute(f'DELETE FROM "{table}" WHERE "{_key(table)}" = ?', [row_id])
        step.diffs.append((table, row_id, before, None))

    def get(self, table: str, row_id: int | str) -> Row | None:
        cursor = self.db.execute(f'SELECT * FROM "{table}" WHERE "{_key(table)}" = ?',
                                 [row_id])
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found))

    # -- undo / redo ----------------------------------------------------------------
    def undo(self, annotator: str | None = None) -> Changes | None:
        """Undo the latest step (of ``annotator`` when given); None when nothing is left."""
        return self._replay(self._latest("done", annotator, newest=True), "Undo")

    def redo(self, annotator: str | None = None) -> Changes | None:
        return self._replay(self._latest("undone", annotator, newest=False), "Redo")

    def _replay(self, entry: Row | None, verb: str) -> Changes | None:
        """Undo restores the before images, newest row first; redo the after images."""
        if entry is None:
            return None
        diffs = json.loads(entry["changes"])
        undoing = verb == "Undo"
        with immediate(self.db):
            for table, row_id, before, after in (reversed(diffs) if undoing else diffs):
                self._restore(table, row_id, before if undoing else after)
            self.db.execute("UPDATE journal SET state = ? WHERE id = ?",
                            ["undone" if undoing else "done", entry["id"]])
        return changes_of(f"{verb} {entry['name']}", diffs, entry["id"])

    def peek(self, state: str, annotator: str | None = None) -> str | None:
        """Name of the step that undo ("done") or redo ("undone") would act on."""
        entry = self._latest(state, annotator, newest=state == "done")
        return entry["name"] if entry else None

    def _latest(self, state: str, annotator: str | None, *, newest: bool) -> Row | None:
        # Undo takes the newest done step; redo the oldest step undone since the last new one.
        order = "DESC" if newest else "ASC"
        where, params = "state = ? AND undoable = 1", [state]
        if annotator is not None:
            where += " AND annotator = ?"
            params.append(annotator)
        rows = list(self.db.query(
            f"SELECT * FROM journal WHERE {where} ORDER BY id {order} LIMIT 1", params))
        return rows[0] if rows else None

    def _drop_redo(self, annotator: str | None) -> None:
        if annotator is None:
            self.db.execute("UPDATE journal SET state = 'dropped' WHERE state = 'undone'")
        else:
            self.db.execute("UPDATE journal SET state = 'dropped' "
                            "WHERE state = 'undone' AND annotator = ?", [annotator])

    def _restore(self, table: str, row_id: int | str, image: Row | None) -> None:
        key = _key(table)
        if image is None:
            self.db.execute(f'DELETE FROM "{table}" WHERE "{key}" = ?', [row_id])
            return
        sets = ", ".join(f'"{c}" = ?' for c in image)
        updated = self.db.execute(f'UPDATE "{table}" SET {sets} WHERE "{key}" = ?',
                                  [*image.values(), row_id])
        if updated.rowcount:  # one statement where the row is there (undoing an edit)
            return
        columns = ", ".join(f'"{c}"' for c in image)
        marks = ", ".join("?" for _ in image)
        self.db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                        list(image.values()))
