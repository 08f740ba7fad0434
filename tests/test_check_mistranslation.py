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
