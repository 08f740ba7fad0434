import pytest
from pairs import clean_pairs, make_pair, run, seed_pairs, spans

from amanah.checks.entities import EntityCheck
from amanah.translit import arabic_key, keys_match, latin_key

CHECK = EntityCheck()


@pytest.mark.parametrize("ar,en", [
    ("بوتين", "Putin"), ("الشيباني", "Al-Shaibani"), ("الشيباني", "al-Shaybani"),
    ("قصرة", "Qasra"), ("موسكو", "Moscow"), ("سانا", "SANA"), ("سورية", "Syria"),
    ("سوريا", "Syria"), ("فلاديمير", "Vladimir"), ("هاليفاكس", "Halifax"),
])
def test_phonetic_key_matches_across_scripts(ar, en):
    stem = ar[2:] if ar.startswith("ال") else ar
    assert keys_match(arabic_key(stem), latin_key(en.split("-")[-1]))


def test_seed_story_has_no_entity_findings():
    assert run(CHECK, seed_pairs()) == []


def test_swapped_city_is_flagged_on_both_sides():
    pair = seed_pairs()[0]
    damaged = make_pair(pair.source_text, pair.target_text.replace("Moscow", "Damascus"))
    issues = run(CHECK, damaged)
    assert sorted(spans(i, damaged, "target") for i in issues) == [[], ["Damascus"]]
    assert sorted(spans(i, damaged, "source") for i in issues) == [[], ["موسكو"]]
    assert any(i.severity == "error" for i in issues)


def test_changed_person_name_is_flagged():
    pair = seed_pairs()[0]
    damaged = make_pair(pair.source_text, pair.target_text.replace("Abu Qasra", "Abu Hamdan"))
    issues = run(CHECK, damaged)
    assert [spans(i, damaged, "target") for i in issues] == [["Hamdan"]]


def test_titles_and_sentence_start_are_not_names():
    pair = make_pair("قال وزير الخارجية إن الاجتماع كان مثمرا.",
                     "Regarding the meeting, the Foreign Minister said it was fruitful.")
    assert run(CHECK, pair) == []


def test_adjective_forms_via_gazetteer():
    pair = make_pair("أكد دعم روسيا الثابت لسورية", "He affirmed Russia's steadfast support for Syria")
    assert run(CHECK, pair) == []
    pair = make_pair("الجيش السوري", "the Syrian army")
    assert run(CHECK, pair) == []


def test_false_alarm_rate_on_clean_parallel_data():
    pairs = clean_pairs(150)
    errors = [i for i in run(CHECK, pairs) if i.severity == "error"]
    assert len(errors) <= 12, [i.message for i in errors]  # ≤ 4 per 100 pairs
