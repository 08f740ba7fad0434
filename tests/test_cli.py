"""The CLI as a user runs it: a new process, real files, real model; exit codes 0-4."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli, sample_parts, write_bilingual


def test_faithful_sample_exits_0_and_json_stdout_is_only_the_report(sample_path):
    result = run_cli("check", str(sample_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)  # the whole of stdout parses: nothing else is on it
    assert report["schema_version"] == "1.0"
    assert report["tool"]["name"] == "amanah"
    assert report["signature"].startswith("model:use-m3@")
    assert report["summary"]["findings"]["error"] == 0
    for side in ("source", "target"):
        ids = [s["id"] for s in report[side]["segments"]]
        aligned = [i for a in report["alignments"] for i in a[side]]
        assert aligned == ids  # every segment in exactly one alignment, in order


def test_two_runs_give_byte_identical_json(sample_path):
    first = run_cli("check", str(sample_path), "--format", "json")
    second = run_cli("check", str(sample_path), "--format", "json")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout


def test_findings_exit_1_and_fail_on_never_exits_0(tmp_path):
    meta, ar, en = sample_parts()
    damaged = write_bilingual(tmp_path / "damaged.txt", meta, ar, en[:2] + en[3:])
    result = run_cli("check", str(damaged), "--format", "json")
    assert result.returncode == 1
    codes = [(f["code"], f["severity"]) for f in json.loads(result.stdout)["findings"]]
    assert ("omission", "error") in codes
    assert run_cli("check", str(damaged), "--fail-on", "never", "-q").returncode == 0


def test_output_file_and_quiet_verdict(tmp_path, sample_path):
    out = tmp_path / "out" / "report.json"
    result = run_cli("check", str(sample_path), "--format", "json", "-o", str(out))
    assert result.returncode == 0
    assert result.stdout == ""
    assert "report written to" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == "1.0"
    quiet = run_cli("check", str(sample_path), "-q")
    assert quiet.stdout.count("\n") == 1 and "FAITHFUL" in quiet.stdout


def test_text_report_has_no_colour_when_piped(sample_path):
    result = run_cli("check", str(sample_path))
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout
    assert "signature: model:use-m3@" in result.stdout


@pytest.mark.parametrize("args", [[], ["check"], ["check", "a", "b", "c"], ["check", "x.txt", "--format", "pdf"],
                                  ["check", "x.txt", "--fail-on", "sometimes"], ["check", "x.txt", "--workers", "0"],
                                  ["check", "x.txt", "--workers", "two"]])
def test_usage_errors_exit_2(args, tmp_path):
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""


def test_help_lists_examples_and_exit_codes():
    result = run_cli("check", "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout and "exit codes:" in result.stdout


def _bad_inputs(tmp_path):
    _, ar, en = sample_parts()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    cp1256 = tmp_path / "windows.txt"
    cp1256.write_bytes("\n".join(ar[:3]).encode("cp1256"))
    en1, en2 = tmp_path / "one.en.txt", tmp_path / "two.en.txt"
    en1.write_text(en[0], encoding="utf-8")
    en2.write_text(en[1], encoding="utf-8")
    return {
        "empty": ([str(empty)], str(empty), "is empty"),
        "binary": ([str(binary)], str(binary), "binary"),
        "cp1256": ([str(cp1256)], str(cp1256), "not valid UTF-8"),
        "two english": ([str(en1), str(en2)], str(en2), "is in English"),
        "missing": ([str(tmp_path / "nope.txt")], str(tmp_path / "nope.txt"), "no such file"),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "cp1256", "two english", "missing"])
def test_bad_input_exits_3_with_one_line_and_writes_no_report(tmp_path, case):
    inputs, named, problem = _bad_inputs(tmp_path)[case]
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    out = tmp_path / "report.json"
    result = run_cli("check", *inputs, "--format", "json", "-o", str(out))
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0] and problem in lines[0]
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.json")]
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before  # inputs untouched


def test_unloadable_model_exits_4_and_says_to_pass_a_local_path(sample_path, tmp_path):
    out = tmp_path / "r.json"
    result = run_cli("check", str(sample_path), "--model", "no-such-org/no-such-model", "-o", str(out))
    assert result.returncode == 4
    assert "no-such-org/no-such-model" in result.stderr and "local" in result.stderr
    assert not out.exists()


def test_glossary_flags_missing_rendering_and_is_signed(tmp_path, sample_path):
    glossary = tmp_path / "terms.tsv"
    # the sample says "Foreign Minister"; the glossary demands another rendering
    glossary.write_text("وزير الخارجية\tMinister of Foreign Affairs\n", encoding="utf-8")
    result = run_cli("check", str(sample_path), "--format", "json", "--glossary", str(glossary))
    report = json.loads(result.stdout)
    terms = [f for f in report["findings"] if f["code"] == "terminology"]
    assert len(terms) == 1 and "Minister of Foreign Affairs" in terms[0]["message"]
    start, end = terms[0]["source_spans"][0]
    assert "وزير الخارجية" in report["source"]["segments"][0]["text"]
    assert sample_path.read_text(encoding="utf-8")[start:end].endswith("وزير الخارجية")
    assert report["signature_fields"]["glossary"].startswith("1@")
    bad = tmp_path / "bad.tsv"
    bad.write_text("only one column\n", encoding="utf-8")
    broken = run_cli("check", str(sample_path), "--glossary", str(bad))
    assert broken.returncode == 3 and "bad.tsv" in broken.stderr
