"""``amanah bench speed``: cold-start time on the sample, a 1,000-segment pair split by stage, --help time."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sample", default="seeds/putin-receives-syrian-ministers-2025-12-24.ar-en.txt",
                        help="bilingual sample to time from a cold start")
    parser.add_argument("--data", help="shared data folder (default: ../shared/data or $AMANAH_DATA)")
    parser.add_argument("--segments", type=int, default=1000, help="segments per side of the large document")
    parser.add_argument("--repeat", type=int, default=3, help="cold-start runs to take the median of")


def _time_subprocess(command: list[str], repeat: int) -> float:
    import statistics
    import subprocess
    import time

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(args: argparse.Namespace) -> int:
    import sys
    import tempfile
    import time
    from pathlib import Path

    from ..pipeline import run_check
    from ..report import FORMATS
    from .data import data_dir, parallel_lines

    amanah = [sys.executable, "-m", "amanah.cli"]
    help_s = _time_subprocess(amanah + ["--help"], args.repeat)
    cold_s = _time_subprocess(amanah + ["check", args.sample, "--format", "json"], args.repeat)
    print(f"amanah --help: {help_s:.3f} s (median of {args.repeat})")
    print(f"sample, cold start (new process, model load included): {cold_s:.2f} s (median of {args.repeat})")

    ar, en, _ = parallel_lines(data_dir(args.data) / "tico19_dev")
    n = min(args.segments, len(ar))
    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = Path(tmp, "doc.ar.txt"), Path(tmp, "doc.en.txt")
        src.write_text("\n".join(ar[:n]) + "\n", encoding="utf-8")
        tgt.write_text("\n".join(en[:n]) + "\n", encoding="utf-8")
        start = time.perf_counter()
        report = run_check([str(src), str(tgt)])
        t0 = time.perf_counter()
        FORMATS["json"].render(report)
        FORMATS["html"].render(report)
        report_s = time.perf_counter() - t0
        total = time.perf_counter() - start
    stages = dict(report.timings)
    stages["report"] = report_s
    print(f"{n} x {n} segments (tico19_dev), in process: {total:.2f} s total")
    for stage, seconds in stages.items():
        print(f"  {stage:<8} {seconds:7.3f} s")
    return 0
