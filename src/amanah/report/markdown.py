"""Markdown for a pull-request or ticket comment (GitHub-flavoured): verdict, counts table,
signature, and each flagged pair with the findings' spans in bold.

Input text is HTML-escaped and placed in ``<p dir=…>`` blocks (so Arabic reads right to left
and nothing in it is taken as Markdown or markup); messages are escaped for Markdown.
"""

from __future__ import annotations

import re
from html import escape

from ..model import FINDING_CODES, SEVERITIES, Report, Segment
from .data import summary
from .spans import pieces, side_marks
from .views import VERDICT_WORDS, document_findings, inputs_label, lang_name, one_line, rows, squash, verdict_state

MAX_PAIRS = 50
"""Flagged pairs shown in full; the rest are counted (comment size limits)."""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
"""Characters that mean something inside a line of Markdown (never at a line start here)."""
_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵", "ok": "🟢"}


def md_escape(text: str) -> str:
    """Plain text safe inside Markdown prose and table cells."""
    return _MD_SPECIAL.sub(r"\\\1", escape(one_line(text), quote=False))


def _html_text(report: Report, side: str, segments: tuple[Segment, ...]) -> str:
    marks = side_marks(report.findings, side)
    out = []
    for seg in segments:
        parts = []
        for piece in pieces(seg, marks):
            text = escape(squash(seg.text[piece.start - seg.start:piece.end - seg.start]), quote=False)
            parts.append(f"<b>{text or '‸'}</b><sup>{','.join(map(str, piece.findings))}</sup>" if piece.findings else text)
        out.append("".join(parts))
    return " ".join(out)


class MarkdownFormat:
    name = "markdown"
    suffix = ".md"

    def render(self, report: Report) -> str:
        doc = report.document
        s = summary(report)
        f = s["findings"]
        state = verdict_state(report)
        lines = [f"### {_ICON[state]} amanah: {VERDICT_WORDS[state]} — score {s['score']:.2f}", "",
                 f"{f['error']} errors, {f['warning']} warnings, {f['info']} notes in {s['alignments']} alignments "
                 f"({s['segments']['source']} {lang_name(doc.source.lang)} / {s['segments']['target']} "
                 f"{lang_name(doc.target.lang)} segments) of `{inputs_label(report).replace('`', '')}`.", ""]
        codes = [c for c in FINDING_CODES if any(x.code == c for x in report.findings)]
        if codes:
            lines += ["| code | " + " | ".join(SEVERITIES) + " |", "|---|" + "---:|" * len(SEVERITIES)]
            for code in codes:
                lines.append(f"| `{code}` | " + " | ".join(
                    str(sum(x.code == code and x.severity == sev for x in report.findings) or "") for sev in SEVERITIES) + " |")
            lines.append("")
        for x in document_findings(report):
            lines.append(f"- **{x.severity}** `{x.code}` (document): {md_escape(x.message)}")
        flagged = [r for r in rows(report) if r.flagged]
        sides = (("source", doc.source, lambda r: r.source), ("target", doc.target, lambda r: r.target))
        for row in flagged[:MAX_PAIRS]:
            b = row.bead
            label = {"omitted": " (omitted)", "added": " (added)"}.get(row.kind, "")
            lines += [f"#### {_ICON[row.worst]} #{b.id}{label} — score {b.score:.2f}", ""]
            for side, info, get in sides:
                d = "rtl" if info.lang in ("ar", "fa", "he", "ur") else "ltr"
                segs = get(row)
                body = _html_text(report, side, segs) if segs else "<i>(nothing)</i>"
                lines += [f'<p dir="{d}" lang="{escape(info.lang)}">{body}</p>', ""]
            for x in row.findings:
                lines.append(f"- **{x.severity}** `{x.code}` <sup>{x.id}</sup>: {md_escape(x.message)}")
            lines.append("")
        if len(flagged) > MAX_PAIRS:
            lines += [f"… and {len(flagged) - MAX_PAIRS} more flagged pairs (see the HTML or JSON report).", ""]
        if not flagged and not report.findings:
            lines += ["No findings.", ""]
        lines += ["<details><summary>signature</summary>", "", f"`{report.signature.replace('`', '')}`", "", "</details>", ""]
        return "\n".join(lines)
