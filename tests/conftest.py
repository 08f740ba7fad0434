"""Shared pytest fixtures. Engineers append their own blocks; keep each block clearly marked."""

from __future__ import annotations

# ---- BEGIN reports block (issue 5: report formats, schema, HTML review page) ----
# Reports built from real runs (built-in model) on the sample and on damaged copies of it, and an
# observer that validates every report the in-process test suite makes against the shipped schema.

import dataclasses as _dataclasses
import json
from pathlib import Path

import pytest

import amanah.pipeline as _pipeline
from amanah.model import Finding as _Finding

REPORT_SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "putin-receives-syrian-ministers-2025-12-24.ar-en.txt"

HOSTILE = "<script>document.title='pwned'</script> & \"quotes\" <b>bold</b>"
"""Input text that must show as text in every format."""


def assert_schema_valid(report) -> None:
    """Fail if ``report`` (a Report) breaks the JSON contract (schema and contract rules)."""
    from amanah.report import FORMATS
    from amanah.validate import problems

    data = json.loads(FORMATS["json"].render(report))
    found = problems(data)
    assert not found, f"report breaks the schema: {found[:5]}"


_real_run_check = _pipeline.run_check


def _validated_run_check(*args, **kwargs):
    report = _real_run_check(*args, **kwargs)
    assert_schema_valid(report)
    return report


_validated_run_check.__wrapped__ = _real_run_check
_validated_run_check.__doc__ = _real_run_check.__doc__
_pipeline.run_check = _validated_run_check  # every in-process run_check in the suite is schema-checked


def report_sample_lines() -> list[str]:
    return REPORT_SAMPLE.read_text(encoding="utf-8").split("\n")


def write_damaged_sample(tmp_dir: Path, name: str, edit) -> Path:
    """A copy of the sample with ``edit(lines)`` applied (lines 0-7 Arabic, 8-15 English)."""
    lines = report_sample_lines()
    edit(lines)
    path = tmp_dir / f"{name}.ar-en.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def damage_for_reports(lines: list[str]) -> None:
    # English paragraph 2 deleted (omission), paragraph 5 replaced by unrelated text (mistranslation
    # or omission + addition), and a hostile added line with markup and an Arabic run inside English.
    lines[13] = ("The football season in Brazil ended with a record crowd of 80,000 fans in São Paulo, "
                 "and the weather there stayed unusually warm.")
    del lines[10]
    lines[4] += " وفقاً لوكالة Reuters يوم 24-12-2025."  # a Latin name and a Latin-digit date inside Arabic
    lines.insert(9, HOSTILE + " The mayor of Oslo opened a new bakery called مخبز السلام on Monday.")


@pytest.fixture(scope="session")
def report_embedder(embedder):
    """The one default embedder of the session (the ``embedder`` fixture of the core block)."""
    return embedder


@pytest.fixture(scope="session")
def sample_report(report_embedder):
    return _pipeline.run_check([str(REPORT_SAMPLE)], embedder=report_embedder)


@pytest.fixture(scope="session")
def damaged_report_path(tmp_path_factory) -> Path:
    return write_damaged_sample(tmp_path_factory.mktemp("damaged"), "damaged", damage_for_reports)


@pytest.fixture(scope="session")
def damaged_report(report_embedder, damaged_report_path):
    return _pipeline.run_check([str(damaged_report_path)], embedder=report_embedder)

def with_overlapping_findings(report):
    """The damaged report plus findings whose spans overlap each other inside one pair (as the number,
    entity and negation checks make them), so the page must split overlapping highlights."""
    bead = next(b for b in report.alignments if b.source and b.target)
    src = report.document.source.by_id()[bead.source[0]]
    tgt = report.document.target.by_id()[bead.target[0]]
    n = len(report.findings)
    extra = (
        _Finding(n, "entity", "warning", bead.id, ((src.start + 5, src.start + 25),), ((tgt.start + 10, tgt.start + 40),),
                0.5, "name differs: <b>A</b> vs B"),
        _Finding(n + 1, "number", "error", bead.id, ((src.start + 15, src.start + 35),),
                ((tgt.start + 30, tgt.start + 50), (tgt.end - 8, tgt.end)), 0.2, "number changed: 3 → 4"),
        _Finding(n + 2, "terminology", "info", bead.id, (), ((tgt.start + 35, tgt.start + 35),), 0.9, "a point finding"),
    )
    return _dataclasses.replace(report, findings=report.findings + extra)

# ---- END reports block ----


# ---- BEGIN core block (issue 2: sample, shared data, default embedder, CLI runner) ----
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "putin-receives-syrian-ministers-2025-12-24.ar-en.txt"
SHARED_DATA = Path(os.environ.get("AMANAH_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def shared_data() -> Path:
    assert (SHARED_DATA / "tico19_dev").is_dir(), f"shared data not found at {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture(scope="session")
def embedder():
    from amanah.embed import load_embedder

    return load_embedder()


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``amanah`` in a new process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "amanah.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=300)


def sample_parts() -> tuple[str, list[str], list[str]]:
    """(metadata line, Arabic paragraphs, English paragraphs) of the sample."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    first = lines[0].strip()
    meta, ar0 = first[: len("date 2025-12-24")], first[len("date 2025-12-24"):].strip()
    ar = [ar0] + [l for l in lines[1:8]]
    en = lines[8:16]
    return meta, ar, en


def write_bilingual(path: Path, meta: str, ar: list[str], en: list[str]) -> Path:
    path.write_text(meta + " " + "\n".join(ar) + "\n" + "\n".join(en), encoding="utf-8")
    return path
# ---- END core block ----


# ---- BEGIN weights cache block (the model's weight snapshot, ``amanah.weights``) ----
# The test session, and every process it starts, unpacks the model's weights into a cache
# directory of its own, removed at the end: no test writes into the user's cache.

import atexit as _atexit
import os as _os
import shutil as _shutil
import tempfile as _tempfile

_os.environ["AMANAH_CACHE"] = _tempfile.mkdtemp(prefix="amanah-test-cache-")
_atexit.register(_shutil.rmtree, _os.environ["AMANAH_CACHE"], True)
# ---- END weights cache block ----
