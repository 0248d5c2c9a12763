"""Every failure is one line, exit code 1, and leaves the project as it was.

One table of bad inputs: each row builds what a user could hand the CLI and names the words
the one line on stderr must hold. Every row is checked the same way: exit code 1, exactly
one line on stderr, no traceback, and the project's documents, segments, tags, notes and
journal counted the same before and after, with ``PRAGMA integrity_check`` ok.

To add a row: a ``Case`` whose ``command`` builds the argument list from the ``Bed`` (its
second argument is the project that must stay unchanged) and whose ``says`` lists the
words of the message; ``needs`` names what the row requires of the machine.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.core import ops
from annotator.core.project import Project
from annotator.core.text.importer import import_paths
from tests.conftest import ARTICLE_FR, REPO
from tests.safety import Outcome, assert_one_line_failure, cli, fill_up, full_disk, project_state

FRENCH = "Le ministre a déclaré que l'accord serait signé à Genève après des mois de négociations."


@dataclass
class Bed:
    """A folder with a project holding one article and one tag; rows add their files."""

    folder: Path
    project: Path
    stack: ExitStack
    made: dict = field(default_factory=dict)

    def file(self, name: str, data: bytes | str) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    def unreadable(self, name: str, data: str = FRENCH) -> Path:
        path = self.file(name, data)
        path.chmod(0)
        return path

    def small_disk(self) -> Path:
        small = self.folder / "small"
        if not self.stack.enter_context(full_disk(small, size="2m")):
            pytest.skip("a full disk needs a tmpfs, which only root can mount")
        return small

    def export_target_on_a_full_disk(self) -> Path:
        """An earlier export on a real tmpfs that is now full."""
        target = self.small_disk() / "out.jsonl"
        target.write_text("an earlier export\n", encoding="utf-8")
        fill_up(target.parent)
        return target

    def project_on_a_full_disk(self) -> Path:
        """A project on a real tmpfs left with 128 kB free."""
        small = self.small_disk()
        project = _project(small / "p.sqlite")
        filler = fill_up(small)
        os.truncate(filler, filler.stat().st_size - 128 * 1024)
        return project

    def big_text(self) -> Path:
        lines = (f"Le ministre numéro {i} a parlé hier soir à Paris devant la presse."
                 for i in range(20000))
        return self.file("big.txt", "\n".join(lines))

    def big_project(self) -> Path:
        other = Project.create(self.folder / "other.sqlite")
        with other:
            import_paths(other, [self.big_text()], lang="fr")
        return other.path


@dataclass(frozen=True)
class Case:
    command: Callable[[Bed], list]
    says: tuple[str, ...]
    needs: str | None = None  # "no root powers": the row runs without root's file access
    app: bool = False  # an import into the open project: the app's dialog is checked too


def _jsonl(*lines: dict) -> str:
    return "".join(json.dumps(line) + "\n" for line in lines)


CASES = {
    "JSONL: a list where the text belongs": Case(
        lambda bed: ["import", bed.project, bed.file("a.jsonl", _jsonl(
            {"text": FRENCH}, {"text": ["Une phrase.", "Une autre."]}))],
        ("line 2", '"text"'), app=True),
    "JSONL: a list where the title belongs": Case(
        lambda bed: ["import", bed.project, bed.file("a.jsonl", _jsonl(
            {"text": FRENCH}, {"text": "Autre texte.", "title": ["a", "b"]}))],
        ("line 2", '"title"', "list"), app=True),
    "a folder with one unreadable file": Case(
        lambda bed: ["import", bed.project, bed.unreadable("in/b.txt").parent,
                     bed.file("c.txt", FRENCH)],
        ("b.txt", "cannot read", "nothing was imported"), needs="no root powers"),
    "a folder holding a FIFO named .txt": Case(
        lambda bed: (bed.file("feed/a.txt", FRENCH), os.mkfifo(bed.folder / "feed" / "b.txt"),
                     ["import", bed.project, bed.folder / "feed"])[2],
        ("b.txt", "not a regular file", "nothing was imported")),
    "a 22-digit document id": Case(
        lambda bed: ["show", bed.project, "1234567890123456789012"], ("too large",)),
    "a 22-digit document id when tagging": Case(
        lambda bed: ["tag", bed.project, "1234567890123456789012", "1", "--annotator", "ana",
                     "--stance", "neutral"], ("too large",)),
    "a FIFO named .txt": Case(
        lambda bed: (os.mkfifo(bed.folder / "pipe.txt"),
                     ["import", bed.project, bed.folder / "pipe.txt"])[1],
        ("pipe.txt", "not a regular file"), app=True),
    "a device named .txt": Case(
        lambda bed: ((bed.folder / "zero.txt").symlink_to("/dev/zero"),
                     ["import", bed.project, bed.folder / "zero.txt"])[1],
        ("zero.txt", "not a regular file"), app=True),
    "invalid UTF-8": Case(
        lambda bed: ["import", bed.project, bed.file(
            "broken.txt", (FRENCH + " ").encode() * 3 + b"\xff\xfe mal" + " coupé.".encode())],
        ("broken.txt", "not valid UTF-8", "offset"), app=True),
    "bytes that read as no text": Case(
        lambda bed: ["import", bed.project, bed.file("noise.txt", bytes(range(128, 256)) * 20)],
        ("noise.txt", "encoding"), app=True),
    "a NUL byte far into the file": Case(
        lambda bed: ["import", bed.project, bed.file(
            "nul.txt", (FRENCH + "\n").encode() * 200 + b"Un \x00 octet nul.\n")],
        ("nul.txt", "line 201", "NUL"), app=True),
    "a PDF renamed .txt": Case(
        lambda bed: ["import", bed.project, bed.file(
            "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")],
        ("report.txt", "PDF"), app=True),
    "disk full during import": Case(
        lambda bed: ["import", bed.project_on_a_full_disk(), bed.big_text(), "--lang", "fr"],
        ("disk is full",)),
    "disk full during export": Case(
        lambda bed: ["export", bed.project, "-o", bed.export_target_on_a_full_disk()],
        ("out.jsonl", "disk is full", "nothing was written")),
    "disk full during merge": Case(
        lambda bed: ["merge", bed.project_on_a_full_disk(), bed.big_project()],
        ("disk is full",)),
}


def _project(path: Path) -> Path:
    article = path.with_name("greve.txt")
    article.write_text(ARTICLE_FR, encoding="utf-8")
    with Project.create(path, target="the strike") as project:
        import_paths(project, [article], lang="fr")
        first = next(s for s in project.sentences(1) if s.kind == "sentence")
        ops.set_label(project, segment_id=first.id, annotator="ana", dimension="stance",
                      value="neutral")
    article.unlink()
    return path


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_one_line_and_changes_nothing(name, tmp_path):
    case = CASES[name]
    with ExitStack() as stack:
        bed = Bed(tmp_path, _project(tmp_path / "p.sqlite"), stack)
        args = case.command(bed)
        project = Path(args[1])
        before = project_state(project)
        outcome = _run(args, case.needs)
        assert_one_line_failure(outcome, *case.says)
        assert project_state(project) == before
        assert before[-1] == "ok"


def _run(args: list, needs: str | None) -> Outcome:
    if needs == "no root powers" and os.geteuid() == 0:
        return _cli_without_root_powers(args)
    return cli(*args)


def _drop_file_access_powers() -> None:
    """In the child: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so that root, too, is
    refused a file its permissions forbid (as every other user is)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _cli_without_root_powers(args: list) -> Outcome:
    done = subprocess.run(
        [sys.executable, "-c", "from annotator.cli import main; main()", *map(str, args)],
        capture_output=True, text=True, preexec_fn=_drop_file_access_powers,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    return Outcome(done.returncode, done.stdout, done.stderr)


def _boom(*args, **kwargs):
    raise RuntimeError("boom")


def test_an_unexpected_error_is_one_line_naming_how_to_see_more(tmp_path, monkeypatch):
    project = _project(tmp_path / "p.sqlite")
    monkeypatch.setattr(Project, "documents", _boom)
    assert_one_line_failure(cli("documents", project),
                            "unexpected error: RuntimeError: boom", "ANNOTATOR_DEBUG=1")


def test_the_traceback_of_an_unexpected_error_is_one_variable_away(tmp_path, monkeypatch):
    project = _project(tmp_path / "p.sqlite")
    monkeypatch.setattr(Project, "documents", _boom)
    monkeypatch.setenv("ANNOTATOR_DEBUG", "1")
    outcome = cli("documents", project)
    assert outcome.exit_code == 1
    assert "Traceback" in outcome.stderr and "RuntimeError: boom" in outcome.stderr


def test_a_megabyte_line_is_segmented_in_pieces_and_kept_whole(fresh_project, tmp_path):
    """spaCy refuses a text over 1,000,000 characters (E088): the line goes in pieces."""
    sentence = "Le ministre a parlé hier soir devant la presse réunie à Paris. "
    line = (sentence * (2**20 // len(sentence) + 1))[:2**20]
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    assert "\n" not in line and len(line) > 1_000_000
    outcome = cli("import", fresh_project.path, path, "--lang", "fr")
    assert outcome.exit_code == 0, outcome.stderr
    [document] = fresh_project.documents()
    text = fresh_project.document(document.id).text
    assert text == line.strip()
    segments = fresh_project.sentences(document.id)
    assert max(s.end - s.start for s in segments) < 20_000
    assert [s.start for s in segments] == sorted(s.start for s in segments)
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in segments)
    assert sum(s.end - s.start for s in segments) >= len(text) - len(segments)


def test_hidden_files_in_a_folder_are_passed_over(tmp_path):
    """Editor locks (dangling links), macOS forks and temporary files are not articles."""
    from annotator.core.text.readers import expand_paths

    folder = tmp_path / "in"
    (folder / ".cache").mkdir(parents=True)
    (folder / "a.txt").write_text(FRENCH, encoding="utf-8")
    (folder / ".#a.txt").symlink_to("nobody@host.1234")
    (folder / "._a.txt").write_bytes(b"\x00\x05\x16\x07" * 10)
    (folder / ".cache" / "b.txt").write_text(FRENCH, encoding="utf-8")
    assert expand_paths([folder]) == [folder / "a.txt"]
