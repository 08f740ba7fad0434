"""Sentence splitting on real Arabic and English sentences from the shared data."""

from __future__ import annotations

from amanah.segment import split_sentences


def _split(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), lang)]


def _line(shared_data, name: str, lang: str, number: int) -> str:
    return (shared_data / name / f"{lang}.txt").read_text(encoding="utf-8").splitlines()[number - 1]


def test_english_abbreviations_do_not_end_sentences(shared_data):
    dr = _line(shared_data, "flores200_devtest", "en", 2)  # "Dr. Ehud Ur, professor of medicine ..."
    us = _line(shared_data, "flores200_devtest", "en", 476)  # "... of U.S. imperialism ..."
    assert _split(dr, "en") == [dr]
    assert _split(us, "en") == [us]
    text = f"{dr} {us} It cost 3.5 million dollars."
    assert _split(text, "en") == [dr, us, "It cost 3.5 million dollars."]


def test_titles_of_arab_officials_do_not_end_sentences():
    text = "Minister of Water Eng. Raed Al-Khasawneh said so. Brig. Gen. Ali Hassan agreed."
    assert _split(text, "en") == ["Minister of Water Eng. Raed Al-Khasawneh said so.", "Brig. Gen. Ali Hassan agreed."]


def test_english_initials_and_quotes_stay_with_their_sentence():
    text = 'J. K. Rowling wrote it. He said "it is over." Then he left!'
    assert _split(text, "en") == ["J. K. Rowling wrote it.", 'He said "it is over."', "Then he left!"]


def test_arabic_question_mark_splits_and_comma_does_not(shared_data):
    line = _line(shared_data, "tico19_dev", "ar", 771)
    parts = _split(line, "ar")
    assert len(parts) == 2
    assert parts[0].endswith("بمرض شديد؟")
    assert parts[1].startswith("تم تبسيط") and "، بما فيها" in parts[1]


def test_arabic_sample_paragraph_with_many_commas_is_one_sentence(sample_path):
    text = sample_path.read_text(encoding="utf-8").splitlines()[2]
    assert text.count("،") >= 5
    assert _split(text, "ar") == [text]


def test_arabic_guillemets_and_decimals():
    text = "قال د. أحمد إن النسبة بلغت 3.5٪ هذا العام. وأضاف: «لن نتراجع.» ثم غادر؛ دون تعليق"
    assert _split(text, "ar") == ["قال د. أحمد إن النسبة بلغت 3.5٪ هذا العام.", "وأضاف: «لن نتراجع.»",
                                  "ثم غادر؛ دون تعليق"]


def test_a_pause_of_two_dots_inside_guillemets_is_no_sentence_end():
    # batch 75: the slogan «افحصي.. اطمئني» ("Get Screened, Be Reassured") was cut in two
    text = "أطلقت وزارة الصحة الحملة الوطنية تحت شعار «افحصي.. اطمئني»، والتي تستمر حتى نهاية شهر نوفمبر المقبل."
    assert _split(text, "ar") == [text]
    # a headline's two dots, and a quote's sentences, still end a sentence
    assert _split("طرح 4 آلاف وحدة سكنية.. وسعر المتر يبدأ من 18 ألف جنيه", "ar") == [
        "طرح 4 آلاف وحدة سكنية..", "وسعر المتر يبدأ من 18 ألف جنيه"]
    assert _split("وقال «هذا أمر مهم.. لكننا سنواصل. ثم نرى» وأضاف.", "ar") == [
        "وقال «هذا أمر مهم..", "لكننا سنواصل.", "ثم نرى» وأضاف."]


def test_offsets_point_into_the_original_text():
    text = "  First one.   Second one?  "
    spans = split_sentences(text, 0, len(text), "en")
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one?"]
    assert spans[0][0] == 2


def test_degrees_with_dots_do_not_end_a_sentence_before_lower_case():
    text = "He went on to receive his Ph.D. from Columbia in 1993. He then taught."
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text), "en")] == [
        "He went on to receive his Ph.D. from Columbia in 1993.", "He then taught."]


def test_a_piece_without_words_joins_its_neighbour_and_nothing_is_dropped():
    for text, expected in [("The end of it. . And more.", ["The end of it. .", "And more."]),
                           (". . Hello there. Bye.", [". . Hello there.", "Bye."]),
                           ("… …", ["… …"])]:
        assert [text[s:e] for s, e in split_sentences(text, 0, len(text), "en")] == expected



def test_a_title_of_address_with_dots_ends_no_sentence():
    # batch 83: "For his part, H.E. Suhail Al Mazrouei ... said" was cut after H.E. (segmenter s5)
    text = "For his part, H.E. Suhail Al Mazrouei said the service was a leap. He noted that it created jobs."
    assert _split(text, "en") == ["For his part, H.E. Suhail Al Mazrouei said the service was a leap.",
                                  "He noted that it created jobs."]
    assert len(_split("It was approved by H.H. Sheikh Mohammed. The plan starts now.", "en")) == 2


def test_an_ellipsis_inside_a_slogan_is_no_sentence_end():
    # batch 156: «اكشف مبكرًا... عِش بأمان» = "Detect early... live safely" was cut in two on each side, and the
    # two halves aligned crosswise (a weekday in the one half, its rendering in the other)
    ar = "انطلقت يوم الثلاثاء فعاليات الأسبوع تحت شعار «اكشف مبكرًا... عِش بأمان»، تزامنًا مع اليوم العالمي."
    en = 'The week, under the slogan "Detect early... live safely", got under way on Tuesday.'
    assert _split(ar, "ar") == [ar]
    assert _split(ar.replace("...", "…"), "ar") == [ar.replace("...", "…")]
    assert _split(en, "en") == [en]
    # an ellipsis before a capital still ends a sentence
    assert _split("I waited... He never came.", "en") == ["I waited...", "He never came."]
