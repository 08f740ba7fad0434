"""Word-level coverage: runs of content words with no counterpart confirm a clause omission."""

from __future__ import annotations

import numpy as np
import pytest

from amanah.checks.base import HINT, CheckContext
from amanah.checks.coverage import CoverageCheck, _glossed_words
from amanah.checks.word_coverage import (SPAN_MATCH, acronym_letters, competing_coverage, is_function_word,
                                         uncovered_run, uncovered_window, uncovered_words, weakest_span,
                                         best_matches, word_similarities)
from amanah.embed import words_with_spans
from amanah.pipeline import CheckOptions, run_check

from pairs import make_pair, profiled, run, spans

TEXT = "قال الوزير إن مياه الأمطار تتجمع في البرك المكشوفة في"


def _run(coverage, text=TEXT, other="", **kw):
    span = uncovered_run(text, "ar", np.array(coverage), 0, len(text), other=other, **kw)
    return None if span is None else text[span[0]:span[1]]


def test_function_words_neither_start_nor_end_nor_break_a_run():
    assert [text for a, b, _ in words_with_spans(TEXT) for text in [TEXT[a:b]]
            if is_function_word(text, "ar")] == ["إن", "في", "في"]
    # قال الوزير | إن | مياه الأمطار تتجمع | في | البرك المكشوفة | في
    coverage = [0.9, 0.9, 0.1, 0.3, 0.4, 0.2, 0.95, 0.2, 0.5, 0.1]
    assert _run(coverage) == "مياه الأمطار تتجمع في البرك المكشوفة"


def test_a_covered_content_word_breaks_the_run_and_short_runs_do_not_count():
    coverage = [0.9, 0.9, 0.1, 0.3, 0.4, 0.9, 0.95, 0.2, 0.5, 0.1]
    assert _run(coverage) is None  # two runs of two content words each
    assert _run(coverage, min_words=2) == "مياه الأمطار"  # the first of the longest
    assert _run([0.9] * 10) is None


def test_a_run_only_counts_inside_the_given_span():
    coverage = [0.1] * 10
    start = TEXT.index("تتجمع")
    span = uncovered_run(TEXT, "ar", np.array(coverage), start, len(TEXT))
    assert TEXT[span[0]:span[1]] == "تتجمع في البرك المكشوفة"


def test_acronyms_of_the_other_side_may_spell_out_a_run():
    assert acronym_letters("Swabs will be analysed in PHE reference laboratories.") == 3
    assert acronym_letters("MERS and the WHO") == 7
    assert acronym_letters("The Ministry of Health said") == 0
    coverage = [0.9, 0.9, 0.1, 0.3, 0.4, 0.2, 0.95, 0.2, 0.5, 0.1]  # a run of five content words
    assert _run(coverage, other="the RCGP lab") is None  # 4 letters may stand for up to 6 words
    assert _run(coverage, other="the PHE lab") is not None  # 3 letters: up to 4 words


# a sentence of an Arabic health article (written for amanah's evaluation) and its translation
AR = ("وقال المتحدث باسم الوزارة، الدكتور عبد الحكيم الكحلاني، إن معظم الإصابات سُجلت في مديريتي زبيد "
      "وبيت الفقيه، حيث تتجمع مياه الأمطار في البرك المكشوفة.")
EN = ("Ministry spokesman Dr. Abdulhakim al-Kohlani said most infections were recorded in the districts "
      "of Zabid and Bayt al-Faqih, where rainwater collects in open ponds.")
DROPPED = ", where rainwater collects in open ponds"


def word_coverage(embedder, cases):
    """Each case's ``best_matches``: its words' best cosines with the other side's words."""
    return [best_matches(s, text, other) for s, (text, other) in zip(word_similarities(embedder, cases), cases)]


