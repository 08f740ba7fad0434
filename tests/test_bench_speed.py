"""`amanah bench speed`: a small run prints every figure, each large run in a process of its own."""

from __future__ import annotations

import re

from conftest import run_cli


def test_small_speed_run_prints_help_cold_start_and_every_stage():
    result = run_cli("bench", "speed", "--segments", "25", "--repeat", "1")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"amanah --help: \d+\.\d+ s", out)
    assert re.search(r"sample, first run after an install .*: \d+\.\d+ s", out)
    assert re.search(r"sample, cold start .*: \d+\.\d+ s", out)
    assert re.search(r"25 x 25 segments \(tico19_dev\), one new process per run: \d+\.\d+ s total, median of 1", out)
    stages = re.findall(r"^  (\w+) +\d+\.\d+ s$", out, re.M)
    assert stages == ["load", "segment", "embed", "align", "check", "report"]
