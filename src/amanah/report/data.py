"""Report -> plain data (the JSON contract in design.md), shared by every format."""

from __future__ import annotations

from typing import Any

from ..defaults import SCHEMA_VERSION
from ..model import FINDING_CODES, SEVERITIES, Report, Side


def _side(side: Side) -> dict[str, Any]:
    return {
        "lang": side.lang,
        "path": side.path,
        "segments": [{"id": s.id, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                     for s in side.segments],
    }


def summary(report: Report) -> dict[str, Any]:
    """Counts and the overall score: the character-weighted mean of alignment scores."""
    doc = report.document
    src, tgt = doc.source.by_id(), doc.target.by_id()
    weight_total = 0.0
    weighted = 0.0
    for bead in report.alignments:
        weight = sum(len(src[i].text) for i in bead.source) + sum(len(tgt[j].text) for j in bead.target)
        weight_total += weight
        weighted += weight * bead.score
    by_severity = {sev: sum(f.severity == sev for f in report.findings) for sev in SEVERITIES}
    by_code = {code: n for code in FINDING_CODES if (n := sum(f.code == code for f in report.findings))}
    return {
        "segments": {"source": len(doc.source.segments), "target": len(doc.target.segments)},
        "alignments": len(report.alignments),
        "findings": by_severity,
        "codes": by_code,
        "score": round(weighted / weight_total, 4) if weight_total else 0.0,
    }


SCORE_THRESHOLDS = ("mistranslation_error", "mistranslation_warning")
"""Profile thresholds on the similarity (pair-score) scale; the others weigh check evidence."""


def score_thresholds(report: Report) -> list[tuple[str, float]]:
    """The thresholds a pair's score is compared with, lowest first (for charts and summaries)."""
    return sorted(((k, v) for k, v in report.thresholds if k in SCORE_THRESHOLDS), key=lambda kv: kv[1])


def report_to_dict(report: Report) -> dict[str, Any]:
    from .. import __version__

    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "amanah", "version": __version__},
        "signature": report.signature,
        "signature_fields": dict(report.signature_fields),
        "metadata": dict(report.document.metadata),
        "source": _side(report.document.source),
        "target": _side(report.document.target),
        "alignments": [
            {"id": b.id, "source": list(b.source), "target": list(b.target), "score": b.score,
             "similarity": b.similarity, "status": b.status}
            for b in report.alignments
        ],
        "findings": [
            {"id": f.id, "code": f.code, "severity": f.severity, "alignment": f.alignment,
             "source_spans": [list(s) for s in f.source_spans], "target_spans": [list(s) for s in f.target_spans],
             "score": f.score, "message": f.message}
            for f in report.findings
        ],
        "thresholds": dict(report.thresholds),
        "summary": summary(report),
    }
