"""``mistranslation``: low pair similarity, judged against what faithful pairs of that length score."""

from __future__ import annotations

from dataclasses import replace

from pairs import ctx, make_pair

from amanah.checks.structure import MistranslationCheck, shorter_words
from amanah.profiles import profile_for

CHECK = MistranslationCheck()
SHORT = ("التقيت بماري البارحة.", "I met Mary yesterday.")
LONG = ("أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في ثلاث محافظات، وقالت إن الوضع تحت السيطرة وإن "
        "الفرق الطبية تعمل على مدار الساعة.",
        "The health ministry announced new cases in three provinces today, saying the situation was "
        "under control and medical teams were working around the clock.")


def _with_similarity(texts, sim):
    pair = make_pair(*texts)
    return replace(pair, bead=replace(pair.bead, similarity=sim))


def test_short_pairs_are_judged_by_the_length_curve():
    th = dict(mistranslation_error=0.39, mistranslation_warning=0.42, mistranslation_error_len_a=0.41,
              mistranslation_error_len_b=-0.64, mistranslation_warning_len_a=0.49,
              mistranslation_warning_len_b=-0.74)
    assert shorter_words(*SHORT) == 3
    # 0.25 is far below what a faithful 20-word pair scores, and about what a 3-word one may score
    assert [i.severity for i in CHECK.run([_with_similarity(LONG, 0.25)], ctx(**th))] == ["error"]
    assert [i.severity for i in CHECK.run([_with_similarity(SHORT, 0.22)], ctx(**th))] == ["warning"]
    assert list(CHECK.run([_with_similarity(SHORT, 0.30)], ctx(**th))) == []
    # without a curve (a profile fitted before it, or the generic one) the flat thresholds hold
    flat = ctx(mistranslation_error=0.39, mistranslation_warning=0.42)
    assert [i.severity for i in CHECK.run([_with_similarity(SHORT, 0.22)], flat)] == ["error"]


def test_the_fitted_curve_is_lower_for_short_pairs_and_capped_by_the_flat_threshold():
    th = profile_for("use-m3").as_dict()
    curve = lambda words: th["mistranslation_error_len_a"] + th["mistranslation_error_len_b"] / words  # noqa: E731
    assert curve(3) < curve(10) < curve(40)
    assert curve(3) < th["mistranslation_error"] - 0.1


def test_acronyms_the_document_defines_are_spelled_out_before_a_pair_is_called_a_mistranslation(embedder):
    from amanah.checks.base import CheckContext
    from amanah.checks.structure import defined_acronyms

    text = ("The Royal College of General Practitioners (RCGP) Research and Surveillance Centre (RSC) and "
            "Public Health England (PHE) have worked together for over 50 years.")
    assert defined_acronyms([text]) == {"RCGP": "Royal College of General Practitioners",
                                        "RSC": "Research and Surveillance Centre", "PHE": "Public Health England"}
    assert defined_acronyms(["in the United States (US) and the World Health Organization (WHO)"]) == {
        "US": "United States", "WHO": "World Health Organization"}
    definition = make_pair("عملت الكلية الملكية للممارسين العامين ومركز البحوث والرصد وهيئة الصحة العامة في "
                           "إنجلترا معًا لأكثر من 50 عامًا.", text)
    use = ("يمكن أن يوفر مركز البحوث والرصد التابع للكلية الملكية للممارسين العامين تنظيمًا جيدًا لمسار التواصل "
           "الأول بمجرد أن تقدم هيئة الصحة العامة في إنجلترا طلبًا.",
           "RCGP RSC could provide a useful structure to channel the initial contact once PHE has made a request.")
    vectors = embedder.encode(list(use))
    sim = float(vectors[0] @ vectors[1])
    assert sim < 0.42  # the model alone does not know what the letters stand for
    pair = _with_similarity(use, sim)
    th = profile_for("use-m3").as_dict()
    flagged = CheckContext(thresholds=th, embedder=embedder)
    # nothing defines them here: flagged, as a warning only (the side is mostly acronyms)
    assert [i.severity for i in CHECK.run([pair], flagged)] == ["warning"]
    assert list(CHECK.run([definition, pair], flagged)) == []


def test_a_side_made_mostly_of_undefined_acronyms_is_at_most_a_warning():
    th = profile_for("use-m3").as_dict()
    acronyms = ("يمكن أن يوفر مركز البحوث والرصد التابع للكلية الملكية للممارسين العامين تنظيمًا جيدًا لمسار "
                "التواصل الأول بمجرد أن تقدم هيئة الصحة العامة في إنجلترا طلبًا.",
                "RCGP RSC could provide a useful structure to channel the initial contact once PHE has made a request.")
    assert [i.severity for i in CHECK.run([_with_similarity(acronyms, 0.2)], ctx(**th))] == ["warning"]
    # the same similarity without acronyms is an error, and so is one acronym in a long sentence
    assert [i.severity for i in CHECK.run([_with_similarity(LONG, 0.2)], ctx(**th))] == ["error"]
    one = (LONG[0], LONG[1].replace("The health ministry", "The WHO"))
    assert [i.severity for i in CHECK.run([_with_similarity(one, 0.2)], ctx(**th))] == ["error"]


def test_the_cosine_baseline_judges_the_similarity_alone():
    th = profile_for("use-m3").as_dict()
    acronyms = ("يمكن أن يوفر مركز البحوث والرصد التابع للكلية الملكية للممارسين العامين تنظيمًا جيدًا.",
                "RCGP RSC could provide a useful structure once PHE has made a request.")
    plain = MistranslationCheck(acronyms=False)
    assert [i.severity for i in plain.run([_with_similarity(acronyms, 0.2)], ctx(**th))] == ["error"]
    assert [i.severity for i in CHECK.run([_with_similarity(acronyms, 0.2)], ctx(**th))] == ["warning"]