def test_words_of_a_dropped_clause_lose_their_counterparts(embedder):
    damaged = EN.replace(DROPPED, "")
    faithful, dropped = word_coverage(embedder, [(AR, EN), (AR, damaged)])
    words = [AR[a:b] for a, b, _ in words_with_spans(AR)]
    assert faithful.shape == dropped.shape == (len(words),)
    rain = words.index("الأمطار")
    assert faithful[rain] > 0.6 > dropped[rain]
    assert uncovered_run(AR, "ar", faithful, 0, len(AR)) is None
    run_span = uncovered_run(AR, "ar", dropped, 0, len(AR))
    clause = AR.index("حيث تتجمع")
    assert run_span is not None and clause <= run_span[0] and "البرك" in AR[run_span[0]:run_span[1]]


# the last paragraph of another article written for amanah's evaluation; its English loses a clause
LEBANON_AR = ("وحذّر ممثل منظمة الصحة العالمية في لبنان الدكتور فادي الحسيني من أن الوضع قد يتفاقم مع حلول فصل "
              "الشتاء ما لم تُتخذ إجراءات عاجلة لتحسين خدمات المياه والصرف الصحي، مشيراً إلى أن المنظمة خصصت "
              "٢٠٠ ألف دولار لدعم جهود الاستجابة، وأنها ستنشر فريقاً من الخبراء في المنطقة خلال الأيام المقبلة.")
LEBANON_EN = ("The World Health Organization's representative in Lebanon, Dr. Fadi al-Husseini, warned that the "
              "situation could worsen with the onset of winter unless urgent measures are taken to improve water "
              "and sanitation services. He noted that the organisation had allocated $200,000 to support the "
              "response and would deploy a team of experts to the area in the coming days.")
LEBANON_DROPPED = " and would deploy a team of experts to the area in the coming days"


@pytest.fixture(scope="module")
def context(embedder) -> CheckContext:
    return profiled(embedder)


def test_a_run_without_counterparts_raises_a_clause_warning_to_an_error(context, monkeypatch):
    damaged = make_pair(LEBANON_AR, LEBANON_EN.replace(LEBANON_DROPPED, ""))
    errors = [i for i in run(CoverageCheck(), damaged, context) if i.severity == "error"]
    assert [i.code for i in errors] == ["omission"]
    assert spans(errors[0], damaged) == ["وأنها ستنشر فريقاً من الخبراء في المنطقة"]
    assert "find no counterpart" in errors[0].message
    # the clause's embedding alone: a warning
    monkeypatch.setattr("amanah.checks.coverage.RAISED_BY_WORD_RUN", {"omission": {}, "addition": {}})
    monkeypatch.setattr("amanah.checks.coverage.UNRENDERED_COVERAGE", {"omission": 0.0, "addition": 0.0})
    alone = [i for i in run(CoverageCheck(), damaged, context) if i.code == "omission" and i.severity in ("error", "warning")]
    assert [i.severity for i in alone] == ["warning"]


def test_the_faithful_paragraph_raises_no_omission(context):
    faithful = make_pair(LEBANON_AR, LEBANON_EN)
    assert not [i for i in run(CoverageCheck(), faithful, context) if i.severity in ("error", "warning")]


def test_five_poorly_covered_words_count_where_a_loose_match_breaks_the_run():
    # one word of a dropped clause (أقيمت, 0.82) finds a loose counterpart elsewhere in the
    # paragraph: no run, but five content words in a row average below 0.57
    text = "ونقلتها إلى مراكز إيواء مؤقتة أقيمت في المدارس ودور الشباب، بينما تم إجلاء نحو ٣٥٠ مصطافا"
    content = [text[a:b] for a, b, _ in words_with_spans(text) if not is_function_word(text[a:b], "ar")]
    scores = dict(zip(content, [0.65, 0.52, 0.62, 0.50, 0.82, 0.51, 0.62, 0.37, 0.78, 0.87, 0.79, 0.82, 0.83, 0.59]))
    coverage = np.array([scores.get(text[a:b], 0.9) for a, b, _ in words_with_spans(text)])
    assert uncovered_run(text, "ar", coverage, 0, len(text)) is None
    span = uncovered_window(text, "ar", coverage, 0, len(text))
    assert text[span[0]:span[1]] == "مؤقتة أقيمت في المدارس ودور الشباب،"  # mean 0.564
    assert uncovered_words(text, "ar", coverage, 0, len(text)) == span
    # a lower bar, or a span of fewer than five content words: nothing
    assert uncovered_window(text, "ar", coverage, 0, len(text), limit=0.5) is None
    assert uncovered_window(text, "ar", coverage, text.index("أقيمت"), text.index("بينما")) is None
    # acronyms of the other side may spell out a longer window
    assert uncovered_window(text, "ar", coverage, 0, len(text), other="the WHO and UNHCR") is None


