"""Every format is a view of one Report: deterministic, escaped, complete. Reports from real runs."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from conftest import HOSTILE, with_overlapping_findings

from amanah.cli import FORMAT_NAMES
from amanah.model import Segment
from amanah.report import FORMATS
from amanah.report.spans import Piece, direction_runs, pieces
from amanah.report.text import TextFormat


def test_registry_matches_the_cli_and_the_interface():
    assert tuple(FORMATS) == FORMAT_NAMES
    suffixes = [f.suffix for f in FORMATS.values()]
    assert len(set(suffixes)) == len(suffixes)
    for name, fmt in FORMATS.items():
        assert fmt.name == name and fmt.suffix.startswith(".") and callable(fmt.render)


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_formats_are_deterministic_across_runs(name, damaged_report, damaged_report_path, report_embedder):
    from amanah.pipeline import run_check

    again = run_check([str(damaged_report_path)], embedder=report_embedder)
    first = FORMATS[name].render(damaged_report)
    assert first == FORMATS[name].render(again)
    assert first.endswith("\n") and "\r" not in first


@pytest.mark.parametrize("name", ["html", "markdown", "junit"])
def test_markup_formats_escape_input_text(name, damaged_report):
    out = FORMATS[name].render(damaged_report)
    assert HOSTILE not in out
    assert "<script>document" not in out and "<b>bold</b>" not in out
    assert "&lt;script&gt;document.title=" in out


def test_junit_is_well_formed_and_fails_each_flagged_pair(damaged_report):
    root = ET.fromstring(FORMATS["junit"].render(damaged_report))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(damaged_report.alignments)
    failing = {f.alignment for f in damaged_report.findings if f.severity != "info" and f.alignment is not None}
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == len(failing) == int(root.get("failures")) > 0
    assert {int(c.get("name").split(":")[0].split()[1]) for c in failed} == failing
    codes = {f.code for f in damaged_report.findings}
    assert {c.find("failure").get("type") for c in failed} <= codes
    props = {p.get("name"): p.get("value") for p in root.iter("property")}
    assert props["signature"] == damaged_report.signature
    assert HOSTILE.split()[0] in ET.tostring(root, encoding="unicode").replace("&lt;", "<").replace("&gt;", ">")


def test_junit_of_a_faithful_report_has_no_failures(sample_report):
    root = ET.fromstring(FORMATS["junit"].render(sample_report))
    assert root.get("failures") == "0" and len(root.findall(".//testcase")) == len(sample_report.alignments)


def test_tsv_has_one_row_per_alignment_with_codes(damaged_report):
    text = FORMATS["tsv"].render(damaged_report)
    assert text.count("\n") == len(damaged_report.alignments) + 1
    table = list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [int(r["alignment"]) for r in table] == [b.id for b in damaged_report.alignments]
    for row, bead in zip(table, damaged_report.alignments):
        assert row["source_ids"] == ",".join(map(str, bead.source))
        assert float(row["score"]) == pytest.approx(bead.score, abs=1e-4)
        codes = {f.code for f in damaged_report.findings if f.alignment == bead.id}
        assert set(filter(None, row["codes"].split(","))) == codes
    assert any(HOSTILE in r["target_text"] for r in table)


def test_markdown_shows_each_flagged_pair_with_rtl_arabic(damaged_report):
    md = FORMATS["markdown"].render(damaged_report)
    flagged = {f.alignment for f in damaged_report.findings if f.alignment is not None}
    for bead_id in flagged:
        assert f"#{bead_id}" in md
    assert '<p dir="rtl" lang="ar">' in md and "NOT FAITHFUL" in md
    assert damaged_report.signature in md
    assert md.count("<b>") >= len({f.id for f in damaged_report.findings if f.source_spans or f.target_spans})


def test_text_marks_keep_every_character_of_the_text(damaged_report):
    import re

    report = with_overlapping_findings(damaged_report)
    plain = TextFormat().render(report)
    bead = next(b for b in report.alignments if b.source and b.target)
    segment = report.document.target.by_id()[bead.target[0]]
    line = next(ln for ln in plain.splitlines() if ln.startswith(f"  {report.document.target.lang}: ") and "⟦" in ln
                and segment.text[:20] in re.sub(r"⟦|⟧\{[0-9,]+\}", "", ln))
    unmarked = re.sub(r"⟦|⟧\{[0-9,]+\}", "", line.split(": ", 1)[1])
    assert unmarked.startswith(" ".join(segment.text.split()))


def test_text_marks_spans_and_colours_only_when_asked(damaged_report):
    plain = TextFormat().render(damaged_report)
    assert "\x1b[" not in plain
    for f in damaged_report.findings:
        assert f"{{{f.id}}}" in plain  # each finding's mark and message carry its id
    assert "⟦" in plain and "┌" in plain  # marked spans and the summary table
    coloured = TextFormat(color=True).render(damaged_report)
    assert "\x1b[" in coloured and "⟦" not in coloured
    verdict = TextFormat().verdict(damaged_report)
    assert "\n" not in verdict and verdict.startswith("NOT FAITHFUL")


def test_html_marks_omitted_and_added_rows_with_empty_side(damaged_report):
    html = FORMATS["html"].render(damaged_report)
    kinds = {"omitted": 0, "added": 0}
    for bead in damaged_report.alignments:
        if bead.source and not bead.target:
            kinds["omitted"] += 1
        elif bead.target and not bead.source:
            kinds["added"] += 1
    assert kinds["omitted"] and kinds["added"]
    assert html.count('class="pair omitted') == kinds["omitted"]
    assert html.count('class="pair added') == kinds["added"]
    assert html.count('data-empty="1"') == kinds["omitted"] + kinds["added"]
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html


# -- the span geometry every format shares ------------------------------------------------------

def test_overlapping_spans_become_non_overlapping_pieces():
    seg = Segment(0, "abcdefghij", 10, 20, 0)
    got = pieces(seg, [(12, 15, 1), (14, 30, 2), (17, 17, 3), (0, 5, 4)])
    assert got == [Piece(10, 12, ()), Piece(12, 14, (1,)), Piece(14, 15, (1, 2)), Piece(15, 17, (2,)),
                   Piece(17, 17, (3,)), Piece(17, 20, (2,))]
    ranges = [p for p in got if p.start < p.end]
    assert "".join(seg.text[p.start - 10:p.end - 10] for p in ranges) == seg.text
    assert all(a.end == b.start for a, b in zip(ranges, ranges[1:]))


def test_one_finding_with_several_spans_and_no_marks():
    seg = Segment(3, "hello world", 100, 111, 0)
    assert pieces(seg, []) == [Piece(100, 111, ())]
    got = pieces(seg, [(100, 105, 7), (106, 111, 7)])
    assert [p.findings for p in got] == [(7,), (), (7,)]


def test_direction_runs_isolate_latin_in_arabic_and_arabic_in_english():
    text = "قال بوتين إن Abu Qasra وصل في 2025-12-24."
    runs = [text[a:b] for a, b, opposite in direction_runs(text, "rtl") if opposite]
    assert runs == ["Abu Qasra", "2025-12-24"]
    english = "The bakery مخبز السلام opened."
    assert [english[a:b] for a, b, o in direction_runs(english, "ltr") if o] == ["مخبز السلام"]
    assert "".join(text[a:b] for a, b, _ in direction_runs(text, "rtl")) == text
