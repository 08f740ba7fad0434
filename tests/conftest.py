"""Shared fixtures: the sample story, the shared data folder, one loaded default embedder."""

from __future__ import annotations

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
