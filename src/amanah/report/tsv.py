"""TSV of pairs: one row per alignment (ids, texts, score, similarity, status, codes).

Tabs and line breaks inside texts become single spaces, so every alignment is exactly one line.
"""

from __future__ import annotations

from ..model import Report
from .views import one_line, rows

COLUMNS = ("alignment", "source_ids", "target_ids", "source_text", "target_text", "score", "similarity",
           "status", "codes", "finding_ids")


def _cell(value: str) -> str:
    return one_line(value)


class TsvFormat:
    name = "tsv"
    suffix = ".tsv"

    def render(self, report: Report) -> str:
        lines = ["\t".join(COLUMNS)]
        for row in rows(report):
            b = row.bead
            lines.append("\t".join((
                str(b.id),
                ",".join(map(str, b.source)),
                ",".join(map(str, b.target)),
                _cell(" ".join(s.text for s in row.source)),
                _cell(" ".join(s.text for s in row.target)),
                f"{b.score:.4f}",
                "" if b.similarity is None else f"{b.similarity:.4f}",
                b.status,
                ",".join(row.codes),
                ",".join(str(f.id) for f in row.findings),
            )))
        return "\n".join(lines) + "\n"
