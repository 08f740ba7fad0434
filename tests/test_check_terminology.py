import pytest
from pairs import make_pair, run, seed_pairs, spans

from amanah.checks.base import CheckContext
from amanah.checks.terminology import TerminologyCheck, load_glossary

CHECK = TerminologyCheck()


def test_load_glossary(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("ar\ten\n# comment\n\nوزير الخارجية\tForeign Minister\nسانا\tSANA\n",
                    encoding="utf-8")
    assert load_glossary(path) == (("وزير الخارجية", "Foreign Minister"), ("سانا", "SANA"))


def test_bad_row_is_a_clear_error(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("وزير الخارجية\tForeign Minister\nonly one column\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":2: expected 2"):
        load_glossary(path)


def test_missing_rendering_is_flagged_with_span():
    ctx = CheckContext(thresholds={}, glossary=(("وزير الخارجية", "Foreign Minister"),))
    pair = make_pair("استقبل ووزيرِ الخارجية السوري", "He received the Syrian minister of external affairs")
    (issue,) = run(CHECK, pair, ctx)
    assert issue.severity == "warning" and spans(issue, pair, "source") == ["وزيرِ الخارجية"]


def test_seed_story_satisfies_its_glossary():
    ctx = CheckContext(thresholds={}, glossary=(("وزير الخارجية", "Foreign Minister"),
                                                ("وكالة الأنباء", "news agency")))
    assert run(CHECK, seed_pairs(), ctx) == []
