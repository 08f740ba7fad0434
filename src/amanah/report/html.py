"""HTML review page: one self-contained file (no network, no CDN), a view of one ``Report``.

Side by side (English left, Arabic right, each in its own direction, opposite-direction runs
isolated with ``<bdi>``), one row per alignment coloured by its score, the findings' spans
highlighted in the text, a summary, filters and keyboard navigation (plain JavaScript), a
histogram of pair scores and an alignment map (inline SVG), and a print stylesheet. Every piece
of input text goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape

from ..model import FINDING_CODES, SEVERITIES, Finding, Report, Segment
from .data import score_thresholds, summary
from .spans import direction_runs, pieces, side_marks
from .views import VERDICT_WORDS, Row, document_findings, inputs_label, lang_name, rows, verdict_state

RTL_LANGS = frozenset({"ar", "fa", "he", "ur"})

ARABIC_FONTS = ('"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro",'
                '"Arabic Typesetting","Traditional Arabic","Segoe UI","Tahoma","DejaVu Sans",sans-serif')

_STYLE = """
:root{--fg:#1d2228;--muted:#5b6570;--line:#d9dee3;--error:#b3261e;--warning:#8a5a00;--info:#1f5f99;--ok:#2e7d32;
--error-bg:#fde7e6;--warning-bg:#fff3d6;--info-bg:#e4f0fb}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:var(--fg);
background:#fff;line-height:1.45}
header.top{padding:1rem 1.5rem .5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:.1rem 0 .6rem}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
.verdict{display:inline-block;font-weight:700;padding:.15rem .6rem;border-radius:.3rem;margin-right:.6rem}
.verdict.ok{background:#e3f3e4;color:var(--ok)}.verdict.warning{background:var(--warning-bg);color:var(--warning)}
.verdict.error{background:var(--error-bg);color:var(--error)}
.overview{display:flex;flex-wrap:wrap;gap:1.2rem 2rem;align-items:flex-start}
.overview>section{min-width:16rem}
table.counts{border-collapse:collapse;font-size:.9rem}table.counts th,table.counts td{padding:.15rem .5rem;
border-bottom:1px solid var(--line);text-align:right}table.counts th:first-child,table.counts td:first-child{text-align:left}
dl.inputs{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:0;font-size:.9rem}
dl.inputs dt{color:var(--muted)}dl.inputs dd{margin:0;word-break:break-all}
.sig code{font-size:.8rem;word-break:break-all;color:var(--muted)}
table.sigfields{font-size:.8rem;border-collapse:collapse}table.sigfields td{padding:0 .5rem 0 0;vertical-align:top;word-break:break-all}
figure{margin:0}figcaption{font-size:.85rem;color:var(--muted)}
svg text{font-family:system-ui,sans-serif;font-size:10px;fill:#333}
nav.filters{position:sticky;top:0;z-index:2;background:#f6f8fa;border-bottom:1px solid var(--line);padding:.45rem 1.5rem;
display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;align-items:center;font-size:.9rem}
nav.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.2rem .7rem;flex-wrap:wrap;align-items:center}
nav.filters legend{float:left;color:var(--muted);margin-right:.3rem}
nav.filters button{font:inherit;padding:.1rem .6rem}
.kbd{color:var(--muted)}kbd{border:1px solid #bbb;border-radius:3px;padding:0 .25rem;font-size:.8rem;background:#fff}
main{padding:0 1.5rem 1rem}
table.pairs{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:.6rem}
table.pairs th{background:#fff;text-align:left;font-size:.85rem;color:var(--muted);
border-bottom:2px solid var(--line);padding:.3rem .5rem;z-index:1}
table.pairs th.rtl{text-align:right}
table.pairs td{border-bottom:1px solid var(--line);padding:.5rem .6rem;vertical-align:top}
col.c-id{width:3.2rem}col.c-score{width:4.6rem}col.c-notes{width:24%}
td.id a{color:var(--muted);text-decoration:none;font-variant-numeric:tabular-nums}
td.text{overflow-wrap:anywhere}
td.rtl{font-family:ARABIC_FONTS;font-size:1.12em;line-height:1.7;text-align:right}
td.empty{background:repeating-linear-gradient(135deg,#fafafa 0 8px,#f0f0f0 8px 16px);color:#8a8f96;font-style:italic}
td.empty .missing{font-weight:600;color:var(--error)}
td.score{font-variant-numeric:tabular-nums;font-weight:600;text-align:center}
tr.pair{border-left:6px solid transparent}
tr.pair.s-error{background:#fff7f6}tr.pair.s-warning{background:#fffbf0}
tr.pair.current{outline:3px solid #3b6fd8;outline-offset:-3px}
tr.pair.omitted td.id::after{content:" omitted";display:block;font-size:.7rem;color:var(--error)}
tr.pair.added td.id::after{content:" added";display:block;font-size:.7rem;color:var(--error)}
tr.hidden,li.hidden{display:none}
mark{background:#ffe08a;color:inherit;border-radius:2px;padding:0 1px;cursor:help;box-shadow:inset 0 -2px 0 #e0a800}
mark.m-error{background:#ffcdc8;box-shadow:inset 0 -2px 0 var(--error)}
mark.m-warning{background:#ffe6a6;box-shadow:inset 0 -2px 0 #d08c00}
mark.m-info{background:#d6e8fa;box-shadow:inset 0 -2px 0 var(--info)}
mark.multi{background-image:repeating-linear-gradient(45deg,transparent 0 3px,rgba(0,0,0,.09) 3px 5px)}
mark.point::before{content:"\\2038";font-weight:700;color:var(--error)}
mark.off{background:none;box-shadow:none}
ul.notes{list-style:none;margin:0;padding:0;font-size:.85rem}
ul.notes li{margin:0 0 .3rem}
.sev{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;padding:0 .3rem;border-radius:.2rem;margin-right:.25rem}
.sev.error{background:var(--error-bg);color:var(--error)}.sev.warning{background:var(--warning-bg);color:var(--warning)}
.sev.info{background:var(--info-bg);color:var(--info)}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem}
section.findings{padding:0 1.5rem 2rem}
section.findings ol{padding-left:1.6rem;font-size:.9rem}section.findings li{margin:.2rem 0}
.none{color:var(--muted)}
@media print{
nav.filters,.kbd{display:none}
tr.hidden,li.hidden{display:revert}
tr.pair{break-inside:avoid}
body{font-size:10pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}
""".replace("ARABIC_FONTS", ARABIC_FONTS)

_SCRIPT = r"""
(function(){
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.pair"));
  var items = Array.prototype.slice.call(document.querySelectorAll("section.findings li[data-code]"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-findings]"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("nav.filters input[type=checkbox]"));
  var count = document.getElementById("shown");
  var byId = {};
  items.forEach(function(li){ byId[li.getAttribute("data-finding")] = li; });
  function checked(kind){
    var on = {};
    boxes.forEach(function(b){ if (b.getAttribute("data-filter") === kind && b.checked) on[b.value] = true; });
    return on;
  }
  function wanted(li, codes, sevs){
    return !!(codes[li.getAttribute("data-code")] && sevs[li.getAttribute("data-severity")]);
  }
  function apply(){
    var codes = checked("code"), sevs = checked("severity");
    var only = document.getElementById("only-flagged").checked;
    var shown = 0;
    items.forEach(function(li){ li.classList.toggle("hidden", !wanted(li, codes, sevs)); });
    rows.forEach(function(tr){
      var ids = (tr.getAttribute("data-findings") || "").split(" ").filter(Boolean);
      var visible;
      if (!ids.length) { visible = !only; }
      else { visible = ids.some(function(id){ return byId[id] && wanted(byId[id], codes, sevs); }); }
      tr.classList.toggle("hidden", !visible);
      if (visible) shown += 1;
    });
    marks.forEach(function(m){
      var ids = m.getAttribute("data-findings").split(" ");
      m.classList.toggle("off", !ids.some(function(id){ return byId[id] && wanted(byId[id], codes, sevs); }));
    });
    if (count) count.textContent = String(shown);
  }
  boxes.forEach(function(b){ b.addEventListener("change", apply); });
  var current = -1;
  function flaggedVisible(){
    return rows.filter(function(tr){ return tr.getAttribute("data-findings") && !tr.classList.contains("hidden"); });
  }
  function go(step){
    var list = flaggedVisible();
    if (!list.length) return;
    var at = list.indexOf(rows[current]);
    var next;
    if (at < 0) {
      next = step > 0 ? list.filter(function(tr){ return rows.indexOf(tr) > current; })[0] || list[0]
                      : list.filter(function(tr){ return rows.indexOf(tr) < current; }).pop() || list[list.length - 1];
    } else {
      next = list[(at + step + list.length) % list.length];
    }
    if (rows[current]) rows[current].classList.remove("current");
    current = rows.indexOf(next);
    next.classList.add("current");
    next.focus({preventScroll: true});
    next.scrollIntoView({block: "center"});
  }
  window.amanahNext = function(){ go(1); };
  window.amanahPrev = function(){ go(-1); };
  document.getElementById("next").addEventListener("click", function(){ go(1); });
  document.getElementById("prev").addEventListener("click", function(){ go(-1); });
  document.addEventListener("keydown", function(e){
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target && e.target.tagName;
    if (t === "INPUT" && e.target.type !== "checkbox" || t === "TEXTAREA") return;
    if (e.key === "n" || e.key === "j") { go(1); e.preventDefault(); }
    else if (e.key === "p" || e.key === "k") { go(-1); e.preventDefault(); }
  });
  apply();
})();
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGS else "ltr"


def score_colour(score: float, alpha: float = 1.0) -> str:
    """Red (0) through amber to green (1); a continuous scale, the same in every report."""
    x = min(1.0, max(0.0, (score - 0.2) / 0.7))
    return f"hsla({round(120 * x)},70%,42%,{alpha})"


def _segment_html(segment: Segment, marks, base: str, messages: dict[int, Finding]) -> str:
    """One segment's text: direction runs isolated with <bdi>, finding spans as <mark> inside them."""
    out = []
    cut = pieces(segment, marks)
    runs = direction_runs(segment.text, base)
    opposite = "ltr" if base == "rtl" else "rtl"
    for run_start, run_end, is_opposite in runs:
        lo, hi = segment.start + run_start, segment.start + run_end
        inner = []
        for piece in cut:
            if piece.start == piece.end:
                if lo <= piece.start < hi or (piece.start == hi == segment.end):
                    inner.append(_mark(piece.findings, "", messages, point=True))
                continue
            a, b = max(piece.start, lo), min(piece.end, hi)
            if a >= b:
                continue
            text = _e(segment.text[a - segment.start:b - segment.start])
            inner.append(_mark(piece.findings, text, messages) if piece.findings else text)
        body = "".join(inner)
        out.append(f'<bdi dir="{opposite}">{body}</bdi>' if is_opposite else body)
    return f'<span class="seg" data-seg="{segment.id}">{"".join(out)}</span>'


def _bidi(text: str, base: str = "ltr") -> str:
    """Escaped ``text`` with its opposite-direction runs (Arabic quoted in an English message) isolated."""
    opposite = "rtl" if base == "ltr" else "ltr"
    return "".join(f'<bdi dir="{opposite}">{_e(text[a:b])}</bdi>' if o else _e(text[a:b])
                   for a, b, o in direction_runs(text, base))


def _mark(ids: tuple[int, ...], text: str, messages: dict[int, Finding], point: bool = False) -> str:
    found = [messages[i] for i in ids if i in messages]
    worst = min(found, key=lambda f: SEVERITIES.index(f.severity)).severity if found else "info"
    title = "\n".join(f"{f.severity} {f.code}: {f.message}" for f in found)
    classes = f"m-{worst}" + (" multi" if len(ids) > 1 else "") + (" point" if point else "")
    return (f'<mark class="{classes}" data-findings="{" ".join(map(str, ids))}" '
            f'title="{_e(title)}">{text}</mark>')


def _cell(row: Row, side: str, report: Report, marks, messages) -> str:
    doc = report.document
    lang = (doc.source if side == "source" else doc.target).lang
    segs = row.source if side == "source" else row.target
    d = _direction(lang)
    if not segs:
        note = "not translated: nothing here says this" if side == "target" else "added: nothing in the source says this"
        return (f'<td class="text {d} empty" data-side="{side}" data-empty="1" dir="{d}">'
                f'<bdi dir="ltr" lang="en"><span class="missing">—</span> {note}</bdi></td>')
    body = " ".join(_segment_html(s, marks, d, messages) for s in segs)
    return f'<td class="text {d}" data-side="{side}" lang="{_e(lang)}" dir="{d}">{body}</td>'


def _histogram(report: Report, width: int = 380, height: int = 150) -> str:
    bins = 20
    counts = [0] * bins
    for b in report.alignments:
        counts[min(bins - 1, max(0, int(b.score * bins)))] += 1
    left, right, top, bottom = 30, 10, 18, 26
    pw, ph = width - left - right, height - top - bottom
    peak = max(counts) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="histogram" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-labelledby="hist-title"><title id="hist-title">Histogram of pair scores</title>']
    bw = pw / bins
    for k, n in enumerate(counts):
        if not n:
            continue
        h = ph * n / peak
        x, y = left + k * bw, top + ph - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw - 1:.1f}" height="{h:.1f}" '
                     f'fill="{score_colour((k + 0.5) / bins, 0.85)}"><title>{k / bins:.2f}–{(k + 1) / bins:.2f}: {n} pairs</title></rect>')
        parts.append(f'<text x="{x + bw / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{n}</text>')
    parts.append(f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="#555"/>')
    for t in (0, 0.25, 0.5, 0.75, 1.0):
        x = left + pw * t
        parts.append(f'<line x1="{x:.1f}" y1="{top + ph}" x2="{x:.1f}" y2="{top + ph + 4}" stroke="#555"/>'
                     f'<text x="{x:.1f}" y="{top + ph + 15}" text-anchor="middle">{t:g}</text>')
    parts.append(f'<text x="{left + pw / 2:.1f}" y="{height - 1}" text-anchor="middle">pair score</text>')
    for k, (name, value) in enumerate(score_thresholds(report)):
        x = left + pw * min(1.0, max(0.0, value))
        label = name.replace("mistranslation_", "")
        parts.append(f'<line class="threshold" x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{top + ph}" stroke="#b3261e" '
                     f'stroke-dasharray="4 3"><title>{_e(name)} = {value:g}</title></line>'
                     f'<text x="{x + 3:.1f}" y="{top - 6 + 10 * (k % 2)}" fill="#b3261e">{_e(label)} {value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _alignment_map(report: Report, size: int = 220) -> str:
    doc = report.document
    n, m = len(doc.source.segments), len(doc.target.segments)
    pad = 28
    plot = size - pad - 8
    sx = plot / max(n, 1)
    sy = plot / max(m, 1)
    src_index = {s.id: k for k, s in enumerate(doc.source.segments)}
    tgt_index = {s.id: k for k, s in enumerate(doc.target.segments)}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="alignment-map" role="img" width="{size}" height="{size}" '
             f'viewBox="0 0 {size} {size}" aria-labelledby="map-title"><title id="map-title">Alignment map: '
             f'source position against target position</title>',
             f'<rect x="{pad}" y="8" width="{plot}" height="{plot}" fill="#fafafa" stroke="#bbb"/>']
    # source runs left to right along x, target top to bottom along y; a faithful translation is a diagonal
    cursor_x = cursor_y = 0
    for b in report.alignments:
        xs = [src_index[i] for i in b.source]
        ys = [tgt_index[j] for j in b.target]
        x0 = min(xs) if xs else cursor_x
        x1 = max(xs) + 1 if xs else cursor_x
        y0 = min(ys) if ys else cursor_y
        y1 = max(ys) + 1 if ys else cursor_y
        cursor_x, cursor_y = max(cursor_x, x1), max(cursor_y, y1)
        tip = f"#{b.id} source {list(b.source)} → target {list(b.target)}, score {b.score:.2f}"
        link = f'<a href="#a{b.id}"><title>{_e(tip)}</title>'
        if xs and ys:
            parts.append(f'{link}<rect class="bead" x="{pad + x0 * sx:.1f}" y="{8 + y0 * sy:.1f}" width="{(x1 - x0) * sx:.1f}" '
                         f'height="{(y1 - y0) * sy:.1f}" fill="{score_colour(b.score)}"/></a>')
        elif xs:  # omitted: a source stretch with no target, a vertical gap band
            parts.append(f'{link}<rect class="gap omitted" x="{pad + x0 * sx:.1f}" y="8" width="{(x1 - x0) * sx:.1f}" '
                         f'height="{plot}" fill="rgba(179,38,30,.18)" stroke="#b3261e" stroke-dasharray="3 2"/></a>')
        else:  # added: a target stretch with no source, a horizontal gap band
            parts.append(f'{link}<rect class="gap added" x="{pad}" y="{8 + y0 * sy:.1f}" width="{plot}" '
                         f'height="{(y1 - y0) * sy:.1f}" fill="rgba(31,95,153,.18)" stroke="#1f5f99" stroke-dasharray="3 2"/></a>')
    parts.append(f'<text x="{pad + plot / 2:.1f}" y="{size - 4}" text-anchor="middle">source ({_e(doc.source.lang)}) →</text>'
                 f'<text transform="translate(12 {8 + plot / 2:.1f}) rotate(90)" text-anchor="middle">target ({_e(doc.target.lang)}) →</text>')
    parts.append("</svg>")
    return "".join(parts)


def _counts_table(report: Report) -> str:
    codes = [c for c in FINDING_CODES if any(f.code == c for f in report.findings)]
    head = "".join(f"<th>{s}</th>" for s in SEVERITIES)
    body = []
    for code in codes:
        cells = "".join(f"<td>{sum(f.code == code and f.severity == s for f in report.findings) or ''}</td>" for s in SEVERITIES)
        body.append(f'<tr><td class="code">{code}</td>{cells}</tr>')
    totals = "".join(f"<td><b>{sum(f.severity == s for f in report.findings)}</b></td>" for s in SEVERITIES)
    body.append(f"<tr><td>all codes</td>{totals}</tr>")
    return f'<table class="counts"><thead><tr><th>code</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _finding_li(f: Finding) -> str:
    where = f'<a href="#a{f.alignment}">#{f.alignment}</a>' if f.alignment is not None else "document"
    return (f'<li id="f{f.id}" data-finding="{f.id}" data-code="{f.code}" data-severity="{f.severity}">{where} '
            f'<span class="sev {f.severity}">{f.severity}</span><span class="code">{_e(f.code)}</span> {_bidi(f.message)}</li>')


class HtmlFormat:
    name = "html"
    suffix = ".html"

    def render(self, report: Report) -> str:
        doc = report.document
        s = summary(report)
        state = verdict_state(report)
        messages = {f.id: f for f in report.findings}
        marks = {"source": side_marks(report.findings, "source"), "target": side_marks(report.findings, "target")}
        # English (left-to-right) on the left, Arabic (right-to-left) on the right, whichever is the source
        order = ["source", "target"]
        if _direction(doc.source.lang) == "rtl" and _direction(doc.target.lang) == "ltr":
            order = ["target", "source"]
        side_of = {"source": doc.source, "target": doc.target}

        body_rows = []
        for row in rows(report):
            b = row.bead
            ids = " ".join(str(f.id) for f in row.findings)
            notes = "".join(
                f'<li data-finding="{f.id}"><a href="#f{f.id}" class="sev {f.severity}">{f.severity}</a>'
                f'<span class="code">{_e(f.code)}</span> {_bidi(f.message)}</li>' for f in row.findings)
            cells = "".join(_cell(row, side, report, marks[side], messages) for side in order)
            colour = score_colour(b.score)
            body_rows.append(
                f'<tr id="a{b.id}" class="pair {row.kind} s-{row.worst}" tabindex="-1" data-alignment="{b.id}" '
                f'data-score="{b.score:.4f}" data-findings="{ids}" data-codes="{" ".join(row.codes)}" '
                f'data-flagged="{"1" if row.flagged else "0"}" style="border-left-color:{colour}">'
                f'<td class="id"><a href="#a{b.id}">{b.id}</a></td>{cells}'
                f'<td class="score" style="color:{colour}">{b.score:.2f}</td>'
                f'<td class="notes"><ul class="notes">{notes}</ul></td></tr>')

        headers = "".join(
            f'<th class="{_direction(side_of[side].lang)}" lang="{_e(side_of[side].lang)}">'
            f'{_e(lang_name(side_of[side].lang))} ({side})</th>' for side in order)

        codes_present = [c for c in FINDING_CODES if any(f.code == c for f in report.findings)]
        code_boxes = "".join(f'<label><input type="checkbox" data-filter="code" value="{c}" checked> {c}</label>'
                             for c in codes_present) or '<span class="none">none</span>'
        sev_boxes = "".join(f'<label><input type="checkbox" data-filter="severity" value="{sev}" checked> {sev}</label>'
                            for sev in SEVERITIES)

        doc_findings = document_findings(report)
        doc_block = ""
        if doc_findings:
            doc_block = ('<section class="doc-findings"><h2>About the whole document</h2><ul class="notes">'
                         + "".join(f'<li><span class="sev {f.severity}">{f.severity}</span><span class="code">{_e(f.code)}</span> '
                                   f'{_bidi(f.message)}</li>' for f in doc_findings) + "</ul></section>")
        findings_list = ("<ol>" + "".join(_finding_li(f) for f in report.findings) + "</ol>") if report.findings \
            else '<p class="none">No findings.</p>'

        metadata = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in doc.metadata)
        sig_rows = "".join(f'<tr><td class="code">{_e(k)}</td><td><code>{_e(v)}</code></td></tr>' for k, v in report.signature_fields)
        profile = dict(report.signature_fields).get("profile", "")
        thresholds = (f"profile {_e(profile)}: " + ", ".join(f"{_e(k)} {v:g}" for k, v in score_thresholds(report))
                      + f" (and {len(report.thresholds) - len(score_thresholds(report))} evidence weights, in the JSON)")
        f = s["findings"]
        title = f"amanah review: {inputs_label(report)}"
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en" dir="ltr"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
            'script-src \'unsafe-inline\'; img-src data:">'
            f'<meta name="generator" content="amanah {_e(report.tool_version)}">'
            f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>\n"
            '<header class="top">'
            f"<h1>{_e(title)}</h1>"
            f'<p class="summary-line"><span class="verdict {state}">{VERDICT_WORDS[state]}</span>'
            f'overall score <b id="overall-score">{s["score"]:.2f}</b> · {f["error"]} errors, {f["warning"]} warnings, '
            f'{f["info"]} notes · {s["alignments"]} alignments of {s["segments"]["source"]} source and '
            f'{s["segments"]["target"]} target segments</p>'
            '<div class="overview">'
            f'<section class="by-code"><h2>Findings by code and severity</h2>{_counts_table(report)}</section>'
            '<section class="inputs"><h2>Inputs</h2><dl class="inputs">'
            f'<dt>source</dt><dd>{_e(doc.source.path or "(none)")} — {_e(lang_name(doc.source.lang))}, {len(doc.source.segments)} segments</dd>'
            f'<dt>target</dt><dd>{_e(doc.target.path or "(none)")} — {_e(lang_name(doc.target.lang))}, {len(doc.target.segments)} segments</dd>'
            f"{metadata}<dt>thresholds</dt><dd>{thresholds}</dd></dl></section>"
            f'<section class="charts"><h2>Pair scores</h2><figure>{_histogram(report)}'
            '<figcaption>Dashed lines: the thresholds below which a pair is flagged.</figcaption></figure></section>'
            f'<section class="map"><h2>Alignment map</h2><figure>{_alignment_map(report)}'
            '<figcaption>A faithful translation runs down the diagonal; bands are omissions (red) and additions (blue).'
            '</figcaption></figure></section>'
            "</div>"
            f'<section class="sig"><h2>Signature</h2><p><code id="signature">{_e(report.signature)}</code></p>'
            f'<table class="sigfields">{sig_rows}</table></section>'
            f"{doc_block}</header>\n"
            '<nav class="filters" aria-label="filters">'
            f'<fieldset class="severity"><legend>severity</legend>{sev_boxes}</fieldset>'
            f'<fieldset class="code"><legend>code</legend>{code_boxes}</fieldset>'
            '<label><input type="checkbox" id="only-flagged"> only flagged</label>'
            '<button type="button" id="prev" title="previous finding (p or k)">↑ previous</button>'
            '<button type="button" id="next" title="next finding (n or j)">next finding ↓</button>'
            f'<span>showing <b id="shown">{len(report.alignments)}</b> of {len(report.alignments)} pairs</span>'
            '<span class="kbd"><kbd>n</kbd>/<kbd>j</kbd> next, <kbd>p</kbd>/<kbd>k</kbd> previous finding</span>'
            "</nav>\n"
            '<main><table class="pairs"><colgroup><col class="c-id"><col class="c-text"><col class="c-text">'
            '<col class="c-score"><col class="c-notes"></colgroup>'
            f"<thead><tr><th>#</th>{headers}<th>score</th><th>findings</th></tr></thead>"
            f"<tbody>\n{chr(10).join(body_rows)}\n</tbody></table></main>\n"
            f'<section class="findings"><h2>Findings ({len(report.findings)})</h2>{findings_list}</section>\n'
            f"<script>{_SCRIPT}</script>\n</body></html>\n"
        )
