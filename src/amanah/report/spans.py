"""Highlight geometry shared by the formats: finding spans cut into non-overlapping pieces.

Spans are file offsets (end exclusive) into a side's text; a segment covers ``[start, end)`` of
the same text. Spans of different findings may overlap, and one finding may have several spans:
``pieces`` splits a segment at every span boundary so that each piece carries the set of
findings covering it. A zero-length span becomes a zero-length piece (a point marker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..model import Finding, Segment
from ..normalize import ARABIC_SCRIPT


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    findings: tuple[int, ...]

    @property
    def marked(self) -> bool:
        return bool(self.findings)


Mark = tuple[int, int, int]
"""(start, end, finding id), file offsets."""


def side_marks(findings: Iterable[Finding], side: str) -> list[Mark]:
    """Every span of every finding on ``side`` ("source" or "target")."""
    marks = []
    for f in findings:
        for start, end in (f.source_spans if side == "source" else f.target_spans):
            marks.append((int(start), int(end), f.id))
    return marks


def pieces(segment: Segment, marks: Sequence[Mark]) -> list[Piece]:
    """Cut ``segment`` into pieces at every mark boundary; each piece lists the findings covering it."""
    lo, hi = segment.start, segment.end
    inside = [(max(s, lo), min(e, hi), fid) for s, e, fid in marks
              if (s < hi and e > lo) or (s == e and lo <= s <= hi)]
    cuts = sorted({lo, hi} | {p for s, e, _ in inside for p in (s, e)})
    out: list[Piece] = []
    for i, a in enumerate(cuts):
        points = tuple(sorted({fid for s, e, fid in inside if s == e == a}))
        if points:
            out.append(Piece(a, a, points))
        if i + 1 < len(cuts):
            b = cuts[i + 1]
            out.append(Piece(a, b, tuple(sorted({fid for s, e, fid in inside if s <= a and e >= b and s < e}))))
    merged: list[Piece] = []
    for piece in out:  # neighbouring pieces with the same findings become one
        if merged and merged[-1].findings == piece.findings and piece.start < piece.end and merged[-1].start < merged[-1].end:
            merged[-1] = Piece(merged[-1].start, piece.end, piece.findings)
        else:
            merged.append(piece)
    return merged


_LTR_RUN = re.compile(r"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.,:%/'’\-+ ]*[A-Za-z0-9\u00C0-\u024F%])?")
_RTL_RUN = re.compile(rf"[{ARABIC_SCRIPT}](?:[{ARABIC_SCRIPT}\s]*[{ARABIC_SCRIPT}])?")


def direction_runs(text: str, base: str) -> list[tuple[int, int, bool]]:
    """Split ``text`` into (start, end, opposite) runs: ``opposite`` marks a run in the other direction
    (Latin words and numbers inside Arabic; Arabic words inside English) to isolate with ``<bdi>``."""
    pattern = _LTR_RUN if base == "rtl" else _RTL_RUN
    runs: list[tuple[int, int, bool]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            runs.append((pos, m.start(), False))
        runs.append((m.start(), m.end(), True))
        pos = m.end()
    if pos < len(text) or not runs:
        runs.append((pos, len(text), False))
    return runs
