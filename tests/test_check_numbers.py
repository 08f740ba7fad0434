import pytest
from pairs import clean_pairs, make_pair, run, seed_pairs, spans

from amanah.checks.numbers import NumberCheck, extract_numbers

CHECK = NumberCheck()


def values(text, lang):
    return [(m.value, m.strong) for m in extract_numbers(text, lang)]


@pytest.mark.parametrize("ar,en", [
    ("سجل اللاعب ٢٥ هدفًا هذا الموسم.", "The player scored 25 goals this season."),
    ("بلغ عدد السكان 3.5 مليون نسمة.", "The population reached 3,500,000."),
    ("بلغ عدد السكان ٣٫٥ مليون نسمة.", "The population reached 3.5 million."),
    ("ارتفعت الأسعار بنسبة ١٥٪ في عام ٢٠٢٤.", "Prices rose 15 percent in 2024."),
    ("ارتفعت الأسعار بنسبة خمسة عشر في المئة.", "Prices rose by 15%."),
    ("قُتل خمسة وعشرون شخصا.", "Twenty-five people were killed."),
    ("وصل ثلاثة آلاف وخمسمائة لاجئ.", "3,500 refugees arrived."),
    ("سجل هدفين في المباراة.", "He scored two goals in the match."),
    ("كان أحد الوزراء حاضرا لأول مرة.", "One of the ministers was present for the first time."),
    ("وقع الحادث في عام 1446 هـ.", "The accident happened in 2024."),
    ("بلغت التكلفة ١٬٢٠٠ دولار.", "The cost was $1,200."),
    ("في القرن الحادي والعشرين", "in the 21st century"),
])
def test_faithful_pairs_in_different_numerals_are_not_flagged(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_changed_number_is_flagged_with_spans_on_both_sides():
    pair = make_pair("سجل اللاعب ٢٥ هدفًا هذا الموسم.", "The player scored 52 goals this season.")
    issues = run(CHECK, pair)
    assert len(issues) == 1
    issue = issues[0]
    assert issue.code == "number" and issue.severity == "error"
    assert spans(issue, pair, "source") == ["٢٥"]
    assert spans(issue, pair, "target") == ["52"]
    assert "25" in issue.message and "52" in issue.message


def test_scale_error_is_flagged():
    pair = make_pair("بلغ عدد السكان 3.5 مليون نسمة.", "The population reached 3.5 billion.")
    issues = run(CHECK, pair)
    assert [spans(i, pair, "source") for i in issues] == [["3.5 مليون"]]


def test_missing_word_number_is_flagged_on_target_side():
    pair = make_pair("وصل اللاجئون إلى الحدود.", "Three thousand refugees reached the border.")
    issues = run(CHECK, pair)
    assert [spans(i, pair, "target") for i in issues] == [["Three thousand"]]
    assert issues[0].source_spans == ()


def test_file_offsets_are_mapped():
    pair = make_pair("قتل ٧ أشخاص", "9 people were killed", source_offset=100, target_offset=500)
    (issue,) = run(CHECK, pair)
    assert issue.source_spans == ((104, 105),)
    assert issue.target_spans == ((500, 501),)


def test_extraction_details():
    assert values("٢٬٥٠٠٫٧٥", "ar") == [(2500.75, True)]
    assert values("ثلاثة عشر", "ar") == [(13.0, True)]
    assert values("one of them", "en") == [(1.0, False)]
    assert values("two hundred and fifty thousand", "en") == [(250000.0, True)]
    assert (0.0 in [v for v, _ in values("نعم", "ar")]) is False


def test_empty_side_is_skipped():
    assert run(CHECK, make_pair("قتل ٧ أشخاص", "")) == []


def test_seed_story_is_clean():
    assert run(CHECK, seed_pairs()) == []


def test_false_alarm_rate_on_clean_parallel_data():
    pairs = clean_pairs(150)
    errors = [i for i in run(CHECK, pairs) if i.severity == "error"]
    assert len(pairs) == 300
    assert len(errors) <= 6, [i.message for i in errors]  # ≤ 2 per 100 pairs


def test_recall_on_perturbed_clean_data():
    import re
    pairs = [p for p in clean_pairs(150) if re.search(r"\b\d{2,}\b", p.target_text)]
    caught = 0
    for p in pairs:
        m = re.search(r"\b\d{2,}\b", p.target_text)
        changed = p.target_text[:m.start()] + str(int(m.group()) + 1) + p.target_text[m.end():]
        caught += bool(run(CHECK, make_pair(p.source_text, changed)))
    assert len(pairs) >= 20
    assert caught / len(pairs) >= 0.9
