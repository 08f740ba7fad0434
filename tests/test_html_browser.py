"""The HTML review page in a real headless Chromium (tests/browser.py, Chrome DevTools Protocol).

Reports come from real runs on the sample and on a damaged copy (omissions, additions, hostile
markup, a Latin name inside Arabic); nothing here skips when Chromium is missing: CI installs it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from browser import Browser
from conftest import with_overlapping_findings

from amanah.report import FORMATS
from amanah.report.data import score_thresholds

VISIBLE_ROWS = "Array.from(document.querySelectorAll('tr.pair')).filter(r => getComputedStyle(r).display !== 'none').length"


def _write(tmp_path_factory, report, name) -> Path:
    path = tmp_path_factory.mktemp("html") / f"{name}.html"
    path.write_text(FORMATS["html"].render(report), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    with Browser() as b:
        yield b


@pytest.fixture(scope="module")
def damaged_page(browser, damaged_report, tmp_path_factory):
    report = with_overlapping_findings(damaged_report)
    browser.open(_write(tmp_path_factory, report, "damaged"))
    return browser, report


def _screenshot(browser, tmp_path, name) -> Path:
    shot = browser.screenshot(tmp_path / f"{name}.png")
    if os.environ.get("AMANAH_SCREENSHOT_DIR"):  # CI keeps them as artifacts
        Path(os.environ["AMANAH_SCREENSHOT_DIR"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(os.environ["AMANAH_SCREENSHOT_DIR"]) / shot.name)
    return shot


def test_sample_page_renders_and_screenshots_with_no_console_errors(browser, sample_report, tmp_path_factory, tmp_path):
    browser.open(_write(tmp_path_factory, sample_report, "sample"))
    assert browser.js("document.querySelectorAll('tr.pair').length") == len(sample_report.alignments)
    assert browser.js("document.getElementById('overall-score').textContent") != ""
    shot = _screenshot(browser, tmp_path, "sample")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 1000 and height > 800  # the full page, not an empty viewport
    assert browser.errors() == []


def test_arabic_cells_compute_rtl_and_english_ltr(damaged_page):
    b, _ = damaged_page
    dirs = b.js("Array.from(document.querySelectorAll('td.text')).map(td => [td.lang, td.dataset.empty || '', getComputedStyle(td).direction])")
    arabic = [d for lang, empty, d in dirs if lang == "ar" and not empty]
    english = [d for lang, empty, d in dirs if lang == "en" and not empty]
    assert arabic and set(arabic) == {"rtl"}
    assert english and set(english) == {"ltr"}
    assert b.js("getComputedStyle(document.querySelector('td.text[lang=ar]')).textAlign") in ("right", "start")


def test_latin_runs_inside_arabic_are_isolated_ltr(damaged_page):
    b, _ = damaged_page
    runs = b.js("Array.from(document.querySelectorAll('td.text[lang=ar] bdi[dir=ltr]')).map(e => [e.textContent, getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi])")
    texts = [t for t, _, _ in runs]
    assert "Reuters" in texts and "24-12-2025" in texts
    assert all(d == "ltr" and u == "isolate" for _, d, u in runs)
    arabic_in_english = b.js("Array.from(document.querySelectorAll('td.text[lang=en] bdi[dir=rtl]')).map(e => e.textContent)")
    assert "مخبز السلام" in arabic_in_english


def test_every_finding_has_a_highlighted_span_with_its_message(damaged_page):
    b, report = damaged_page
    assert len(report.findings) >= 5
    for f in report.findings:
        if not (f.source_spans or f.target_spans):
            continue
        found = b.js(f"Array.from(document.querySelectorAll('mark[data-findings~=\"{f.id}\"]')).map(m => [m.title, m.getBoundingClientRect().width > 0 || m.classList.contains('point')])")
        assert found, f"no highlight for finding {f.id} ({f.code})"
        assert all(f.message in title for title, _ in found)
        assert all(shown for _, shown in found)
        assert b.js(f"!!document.querySelector('section.findings li[data-finding=\"{f.id}\"]')")


def test_overlapping_spans_are_split_not_nested(damaged_page):
    b, report = damaged_page
    n = len(report.findings)
    assert b.js("document.querySelectorAll('mark mark').length") == 0
    both = b.js(f"Array.from(document.querySelectorAll('mark')).filter(m => m.dataset.findings.split(' ').includes('{n - 3}') && m.dataset.findings.split(' ').includes('{n - 2}')).length")
    assert both >= 1  # the overlap of the entity and number findings is its own piece, marked with both


def test_filters_hide_and_show_rows(damaged_page):
    b, report = damaged_page
    total = len(report.alignments)
    flagged = len({f.alignment for f in report.findings if f.alignment is not None})
    assert b.js(VISIBLE_ROWS) == total
    b.click("#only-flagged")
    assert b.js(VISIBLE_ROWS) == flagged
    assert b.js("document.getElementById('shown').textContent") == str(flagged)
    b.click("input[data-filter=code][value=addition]")
    with_other = len({f.alignment for f in report.findings if f.alignment is not None and f.code != "addition"})
    assert b.js(VISIBLE_ROWS) == with_other
    assert b.js("Array.from(document.querySelectorAll('section.findings li[data-code=addition]')).every(li => getComputedStyle(li).display === 'none')")
    b.click("input[data-filter=severity][value=error]")
    no_error = len({f.alignment for f in report.findings
                    if f.alignment is not None and f.code != "addition" and f.severity != "error"})
    assert b.js(VISIBLE_ROWS) == no_error
    for selector in ("input[data-filter=severity][value=error]", "input[data-filter=code][value=addition]", "#only-flagged"):
        b.click(selector)
    assert b.js(VISIBLE_ROWS) == total
    assert b.errors() == []


def test_keyboard_moves_to_next_and_previous_finding(damaged_page):
    b, report = damaged_page
    flagged_rows = [a.id for a in report.alignments if any(f.alignment == a.id for f in report.findings)]
    b.js("document.activeElement && document.activeElement.blur(); 0")
    seen = []
    for _ in flagged_rows:
        b.key("n")
        seen.append(b.js("document.querySelector('tr.pair.current').dataset.alignment"))
    assert seen == [str(i) for i in flagged_rows]
    b.key("p")
    assert b.js("document.querySelector('tr.pair.current').dataset.alignment") == str(flagged_rows[-2])
    assert b.js("document.querySelectorAll('tr.pair.current').length") == 1
    assert b.errors() == []


def test_input_text_is_escaped_not_run(damaged_page):
    b, _ = damaged_page
    assert b.js("document.querySelectorAll('script').length") == 1  # the page's own, nothing from the input
    assert b.js("document.title").startswith("amanah review")
    assert b.js("document.querySelectorAll('td.text b').length") == 0
    cell_text = b.js("Array.from(document.querySelectorAll('td.text[lang=en]')).map(td => td.textContent).join('\\n')")
    assert "<script>document.title='pwned'</script>" in cell_text and "<b>bold</b>" in cell_text


def test_print_stylesheet_hides_controls_and_shows_every_row(damaged_page):
    b, report = damaged_page
    b.click("#only-flagged")
    b.send("Emulation.setEmulatedMedia", media="print")
    try:
        assert b.js("getComputedStyle(document.querySelector('nav.filters')).display") == "none"
        assert b.js(VISIBLE_ROWS) == len(report.alignments)
    finally:
        b.send("Emulation.setEmulatedMedia", media="")
        b.click("#only-flagged")


def test_page_is_self_contained(damaged_page):
    b, report = damaged_page
    refs = b.js("Array.from(document.querySelectorAll('[src],[href],link,img,iframe')).map(e => e.getAttribute('src') || e.getAttribute('href') || e.tagName)")
    assert all(r.startswith("#") for r in refs), refs
    # the chart marks the thresholds on the pair-score scale, not the evidence weights
    assert b.js("document.querySelectorAll('svg.histogram line.threshold').length") == len(score_thresholds(report)) == 2
    assert b.js("document.querySelectorAll('svg.alignment-map rect.gap').length") >= 2  # omissions and additions as gaps
    assert b.errors() == []

