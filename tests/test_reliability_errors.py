"""Whatever SQLite reports about a damaged or foreign file reaches the user as one line."""

import pytest
from reliability_helpers import build_project
from safety import assert_one_line_failure, cli


def overwrite(path, start, end=None):
    data = bytearray(path.read_bytes())
    end = len(data) if end is None else end
    data[start:end] = bytes((n * 37 + 11) % 256 for n in range(end - start))
    path.write_bytes(bytes(data))


DAMAGE = {
    "every page after the schema": lambda p: overwrite(p, 4096),
    "the last pages": lambda p: overwrite(p, p.stat().st_size - 3 * 4096),
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
