import pytest
from pairs import clean_pairs, make_pair, run, seed_pairs, spans

from amanah.checks.dates import DateCheck, date_names, english_dates

CHECK = DateCheck()


@pytest.mark.parametrize("ar,en", [
    ("استقبل الرئيس اليوم (الثلاثاء) الوزير", "The president received the minister today (Tuesday)"),
    ("في 25 كانون الأول 2024", "on 25 December 2024"),
    ("في 25 ديسمبر 2024", "on December 25, 2024"),
    ("في 1 رمضان 1446 هـ", "on March 1, 2025"),
    ("خلال شهر رمضان", "during Ramadan"),
    ("يوم الإثنين", "on Monday"),
    ("وقالت الجمعية إن", "The association said that"),
    ("في الثامن من فيفري 2007", "On 8 February 2007"),  # xquad_ar_en: Maghrebi month names
    ("في 3 جويلية و5 أوت", "on 3 July and 5 August"),
])
def test_faithful_dates_are_not_flagged(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


@pytest.mark.parametrize("en, strong", [
    ("further increases are likely at its next meeting in May.", True),
    ("the rate has risen since mid-May", True),
    ("Prime Minister Theresa May said the talks would go on.", False),
    ("May God have mercy on him.", False),
])
def test_may_is_a_month_after_a_preposition_of_time(en, strong):
    # a news article's added clause "... at its next meeting in May" raised no date finding
    assert [d.strong for d in date_names(en, "en")] == [strong]


def test_an_added_month_may_is_reported():
    pair = make_pair("وأضاف البيان أن اللجنة لن تتردد في استخدام أدواتها.",
                     "The statement added that the committee will not hesitate to use its tools before its meeting in May.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair)] == [["May"]]


def test_changed_weekday_is_flagged_on_both_sides():
    pair = make_pair("استقبل الرئيس اليوم (الثلاثاء) الوزير", "The president received the minister today (Wednesday)")
    issues = run(CHECK, pair)
    assert len(issues) == 2  # one per side, each with the other side's day that took its place
    assert all(spans(i, pair, "source") == ["الثلاثاء"] and spans(i, pair, "target") == ["Wednesday"] for i in issues)
    assert all(i.code == "date" and i.severity == "error" for i in issues)


def test_a_changed_month_shows_what_took_its_place_and_may_is_no_arabic_word():
    # "May" has the one-letter key of ما and مع: it is still a month beside them
    pair = make_pair("أعلنت الوزارة مع شركائها أنها ستطلق في شهر مارس المقبل حملة، وهو ما يأتي بعد عام",
                     "The ministry and its partners said that next May it will launch a campaign, a year after")
    issues = run(CHECK, pair)
    assert len(issues) == 2 and all(i.severity == "error" for i in issues)
    assert all(spans(i, pair, "source") == ["مارس"] and spans(i, pair, "target") == ["May"] for i in issues)


@pytest.mark.parametrize("ar,en,month", [
    ("في 1 رمضان 1446 هـ", "on July 1, 2025", "رمضان"),  # wrong after the Hijri conversion
    ("في 25 كانون الثاني", "on 25 December", "كانون الثاني"),  # Levantine
    ("في الثامن من فيفري 2007", "On 8 March 2007", "فيفري"),  # Maghrebi
])
def test_changed_month_is_flagged_at_the_arabic_month(ar, en, month):
    pair = make_pair(ar, en)
    issues = run(CHECK, pair)
    assert [month] in [spans(i, pair, "source") for i in issues]


def test_seed_and_clean_data():
    assert run(CHECK, seed_pairs()) == []
    errors = [i for i in run(CHECK, clean_pairs(150)) if i.severity == "error"]
    assert len(errors) <= 6, [i.message for i in errors]


@pytest.mark.parametrize("ar,en", [
    # tico19_dev: a tournament name
    ("الرابطة الوطنية للرياضة الجامعية، التي تنظِّم مباريات كرة السلة الجامعية بطولتها الخاصة "
     "\"مارش مادنس\" لكل من الفرق الرجالية والنسائية.",
     "the National Collegiate Athletic Association, which runs college basketball, has cancelled its "
     "own tournament, March Madness, for both men's and women's leagues."),
    # flores200_devtest: ذبابة مايو = mayflies
    ("الحشرات الوحيدة التي لا يُمكنها طي أجنحتها اليوم هي اليعسوب وذبابة مايو.",
     "Today, the only insects that cannot fold back their wings are dragon flies and mayflies."),
    # mtgeneval_dev: a march, not March
    ("شارك في مسيرة رجال محلية وحضر مسيرة للعلوم في سان فرانسيسكو.",
     "He participated in a local Men's March and attended a March for Science in San Francisco."),
    # mtgeneval_dev: a month name that is a person's name, transliterated
    ("كانت تساعد في متجر مجاور لاستوديو مصور يهودي اسمه نيسان.",
     "She would help in a shop adjacent to the studio of a Jewish photographer, by the name of Nissan."),
    # mtgeneval_dev: الاثنين = "the two"
    ("بعد لم شمل الاثنين، وصلت دوليتل أخيراً إلى المنزل.",
     "After reuniting the two, Dolittle finally makes it home."),
])
def test_month_names_inside_names_and_compounds(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_month_word_is_no_name_that_another_arabic_word_spells():
    # batch 106: مارس is spelled like Morsy (MRS), but مرسي writes Morsy: "the end of May" for نهاية شهر مارس
    # is a changed month
    ar = ("وقالت الدكتورة مايا مرسي، وزيرة التضامن الاجتماعي، إن الصرف بدأ صباح اليوم، على أن يستمر حتى نهاية شهر "
          "مارس الجاري.")
    en = ("Dr. Maya Morsy, the Minister of Social Solidarity, said that disbursement began this morning and will "
          "continue until the end of {}.")
    assert run(CHECK, make_pair(ar, en.format("March"))) == []
    pair = make_pair(ar, en.format("May"))
    assert [(i.severity, spans(i, pair, "source")) for i in run(CHECK, pair)] == [("error", ["مارس"])]


def test_lone_missing_month_is_a_warning_but_a_dated_one_an_error():
    pair = make_pair("تبدأ الحملة في الربيع.", "The campaign starts in April.")
    (issue,) = run(CHECK, pair)
    assert issue.severity == "warning" and spans(issue, pair, "target") == ["April"]
    pair = make_pair("تبدأ الحملة في الربيع.", "The campaign starts on 3 April.")
    (issue,) = run(CHECK, pair)
    assert issue.severity == "error" and spans(issue, pair, "target") == ["April"]


def test_weak_month_and_weekday_words_are_dates_in_a_date_context():
    # مارس is also "practised", الأحد "anyone", الجمعة "the association": dates only where
    # the words around them say so (a preposition or شهر before a month; يوم, صباح, مساء before
    # a weekday, or الماضي / المقبل after it)
    strong = {(d.text, d.strong) for t in ("في أوائل شهر مارس، كانت النتيجة إيجابية.", "مارس الرياضة في شبابه.",
                                           "وكأن أعواما مضت منذ صباح الأحد.", "أتذكر ما فعلت الجمعة الماضية؟",
                                           "يلعبون كل مساء جمعة.", "لم يحضر أحد الاجتماع.", "أعلنت الجمعة الخيرية.",
                                           "ظهر فيروس في 2005، ومارس-كوف في 2012.")  # MERS-CoV
              for d in date_names(t, "ar")}
    assert strong == {("مارس", True), ("مارس", False), ("ومارس", False), ("الأحد", True), ("الجمعة", True),
                      ("جمعة", True), ("الجمعة", False)}
    changed = make_pair("في أوائل شهر مارس، كانت نتيجة التحليل إيجابية لخمسة بالغين.",
                        "In early June, five adults tested positive.")
    assert [(i.severity, spans(i, changed, "source"), spans(i, changed, "target"))
            for i in run(CHECK, changed)] == [("error", ["مارس"], ["June"])] * 2


def test_a_weekday_beside_a_word_that_may_be_another_is_an_error():
    # Tatoeba lines, English damaged by bench/perturb.change_date: الأحد is "Sunday" or "anyone",
    # but beside an English weekday it is Sunday
    pair = make_pair("الأحد ليس يوم عمل بالنسبة لي.", "Friday is not a workday for me.")
    (issue,) = run(CHECK, pair)
    assert issue.severity == "error" and spans(issue, pair, "target") == ["Friday"]
    assert run(CHECK, make_pair("الأحد ليس يوم عمل بالنسبة لي.", "Sunday is not a workday for me.")) == []
    # without an English weekday الأحد claims nothing
    assert run(CHECK, make_pair("لم يحضر الأحد من أعضاء اللجنة.", "None of the committee members came.")) == []


def test_the_two_is_still_monday_after_a_day_word_or_beside_another_weekday():
    pair = make_pair("وصل الاثنان يوم الاثنين.", "The two arrived on Tuesday.")
    issues = run(CHECK, pair)
    assert ["الاثنين"] in [spans(i, pair, "source") for i in issues]
    assert all(i.severity == "error" for i in issues)


def test_a_month_after_an_article_is_a_month_beside_a_date():
    pair = make_pair("في 5 آذار 2020 وصل.", "He arrived on the March 5 2020 flight.")
    assert run(CHECK, pair) == []
    pair = make_pair("في 5 آذار 2020 وصل.", "He arrived on the April 5 2020 flight.")
    assert ["آذار"] in [spans(i, pair, "source") for i in run(CHECK, pair)]


def test_maghrebi_august_after_and_and_a_market_town_named_for_its_day():
    from amanah.checks.dates import arabic_dates
    assert [(d.kind, d.value) for d in arabic_dates("لا سيما خلال شهري جويلية وأوت")] == [("m", 7), ("m", 8)]
    # سوق الإثنين (Souk El Tenine) is a town; يوم الإثنين a Monday
    assert [(d.kind, d.text) for d in arabic_dates("في بلديات تيشي وسوق الإثنين، وذلك يوم الإثنين")] == [("w", "الإثنين")]


def test_moroccan_month_names():
    # Moroccan Arabic writes the French months: يوليوز، غشت، شتنبر، نونبر، دجنبر
    ar = "وأشار الوزير إلى أن الخط الحالي، الذي دُشّن في نونبر ٢٠١٨، نقل أكثر من ٢٥ مليون مسافر."
    assert run(CHECK, make_pair(ar, "The minister said the line, inaugurated in November 2018, has carried "
                                    "more than 25 million passengers.")) == []
    pair = make_pair(ar, "The minister said the line, inaugurated in December 2018, has carried more than 25 "
                         "million passengers.")
    errors = [i for i in run(CHECK, pair) if i.severity == "error"]
    assert len(errors) == 2 and all(spans(i, pair, "source") == ["نونبر"] and spans(i, pair, "target") == ["December"]
                                    for i in errors)
    for word, english in (("يوليوز", "July"), ("غشت", "August"), ("شتنبر", "September"), ("دجنبر", "December")):
        assert run(CHECK, make_pair(f"وانطلقت الأشغال في {word} الماضي.", f"Work began last {english}.")) == [], word


def test_a_month_that_matched_is_not_what_took_an_added_months_place():
    pair = make_pair("بدأت الحملة في مارس", "The campaign began in March and ended in July")
    (issue,) = run(CHECK, pair)
    assert spans(issue, pair, "target") == ["July"] and spans(issue, pair, "source") == []


def test_mauritanian_month_names():
    # Mauritanian Arabic writes December دجمبر and August أغشت
    for word, english in (("دجمبر", "December"), ("أغشت", "August")):
        assert run(CHECK, make_pair(f"ووقع الطرفان الاتفاق في {word} الماضي.", f"The two sides signed the deal last {english}.")) == [], word
    pair = make_pair("ووقع الطرفان الاتفاق في دجمبر الماضي.", "The two sides signed the deal last November.")
    errors = [i for i in run(CHECK, pair) if i.severity == "error"]
    assert errors and all(spans(i, pair, "source") == ["دجمبر"] and spans(i, pair, "target") == ["November"]
                          for i in errors)


def test_a_short_month_after_another_month_keeps_its_conjunction():
    # تموز وآب = "July and August" (وآب is too short to be read as و + آب elsewhere: وأب "and a father")
    from amanah.checks.dates import arabic_dates
    assert [(d.value, d.text) for d in arabic_dates("خلال شهري تموز وآب وحدهما")] == [(7, "تموز"), (8, "وآب")]
    assert arabic_dates("وأب لثلاثة أطفال") == []
    pair = make_pair("وأضاف أن القطاع السياحي أدخل ثلاثة مليارات دولار خلال شهري تموز وآب وحدهما.",
                     "He added that the tourism sector brought three billion dollars into the country in July and "
                     "August alone.")
    assert run(CHECK, pair) == []


def test_abbreviated_months_of_a_dateline():
    # news agencies write "Jan 14" and "14 Jan" without a period; Jan alone is a given name
    ar = "دبي، ١٤ يناير (وام) – أطلقت هيئة الطرق والمواصلات في دبي، يوم الثلاثاء، أول خدمة للتاكسي الجوي."
    en = "DUBAI, {} 14 (WAM) – Dubai's Roads and Transport Authority on Tuesday launched the first air-taxi service."
    assert run(CHECK, make_pair(ar, en.format("Jan"))) == []
    pair = make_pair(ar, en.format("Feb"))
    assert [(spans(i, pair, "source"), spans(i, pair, "target")) for i in run(CHECK, pair) if i.severity == "error"] \
        == [(["يناير"], ["Feb"])] * 2
    assert [(d.value, d.text) for d in english_dates("on 14 Sept 2024, as Jan Egeland said")] == [(9, "Sept")]


def test_every_thursday_and_friday_without_the_article():
    from amanah.checks.dates import arabic_dates
    found = [(d.kind, d.value) for d in arabic_dates("وتقام العروض الليلية مساء كل خميس وجمعة، وتتضمن عرضاً ضوئياً.")]
    assert found == [("w", 3), ("w", 4)]
    assert arabic_dates("ويلتقي كل أحد بعائلته.") == []  # كل أحد: "everyone"
    pair = make_pair("وتقام العروض الليلية مساء كل خميس وجمعة.", "The night shows are held every Thursday and Friday evening.")
    assert [i for i in run(CHECK, pair) if i.severity in ("error", "warning")] == []


@pytest.mark.parametrize("en, months", [
    ("from 15 Dhu al-Qa'dah to 15 Dhu al-Hijjah", [11, 12]),
    ("on 9 Dhul-Hijjah 1445", [12]),
    ("in Sha'ban and Ramadhan", [8, 9]),
    ("on 12 Rabi' al-Awwal", [3]),
    ("Dhu'l-Qi'dah and Jumada al-Akhirah", [11, 6]),
])
def test_hijri_months_in_their_english_spellings(en, months):
    assert [d.value for d in english_dates(en) if d.kind == "h"] == months


def test_a_hijri_month_spelled_with_an_apostrophe_matches_its_arabic():
    # batch 63: ذي القعدة rendered "Dhu al-Qa'dah" was read as no month
    pair = make_pair("خلال الفترة من ١٥ ذي القعدة حتى ١٥ ذي الحجة",
                     "from 15 Dhu al-Qa'dah to 15 Dhu al-Hijjah")
    assert run(CHECK, pair) == []
    damaged = make_pair("خلال الفترة من ١٥ ذي القعدة حتى ١٥ ذي الحجة",
                        "from 15 Sha'ban to 15 Dhu al-Hijjah")
    issues = run(CHECK, damaged)
    assert {i.severity for i in issues} == {"error"}
    assert {tuple(spans(i, damaged, "source")) for i in issues} == {("ذي القعدة",)}
    assert {tuple(spans(i, damaged, "target")) for i in issues} == {("Sha'ban",)}


@pytest.mark.parametrize("ar, months", [
    ("الكويت – ٢٣ – ٣ (كونا) – أعلنت الهيئة العامة للبيئة", [3]),  # a dateline
    ("أعلنت الوزارة في 23/3/2026 عن الحملة", [3]),
    ("فاز الفريق 3-1 (في الشوط الأول 2-0)", []),  # a score, no dateline
    ("في 5/9/1447هـ", []),  # a Hijri date in digits
])
def test_dates_written_in_digits(ar, months):
    assert [d.value for d in date_names(ar, "ar") if d.kind == "m"] == months


def test_a_dateline_in_digits_matches_its_english_month():
    # batch 64: الكويت – ٢٣ – ٣ (كونا) = "KUWAIT, March 23 (KUNA)": no month missing, no number 3 missing
    from amanah.checks.numbers import NumberCheck

    ar = "الكويت – ٢٣ – ٣ (كونا) – أعلنت الهيئة العامة للبيئة اليوم الاثنين رصد بقعة نفطية."
    en = "KUWAIT, {} (KUNA) -- The Environment Public Authority announced on Monday that it had detected an oil slick."
    faithful = make_pair(ar, en.format("March 23"))
    assert run(CHECK, faithful) == [] and run(NumberCheck(), faithful) == []
    month = make_pair(ar, en.format("May 23"))
    assert {tuple(spans(i, month, "source")) for i in run(CHECK, month)} == {("٣",)}
    day = make_pair(ar, en.format("March 25"))
    assert [(i.code, spans(i, day, "source")) for i in run(NumberCheck(), day)] == [("number", ["٢٣"]), ("date", ["٢٣"])]


def test_a_month_that_names_a_valley_is_no_date():
    # batch 130: وادي محرم = Wadi Muharram, a valley near Taif
    pair = make_pair("وقال المزارع، صاحب مزرعة في وادي محرم، إن القطاف لا يؤجل.",
                     "The farmer, who owns a farm in Wadi Muharram, said the picking cannot be postponed.")
    assert run(CHECK, pair) == []
    assert [d for d in date_names(pair.source_text, "ar") if d.kind == "h"] == []
    assert english_dates(pair.target_text) == []
    # the month itself is still one
    assert [d.value for d in date_names("في شهر محرم", "ar") if d.kind == "h"] == [1]


def test_clock_times_glued_to_am_or_said_in_the_afternoon():
    from amanah.checks.numbers import NumberCheck

    # batch 138: السابعة صباحًا turned into "8am", الساعة الثانية ظهرًا into "three in the afternoon"
    for ar, faithful, changed in (("وتبدأ الحصة في السابعة صباحًا.", "The session starts at 7am.", "The session starts at 8am."),
                                  ("وبلغت الحرارة ذروتها عند الساعة الثانية ظهرًا.",
                                   "The temperature peaked at two in the afternoon.",
                                   "The temperature peaked at three in the afternoon.")):
        assert run(NumberCheck(), make_pair(ar, faithful)) == [], faithful
        assert ("date", "error") in [(i.code, i.severity) for i in run(NumberCheck(), make_pair(ar, changed))], changed


def test_a_clock_time_at_night_changed_beside_a_number_of_its_value():
    from amanah.checks.numbers import NumberCheck

    # batch 154: الساعة العاشرة مساءً turned into "eight at night" where the English dropped the clause of
    # ثمانية أشهر: the counts pair the eight with the months, the clock times tell the change (an error)
    ar = ("وأعيد تشغيل الخط بعد توقف استمر ثمانية أشهر، وقال المحافظ إن الخط سيعمل يوميًا من الساعة السادسة صباحًا "
          "حتى الساعة العاشرة مساءً.")
    en = ("The line was restarted after an eight-month suspension, and the governor said it would operate daily from "
          "six in the morning until {} at night.")
    assert run(NumberCheck(), make_pair(ar, en.format("ten"))) == []
    dropped = ("The line was restarted, and the governor said it would operate daily from six in the morning until "
               "eight at night.")
    changed = make_pair(ar, dropped)
    assert [(i.severity, spans(i, changed, "source"), spans(i, changed, "target")) for i in run(NumberCheck(), changed)
            if i.code == "date"] == [("error", ["العاشرة"], ["eight"])]


def test_yemens_ibb_is_no_august():
    # batch 142: مدير فرع الهيئة في إب = "the director of the Ibb branch" (إب read as آب, "August")
    from amanah.checks.dates import arabic_dates

    assert arabic_dates("وقال مدير فرع الهيئة في إب، المهندس فؤاد الشرعبي، إن الأمطار غزيرة.") == []
    assert [d.value for d in arabic_dates("وتوقع استمرار الهطول حتى نهاية شهر آب المقبل.")] == [8]


def test_a_market_named_for_its_weekday_is_no_date():
    # batch 143: سوق الثلاثاء الشعبي = "the popular Tuesday Market" (a faithful warning)
    from amanah.checks.dates import english_dates

    assert english_dates("Shop owners in the popular Tuesday Market say sales have doubled.") == []
    assert [d.value for d in english_dates("The market opened on Tuesday.")] == [1]


def test_clock_ranges_tonnes_and_named_weekdays_of_batch_155():
    from amanah.checks.numbers import NumberCheck, extract_numbers

    # من الساعة الرابعة حتى السابعة مساءً turned into "from 5 to 7 pm": the first hour of a range whose last is a
    # clock's is a clock's too
    ar = "وأضاف أن الدروس تقام ثلاثة أيام في الأسبوع، من الساعة الرابعة حتى السابعة مساءً، بإشراف مدربين معتمدين."
    en = "He added that lessons are held three days a week, from {} to 7 pm, under the supervision of accredited coaches."
    assert run(NumberCheck(), make_pair(ar, en.format(4))) == []
    changed = make_pair(ar, en.format(5))
    assert [(i.code, i.severity, spans(i, changed, "source")) for i in run(NumberCheck(), changed)
            if i.code == "date"] == [("date", "error", ["الرابعة"])]
    # أطنان "tonnes" and الفدان "the feddan" are no duals (a faithful warning: 2 had no match)
    assert [m.value for m in extract_numbers("متوسط إنتاجية الفدان بين أربعة وأربعة أطنان ونصف", "ar")] == [4, 4, 0.5]
    # بابي "القصبة" و"الخميس" = the Bab al-Kasbah and Bab al-Khemis gates: a weekday in quotation marks is a name
    gates = make_pair('ويشمل إصلاح 19 برجًا وبابَي "القصبة" و"الخميس".',
                      "It includes the repair of 19 towers and the Bab al-Kasbah and Bab al-Khemis gates.")
    assert run(CHECK, gates) == []
    assert [d.value for d in date_names("وافتتح المعرض يوم الخميس.", "ar") if d.kind == "w"] == [3]
