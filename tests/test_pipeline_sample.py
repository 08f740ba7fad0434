"""End to end on the sample story and damaged copies of it, with the real default model."""

from __future__ import annotations

import pytest
from conftest import sample_parts, write_bilingual

from amanah.pipeline import CheckOptions, run_check

UNRELATED = "The recipe calls for two cups of flour and a pinch of salt, baked for forty minutes in a hot oven."


@pytest.fixture(scope="module")
def parts():
    return sample_parts()


def _check(tmp_path, embedder, meta, ar, en):
    path = write_bilingual(tmp_path / "doc.txt", meta, ar, en)
    return run_check([str(path)], CheckOptions(), embedder=embedder)


def _errors(report):
    return [f for f in report.findings if f.severity == "error"]


def test_faithful_sample_has_no_error_and_aligns_paragraph_to_paragraph(sample_path, embedder):
    report = run_check([str(sample_path)], embedder=embedder)
    assert _errors(report) == []
    src, tgt = report.document.source.by_id(), report.document.target.by_id()
    assert len({s.paragraph for s in src.values()}) == 8
    # one sentence per paragraph on both sides: eight 1-1 beads, paragraph k to paragraph k
    assert [(b.source, b.target) for b in report.alignments] == [((k,), (k,)) for k in range(8)]
    for bead in report.alignments:
        assert src[bead.source[0]].paragraph == tgt[bead.target[0]].paragraph
    assert report.document.metadata == (("date", "2025-12-24"),)


@pytest.mark.parametrize("deleted", [0, 3, 7])
def test_deleted_english_paragraph_is_an_omission_at_that_arabic_paragraph(tmp_path, embedder, parts, deleted):
    meta, ar, en = parts
    report = _check(tmp_path, embedder, meta, ar, en[:deleted] + en[deleted + 1:])
    errors = _errors(report)
    assert [f.code for f in errors] == ["omission"]
    arabic = report.document.source.segments[deleted]
    assert errors[0].source_spans == ((arabic.start, arabic.end),)
    assert report.document.source.text[arabic.start:arabic.end] == ar[deleted]
    bead = report.alignments[errors[0].alignment]
    assert bead.source == (arabic.id,) and bead.target == ()


def test_unrelated_english_sentence_is_flagged(tmp_path, embedder, parts):
    meta, ar, en = parts
    report = _check(tmp_path, embedder, meta, ar, en[:5] + [UNRELATED] + en[6:])
    replaced = next(s for s in report.document.target.segments if s.text == UNRELATED)
    arabic = report.document.source.segments[5]
    flagged_target = [f for f in _errors(report) if (replaced.start, replaced.end) in f.target_spans]
    flagged_source = [f for f in _errors(report) if (arabic.start, arabic.end) in f.source_spans]
    assert flagged_target and flagged_source
    assert {f.code for f in flagged_target + flagged_source} <= {"addition", "omission", "mistranslation"}
    # the other pairs stay clean
    assert all(f.alignment in {flagged_target[0].alignment, flagged_source[0].alignment} for f in _errors(report))


def test_deleted_arabic_sentence_is_an_addition_at_that_english_sentence(tmp_path, embedder, parts):
    meta, ar, en = parts
    report = _check(tmp_path, embedder, meta, ar[:2] + ar[3:], en)
    errors = _errors(report)
    assert [f.code for f in errors] == ["addition"]
    english = report.document.target.segments[2]
    assert errors[0].target_spans == ((english.start, english.end),)
    assert report.document.target.text[english.start:english.end] == en[2]


def test_every_segment_is_in_exactly_one_alignment(tmp_path, embedder, parts):
    meta, ar, en = parts
    report = _check(tmp_path, embedder, meta, ar[:6], en[1:])
    source_ids = [i for b in report.alignments for i in b.source]
    target_ids = [j for b in report.alignments for j in b.target]
    assert source_ids == [s.id for s in report.document.source.segments]
    assert target_ids == [s.id for s in report.document.target.segments]


def test_two_files_and_segmented_mode(tmp_path, embedder, parts):
    _, ar, en = parts
    (tmp_path / "a.txt").write_text("\n".join(ar) + "\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("\n\n" + "\n".join(en[:4] + en[5:]) + "\n", encoding="utf-8")
    report = run_check([str(tmp_path / "e.txt"), str(tmp_path / "a.txt")], CheckOptions(segmented=True), embedder=embedder)
    # languages come from the script, whatever the order of the files
    assert (report.document.source.lang, report.document.target.lang) == ("en", "ar")
    assert [s.id for s in report.document.source.segments] == [3, 4, 5, 6, 7, 8, 9]
    assert [s.id for s in report.document.target.segments] == list(range(1, 9))
    additions = [f for f in report.findings if f.code == "addition" and f.severity == "error"]
    assert len(additions) == 1
    bead = report.alignments[additions[0].alignment]
    assert bead.target == (5,) and bead.source == ()


def _presentation_forms(text: str) -> str:
    """Arabic letters as the contextual presentation forms a PDF copy holds (ﺑﻮﺗﻴﻦ for بوتين)."""
    import unicodedata

    def letter(c: str) -> bool:
        return "\u0621" <= c <= "\u064a"

    right_joining = set("اأإآدذرزوؤةىء")  # letters that never join the next one
    out = []
    for i, c in enumerate(text):
        if not letter(c):
            out.append(c)
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        joins_before = letter(before) and before not in right_joining
        joins_after = letter(after) and c not in right_joining
        form = ("MEDIAL" if joins_before and joins_after else "FINAL" if joins_before
                else "INITIAL" if joins_after else "ISOLATED")
        try:
            out.append(unicodedata.lookup(f"{unicodedata.name(c)} {form} FORM"))
        except KeyError:
            out.append(c)
    return "".join(out)


def test_arabic_in_presentation_forms_reads_as_the_letters_it_shows(tmp_path, sample_path, embedder):
    text = sample_path.read_text(encoding="utf-8")
    shaped = _presentation_forms(text)
    assert shaped != text and sum("\ufb50" <= c <= "\ufeff" for c in shaped) > 500
    copy = tmp_path / "pdf-copy.ar-en.txt"
    copy.write_text(shaped, encoding="utf-8")
    plain, pdf = run_check([str(sample_path)], embedder=embedder), run_check([str(copy)], embedder=embedder)
    assert [(f.code, f.severity, f.source_spans, f.target_spans) for f in pdf.findings] == \
        [(f.code, f.severity, f.source_spans, f.target_spans) for f in plain.findings]
    assert [(b.source, b.target) for b in pdf.alignments] == [(b.source, b.target) for b in plain.alignments]
    assert copy.read_text(encoding="utf-8") == shaped  # the input is not changed
