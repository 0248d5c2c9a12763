"""The full-text index over segments (FTS5), and the triggers that keep it current."""

from __future__ import annotations

from sqlite_utils import Database

# Full-text search over every segment. The index holds no copy of the text: its content is
# the view ``search_text`` (a segment's words read from its document), and triggers keep it
# in step with every write to segments and documents (imports, merges, undo, edits), so no
# caller has to remember it. unicode61 with remove_diacritics 2 folds case and accents
# ("Etat" finds "État"); the prefix indexes make "neg*" as quick as a word.
SEARCH_TEXT = ('SELECT s.id AS segment_id, substr(d.text, s.start + 1, s."end" - s.start) '
               "AS text FROM segments s JOIN documents d ON d.id = s.doc_id")
_INDEX = ("INSERT INTO search_index (rowid, text) "
          'SELECT {s}.id, substr({text}, {s}.start + 1, {s}."end" - {s}.start)')
_UNINDEX = ("INSERT INTO search_index (search_index, rowid, text) "
            "SELECT 'delete', {s}.id, substr({text}, {s}.start + 1, {s}.\"end\" - {s}.start)")
_OF_SEGMENT = "FROM documents d WHERE d.id = {s}.doc_id"
SEARCH_TRIGGERS = {
    "search_segment_inserted": f"""AFTER INSERT ON segments BEGIN
        {_INDEX.format(s="new", text="d.text")} {_OF_SEGMENT.format(s="new")}; END""",
    "search_segment_deleted": f"""AFTER DELETE ON segments BEGIN
        {_UNINDEX.format(s="old", text="d.text")} {_OF_SEGMENT.format(s="old")}; END""",
    "search_segment_moved": f"""AFTER UPDATE OF doc_id, start, "end" ON segments BEGIN
        {_UNINDEX.format(s="old", text="d.text")} {_OF_SEGMENT.format(s="old")};
        {_INDEX.format(s="new", text="d.text")} {_OF_SEGMENT.format(s="new")}; END""",
    "search_document_rewritten": f"""AFTER UPDATE OF text ON documents BEGIN
        {_UNINDEX.format(s="s", text="old.text")} FROM segments s WHERE s.doc_id = old.id;
        {_INDEX.format(s="s", text="new.text")} FROM segments s WHERE s.doc_id = new.id; END""",
}



def create_search_index(db: Database) -> None:
    db.create_view("search_text", SEARCH_TEXT)
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(text, content='search_text', "
               "content_rowid='segment_id', tokenize='unicode61 remove_diacritics 2', "
               "prefix='2 3')")
    for name, body in SEARCH_TRIGGERS.items():
        db.execute(f"CREATE TRIGGER {name} {body}")
    db.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
