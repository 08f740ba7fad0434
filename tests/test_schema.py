"""The JSON report against the schema shipped in the package, and ``amanah validate``."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from conftest import REPORT_SAMPLE

from amanah.defaults import SCHEMA_VERSION
from amanah.report import FORMATS
from amanah.validate import load_schema, problems

ROOT = Path(__file__).resolve().parents[1]


def _data(report) -> dict:
    return json.loads(FORMATS["json"].render(report))


def test_schema_ships_in_the_package_and_is_a_valid_2020_12_schema():
    text = resources.files("amanah.report").joinpath("schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION == "1.0"
    assert load_schema() == schema


def test_schema_finding_codes_match_the_model():
    from amanah.model import FINDING_CODES, SEVERITIES

    defs = load_schema()["$defs"]
    assert tuple(defs["code"]["enum"]) == FINDING_CODES
    assert tuple(defs["severity"]["enum"]) == SEVERITIES


@pytest.mark.parametrize("which", ["sample_report", "damaged_report"])
def test_reports_from_real_runs_are_valid(which, request):
    data = _data(request.getfixturevalue(which))
    assert problems(data) == []


def test_signature_is_a_string_and_fields_that_agree(sample_report):
    data = _data(sample_report)
    fields = data["signature_fields"]
    assert data["signature"] == "|".join(f"{k}:{v}" for k, v in fields.items())
    assert fields["version"] == data["tool"]["version"]
    for key in ("model", "seg", "norm", "align", "checks", "profile", "version"):
        assert fields[key]
    assert "@" in fields["model"]  # the model with its revision


def _broken(data, how):
    d = copy.deepcopy(data)
    how(d)
    return d


BREAKAGES = {
    "no schema_version": lambda d: d.pop("schema_version"),
    "other schema_version": lambda d: d.update(schema_version="2.0"),
    "unknown code": lambda d: d["findings"][0].update(code="typo"),
    "bad severity": lambda d: d["findings"][0].update(severity="fatal"),
    "span of three": lambda d: d["findings"][0].update(source_spans=[[1, 2, 3]]),
    "string score": lambda d: d["alignments"][0].update(score="0.9"),
    "unknown field": lambda d: d.update(extra=1),
    "no signature fields": lambda d: d.pop("signature_fields"),
    "segment in two alignments": lambda d: d["alignments"][1]["source"].extend(d["alignments"][0]["source"]),
    "segment in no alignment": lambda d: d["alignments"][0].update(source=[]),
    "finding names no alignment": lambda d: d["findings"][0].update(alignment=999),
    "span backwards": lambda d: d["findings"][0].update(target_spans=[[10, 5]]),
    "counts disagree": lambda d: d["summary"]["findings"].update(error=99),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_broken_reports_are_rejected(name, damaged_report):
    data = _data(damaged_report)
    assert data["findings"] and len(data["alignments"]) > 1
    found = problems(_broken(data, BREAKAGES[name]))
    assert found, name
    assert all("\n" not in p for p in found)


def _validate(*args):
    return subprocess.run([sys.executable, "-m", "amanah.cli", "validate", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT)


def test_validate_command_exit_codes(tmp_path, damaged_report):
    good = tmp_path / "good.json"
    good.write_text(FORMATS["json"].render(damaged_report), encoding="utf-8")
    ok = _validate(str(good))
    assert ok.returncode == 0 and ok.stdout == "" and "valid" in ok.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_broken(_data(damaged_report), BREAKAGES["unknown code"])), encoding="utf-8")
    not_json = tmp_path / "not.json"
    not_json.write_text("{", encoding="utf-8")
    for path, words in ((bad, "invalid report"), (not_json, "not JSON"), (tmp_path / "missing.json", "cannot read")):
        result = _validate(str(path))
        assert result.returncode == 3, result.stderr
        assert result.stderr.count("\n") == 1 and words in result.stderr and result.stdout == ""
    assert _validate(str(good), str(bad)).returncode == 3


def test_checked_in_sample_report_is_valid():
    report = ROOT / "reports" / f"{REPORT_SAMPLE.stem}.json"
    assert _validate(str(report)).returncode == 0
