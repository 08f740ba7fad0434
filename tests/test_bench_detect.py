"""`amanah bench detect`: perturbation builders do what they claim; a small run prints its table."""

from __future__ import annotations

import random

from amanah.bench.detect import build_doc_cases, roc_auc, spearman, usable_rows
from amanah.bench.perturb import (add_clause, change_date, change_number, copy_source, flip_negation, name_pool,
                                  omit_clause, split_pool, swap_name)

from amanah.model import Bead, Finding
from amanah.pipeline import finalize_beads

from conftest import run_cli

EN = "The ministry reported 1,250 new cases in Cairo, which is twice the number recorded last week."
AR = "أعلنت الوزارة تسجيل 1250 حالة جديدة في القاهرة، وهو ضعف العدد المسجل الأسبوع الماضي."


def test_omit_clause_removes_a_quarter_to_three_fifths():
    out = omit_clause(AR, EN, random.Random(1))
    assert out and out != EN
    assert 0.25 <= 1 - len(out) / len(EN) <= 0.65
    assert omit_clause(AR, "It rains.", random.Random(1)) is None


def test_add_clause_inserts_a_donor_clause():
    donor = "Schools stayed open, although teachers asked for masks in every classroom."
    out = add_clause(AR, EN, random.Random(2), [donor])
    assert out and len(out) > len(EN)
    assert "although teachers asked for masks in every classroom" in out or "schools stayed open" in out.lower()


def test_change_number_changes_only_the_value():
    out = change_number(AR, EN, random.Random(3))
    assert out != EN and "1,250" not in out
    assert out.replace(out.split(" new")[0].split()[-1], "1,250") == EN
    assert change_number(AR, "COVID-19 spread.", random.Random(3)) is None


def test_swap_name_uses_the_pool_and_determinism():
    pool = name_pool(["They met in Cairo today.", "He flew to Cairo and Paris.", "It rained in Paris again."])
    assert pool == ["Cairo", "Paris"]
    out = swap_name(AR, EN, random.Random(4), pool)
    assert out == EN.replace("Cairo", "Paris")
    assert swap_name(AR, EN, random.Random(4), pool) == out


def test_name_swaps_draw_proper_names_and_common_words_apart():
    pools = split_pool(["Cairo", "Chase", "Kirchner", "Survey"])
    assert pools == {"names": ["Cairo", "Kirchner"], "common": ["Chase", "Survey"]}


def test_flip_negation_inserts_or_removes():
    assert flip_negation(AR, EN, random.Random(5)) == EN.replace("which is", "which is not")
    assert flip_negation(AR, "The talks did not resume.", random.Random(5)) == "The talks did resume."
    assert flip_negation(AR, "Rain fell.", random.Random(5)) is None


def test_change_date_swaps_a_weekday_or_month_for_another_of_its_kind():
    en = "On Tuesday, 3 March, the ministry reported new cases."
    outs = {change_date(AR, en, random.Random(seed)) for seed in range(20)}
    for out in outs:
        first, second = out.split(",")[0].split()[-1], out.split(",")[1].split()[-1]
        assert (first != "Tuesday") != (second != "March")  # exactly one name changed
        assert first in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        assert second not in ("Tuesday", "May")
    assert change_date(AR, "Cases may rise in May.", random.Random(1)) is None


def test_copy_source_copies_the_arabic():
    assert copy_source(AR, EN, random.Random(6)) == AR


def test_doc_cases_drop_and_insert_the_middle_sentence():
    rows = [("a%d" % i, "e%d" % i, "d1" if i < 3 else "d2") for i in range(6)]
    (name1, code1, omit), (name2, code2, add) = build_doc_cases(usable_rows([r[0] * 10 for r in rows],
                                                                            [r[1] * 10 for r in rows],
                                                                            [r[2] for r in rows], 2), 5, 1)
    assert code1 == "omission" and code2 == "addition"
    ar, en, index = omit[0]
    assert len(ar) == 3 and len(en) == 2 and index == 1
    ar, en, index = add[0]
    assert len(en) == 4 and en[0] == "e0" * 10 and en[2] == "e1" * 10


def test_statistics():
    assert roc_auc([0.1, 0.2], [0.5, 0.6]) == 1.0
    assert roc_auc([0.5], [0.5]) == 0.5
    assert abs(spearman([1, 2, 3, 4], [10, 20, 30, 45]) - 1.0) < 1e-12


