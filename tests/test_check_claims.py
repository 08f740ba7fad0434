"""Record claims of the English that the Arabic does not make (``checks.claims``)."""

from amanah.checks.claims import unsaid_claims

AR = "وأوضح التقرير أن عدد الإصابات في المدينة ارتفع بنسبة 18 في المئة خلال العام الماضي."
EN = "The report said the number of cases in the city rose by 18 percent last year."


def _claims(english: str, arabic: str = AR) -> list[str]:
    return [english[s:e] for s, e in unsaid_claims(english, arabic)]


def test_an_added_record_claim_is_found_where_the_arabic_has_no_record_word():
    # batch 78: ", the highest annual rise recorded in the city in a decade" added to a faithful sentence
    added = EN[:-1] + ", the highest annual rise recorded in the city in a decade."
    assert _claims(EN) == []
    assert _claims(added) == ["highest annual rise recorded in the city in a decade"]
    assert _claims("It was the largest such programme in eastern Sudan since 2019.") == [
        "largest such programme in eastern Sudan since 2019"]
    assert _claims("Women voted for the first time.") == ["for the first time"]


def test_the_arabic_that_says_the_record_leaves_the_claim_rendered():
    # أعلى، الأشد، لأول مرة، قياسي، غير مسبوق: the Arabic makes the claim too
    for arabic in ("وهو أعلى ارتفاع سنوي منذ عشر سنوات.", "وتعد العاصفة الأشد منذ عام 2022.",
                   "وصوتت النساء لأول مرة.", "وسجل الإنتاج مستوى قياسياً.", "وهو ارتفاع غير مسبوق منذ عقد."):
        assert _claims("the highest rise in a decade, the most severe since 2022, for the first time", arabic) == []


def test_durations_quantities_and_compounds_are_no_claims():
    for english in ("The best-known of these periods lasted for 60 years.",  # flores200: a duration
                    "Most of them had not been renovated since 2003.",  # "most" of a quantity
                    "The first, Saleh Al-Awlaqi, has been held since 2015.",  # a comma ends the clause
                    "The first phase will take three years."):
        assert _claims(english) == [], english
    assert _claims(EN + " It was the highest in a decade.", "") == []  # no Arabic: the aligner's business



def test_more_than_and_the_ordinal_of_a_month_or_a_quarter_say_no_record():
    # batches 62-86: أكثر من "more than" and الربع الأول, كانون الأول had blocked 13 added claims
    added = "Profit rose to more than 450 million, its highest annual profit since the 2008 global financial crisis."
    for arabic in ("وارتفعت الأرباح إلى أكثر من 450 مليوناً.", "وارتفعت الأرباح في الربع الأول إلى 450 مليوناً.",
                   "وارتفعت الأرباح في كانون الأول إلى 450 مليوناً."):
        assert _claims(added, arabic) == ["highest annual profit since the 2008"], arabic
    # (the ordinal of a claim still says one: للمرة الأولى، الأولى من نوعها، الأول منذ)
    for arabic in ("وصوتت النساء للمرة الأولى.", "وهي الأولى من نوعها منذ 2019.", "وهو الارتفاع الأول منذ 2016."):
        assert _claims("Women voted for the first time, the first such rise since 2016.", arabic) == [], arabic


def test_a_record_so_far_is_a_claim_too():
    # batches 87-90: "the highest rate ever recorded", "the largest such trial this year", "in the country's history"
    assert _claims(EN[:-1] + ", the highest rate ever recorded in the governorate.") == ["highest rate ever"]
    assert _claims("It was the first such ruling issued in the capital this year.") == [
        "first such ruling issued in the capital this year"]
    assert _claims("the largest renewable energy tender in the country's history") == [
        "largest renewable energy tender in the country's history"]
    # (a first of the calendar is none; an Arabic superlative, أطيب ما = "the best ... ever", says it)
    assert _claims("Exports rose in the first quarter of this year.") == []
    assert _claims("That feast was one of the best I ever had.", "كانت الوليمة من أطيب ما ذقت.") == []


def test_an_elative_of_any_meaning_makes_the_claim():
    # batch 93: "the most difficult conditions in decades" = أصعب الظروف منذ عقود
    claim = 'The harvest is facing "the most difficult conditions in decades" this year.'
    assert _claims(claim, 'يواجه موسم القطف هذا العام "أصعب الظروف منذ عقود".') == []
    assert _claims(claim, 'يواجه موسم القطف هذا العام "ظروفاً صعبة".') == ["the most difficult conditions in decades"]