def test_a_match_counts_less_the_better_its_counterpart_matches_another_word():
    similarity = np.array([[0.8, 0.1, 0.3],
                           [0.7, 0.2, 0.3],
                           [0.1, 0.1, 0.9]])
    # word 1's best match (0.7) is word 0's better one (0.8): 0.7 - 2 * 0.1; its own column 1 is its best
    assert np.allclose(competing_coverage(similarity), [0.8, 0.5, 0.9])
    assert np.allclose(competing_coverage(similarity).max(), similarity.max())
    assert competing_coverage(np.zeros((3, 0))).shape == (3,)


def test_the_weakest_span_is_four_content_words_below_the_bar():
    # قال الوزير | إن | مياه الأمطار تتجمع | في | البرك المكشوفة | في
    coverage = np.array([0.9, 0.8, 0.5, 0.1, 0.2, 0.3, 0.5, 0.25, 0.9, 0.5])
    span = weakest_span(TEXT, "ar", coverage)
    assert TEXT[span[0]:span[1]] == "مياه الأمطار تتجمع في البرك"  # mean 0.21
    assert weakest_span(TEXT, "ar", np.full(10, SPAN_MATCH + 0.01)) is None
    assert weakest_span("قال الوزير إن مياه", "ar", np.zeros(4)) is None  # three content words
    # an acronym of the other side may spell out four words
    assert weakest_span(TEXT, "ar", coverage, other="the WHO said") is None


# a football report written for amanah's evaluation, six paragraphs; its English loses the end of
# the third: "with a powerful shot from outside the box" (بتسديدة قوية من خارج منطقة الجزاء)
MATCH_AR = """تأهل المنتخب المغربي إلى الدور نصف النهائي من كأس الأمم الأفريقية، بعد فوزه على نظيره المصري بهدفين مقابل هدف، في المباراة التي أقيمت مساء السبت على ملعب سان بيدرو في ساحل العاج.

وافتتح محمد صلاح التسجيل لمصر من ركلة جزاء في الدقيقة الرابعة والعشرين، قبل أن يدرك يوسف النصيري التعادل للمغرب بضربة رأسية قبل نهاية الشوط الأول بدقيقتين.

وفي الشوط الثاني، سجل أشرف حكيمي هدف الفوز في الدقيقة ٧٨ بتسديدة قوية من خارج منطقة الجزاء.

ولم يتمكن المنتخب المصري من العودة في النتيجة رغم الضغط الكبير في الدقائق الأخيرة، وطرد حارسه محمد الشناوي في الوقت بدل الضائع.

وقال مدرب المغرب وليد الركراكي بعد المباراة إن لاعبيه أظهروا شخصية قوية، مضيفاً أن الفريق لم يحقق شيئاً بعد.

ويلتقي المغرب في نصف النهائي يوم الأربعاء المقبل مع الفائز من مباراة نيجيريا وأنغولا.
"""
MATCH_EN = """Morocco qualified for the semi-finals of the Africa Cup of Nations after beating Egypt 2-1 on Saturday evening at the San Pedro stadium in Ivory Coast.

Mohamed Salah opened the scoring for Egypt from a penalty in the 24th minute, before Youssef En-Nesyri equalised for Morocco with a header two minutes before half-time.

In the second half, Achraf Hakimi scored the winner in the 78th minute with a powerful shot from outside the box.

The Egyptian team was unable to come back despite heavy pressure in the final minutes, and their goalkeeper Mohamed El Shenawy was sent off in stoppage time.

Morocco coach Walid Regragui said after the match that his players had shown strong character, adding that the team had not achieved anything yet.

Morocco will meet the winner of the match between Nigeria and Angola in the semi-finals next Wednesday.
"""


