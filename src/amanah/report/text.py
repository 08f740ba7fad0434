"""Terminal report: verdict, a summary table, the signature, then each flagged pair with the
findings' spans marked in the text (reverse video in colour, ⟦…⟧ with the finding ids without).

Colour only when asked (the CLI asks when the stream is a terminal and NO_COLOR is unset).
"""

from __future__ import annotations

import unicodedata

from ..model import FINDING_CODES, SEVERITIES, Report, Segment
from .data import summary
from .spans import pieces, side_marks
from .views import VERDICT_WORDS, Row, document_findings, inputs_label, one_line, rows, squash, verdict_state

_COLORS = {"error": "31", "warning": "33", "info": "36", "ok": "32", "dim": "2", "bold": "1"}
_MARK = {"error": "1;41;97", "warning": "1;43;30", "info": "1;46;30"}

TEXT_LIMIT = 600
"""Longest stretch of a pair's text shown before it is cut with '…' (marked spans are never cut)."""


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


def table(headers: list[str], body: list[list[str]], right: set[int] = frozenset()) -> list[str]:
    """A box-drawn table (plain Unicode, no colour) as lines."""
    widths = [max(_width(r[k]) for r in [headers, *body]) for k in range(len(headers))]
    line = lambda l, m, r: l + m.join("─" * (w + 2) for w in widths) + r  # noqa: E731
    fmt = lambda cells: "│" + "│".join(f" {_pad(c, widths[k], k in right)} " for k, c in enumerate(cells)) + "│"  # noqa: E731
    return [line("┌", "┬", "┐"), fmt(headers), line("├", "┼", "┤"), *(fmt(r) for r in body), line("└", "┴", "┘")]


class TextFormat:
    name = "text"
    suffix = ".txt"

    def __init__(self, color: bool = False) -> None:
        self.color = color

    def _c(self, style: str, text: str) -> str:
        return f"\x1b[{_COLORS[style]}m{text}\x1b[0m" if self.color else text

    def verdict(self, report: Report) -> str:
        """One line: overall score and finding counts."""
        s = summary(report)
        f = s["findings"]
        state = verdict_state(report)
        return (f"{self._c(state, VERDICT_WORDS[state])}  score {s['score']:.2f}  "
                f"{f['error']} errors, {f['warning']} warnings, {f['info']} notes  "
                f"({s['segments']['source']} source / {s['segments']['target']} target segments, "
                f"{s['alignments']} alignments)")

    def _marked(self, report: Report, side: str, segments: tuple[Segment, ...], severity: dict[int, str]) -> str:
        marks = side_marks(report.findings, side)
        out = []
        for seg in segments:
            parts = []
            for piece in pieces(seg, marks):
                text = squash(seg.text[piece.start - seg.start:piece.end - seg.start]) if piece.end > piece.start else ""
                if not piece.findings:
                    parts.append(text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT // 2] + " … " + text[-TEXT_LIMIT // 2:])
                    continue
                ids = ",".join(map(str, piece.findings))
                worst = min((severity[i] for i in piece.findings), key=SEVERITIES.index)
                if self.color:
                    parts.append(f"\x1b[{_MARK[worst]}m{text or '‸'}\x1b[0m\x1b[2m{{{ids}}}\x1b[0m")
                else:
                    parts.append(f"⟦{text}⟧{{{ids}}}")
            out.append("".join(parts))
        return " ".join(out)

    def _summary_table(self, report: Report) -> list[str]:
        codes = [c for c in FINDING_CODES if any(f.code == c for f in report.findings)]
        if not codes:
            return []
        body = [[code, *(str(sum(f.code == code and f.severity == s for f in report.findings) or "") for s in SEVERITIES)]
                for code in codes]
        body.append(["all", *(str(sum(f.severity == s for f in report.findings)) for s in SEVERITIES)])
        return table(["code", *SEVERITIES], body, right={1, 2, 3})

    def _row(self, report: Report, row: Row, severity: dict[int, str]) -> list[str]:
        doc = report.document
        b = row.bead
        kind = {"omitted": "  (omitted)", "added": "  (added)"}.get(row.kind, "")
        lines = [self._c(row.worst, f"#{b.id}") + f"  score {b.score:.2f}  source {list(b.source)} -> target {list(b.target)}{kind}"]
        for side, lang, segs in (("source", doc.source.lang, row.source), ("target", doc.target.lang, row.target)):
            text = self._marked(report, side, segs, severity) if segs else self._c("dim", "(nothing)")
            lines.append(f"  {lang}: {text}")
        for f in row.findings:
            lines.append(f"  {self._c(f.severity, f.severity.upper())} {f.code} {{{f.id}}}: {one_line(f.message)}")
        return lines

    def render(self, report: Report) -> str:
        severity = {f.id: f.severity for f in report.findings}
        doc = report.document
        lines = [self._c("bold", "amanah report"), self.verdict(report)]
        lines += self._summary_table(report)
        lines.append(self._c("dim", f"input: {inputs_label(report)} ({doc.source.lang} -> {doc.target.lang})"))
        lines.append(self._c("dim", f"signature: {report.signature}"))
        for f in document_findings(report):
            lines.append(f"{self._c(f.severity, f.severity.upper())} {f.code} {{{f.id}}}: {one_line(f.message)}")
        flagged = [r for r in rows(report) if r.flagged]
        if flagged:
            lines += ["", self._c("bold", f"flagged pairs ({len(flagged)} of {len(report.alignments)})")]
        for row in flagged:
            lines.append("")
            lines += self._row(report, row, severity)
        return "\n".join(lines) + "\n"
