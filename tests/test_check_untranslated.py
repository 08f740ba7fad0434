from pairs import clean_pairs, make_pair, run, seed_pairs, spans

from amanah.checks.untranslated import UntranslatedCheck

CHECK = UntranslatedCheck()


def test_every_fully_copied_segment_is_caught():
    pairs = clean_pairs(150)
    copies = [make_pair(p.source_text, p.source_text, bead_id=i) for i, p in enumerate(pairs)]
    en_copies = [make_pair(p.target_text, p.target_text, "en", "ar", bead_id=i)
                 for i, p in enumerate(pairs)]
    flagged = {i.alignment for i in run(CHECK, copies) if i.severity == "error"}
    assert flagged == set(range(len(copies)))
    flagged = {i.alignment for i in run(CHECK, en_copies) if i.severity == "error"}
    assert flagged == set(range(len(en_copies)))


def test_copy_with_different_diacritics_and_digits_is_caught():
    pair = make_pair("وَصَلَ ٣ وزراء.", "وصل 3 وزراء")
    (issue,) = run(CHECK, pair)
    assert issue.code == "untranslated" and issue.severity == "error"
    assert spans(issue, pair, "target") == ["وصل 3 وزراء"]


def test_arabic_left_in_english():
    pair = make_pair("استقبل الرئيس الوزير في موسكو", "The president received الوزير in Moscow.")
    (issue,) = run(CHECK, pair)
    assert spans(issue, pair, "target") == ["الوزير"]


def test_short_gloss_in_parentheses_is_fine():
    pair = make_pair("الأمانة قيمة أساسية", "Faithfulness (أمانة) is a core value.")
    assert run(CHECK, pair) == []


def test_english_left_in_arabic():
    pair = make_pair("The minister said that the talks were very productive today.",
                     "قال الوزير إن the talks were very productive اليوم.", "en", "ar")
    (issue,) = run(CHECK, pair)
    assert spans(issue, pair, "target") == ["the talks were very productive"]


def test_names_and_acronyms_in_arabic_are_fine():
    pair = make_pair("WHO said COVID-19 spread in Nova Scotia.",
                     "قالت WHO إن COVID-19 انتشر في Nova Scotia.", "en", "ar")
    assert run(CHECK, pair) == []


def test_whole_target_in_source_script():
    pair = make_pair("استقبل الرئيس الوزير", "استقبل الرئيس الوزير في موسكو اليوم")
    (issue,) = run(CHECK, pair)
    assert "mostly Arabic" in issue.message


def test_clean_data_and_seed_have_no_findings():
    pairs = clean_pairs(150)
    reverse = [make_pair(p.target_text, p.source_text, "en", "ar", bead_id=p.alignment) for p in pairs]
    assert [i.message for i in run(CHECK, pairs + reverse + seed_pairs())
            if i.severity == "error"] == []


def test_an_arabic_run_with_arabic_indic_digits_is_one_finding():
    # a budget article with a clause left in Arabic: its number split it into two findings
    pair = make_pair("وأُقرت الميزانية بأغلبية ٩٧ صوتاً مقابل ٢٢، وامتناع ١٤ نائباً عن التصويت.",
                     "The budget was passed by 97 votes to 22, وامتناع ١٤ نائباً عن التصويت, after a long debate.")
    issues = run(CHECK, pair)
    assert [spans(i, pair, "target") for i in issues] == [["وامتناع ١٤ نائباً عن التصويت"]]