def _omissions(tmp_path, english):
    (tmp_path / "a.ar.txt").write_text(MATCH_AR, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(english, encoding="utf-8")
    report = run_check([str(tmp_path / "a.ar.txt"), str(tmp_path / "a.en.txt")], CheckOptions())
    text = report.document.source.text
    return [(f.severity, [text[a:b] for a, b in f.source_spans], f.message) for f in report.findings
            if f.code in ("omission", "addition") and f.severity in ("error", "warning")]


def test_a_part_dropped_from_a_paragraph_is_found_by_its_words(tmp_path):
    # the clause around it (في الدقيقة ٧٨ بتسديدة ...) is mostly rendered: its embedding barely
    # moves, while the words of the dropped part find no counterpart and the cosine rises without them
    found = _omissions(tmp_path, MATCH_EN.replace(" with a powerful shot from outside the box", ""))
    assert [(severity, spans) for severity, spans, _ in found] == [("error", ["قوية من خارج منطقة الجزاء."])]
    assert found[0][2].startswith("these words of the source seem missing from the translation")
    assert _omissions(tmp_path, MATCH_EN) == []


def test_a_gloss_in_latin_letters_renders_the_words_before_it():
    # MT-GenEval: the Arabic translates a title and glosses it; the English writes the title alone
    text = "استعانت بإنجيل ليندسفارن وكتاب ساعات دوق بيري الغنية Très Riches Heures du Duc de Berry المزخرفة"
    other = "She cited the Lindisfarne Gospel and Très Riches Heures du Duc de Berry illuminated manuscripts"
    spans = _glossed_words(text, other)
    assert [text[a:b].strip() for a, b in spans] == ["استعانت بإنجيل ليندسفارن وكتاب ساعات دوق بيري الغنية"]
    assert _glossed_words(text, "She cited two illuminated manuscripts") == []


HAJJ_AR = ("وقال المتحدث الرسمي باسم الوزارة الدكتور فهد العتيبي إن نحو ٦٠ في المئة من الحالات سُجّلت يوم عرفة وخلال "
           "رمي الجمرات في منى، مضيفاً أن أغلب المصابين من كبار السن ومن الحجاج غير النظاميين الذين لم يحصلوا على "
           "تصاريح الحج، ولم تتوفر لهم بالتالي أماكن إقامة مكيفة أو وسائل نقل، فاضطروا إلى السير لمسافات طويلة تحت "
           "أشعة الشمس المباشرة.\n")
HAJJ_EN = ("The ministry's official spokesman, Dr. Fahd Al-Otaibi, said about 60 percent of the cases were recorded on "
           "the Day of Arafat and during the stoning of the pillars in Mina. He added that most of those affected were "
           "elderly people and unregistered pilgrims who had not obtained Hajj permits and therefore had no access to "
           "air-conditioned accommodation or transport{}.\n")


def test_a_dropped_part_whose_clause_has_little_evidence_of_its_own_is_still_an_error(tmp_path):
    # the clause around "under direct sunlight" is 3 to 4.5 log-odds under the warning level (the
    # sentence's other words are there): its words, rendered by nothing, make it an error
    (tmp_path / "a.ar.txt").write_text(HAJJ_AR, encoding="utf-8")
    found = {}
    for name, kept in (("damaged", ""), ("faithful", ", forcing them to walk long distances under direct sunlight")):
        (tmp_path / f"{name}.en.txt").write_text(HAJJ_EN.format(kept), encoding="utf-8")
        report = run_check([str(tmp_path / "a.ar.txt"), str(tmp_path / f"{name}.en.txt")], CheckOptions())
        found[name] = [(f.severity, [HAJJ_AR[a:b] for a, b in f.source_spans]) for f in report.findings
                       if f.severity in ("error", "warning")]
    assert [(severity, "تحت أشعة الشمس" in spans[0]) for severity, spans in found["damaged"]] == [("error", True)]
    assert found["faithful"] == []


OLIVE_AR = ("أعلن المرصد الوطني للفلاحة في تونس، يوم الثلاثاء، أن صادرات البلاد من زيت الزيتون بلغت نحو ١٨٥ ألف طن منذ "
            "انطلاق الموسم في شهر نوفمبر الماضي وحتى نهاية شهر فيفري، بعائدات تجاوزت ثلاثة مليارات دينار، وذلك رغم "
            "التراجع الملحوظ في الأسعار العالمية مقارنة بالموسم السابق.")
OLIVE_EN = ("Tunisia's National Agricultural Observatory announced on Tuesday that the country's olive oil exports had "
            "reached about 185,000 tonnes from the start of the season last November through the end of February, "
            "earning more than three billion dinars{}.")


def test_a_hinted_omission_whose_words_find_no_counterpart_is_an_error(context, monkeypatch):
    # the dropped "despite a marked fall in world prices ..." is a hint by its clause's embedding
    # alone; its words without counterpart make it an error (an addition's hint only a warning)
    kept = ", despite a marked fall in world prices compared with the previous season"
    assert not [i for i in run(CoverageCheck(), make_pair(OLIVE_AR, OLIVE_EN.format(kept)), context)
                if i.severity in ("error", "warning")]
    damaged = make_pair(OLIVE_AR, OLIVE_EN.format(""))
    (error,) = [i for i in run(CoverageCheck(), damaged, context) if i.severity in ("error", "warning")]
    assert error.severity == "error" and "التراجع الملحوظ في الأسعار العالمية" in spans(error, damaged)[0]
    assert "find no counterpart" in error.message
    monkeypatch.setattr("amanah.checks.coverage.RAISED_BY_WORD_RUN",
                        {"omission": {"warning": "error", HINT: "warning"}, "addition": {}})
    assert [i.severity for i in run(CoverageCheck(), damaged, context) if i.severity in ("error", "warning")] == ["warning"]


def test_the_last_word_of_a_clause_counts_although_the_clause_leaves_out_its_punctuation():
    # a clause's span ends before its comma or full stop; its last word ("coast.") is still its own
    text = "Egypt relies on the Nile, as well as expanding desalination plants along the Red Sea coast."
    start, end = text.index("as well"), text.index(" coast.") + len(" coast")
    coverage = np.array([0.9 if w in ("Egypt", "relies", "Nile,") else 0.3 if w == "coast." else 0.9
                         if w in ("expanding", "desalination", "plants", "along") else 0.2
                         for a, b, _ in words_with_spans(text) for w in [text[a:b]]])
    span = uncovered_run(text, "en", coverage, start, end)
    assert span is not None and text[span[0]:span[1]] == "Red Sea coast"


def test_number_words_whose_value_the_other_side_writes_have_a_counterpart(embedder):
    # اثنين وخمسين = "52": the number words are rendered, whatever the embedder makes of them
    ar = "وقال السائق أحمد يوسف الزعبي، البالغ من العمر اثنين وخمسين عاماً، وهو من بلدة الحصن، إنه يعمل يومياً."
    en = "Driver Ahmad Yousef Al-Zoubi, 52, from the town of Al-Husn, said he works every day."
    (scores,) = word_coverage(embedder, [(ar, en)])
    words = {ar[a:b]: float(c) for (a, b, _), c in zip(words_with_spans(ar), scores)}
    assert words["اثنين"] >= 1.0 and words["وخمسين"] >= 1.0
    (scores,) = word_coverage(embedder, [(ar, en.replace("52", "62"))])
    words = {ar[a:b]: float(c) for (a, b, _), c in zip(words_with_spans(ar), scores)}
    assert words["اثنين"] < 1.0


def test_an_english_clause_counts_only_its_words_in_lower_case():
    # the names of an added clause are the names check's to read; its other words make the window
    text = "who has worked at Al-Nahda Hospital in Sohar since it opened"
    coverage = np.full(len(words_with_spans(text)), 0.1)
    assert uncovered_window(text, "en", coverage, 0, len(text), size=4, limit=0.25) is not None
    assert uncovered_window(text, "en", coverage, 0, len(text), size=4, limit=0.25, lower_case=True) is None
    text = "who has shopped at the old market for three decades"
    coverage = np.full(len(words_with_spans(text)), 0.1)
    span = uncovered_window(text, "en", coverage, 0, len(text), size=4, limit=0.25, lower_case=True)
    assert span is not None and text[span[0]:span[1]] == "shopped at the old market for three"


# the first paragraph of another article written for amanah's evaluation; its English loses the
# paragraph's last clause, a small share of a long paragraph
SUR_AR = ("صور في 14 أكتوبر (العُمانية) - افتتح معالي المهندس سالم بن ناصر العوفي، وزير الطاقة والمعادن، صباح "
          "اليوم الثلاثاء محطة رأس الحد لتحلية مياه البحر في ولاية صور بمحافظة جنوب الشرقية، بحضور عدد من أصحاب "
          "السعادة الولاة وأعضاء مجلس الشورى وممثلي الشركة العُمانية لخدمات المياه والصرف الصحي، وذلك بعد أعمال "
          "إنشاء استمرت ثلاثين شهراً.")
SUR_EN = ("Sur, October 14 (ONA) - Minister of Energy and Minerals Eng. Salim bin Nasser Al-Oufi on Tuesday morning "
          "inaugurated the Ras Al-Hadd seawater desalination plant in the Wilayat of Sur in South Al-Sharqiyah "
          "Governorate. The ceremony was attended by a number of walis, members of the Shura Council and "
          "representatives of the Oman Water and Wastewater Services Company, and came after construction works "
          "that lasted thirty months.")
SUR_DROPPED = ", and came after construction works that lasted thirty months"


def test_a_clause_whose_words_nothing_renders_is_an_error_although_its_embedding_is_faint(context, monkeypatch):
    assert not [i for i in run(CoverageCheck(), make_pair(SUR_AR, SUR_EN), context)
                if i.severity in ("error", "warning")]
    damaged = make_pair(SUR_AR, SUR_EN.replace(SUR_DROPPED, ""))
    (error,) = [i for i in run(CoverageCheck(), damaged, context) if i.severity in ("error", "warning")]
    assert error.code == "omission" and error.severity == "error"
    assert spans(error, damaged) == ["وذلك بعد أعمال إنشاء استمرت ثلاثين شهراً"]
    assert "find no counterpart" in error.message
    # the clause's embedding alone finds too little for any severity
    monkeypatch.setattr("amanah.checks.coverage.UNRENDERED_COVERAGE", {"omission": 0.0, "addition": 0.0})
    assert not [i for i in run(CoverageCheck(), damaged, context) if i.severity in ("error", "warning")]


# a paragraph of another article written for amanah's evaluation; its English gains a clause
BLOOD_AR = ("وأوضح الأغا أن أكياس الدم الثلاثية المخصصة لفصل البلازما والصفائح الدموية نفدت بالكامل منذ يوم السبت الماضي، "
            "وأن الفنيين يعتمدون حالياً على أكياس أحادية لا تسمح بفصل مكونات الدم، مما يعني أن مرضى السرطان والأطفال "
            "المصابين بفقر الدم لن يحصلوا على الصفائح التي يحتاجونها.")
BLOOD_EN = ("Al-Agha explained that the triple blood bags used to separate plasma and platelets have run out completely "
            "since last Saturday, and that technicians are currently relying on single bags that do not allow blood "
            "components to be separated, which means that cancer patients and children with anaemia{} will not "
            "receive the platelets they need.")


def test_an_added_clause_whose_words_nothing_renders_is_an_error(context, monkeypatch):
    assert not [i for i in run(CoverageCheck(), make_pair(BLOOD_AR, BLOOD_EN.format(",")), context)
                if i.severity in ("error", "warning")]
    damaged = make_pair(BLOOD_AR, BLOOD_EN.format(", most of whom are already in critical condition,"))
    (error,) = [i for i in run(CoverageCheck(), damaged, context) if i.severity in ("error", "warning")]
    assert error.code == "addition" and error.severity == "error"
    assert spans(error, damaged, "target") == ["most of whom are already in critical condition"]
    # the clause's embedding alone: a warning
    monkeypatch.setattr("amanah.checks.coverage.UNRENDERED_COVERAGE", {"omission": 0.0, "addition": 0.0})
    assert [i.severity for i in run(CoverageCheck(), damaged, context) if i.severity in ("error", "warning")] == ["warning"]
