"""HTML review page: one self-contained file, side by side, Arabic right-to-left, flagged pairs marked."""

from __future__ import annotations

from html import escape

from ..model import Report
from .data import summary

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;vertical-align:top}
td.ar{font-family:"Noto Naskh Arabic","Amiri","Geeza Pro","Arial",sans-serif;font-size:1.1em;text-align:right}
tr.error{background:#fde8e8}tr.warning{background:#fff6dd}.empty{color:#999;font-style:italic}
.sig{font-family:monospace;font-size:.85em;color:#555;word-break:break-all}
mark{background:#ffd54f}ul.findings li.error{color:#b00020}ul.findings li.warning{color:#8a6d00}
"""


def _cell(side, ids, lang: str) -> str:
    segs = side.by_id()
    if not ids:
        return f'<td class="{lang} empty" lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">(missing)</td>'
    text = " ".join(escape(segs[i].text) for i in ids)
    return f'<td class="{lang}" lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}"><bdi>{text}</bdi></td>'


class HtmlFormat:
    name = "html"
    suffix = ".html"

    def render(self, report: Report) -> str:
        doc = report.document
        s = summary(report)
        findings_by_bead: dict[int | None, list] = {}
        for f in report.findings:
            findings_by_bead.setdefault(f.alignment, []).append(f)
        rows = []
        for bead in report.alignments:
            notes = "".join(f'<li class="{f.severity}">{escape(f.severity)} {escape(f.code)}: {escape(f.message)}</li>'
                            for f in findings_by_bead.get(bead.id, []))
            rows.append(
                f'<tr class="{bead.status}" id="a{bead.id}"><td>{bead.id}</td>'
                f"{_cell(doc.source, bead.source, doc.source.lang)}{_cell(doc.target, bead.target, doc.target.lang)}"
                f'<td>{bead.score:.2f}</td><td><ul class="findings">{notes}</ul></td></tr>')
        counts = s["findings"]
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>amanah report</title><style>{_STYLE}</style></head><body>"
            f"<h1>amanah report</h1><p>score <b>{s['score']:.2f}</b> — {counts['error']} errors, "
            f"{counts['warning']} warnings, {counts['info']} notes</p>"
            f'<p class="sig">{escape(report.signature)}</p>'
            f"<table><thead><tr><th>#</th><th>{escape(doc.source.lang)}</th><th>{escape(doc.target.lang)}</th>"
            f"<th>score</th><th>findings</th></tr></thead><tbody>{''.join(rows)}</tbody></table></body></html>\n"
        )
