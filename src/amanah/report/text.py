"""Terminal summary: verdict, counts, signature, then each flagged pair with its findings."""

from __future__ import annotations

from ..model import Report
from .data import summary

_COLORS = {"error": "31", "warning": "33", "info": "36", "ok": "32", "dim": "2", "bold": "1"}


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


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
        state = "error" if f["error"] else "warning" if f["warning"] else "ok"
        word = {"error": "NOT FAITHFUL", "warning": "CHECK", "ok": "FAITHFUL"}[state]
        return (f"{self._c(state, word)}  score {s['score']:.2f}  "
                f"{f['error']} errors, {f['warning']} warnings, {f['info']} notes  "
                f"({s['segments']['source']} source / {s['segments']['target']} target segments, "
                f"{s['alignments']} alignments)")

    def render(self, report: Report) -> str:
        doc = report.document
        src, tgt = doc.source.by_id(), doc.target.by_id()
        s = summary(report)
        lines = [self._c("bold", "amanah report"), self.verdict(report)]
        if s["codes"]:
            lines.append("findings by code: " + ", ".join(f"{code} {n}" for code, n in s["codes"].items()))
        paths = doc.source.path if doc.source.path == doc.target.path else f"{doc.source.path} + {doc.target.path}"
        lines.append(self._c("dim", f"input: {paths} ({doc.source.lang} -> {doc.target.lang})"))
        lines.append(self._c("dim", f"signature: {report.signature}"))
        by_alignment: dict[int | None, list] = {}
        for finding in report.findings:
            by_alignment.setdefault(finding.alignment, []).append(finding)
        for bead in report.alignments:
            found = by_alignment.get(bead.id)
            if not found:
                continue
            lines.append("")
            lines.append(self._c(bead.status, f"#{bead.id}") + f"  score {bead.score:.2f}  "
                         f"source {list(bead.source)} -> target {list(bead.target)}")
            src_text = " ".join(src[i].text for i in bead.source) or "(nothing)"
            tgt_text = " ".join(tgt[j].text for j in bead.target) or "(nothing)"
            lines.append(f"  {doc.source.lang}: {_shorten(src_text, 160)}")
            lines.append(f"  {doc.target.lang}: {_shorten(tgt_text, 160)}")
            for finding in found:
                lines.append(f"  {self._c(finding.severity, finding.severity.upper())} {finding.code}: {finding.message}")
        for finding in by_alignment.get(None, []):
            lines.append(f"{self._c(finding.severity, finding.severity.upper())} {finding.code}: {finding.message}")
        return "\n".join(lines) + "\n"
