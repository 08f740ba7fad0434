from amanah.normalize import arabic_ratio, fold_digits, normalize_arabic, normalize_arabic_with_map


def test_fold_digits_preserves_length_and_values():
    s = "سجل ٢٥ هدفًا و۳٫۵ مليون و١٬٢٣٤ و50٪"
    f = fold_digits(s)
    assert len(f) == len(s)
    assert "25" in f and "3.5" in f and "1,234" in f and "50%" in f


def test_normalize_arabic_forms():
    assert normalize_arabic("أَحْمَد") == "احمد"
    assert normalize_arabic("إسلام آمنة ٱلكتاب") == "اسلام امنه الكتاب"
    assert normalize_arabic("مستشفى") == "مستشفي"
    assert normalize_arabic("الـــعــربية", taa_marbuta=False) == "العربية"
    assert normalize_arabic("مسؤول قائد") == "مسوول قايد"


def test_offset_map_points_back_to_original():
    s = "وَزِيرُ الخَارِجِيَّةِ"
    norm, index = normalize_arabic_with_map(s)
    assert norm == "وزير الخارجيه"
    start = norm.index("الخارجيه")
    assert s[index[start]:index[len(norm)]] == "الخَارِجِيَّةِ"
    assert len(index) == len(norm) + 1


def test_arabic_ratio():
    assert arabic_ratio("hello") == 0.0
    assert arabic_ratio("مرحبا") == 1.0
    assert 0.3 < arabic_ratio("hello مرحبا") < 0.6


def test_presentation_forms_fold_to_letters_and_ligatures_expand():
    from amanah.normalize import fold_presentation_forms

    assert fold_presentation_forms("ﺑﻮﺗﻴﻦ ﻻ ﻳﺰﺍﻝ") == "بوتين لا يزال"
    assert fold_presentation_forms("the ﬁnancial ﬂows") == "the financial flows"
    assert fold_presentation_forms("\ufeffplain بوتين") == "\ufeffplain بوتين"  # nothing else moves
