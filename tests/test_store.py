import sqlite3

import pytest

from annotator.core.errors import ProjectError
from annotator.core.project import Project
from annotator.core.store.migrations import migrations


def test_created_project_reopens_with_its_schema_and_target(fresh_project, tmp_path):
    path = fresh_project.path
    fresh_project.close()
    with Project.open(path) as project:
        assert project.target == "the dockers' strike"
        assert "neutral" in project.schema.values("stance")
        assert project.version == len(migrations._migrations)


def test_project_file_uses_wal(fresh_project):
    assert fresh_project.db.journal_mode == "wal"


def test_other_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ProjectError, match="not an Annotator project"):
        Project.open(path)


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("hello")
    with pytest.raises(ProjectError, match="not an Annotator project"):
        Project.open(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nope.sqlite")


def test_newer_schema_version_is_refused_and_file_untouched(fresh_project):
    path = fresh_project.path
    fresh_project.db["_sqlite_migrations"].insert(
        {"migration_set": "annotator", "name": "m999_from_the_future", "applied_at": "x"})
    fresh_project.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)
    assert path.read_bytes() == before


def test_creating_over_an_existing_file_is_refused(fresh_project):
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(fresh_project.path)


def test_readonly_project_refuses_changes(article_project):
    from annotator.core import ops

    path = article_project.path
    article_project.close()
    with Project.open(path, readonly=True) as project:
        sentence = project.sentences(1)[0]
        with pytest.raises(ProjectError, match="read-only"):
            ops.set_label(project, segment_id=sentence.id, annotator="a",
                          dimension="stance", value="neutral")
