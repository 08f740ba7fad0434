"""The data that flows between stages: frozen dataclasses, no behaviour beyond views.

Offsets (`start`, `end`, spans) are Python string indices (Unicode code points) into the
decoded text of the input file (UTF-8, BOM removed), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

FINDING_CODES: tuple[str, ...] = (
    "omission", "addition", "mistranslation", "number", "entity", "date", "negation",
    "untranslated", "terminology", "length", "misalignment",
)


@dataclass(frozen=True)
class Segment:
    """One sentence (or one input line in --segmented mode)."""

    id: int
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Side:
    """One language version of the document: its full text and its segments."""

    lang: str
    path: str | None
    text: str
    segments: tuple[Segment, ...]

    def by_id(self) -> dict[int, Segment]:
        return {s.id: s for s in self.segments}


@dataclass(frozen=True)
class Document:
    """Both versions plus document-level metadata (e.g. ``{"date": "2025-12-24"}``)."""

    source: Side
    target: Side
    metadata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Bead:
    """One alignment: source and target segment ids (either may be empty) and a score.

    ``score`` is continuous, higher = more faithful; ``similarity`` is the raw cosine of the
    joined texts (None for 1-0 / 0-1 beads).
    """

    id: int
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float
    similarity: float | None = None
    status: str = "ok"


@dataclass(frozen=True)
class Finding:
    """One problem, located at character spans of the input files."""

    id: int
    code: str
    severity: str
    alignment: int | None
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    score: float
    message: str


@dataclass(frozen=True)
class Report:
    """Everything a formatter needs; ``to_dict`` gives the JSON contract."""

    tool_version: str
    signature: str
    signature_fields: tuple[tuple[str, str], ...]
    document: Document
    alignments: tuple[Bead, ...]
    findings: tuple[Finding, ...]
    thresholds: tuple[tuple[str, float], ...] = ()
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)