def test_quick_bench_prints_its_table():
    result = run_cli("bench", "detect", "--pairs", "12", "--docs", "3", "--documents", "2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for label in ("clause omission", "number change", "name swap", "negation flip", "untranslated", "date change",
                  "common-word swap",
                  "sentence omission", "sentence addition", "clean pairs:", "STS17", "cosine-only",
                  "clean documents through amanah check (2 documents"):
        assert label in out, out


def test_clean_documents_go_through_the_whole_check(shared_data, embedder):
    from amanah.bench.data import parallel_lines
    from amanah.bench.detect import clean_documents, usable_rows

    rows = usable_rows(*parallel_lines(shared_data / "flores200_devtest"))
    out = clean_documents(rows, 3, embedder)
    assert out["docs"] == 3 and out["segments"] >= out["lines"] >= 6  # every line, split into sentences
    assert out["errors"] == 100.0 * len(out["error_findings"]) / out["segments"]


def _finding(alignment, code, severity, score):
    return Finding(0, code, severity, alignment, (), (), score, "")


def test_pair_score_shrinks_the_similarity_above_the_faithful_floor():
    beads = [Bead(k, (k,), (k,), sim, sim) for k, sim in enumerate([0.9, 0.8, 0.85, 0.3, 0.7, 0.4])]
    findings = [_finding(0, "omission", "error", 0.5), _finding(2, "entity", "warning", 1.0),
                _finding(3, "mistranslation", "error", 0.3), _finding(4, "number", "info", 0.0),
                _finding(5, "number", "error", 0.0)]
    out = finalize_beads(beads, findings)
    assert [b.status for b in out] == ["error", "ok", "warning", "error", "info", "error"]
    assert out[1].score == 0.8 and out[3].score == 0.3  # mistranslation is the similarity already
    assert out[5].score == 0.4  # below the floor: ranked by similarity alone
    assert abs(out[0].score - (0.5 + 0.4 * 0.25)) < 1e-4 and abs(out[2].score - (0.5 + 0.35 * 0.65)) < 1e-4
    assert abs(out[4].score - (0.5 + 0.2 * 0.9)) < 1e-4
    # a pair with an error ranks below a faithful pair of lower similarity
    assert out[0].score < out[4].score < out[1].score
    assert finalize_beads(beads, findings) == out


def test_xquad_is_paragraph_level_and_usable():
    from amanah.bench.data import parallel_lines
    from amanah.bench.detect import MAX_CHARS

    from conftest import SHARED_DATA

    ar, en, docs = parallel_lines(SHARED_DATA / "xquad_ar_en")
    assert len(ar) == len(en) == len(docs)
    assert len(usable_rows(ar, en, docs, max_chars=MAX_CHARS["xquad_ar_en"])) > 150
    assert len(usable_rows(ar, en, docs)) < 50  # why the default limit would not do


def test_contrastive_set_split_gives_one_faithful_pair_per_sentence(shared_data):
    from amanah.bench.data import PSEUDO_DOC_LINES, parallel_lines

    ar, en, docs = parallel_lines(shared_data / "mtgeneval_dev" / "dev")
    assert len(ar) == len(en) == len(docs) == 1200  # 1,200 dev sentences, one faithful version each
    assert docs[0] == docs[PSEUDO_DOC_LINES - 1] != docs[PSEUDO_DOC_LINES]
    assert len(set(en)) == 1200
    # feminine and masculine versions in turn
    assert " she " in f" {en[0].lower()} " or " her " in f" {en[0].lower()} "
    assert " him " in f" {en[1].lower()} " and " her " not in f" {en[1].lower()} "


def test_a_set_without_document_ids_is_grouped_into_pseudo_documents(shared_data):
    from amanah.bench.data import PSEUDO_DOC_LINES, parallel_lines

    ar, en, docs = parallel_lines(shared_data / "tatoeba_challenge_ara_eng")
    assert len(ar) == len(en) == len(docs) > 1000
    assert docs[0] == docs[PSEUDO_DOC_LINES - 1] != docs[PSEUDO_DOC_LINES]


def test_flip_negation_leaves_tag_questions_and_cant_alone():
    # the tag asks, it does not deny: the flip negates the statement instead
    assert flip_negation(AR, "English is difficult, isn't it?", random.Random(5)) == "English is not difficult, isn't it?"
    assert flip_negation(AR, "Nice, isn't it?", random.Random(5)) is None
    # "can" of "can't" is not negated again ("cannot't")
    for seed in range(10):
        out = flip_negation(AR, "I can't hear you.", random.Random(seed))
        assert out == "I can hear you."
