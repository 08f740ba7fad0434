"""``amanah bench speed``: cold-start time on the sample, a 1,000-segment pair split by stage, --help time.

Every timed run is a new process, so that no run profits from the caches of another (the model's
token rows, the checks' per-word caches); the median run is printed. They map the model's weights
from their snapshot in the cache directory (``weights``), as every run after the first does; the
first run after an install, which unpacks them, is timed on its own (a new, empty cache directory).
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sample", default="seeds/putin-receives-syrian-ministers-2025-12-24.ar-en.txt",
                        help="bilingual sample to time from a cold start")
    parser.add_argument("--data", help="shared data folder (default: ../shared/data or $AMANAH_DATA)")
    parser.add_argument("--segments", type=int, default=1000, help="segments per side of the large document")
    parser.add_argument("--repeat", type=int, default=3, help="runs (new processes) to take the median of")
    parser.add_argument("--one-large-run", nargs=2, metavar=("SOURCE", "TARGET"), help=argparse.SUPPRESS)


def _time_subprocess(command: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    import statistics
    import subprocess
    import time

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _one_large_run(source: str, target: str) -> int:
    """Check the pair in this (new) process; print its stage times as one JSON line."""
    import json
    import time

    from ..pipeline import run_check
    from ..report import FORMATS

    start = time.perf_counter()
    report = run_check([source, target])
    t0 = time.perf_counter()
    FORMATS["json"].render(report)
    FORMATS["html"].render(report)
    stages = dict(report.timings)
    stages["report"] = time.perf_counter() - t0
    print(json.dumps({"total": time.perf_counter() - start, "stages": stages}))
    return 0


def main(args: argparse.Namespace) -> int:
    import json
    import os
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from .data import data_dir, parallel_lines

    if args.one_large_run:
        return _one_large_run(*args.one_large_run)
    amanah = [sys.executable, "-m", "amanah.cli"]
    help_s = _time_subprocess(amanah + ["--help"], args.repeat)
    sample = amanah + ["check", args.sample, "--format", "json"]
    with tempfile.TemporaryDirectory() as empty:
        first_s = _time_subprocess(sample, 1, env={**os.environ, "AMANAH_CACHE": empty})
    _time_subprocess(sample, 1)  # (untimed: the snapshot the timed runs map, where there is none yet)
    cold_s = _time_subprocess(sample, args.repeat)
    print(f"amanah --help: {help_s:.3f} s (median of {args.repeat})")
    print(f"sample, first run after an install (the weights unpacked into the cache): {first_s:.2f} s")
    print(f"sample, cold start (new process, model load included): {cold_s:.2f} s (median of {args.repeat})")

    ar, en, _ = parallel_lines(data_dir(args.data) / "tico19_dev")
    n = min(args.segments, len(ar))
    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = Path(tmp, "doc.ar.txt"), Path(tmp, "doc.en.txt")
        src.write_text("\n".join(ar[:n]) + "\n", encoding="utf-8")
        tgt.write_text("\n".join(en[:n]) + "\n", encoding="utf-8")
        runs = []
        for _ in range(args.repeat):
            done = subprocess.run(amanah + ["bench", "speed", "--one-large-run", str(src), str(tgt)],
                                  capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    runs.sort(key=lambda run: run["total"])
    median = runs[len(runs) // 2]
    totals = ", ".join(f"{run['total']:.2f}" for run in runs)
    print(f"{n} x {n} segments (tico19_dev), one new process per run: {median['total']:.2f} s total, "
          f"median of {args.repeat} (runs: {totals} s); model load included, interpreter start not")
    for stage, seconds in median["stages"].items():
        print(f"  {stage:<8} {seconds:7.3f} s")
    return 0
