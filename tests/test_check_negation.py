import re

from pairs import clean_pairs, make_pair, run, seed_pairs, spans

from amanah.checks.negation import NegationCheck, arabic_cues, english_cues

CHECK = NegationCheck()


def test_dropped_negation_is_flagged_at_the_cue():
    pair = make_pair("لم يستقبل الرئيس الوزير.", "The president received the minister.")
    (issue,) = run(CHECK, pair)
    assert issue.code == "negation" and issue.severity == "error"
    assert spans(issue, pair, "source") == ["لم"]
    assert "لم" in issue.message


def test_added_negation_in_target_is_flagged():
    pair = make_pair("استقبل الرئيس الوزير.", "The president did not receive the minister.")
    (issue,) = run(CHECK, pair)
    assert spans(issue, pair, "target") == ["not"]


def test_refusal_verbs():
    pair = make_pair("رفض الرئيس استقبال الوزير.", "The president agreed to receive the minister.")
    (issue,) = run(CHECK, pair)
    assert spans(issue, pair, "source") == ["رفض"]


def test_faithful_negations_are_not_flagged():
    for ar, en in [
        ("لم يستقبل الرئيس الوزير.", "The president did not receive the minister."),
        ("لن نقبل بذلك أبدا.", "We will never accept that."),
        ("ليس لديه أي أعراض.", "He doesn't have any symptoms."),
        ("ورفض التدخلات الخارجية", "and rejecting foreign interventions"),
        ("غادر دون أن يتكلم", "He left without speaking"),
        ("ولا سيما في مجالات التحديث", "particularly in areas of modernization"),
        ("لا يزال الوضع سيئا", "The situation is still bad"),
        ("لا يعرف إلا القليل", "Little is known"),
    ]:
        assert run(CHECK, make_pair(ar, en)) == [], (ar, en)


def test_relative_ma_is_not_a_negation():
    assert not any(c.strong for c in arabic_cues("هذا ما قاله الوزير"))
    assert [c.text for c in english_cues("Not only that, he didn't go") if c.strong] == ["didn't"]


def test_seed_story_is_clean():
    assert [i for i in run(CHECK, seed_pairs()) if i.severity == "error"] == []


def test_false_alarm_rate_on_clean_parallel_data():
    errors = [i for i in run(CHECK, clean_pairs(150)) if i.severity == "error"]
    assert len(errors) <= 6, [i.message for i in errors]


def test_recall_when_english_not_is_deleted():
    pairs = [p for p in clean_pairs(500)
             if len(re.findall(r"\b(not|no|never|without)\b|n't\b", p.target_text)) == 1
             and re.search(r"\bnot ", p.target_text)
             and any(c.strong for c in arabic_cues(p.source_text))]
    caught = sum(bool(run(CHECK, make_pair(p.source_text, p.target_text.replace("not ", "", 1))))
                 for p in pairs)
    assert len(pairs) >= 30
    assert caught / len(pairs) >= 0.5
