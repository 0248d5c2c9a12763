"""What full durability costs: one tag written (core operation, committed) with the default
synchronous=NORMAL against synchronous=FULL (``ANNOTATOR_DURABLE=1``), on the same machine
in the same run; and two processes tagging the same sentences at once (BEGIN IMMEDIATE: they
wait for each other) against one process alone.

    python bench/bench_durability.py [--writes 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from reliability_helpers import ENV, build_project  # noqa: E402

from annotator.core import ops  # noqa: E402
from annotator.core.project import Project  # noqa: E402

WRITER = """
import sys
from annotator.core import ops
from annotator.core.project import Project
with Project.open(sys.argv[1]) as project:
    ids = [s.id for s in project.sentences(1)]
    for n in range(int(sys.argv[2])):
        ops.set_label(project, segment_id=ids[n % len(ids)], annotator="ana",
                      dimension="stance", value=("favour", "against")[n % 2])
"""


def tag_latencies(path: Path, writes: int, durable: bool) -> list[float]:
    os.environ["ANNOTATOR_DURABLE"] = "1" if durable else ""
    with Project.open(path) as project:
        ids = [s.id for s in project.sentences(1)]
        times = []
        for n in range(writes):
            start = time.perf_counter()
            ops.set_label(project, segment_id=ids[n % len(ids)], annotator="ana",
                          dimension="verifiability", value=("opinion", "verifiable")[n % 2])
            times.append(time.perf_counter() - start)
    return times


def writers(path: Path, count: int, writes: int) -> float:
    start = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(writes)],
                                env=ENV) for _ in range(count)]
    assert all(p.wait() == 0 for p in running)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = build_project(Path(folder) / "bench.sqlite", sentences=200)
        normal = tag_latencies(path, args.writes, durable=False)
        full = tag_latencies(path, args.writes, durable=True)
        one = writers(path, 1, args.writes)
        two = writers(path, 2, args.writes)
    for name, times in (("NORMAL", normal), ("FULL", full)):
        print(f"tag write, synchronous={name}: p50 {statistics.median(times) * 1e3:.2f} ms, "
              f"p99 {sorted(times)[int(len(times) * 0.99)] * 1e3:.2f} ms")
    print(f"FULL / NORMAL (p50): {statistics.median(full) / statistics.median(normal):.1f}x")
    print(f"{args.writes} writes each: one process {one:.2f} s, two processes on the same "
          f"sentences {two:.2f} s (ratio {two / one:.2f}; no write failed)")


if __name__ == "__main__":
    main()
