"""Views of a ``Report`` that several formats share: rows (one per alignment), verdict, labels."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import SEVERITY_RANK, Bead, Finding, Report, Segment
from .data import summary


@dataclass(frozen=True)
class Row:
    """One alignment with its segments and the findings that name it."""

    bead: Bead
    source: tuple[Segment, ...]
    target: tuple[Segment, ...]
    findings: tuple[Finding, ...]

    @property
    def kind(self) -> str:
        """'pair', 'omitted' (source only) or 'added' (target only)."""
        if self.source and not self.target:
            return "omitted"
        if self.target and not self.source:
            return "added"
        return "pair"

    @property
    def flagged(self) -> bool:
        return bool(self.findings)

    @property
    def worst(self) -> str:
        """Worst severity among the findings, or 'ok'."""
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__, default="ok")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.code for f in self.findings))


def rows(report: Report) -> list[Row]:
    doc = report.document
    src, tgt = doc.source.by_id(), doc.target.by_id()
    by_bead: dict[int | None, list[Finding]] = {}
    for f in report.findings:
        by_bead.setdefault(f.alignment, []).append(f)
    return [Row(b, tuple(src[i] for i in b.source), tuple(tgt[j] for j in b.target), tuple(by_bead.get(b.id, ())))
            for b in report.alignments]


def document_findings(report: Report) -> list[Finding]:
    """Findings about the whole document (``alignment`` is None)."""
    return [f for f in report.findings if f.alignment is None]


def verdict_state(report: Report) -> str:
    f = summary(report)["findings"]
    return "error" if f["error"] else "warning" if f["warning"] else "ok"


VERDICT_WORDS = {"error": "NOT FAITHFUL", "warning": "CHECK", "ok": "FAITHFUL"}

LANG_NAMES = {"ar": "Arabic", "en": "English"}


def lang_name(lang: str) -> str:
    return LANG_NAMES.get(lang, lang)


def inputs_label(report: Report) -> str:
    doc = report.document
    if doc.source.path == doc.target.path:
        return doc.source.path or "(stdin)"
    return f"{doc.source.path} + {doc.target.path}"


def one_line(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    """Whitespace runs (line breaks, tabs) become one space; leading and trailing spaces stay (pieces join)."""
    return re.sub(r"\s+", " ", text)
