"""Reading inputs: bilingual split, metadata, language detection, and clear input errors."""

from __future__ import annotations

import pytest
from conftest import sample_parts

from amanah.errors import InputError
from amanah.ingest import detect_lang, extract_metadata, load, read_text


def test_bilingual_sample_splits_by_script_and_keeps_metadata(sample_path):
    doc = load([str(sample_path)])
    assert doc.metadata == (("date", "2025-12-24"),)
    assert (doc.source.lang, doc.target.lang) == ("ar", "en")
    assert len(doc.source.blocks) == 8 and len(doc.target.blocks) == 8
    first = doc.source.blocks[0]
    assert doc.source.text[first.start:first.end].startswith("استقبل الرئيس الروسي")
    assert "2025" not in doc.source.text[first.start:first.end]
    last = doc.target.blocks[-1]
    assert doc.target.text[last.start:last.end].endswith("security in the region.")


def test_source_lang_flips_the_direction(sample_path):
    doc = load([str(sample_path)], source_lang="en")
    assert (doc.source.lang, doc.target.lang) == ("en", "ar")


def test_metadata_line_on_its_own_line():
    meta, body = extract_metadata("date: 2024-01-02\nنص عربي")
    assert meta == (("date", "2024-01-02"),) and body == len("date: 2024-01-02")
    assert extract_metadata("date night in Cairo\n") == ((), 0)


def test_bom_is_accepted_and_offsets_skip_it(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffمرحبا بكم في القاهرة.\nWelcome to Cairo.\n".encode("utf-8"))
    doc = load([str(path)])
    block = doc.source.blocks[0]
    assert doc.source.text[block.start:block.end] == "مرحبا بكم في القاهرة."


@pytest.mark.parametrize("content, problem", [
    (b"", "is empty"),
    (b"   \n\n  ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("مرحبا بكم في القاهرة، عاصمة مصر".encode("cp1256"), "not valid UTF-8"),
])
def test_bad_files_raise_input_error_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(path) in str(info.value) and problem in str(info.value)
    assert "\n" not in str(info.value)


def test_cp1256_error_names_the_likely_encoding(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("وذكرت وكالة الأنباء السورية أن الرئيس بحث القضايا".encode("cp1256"))
    with pytest.raises(InputError, match="Windows-1256"):
        read_text(path)


def test_two_english_files_is_an_input_error(tmp_path):
    _, _, en = sample_parts()
    a, b = tmp_path / "one.txt", tmp_path / "two.txt"
    a.write_text(en[0], encoding="utf-8")
    b.write_text(en[1], encoding="utf-8")
    with pytest.raises(InputError, match="two.txt: is in English, like"):
        load([str(a), str(b)])


def test_language_detection_from_script(tmp_path):
    _, ar, en = sample_parts()
    assert detect_lang(ar[1], "x") == "ar"
    assert detect_lang(en[1], "x") == "en"
    with pytest.raises(InputError, match="no Arabic or English"):
        detect_lang("12345 -- 678", "x")
    french = ("Le président russe a reçu les ministres syriens à Moscou pour discuter de la coopération "
              "militaire et économique entre les deux pays, selon l'agence de presse officielle du pays, "
              "qui a précisé que les deux parties ont souligné la nécessité de respecter le droit international.")
    with pytest.raises(InputError, match="does not look like English"):
        detect_lang(french, "fr.txt")


def test_bilingual_file_without_english_is_an_input_error(tmp_path):
    _, ar, _ = sample_parts()
    path = tmp_path / "ar-only.txt"
    path.write_text("\n".join(ar), encoding="utf-8")
    with pytest.raises(InputError, match="has no English paragraphs"):
        load([str(path)])
