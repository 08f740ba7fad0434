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
