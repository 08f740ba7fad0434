"""Pre-aligned pairs: TSV, CSV, JSONL, TMX and XLIFF files checked row by row."""

from __future__ import annotations

import json

import pytest
from conftest import sample_parts

from amanah.errors import InputError
from amanah.ingest import load_aligned
from amanah.pipeline import run_check

UNRELATED = "The cat sat on the mat and purred loudly all afternoon in the warm kitchen."


def _writers(ar, en):
    tmx_units = "\n".join(f'<tu><tuv xml:lang="ar"><seg>{a}</seg></tuv><tuv xml:lang="en"><seg>{e}</seg></tuv></tu>'
                          for a, e in zip(ar, en))
    xlf_units = "\n".join(f'<trans-unit id="{i}"><source>{a}</source><target>{e}</target></trans-unit>'
                          for i, (a, e) in enumerate(zip(ar, en)))
    return {
        "pairs.tsv": "ar\ten\n" + "\n".join(f"{a}\t{e}" for a, e in zip(ar, en)) + "\n",
        "pairs.jsonl": "\n".join(json.dumps({"en": e, "ar": a}, ensure_ascii=False) for a, e in zip(ar, en)) + "\n",
        "pairs.tmx": f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ar"/><body>\n{tmx_units}\n</body></tmx>\n',
        "pairs.xlf": f'<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="ar" target-language="en"><body>\n{xlf_units}\n</body></file></xliff>\n',
    }


@pytest.mark.parametrize("name", ["pairs.tsv", "pairs.jsonl", "pairs.tmx", "pairs.xlf"])
def test_pre_aligned_pairs_keep_rows_and_offsets_and_flag_the_bad_row(tmp_path, embedder, name):
    _, ar, en = sample_parts()
    damaged = en[:3] + [UNRELATED] + en[4:]
    path = tmp_path / name
    path.write_text(_writers(ar, damaged)[name], encoding="utf-8")
    report = run_check([str(path)], embedder=embedder)
    assert len(report.alignments) == 8
    assert all(len(b.source) == 1 and len(b.target) == 1 for b in report.alignments)
    for side, texts in ((report.document.source, ar), (report.document.target, damaged)):
        assert [s.text for s in side.segments] == texts
        assert all(side.text[s.start:s.end] == s.text for s in side.segments)
    flagged = {f.alignment for f in report.findings if f.severity == "error"}
    assert flagged == {3}
    assert report.signature_fields[3] == ("align", "given")


def test_empty_cell_is_an_omission(tmp_path, embedder):
    _, ar, en = sample_parts()
    path = tmp_path / "gap.tsv"
    path.write_text("\n".join(f"{a}\t{'' if i == 5 else e}" for i, (a, e) in enumerate(zip(ar, en))), encoding="utf-8")
    report = run_check([str(path)], embedder=embedder)
    omissions = [f for f in report.findings if f.code == "omission"]
    assert len(omissions) == 1 and report.alignments[omissions[0].alignment].target == ()
    assert report.alignments[omissions[0].alignment].source == (6,)  # row number is the id


def test_english_first_columns_are_swapped(tmp_path):
    _, ar, en = sample_parts()
    path = tmp_path / "swapped.tsv"
    path.write_text("\n".join(f"{e}\t{a}" for a, e in zip(ar, en)), encoding="utf-8")
    doc = load_aligned(path)
    assert doc.text[doc.rows[0][0].start:doc.rows[0][0].end] == ar[0]


@pytest.mark.parametrize("name, content, problem", [
    ("one.tsv", "only one column here\n", "expected source and target columns"),
    ("bad.jsonl", '{"ar": "مرحبا"\n', "is not JSON"),
    ("bad.tmx", "<tmx><body><tu>", "not well-formed XML"),
    ("same.tsv", "hello there\tgood morning\nfine thanks\tgood night\n",
     "needs one Arabic and one English column; column 1 is English, column 2 is English"),
    ("header.tsv", "ar\ten\n", "has a header line but no pairs"),
    ("half.tsv", "مرحبا بكم\t\nأهلا وسهلا\t\n", "column 1 is Arabic, column 2 is empty"),
])
def test_malformed_aligned_files_are_input_errors(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_aligned(path)
