"""Test helpers: build `Pair`s from plain strings and read the shared parallel data."""

from __future__ import annotations

import re
from pathlib import Path

from amanah.checks.base import CheckContext, Pair
from amanah.profiles import profile_for
from amanah.model import Bead, Segment

from conftest import SHARED_DATA  # one definition of where the shared data is ($AMANAH_DATA or ../shared/data)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def make_pair(source: str, target: str, source_lang: str = "ar", target_lang: str = "en",
              bead_id: int = 0, source_offset: int = 0, target_offset: int = 0) -> Pair:
    """A 1-1 pair (or 1-0 / 0-1 when a side is empty) at the given file offsets."""
    src = (Segment(0, source, source_offset, source_offset + len(source), 0),) if source else ()
    tgt = (Segment(0, target, target_offset, target_offset + len(target), 0),) if target else ()
    bead = Bead(bead_id, tuple(s.id for s in src), tuple(t.id for t in tgt), 1.0)
    return Pair(bead, src, tgt, source_lang, target_lang)


def ctx(**thresholds: float) -> CheckContext:
    return CheckContext(thresholds=dict(thresholds))


def profiled(embedder) -> CheckContext:
    """The context a run with ``embedder`` gets: its profile's fitted thresholds and the embedder."""
    return CheckContext(thresholds=profile_for(embedder.name).as_dict(), embedder=embedder)


def run(check, pairs, context: CheckContext | None = None) -> list:
    if isinstance(pairs, Pair):
        pairs = [pairs]
    return list(check.run(pairs, context or ctx()))


def spans(issue, pair: Pair, side: str = "source") -> list[str]:
    """The characters an issue points at, read back from the pair's text (offset 0 files)."""
    text = pair.text(side)
    chosen = issue.source_spans if side == "source" else issue.target_spans
    return [text[s:e] for s, e in chosen]


def parallel(name: str, limit: int, start: int = 0) -> list[tuple[str, str]]:
    """``limit`` (ar, en) line pairs of a shared data set (line-aligned ar.txt / en.txt)."""
    ar = (SHARED_DATA / name / "ar.txt").read_text(encoding="utf-8").splitlines()
    en = (SHARED_DATA / name / "en.txt").read_text(encoding="utf-8").splitlines()
    assert len(ar) == len(en), name
    rows = [(a, e) for a, e in zip(ar, en) if a.strip() and e.strip()]
    return rows[start:start + limit]


def clean_pairs(limit_each: int = 150) -> list[Pair]:
    """Faithful pairs: tico19 and flores200 lines, Arabic as source."""
    rows = parallel("tico19_dev", limit_each) + parallel("flores200_devtest", limit_each)
    return [make_pair(a, e, bead_id=i) for i, (a, e) in enumerate(rows)]


def seed_pairs() -> list[Pair]:
    """The sample story: Arabic paragraphs and English paragraphs, paired in order."""
    text = (SEEDS / "putin-receives-syrian-ministers-2025-12-24.ar-en.txt").read_text(encoding="utf-8")
    lines = [re.sub(r"^\s*date \S+\s*", "", ln) for ln in text.splitlines() if ln.strip()]
    ar = [ln for ln in lines if any("\u0600" <= c <= "\u06ff" for c in ln)]
    en = [ln for ln in lines if ln.isascii() and not ln.startswith(("date", "#"))]
    assert len(ar) == len(en), (len(ar), len(en))
    return [make_pair(a, e, bead_id=i) for i, (a, e) in enumerate(zip(ar, en))]
