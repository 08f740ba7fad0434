from pairs import clean_pairs, make_pair, run, seed_pairs

from amanah.checks.length import LengthCheck

CHECK = LengthCheck()


def test_clean_data_has_few_length_findings():
    pairs = clean_pairs(150)
    issues = run(CHECK, pairs)
    assert len(issues) <= 6
    assert not [i for i in issues if i.severity == "error"]


def test_truncated_translation_is_flagged():
    pairs = seed_pairs()
    cut = pairs[2].target_text[:60]
    damaged = pairs[:2] + [make_pair(pairs[2].source_text, cut, bead_id=2)] + pairs[3:]
    issues = run(CHECK, damaged)
    assert [i.alignment for i in issues] == [2]
    assert issues[0].severity == "error" and "English" not in issues[0].message


def test_seed_story_is_clean():
    assert run(CHECK, seed_pairs()) == []


def test_acronyms_count_as_spelled_out():
    from amanah.checks.coverage import log_ratios
    from amanah.checks.structure import acronym_extra

    assert acronym_extra("once PHE has made a request") == (15, 2)  # three words' worth, not three letters
    for as_written in ("NASA and COVID-19", "Henry VIII", "HOSPITAL ANNOUNCES NEW CASES", "plain words"):
        assert acronym_extra(as_written) == (0, 0)
    # the Arabic spells out what the English abbreviates: by letters the English looks a third
    # shorter, by what the letters stand for it is as long as usual
    ar = "بمجرد أن تقدم هيئة الصحة العامة في إنجلترا ومنظمة الصحة العالمية طلبًا"
    spelled = "once Public Health England and the World Health Organization have made a request"
    short = "once PHE and the WHO have made a request"
    assert abs(log_ratios(ar, short)[0] - log_ratios(ar, spelled)[0]) < 0.15
    assert abs(log_ratios(ar, short)[1] - log_ratios(ar, spelled)[1]) < 0.2
