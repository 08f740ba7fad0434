"""Coverage check (omission / addition inside a pair): real model, spans at the exact clause."""

from __future__ import annotations

import pytest

from amanah.checks.base import FAINT, HINT, TRACE, CheckContext, Pair
from amanah.checks.coverage import CoverageCheck, document_ratios, ratio_z, remove_span, side_evidence, split_clauses

from pairs import clean_pairs, make_pair, profiled, seed_pairs, spans


def _reported(issues):
    """What the check reports on its own (hints count only when another check confirms them)."""
    return [i for i in issues if i.severity not in (HINT, FAINT, TRACE)]


@pytest.fixture(scope="module")
def context(embedder) -> CheckContext:
    return profiled(embedder)


def _clauses(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_clauses(text, lang)]


def test_english_clauses_split_at_punctuation_and_openers_not_inside_numbers():
    text = "The city reported 122,653 cases, including 7,162 deaths, which doubled in March."
    assert _clauses(text, "en") == ["The city reported 122,653 cases", "including 7,162 deaths",
                                    "which doubled in March"]


def test_the_second_as_of_a_comparison_opens_no_clause():
    # nor the first: "as soon as possible" (في أقرب الآجال) qualifies the verb, a clause of its own
    # was an addition without counterpart
    text = "The order shall be filed as soon as hereafter possible, as the law requires."
    assert _clauses(text, "en") == ["The order shall be filed as soon as hereafter possible", "as the law requires"]


def test_as_before_a_role_at_a_clause_end_opens_no_clause():
    # batch 68: "in Marrakech as a destination" = في وجهة مراكش was an added clause of its own
    text = "These figures reflect the confidence of markets in Marrakech as a destination, and confirm the trend."
    assert _clauses(text, "en") == ["These figures reflect the confidence of markets in Marrakech as a destination",
                                    "and confirm the trend"]
    assert _clauses("He served as a consultant for the ministry as the law requires.", "en") == [
        "He served as a consultant for the ministry", "as the law requires"]


def test_sentence_ends_inside_a_paragraph_cut_but_not_decimals_or_abbreviations():
    text = "Cases rose by 3.5 percent in the U.S. this week. Officials in Cairo said nothing new."
    assert _clauses(text, "en") == ["Cases rose by 3.5 percent in the U.S. this week",
                                    "Officials in Cairo said nothing new"]
    assert [text[a:b] for a, b in split_clauses(text, "en", sentences=False)] == [text.rstrip(".")]
    ar = "ارتفعت الحالات بنسبة 3.5 في المئة. وقال المسؤولون في القاهرة شيئا جديدا."
    assert len(_clauses(ar, "ar")) == 2
    # a middle initial ends no sentence (the segmenter's rule): the clause keeps its name whole
    assert _clauses("He worked for John F. Kennedy in the White House.", "en") == [
        "He worked for John F. Kennedy in the White House"]


def test_short_pieces_join_a_neighbour():
    assert _clauses("Syria and Russia signed the deal.", "en") == ["Syria and Russia signed the deal"]


def test_arabic_clauses_split_at_arabic_comma_and_openers():
    text = "وأوضحت الوكالة أن الرئيس بوتين أكد، خلال اللقاء دعم روسيا الثابت لسورية، مشدداً على أهمية الحفاظ على وحدة الأراضي"
    assert _clauses(text, "ar") == ["وأوضحت الوكالة أن الرئيس بوتين أكد", "خلال اللقاء دعم روسيا الثابت لسورية",
                                    "مشدداً على أهمية الحفاظ على وحدة الأراضي"]


def test_so_far_opens_no_clause():
    # batch 67: حتى الآن / "as yet" = "so far", no "until" or "as" that opens a clause (a negation cut
    # from its clause matched "and that there is" without one)
    assert _clauses("غير أن نسبة قليلة قد تتطور إلى حمى نزفية، وأنه لا يوجد حتى الآن علاج مضاد للفيروس", "ar") == [
        "غير أن نسبة قليلة قد تتطور إلى حمى نزفية", "وأنه لا يوجد حتى الآن علاج مضاد للفيروس"]
    assert _clauses("She said most cases recover, and that there is as yet no antiviral treatment.", "en") == [
        "She said most cases recover", "and that there is as yet no antiviral treatment"]
    assert _clauses("ولن يعود الموظفون حتى تنتهي أعمال الصيانة", "ar") == ["ولن يعود الموظفون", "حتى تنتهي أعمال الصيانة"]


def test_an_and_inside_an_organisation_s_name_opens_no_clause():
    # batch 68: "part of the Food | and Agriculture Organization" was an added clause
    text = ("Algeria received a certificate from the commission, part of the Food and Agriculture Organization of the "
            "United Nations (FAO), and the ministry welcomed it.")
    assert _clauses(text, "en") == ["Algeria received a certificate from the commission",
                                    "part of the Food and Agriculture Organization of the United Nations",
                                    "FAO), and the ministry welcomed it"]


def test_remove_span_tidies_spaces():
    assert remove_span("a b, c d", 5, 6) == "a b, d"


DROPS = [
    (1, ", with a particular focus on strategic cooperation in the military industries",
     "مع تركيز خاص على التعاون الإستراتيجي في مجال الصناعات العسكرية"),
]
SHORT_DROP = (7, ", considering them a direct threat to stability and security in the region",
              "واعتبرها تهديداً مباشراً للاستقرار والأمن في المنطقة")


@pytest.mark.parametrize("index,dropped,arabic_clause", DROPS)
def test_dropped_english_clause_is_an_omission_at_the_arabic_clause(context, index, dropped, arabic_clause):
    pair = seed_pairs()[index]
    assert dropped in pair.target_text
    damaged = make_pair(pair.source_text, pair.target_text.replace(dropped, ""), bead_id=index)
    document = [damaged if p.alignment == index else p for p in seed_pairs()]  # the story's length ratio
    issues = [i for i in _reported(CoverageCheck().run(document, context)) if i.code == "omission"]
    assert len(issues) == 1, issues
    assert issues[0].severity in ("error", "warning")
    assert spans(issues[0], damaged, "source") == [arabic_clause]
    assert issues[0].score < 0.75


def test_added_english_clause_is_an_addition_at_that_clause(context):
    pair = seed_pairs()[4]
    added = "while thousands of farmers protested against rising bread prices in the capital"
    text = pair.target_text.rstrip(".") + ", " + added + "."
    damaged = make_pair(pair.source_text, text)
    issues = [i for i in _reported(CoverageCheck().run([damaged], context)) if i.code == "addition"]
    assert len(issues) == 1, issues
    assert spans(issues[0], damaged, "target") == [added]


def test_spans_map_to_file_offsets(context):
    pair = seed_pairs()[7]
    # a short drop (15% of the paragraph) is below the severity thresholds, but the weakest
    # clause the check would report is still the right one
    dropped, clause = SHORT_DROP[1], SHORT_DROP[2]
    damaged = make_pair(pair.source_text, pair.target_text.replace(dropped, ""), source_offset=1000, target_offset=5000)
    (ev,) = [e for e in side_evidence([damaged], context.embedder) if e.side == "source"]
    issue_span = damaged.source_span(*ev.span)
    assert pair.source_text[issue_span[0] - 1000:issue_span[1] - 1000] == clause


def test_faithful_sample_pairs_raise_nothing(context):
    assert _reported(CoverageCheck().run(seed_pairs(), context)) == []


def test_faithful_shared_data_pairs_rarely_raise_errors(context):
    pairs = clean_pairs(100)
    issues = _reported(CoverageCheck().run(pairs, context))
    errors = [i for i in issues if i.severity == "error"]
    # one of them is a real difference: tico19's Arabic leaves out "Based on preliminary U.S. data"
    assert any("Based on preliminary U.S. data" in i.message for i in errors)
    assert len(errors) <= 3, [i.message for i in errors]
    assert len(issues) <= 12, [i.message for i in issues]


def test_no_embedder_means_no_findings():
    pair = seed_pairs()[0]
    assert list(CoverageCheck().run([pair], CheckContext(thresholds={}))) == []


def test_length_evidence_is_a_length_aware_z_score():
    th = {"coverage_ratio_var0": 0.01, "coverage_ratio_var1": 0.3, "coverage_words_var0": 0.01,
          "coverage_words_var1": 0.3}
    short_src, short_tgt = "أ" * 40 + " ب ج د", "word " * 10
    assert ratio_z(short_src, short_tgt, (1.0, 1.0), th) == ratio_z(short_src, short_tgt, (1.0, 1.0), th)
    # the same relative excess of source characters weighs more in a long pair than in a short one
    z_short = ratio_z("x" * 60 + " a b c d e f g h i", "y " * 10, (1.0, 1.0), th)[0]
    z_long = ratio_z(("x" * 60 + " a b c d e f g h i ") * 8, "y " * 80, (1.0, 1.0), th)[0]
    assert z_long > z_short > 0
    # centred on the document's own ratio: a pair at the document's ratio scores zero
    assert abs(ratio_z("ab cd", "ab cd", (1.0, 1.0), th)[0]) < 1e-9


def test_document_ratios_use_the_pairs_or_the_prior(context):
    pairs = seed_pairs()
    own = document_ratios(pairs, context.thresholds)
    assert own != (context.thresholds["coverage_ratio_prior"], context.thresholds["coverage_words_prior"])
    assert document_ratios(pairs[:2], context.thresholds) == (context.thresholds["coverage_ratio_prior"],
                                                             context.thresholds["coverage_words_prior"])


def test_removal_windows_are_runs_of_a_share_of_the_words():
    from amanah.checks.coverage import removal_windows

    text = " ".join(f"w{k}" for k in range(20))
    runs = [text[a:b].split() for a, b in removal_windows(text, (0.25,))]
    assert all(len(r) == 5 for r in runs) and runs[0][0] == "w0" and runs[-1][-1] == "w19"
    assert removal_windows("too short for runs", (0.25,)) == ()


def test_a_clause_rendered_inside_a_longer_arabic_clause_is_no_addition(context):
    # tico19_dev: the English opens with a clause of its own; the Arabic folds it into one clause
    ar = ("أمرنا أيضًا بإدراج هذا الأمر في سجلات مكتب وزير الخارجية ونشره نشرًا علنيًّا والإخطار به في "
          "أسرع وقت ممكن.")
    en = ("IT IS FURTHER ORDERED that as soon as hereafter possible, this Order be filed in the Office of "
          "the Secretary of State and that widespread publicity and notice be given of this Order.")
    pair = make_pair(ar, en)
    (ev,) = [e for e in side_evidence([pair], context.embedder, context.thresholds) if e.side == "target"]
    coverage, run_coverage = ev.features[6], ev.features[10]
    assert en[ev.span[0]:ev.span[1]] == "IT IS FURTHER ORDERED"
    assert run_coverage > coverage + 0.3  # found in أمرنا أيضًا بإدراج هذا الأمر, not in the whole
    assert not [i for i in CoverageCheck().run([pair], context) if i.severity == "error"]


def test_an_omission_in_a_one_clause_source_is_located_at_its_missing_words(context):
    # after flores200_devtest (shortened): the English cut after "the 2.4Ghz", one clause in Arabic
    ar = "يعمل المعيار 802.11n على الترددين 2.4 جيغاهرتز و5.0 جيغاهرتز."
    en = "The 802.11n standard operates on both the 2.4Ghz."
    pair = make_pair(ar, en)
    (ev,) = [e for e in side_evidence([pair], context.embedder, context.thresholds) if e.side == "source"]
    assert ev.clauses == 1 and ev.features[9] > 0.02  # removing a run of words raises the similarity
    assert "5.0" in ar[ev.span[0]:ev.span[1]] and ev.span != (0, len(ar.rstrip(".")))


def test_model_inputs_are_the_features_then_their_products():
    from amanah.checks.coverage import FEATURES, MODEL_INPUTS, PRODUCTS, log_odds, model_inputs

    values = tuple(float(i + 1) for i in range(len(FEATURES)))
    inputs = model_inputs(values)
    assert len(inputs) == len(MODEL_INPUTS) and inputs[:len(FEATURES)] == values
    assert dict(zip(MODEL_INPUTS, inputs))["sim*gain"] == values[FEATURES.index("sim")] * values[FEATURES.index("gain")]
    assert len(PRODUCTS) == len(set(PRODUCTS))
    weights = {f"omission_w_{name}": 0.0 for name in MODEL_INPUTS}
    weights.update({"omission_bias": 1.0, "omission_w_gain*gain": 2.0})
    assert log_odds("omission", values, weights) == 1.0 + 2.0 * values[FEATURES.index("gain")] ** 2



def test_chunks_of_pairs_give_the_same_findings(context, monkeypatch):
    from amanah.checks import coverage

    pairs = clean_pairs(3)
    # a sentence cut after its first clause: findings to compare, on the last pair of the last chunk
    cut = next(p for p in pairs if "," in p.target_text)
    pairs.append(make_pair(cut.source_text, cut.target_text.split(",")[0] + ".", bead_id=len(pairs)))
    whole = list(CoverageCheck().run(pairs, context))
    assert any(i.alignment == len(pairs) - 1 for i in whole)
    monkeypatch.setattr(coverage, "EVIDENCE_CHUNK", 2)
    assert list(CoverageCheck().run(pairs, context)) == whole


def test_an_omission_across_clauses_is_located_at_its_run_of_words(context):
    # the sample's economic paragraph without "including supporting reconstruction projects,
    # developing infrastructure sectors, and encouraging investments in Syria" (three Arabic clauses)
    pair = next(p for p in seed_pairs() if "reconstruction" in p.target_text)
    dropped = "including supporting reconstruction projects, developing infrastructure sectors, and encouraging investments in Syria, "
    assert dropped in pair.target_text
    damaged = make_pair(pair.source_text, pair.target_text.replace(dropped, ""))
    (omission,) = [i for i in _reported(CoverageCheck().run([damaged], context)) if i.code == "omission"]
    (located,) = spans(omission, damaged, "source")
    for phrase in ("دعم مشاريع إعادة الإعمار", "وتطوير قطاعات البنية التحتية", "وتشجيع الاستثمارات"):
        assert phrase in located
    assert "التعاون الاقتصادي" not in located and "الظروف المعيشية" not in located
    assert "clause coverage" not in omission.message  # the run of words is no clause of its own


def _paragraph(pairs):
    """Pairs joined into one pair of several sentences a side (a paragraph given pre-aligned)."""
    return make_pair(" ".join(p.source_text for p in pairs), " ".join(p.target_text for p in pairs))


def test_sentence_beads_of_a_paragraph_pair_are_its_sentence_pairs(context):
    from amanah.checks.base import sentence_beads

    pairs = seed_pairs()[3:6]
    paragraph = _paragraph(pairs)
    (ranges,) = sentence_beads([paragraph], context.embedder).values()
    assert [(paragraph.source_text[a:b], paragraph.target_text[c:d]) for (a, b), (c, d) in ranges] == [
        (p.source_text, p.target_text) for p in pairs]
    # one sentence a side: no beads of its own
    assert sentence_beads(pairs, context.embedder) == {}


def test_a_clause_added_inside_a_paragraph_is_found_in_its_sentence(context, monkeypatch):
    from amanah.checks import base

    pairs = seed_pairs()[3:6]
    added = "while thousands of farmers protested against rising bread prices in the capital"
    text = pairs[1].target_text.rstrip(".") + ", " + added + "."
    damaged = _paragraph([pairs[0], make_pair(pairs[1].source_text, text), pairs[2]])
    (issue,) = [i for i in _reported(CoverageCheck().run([damaged], context)) if i.code == "addition"]
    assert issue.severity == "error"
    assert spans(issue, damaged, "target") == [added]
    assert _reported(CoverageCheck().run([_paragraph(pairs)], context)) == []
    # weighed as a whole only, the 13-word clause is diluted in the 120-word paragraph
    monkeypatch.setattr(base, "SUBPAIR_MIN_SENTENCES", 99)
    assert [i.severity for i in CoverageCheck().run([damaged], context) if i.code == "addition"] != ["error"]


def test_a_sentence_bead_is_a_pair_of_its_own_at_the_same_file_offsets():
    from amanah.checks.base import Pair, sub_pair
    from amanah.model import Bead, Segment

    src = (Segment(0, "أ ب. ج د.", 100, 109, 0), Segment(1, "هـ و.", 110, 115, 0))
    tgt = (Segment(0, "A b. C d.", 200, 209, 0), Segment(1, "E f.", 210, 214, 0))
    pair = Pair(Bead(7, (0, 1), (0, 1), 1.0), src, tgt, "ar", "en")
    part = sub_pair(pair, (5, 15), (5, 14))  # "ج د. هـ و." / "C d. E f.", across the two segments
    assert part.alignment == 7
    assert (part.source_text, part.target_text) == ("ج د. هـ و.", "C d. E f.")
    assert part.source_span(0, len(part.source_text)) == (105, 115)
    assert part.target_span(5, 9) == (210, 214)


def test_a_side_weighed_by_parts_reports_its_strongest_part_against_thresholds_of_its_own():
    from amanah.checks.coverage import FEATURES, SideEvidence, severity_limits, strongest

    th = {"omission_bias": 0.0, "omission_w_sim": 1.0, "addition_bias": 0.0, "addition_w_sim": 1.0}
    sim = FEATURES.index("sim")

    def ev(pair, side, part, value):
        feats = [0.0] * len(FEATURES)
        feats[sim] = value
        return SideEvidence(pair, side, tuple(feats), (0, 1), part=part)

    evidence = [ev(0, "source", 0, 1.0), ev(0, "source", 1, 3.0), ev(0, "source", 2, 2.0),
                ev(0, "target", 0, 5.0), ev(0, "target", 1, 4.0), ev(1, "source", 0, 7.0)]
    best = strongest(evidence, th)
    assert [(e.pair_index, e.side, e.part, parts) for e, parts in best] == [
        (0, "source", 1, True), (0, "target", 0, True), (1, "source", 0, False)]
    limits = {"omission_error": 5.0, "omission_warning": 2.0, "omission_parts_error": 6.0, "omission_parts_warning": 3.0}
    assert severity_limits("omission", True, limits) == (6.0, 3.0)
    assert severity_limits("omission", False, limits) == (5.0, 2.0)
    # a profile without thresholds for parts (a model not fitted since) uses the plain ones
    assert severity_limits("addition", True, {"addition_error": 4.0, "addition_warning": 1.0}) == (4.0, 1.0)


def test_a_clause_glossed_in_latin_letters_the_other_side_writes_is_rendered(embedder):
    # MT-GenEval: الكلية الأمريكية لأمراض الروماتيزم (ACR) = "the ACR" was an omission error
    from amanah.checks.coverage import _glossed

    ctx = profiled(embedder)
    ar = "وهي زميلة في الكلية الأمريكية لأمراض الروماتيزم (ACR) وجمعية أطباء الأشعة التداخلي (SIR)."
    pair = make_pair(ar, "She is a Fellow of the ACR and of SIR.")
    assert [i for i in CoverageCheck().run([pair], ctx) if i.severity == "error"] == []
    end = ar.index(" (ACR)")
    assert _glossed(pair, "source", end)
    # a gloss the other side brackets too glosses words of its own there, which may be gone
    assert not _glossed(make_pair(ar, "She is a Fellow of the (ACR) and of SIR."), "source", end)
    assert not _glossed(make_pair(ar, "She is a Fellow of two colleges."), "source", end)


def test_a_bracket_that_spells_out_the_acronym_before_it_is_no_addition(context):
    # batch 73: "TEUs (twenty-foot equivalent units)" for حاوية نمطية was an addition error
    from amanah.checks.coverage import _expansion

    ar = ("وأشار الخوري إلى أن المرفأ استقبل العام الماضي ما يقارب سبعمئة ألف حاوية نمطية، فيما لا تزال طاقته "
          "الاستيعابية دون مستوياتها قبل الانفجار.")
    en = ("Al-Khoury said the port handled nearly 700,000 TEUs (twenty-foot equivalent units) last year, while its "
          "capacity remains below pre-explosion levels.")
    assert [i for i in _reported(CoverageCheck().run([make_pair(ar, en)], context)) if i.severity == "error"] == []
    a, b = en.index("twenty"), en.index(")")
    assert _expansion(en, (a, b))
    # a bracket of other words, or one that spells another acronym, says something of its own
    other = en.replace("twenty-foot equivalent units", "mostly from Chinese exporters")
    assert not _expansion(other, (other.index("mostly"), other.index(")")))
    assert not _expansion(en.replace("TEUs", "FEUs"), (a, b))


def test_lead_ins_and_fixed_comparisons_open_no_clause():
    from amanah.checks.coverage import split_clauses
    for text, first in [
        ("For his part, the minister ordered an investigation into the causes of the fires.", "For his part, the minister"),
        ("He pointed out that Egypt has also treated thousands of patients from several countries.", "He pointed out that Egypt"),
        ("Those affected would receive compensation as soon as possible, he said.", "Those affected would receive compensation as soon as possible"),
        # يذكر أن = "It is worth noting that"
        ("It is worth noting that Qatar is one of the world's three largest exporters of gas.", "It is worth noting that Qatar"),
        ("It should be noted that the ministry had extended the campaign twice.", "It should be noted that the ministry"),
        # ونفى العمري ما تردد عن = "Al-Amri denied reports that"
        ("Al-Amri denied reports that the festival would be moved to Mirbat.", "Al-Amri denied reports that the festival"),
        # ونفى الحارثي أن تكون الأسعار قد ارتفعت = "Al Harthy denied that prices had risen" (batch 64)
        ("Al Harthy denied that prices had risen significantly, explaining that the average rate had not exceeded "
         "45 rials.", "Al Harthy denied that prices had risen significantly"),
        # وأكد الساعدي أن = "Al-Saadi affirmed that" (batch 93: "Al-Saadi affirmed" was an added clause)
        ('Al-Saadi affirmed that the ministry "is not a party to any political dispute", and that it would release '
         'the funding.', 'Al-Saadi affirmed that the ministry "is not a party to any political dispute'),
    ]:
        assert text[slice(*split_clauses(text, "en")[0])].startswith(first)


def test_a_long_addition_warning_is_an_error(context):
    # an invented clause of six content words is more than a free rendering: an error, at its span
    from amanah.checks.coverage import LONG_ADDITION_WORDS, _content_words

    ar = ("وأدى انقطاع المياه عن الأحياء الشرقية منذ أسبوعين إلى اعتماد آلاف الأسر على الآبار المكشوفة وخزانات "
          "المياه غير المعالجة.")
    en = ("The water cut in the eastern districts two weeks ago has forced thousands of families to rely on open "
          "wells and untreated water tanks{}.")
    added = ", some of which are shared by dozens of households in crowded neighbourhoods"
    assert _reported(CoverageCheck().run([make_pair(ar, en.format(""))], context)) == []
    pair = make_pair(ar, en.format(added))
    assert [(i.severity, i.code, spans(i, pair, "target")) for i in _reported(CoverageCheck().run([pair], context))] == [
        ("error", "addition", [added.removeprefix(", ")])]
    assert _content_words(added, "en") >= LONG_ADDITION_WORDS > _content_words("welcomed the decision", "en")


def test_an_added_clause_cut_in_two_is_counted_whole(context):
    # batch 62: "putting planned water | and sanitation projects at risk": the splitter cuts the added
    # clause at "and"; the reported part has three content words, the two parts together six
    from amanah.checks.coverage import LONG_ADDITION_WORDS, _content_words

    ar = ("ويعاني الصومال من موجات متعاقبة من الجفاف والفيضانات أدت إلى نزوح نحو 3.5 ملايين شخص داخلياً، بحسب الأمم "
          "المتحدة، فيما حذرت اليونيسف من أن خطتها للاستجابة في البلدين لم تحصل حتى الآن إلا على 28 في المئة من "
          "التمويل المطلوب البالغ 14.6 مليون دولار.")
    en = ("Somalia is suffering from successive waves of drought and floods that have internally displaced around "
          "3.5 million people, according to the United Nations. UNICEF warned that its response plan for the two "
          "countries had so far received only 28% of the $14.6 million required{}.")
    added = ", putting planned water and sanitation projects at risk"
    assert _reported(CoverageCheck().run([make_pair(ar, en.format(""))], context)) == []
    pair = make_pair(ar, en.format(added))
    found = [(i.severity, i.code, spans(i, pair, "target")) for i in _reported(CoverageCheck().run([pair], context))]
    assert found and all(sev == "error" and code == "addition" and len(span) == 1 and span[0] in added
                         for sev, code, span in found)
    assert _content_words("and sanitation projects at risk", "en") < LONG_ADDITION_WORDS <= _content_words(added, "en")


def test_an_organisation_both_sides_name_is_no_omission(context):
    # batch 65: للاتحاد الدولي لكرة القدم (فيفا) rendered "FIFA" alone: the English reads better without the
    # Arabic's full name, but the organisation is there
    ar = ("ويحتل المنتخب المغربي المركز الحادي عشر في التصنيف العالمي للاتحاد الدولي لكرة القدم (فيفا)، فيما يحتل "
          "منتخب الباراغواي المركز الثامن والثلاثين.")
    en = "Morocco is ranked 11th in the {} world rankings, while Paraguay is 38th."
    assert _reported(CoverageCheck().run([make_pair(ar, en.format("FIFA"))], context)) == []
    pair = make_pair(ar, en.format("latest"))
    assert "omission" in [i.code for i in _reported(CoverageCheck().run([pair], context))]


def test_an_added_clause_that_is_not_the_weakest_is_reported_at_its_span(context):
    # the weakest clause (least covered) is the one with the name; the added clause shares words
    # with the source (syndicate) but has the highest log-odds: it is the one reported
    ar = ("وقال رئيس نقابة المهندسين الدكتور سامي العلي إن \"النقابة طالبت مراراً بتحديث كودات البناء ومراقبة تنفيذها في "
          "المشاريع السكنية، لكن هذه المطالب لم تلقَ استجابة كافية\"، داعياً الحكومة إلى عدم انتظار وقوع كوارث جديدة قبل "
          "التحرك.")
    en = ("The head of the Engineers Syndicate, Dr. Sami al-Ali, said that \"the syndicate has repeatedly called for "
          "building codes to be updated and their implementation monitored in housing projects, but these demands have "
          "not received an adequate response,\" urging the government not to wait for new disasters to occur before "
          "taking action{}.")
    added = ", and to involve the syndicate in drafting new safety regulations"
    assert _reported(CoverageCheck().run([make_pair(ar, en.format(""))], context)) == []
    pair = make_pair(ar, en.format(added))
    assert [(i.severity, i.code, spans(i, pair, "target")) for i in _reported(CoverageCheck().run([pair], context))] == [
        ("error", "addition", [added.removeprefix(", ")])]


def test_a_list_of_names_is_one_clause_with_its_head():
    from amanah.checks.coverage import split_clauses

    text = ("He noted that the project trained sixty young people from the Bab Al-Nairab, Al-Kallaseh and "
            "Al-Firdaws neighbourhoods.")
    assert len(split_clauses(text, "en")) == 1
    # an "and" between two names of no list still opens a clause
    text = "The minister met officials in Amman and Jordan's aid agency said it would help the refugees."
    assert len(split_clauses(text, "en")) == 2
    # an "and" between capitalised common words of an organisation's name the table does not know (batch 74)
    text = ("The Department of Education and Knowledge in Abu Dhabi announced today, Tuesday, that it had adopted a "
            "new policy.")
    assert [text[a:b] for a, b in split_clauses(text, "en")] == [
        "The Department of Education and Knowledge in Abu Dhabi announced today", "Tuesday, that it had adopted a new policy"]
    text = "The project manager at the Electricity and Water Authority said construction took 18 months."
    assert len(split_clauses(text, "en")) == 1
    text = "The Ministry of Health and the Red Crescent said they would send teams to the area."
    assert len(split_clauses(text, "en")) == 2
    text = "The talks were held in Amman, and Jordan said it would help the refugees."
    assert [text[a:b] for a, b in split_clauses(text, "en")] == [
        "The talks were held in Amman", "and Jordan said it would help the refugees"]


def test_names_count_once_among_an_additions_content_words():
    from amanah.checks.coverage import _content_words

    assert _content_words("and sheikhs and notables from the wilayats of Thumrait, Al Mazyunah and Muqshin", "en") == 4
    assert _content_words("particularly those owned by young Omani entrepreneurs", "en") == 5


def _bead(source: str | list[str], sentences: list[str] | str, bead_id: int = 0) -> Pair:
    """A bead as the aligner makes it: one segment per sentence of each side, a side given as one
    string one segment (file offsets one space apart)."""
    from amanah.model import Bead, Segment

    def side(texts: str | list[str]) -> tuple:
        segments, offset = [], 0
        for k, text in enumerate([texts] if isinstance(texts, str) else texts):
            segments.append(Segment(k, text, offset, offset + len(text), 0))
            offset += len(text) + 1
        return tuple(segments)

    src, tgt = side(source), side(sentences)
    return Pair(Bead(bead_id, tuple(range(len(src))), tuple(range(len(tgt))), 1.0), src, tgt, "ar", "en")


def test_a_sentence_added_after_a_faithful_one_is_an_addition_at_the_sentence(context):
    # an article written for amanah's evaluation: a sentence added to the bead of its own Arabic
    # sentence; the faithful English splits that sentence in two, and each half finds its clauses
    from amanah.checks.coverage import unrendered_sentences

    ar = 'وفي ساحة المرفأ، نفذ عشرات العمال اعتصاما صباح اليوم رفعوا خلاله لافتات كتب عليها "لا للذل" و"حقوقنا ليست منة".'
    en = ["In the port square, dozens of workers staged a sit-in this morning.",
          'They held banners reading "No to humiliation" and "Our rights are not a favour".']
    added = "Security forces were deployed around the main gate as a precaution."
    assert unrendered_sentences([_bead(ar, en)], context.embedder) == []
    assert _reported(CoverageCheck().run([_bead(ar, en)], context)) == []
    pair = _bead(ar, [*en, added])
    assert [(i.severity, spans(i, pair, "target")) for i in _reported(CoverageCheck().run([pair], context))] == [
        ("error", [added])]
    # a pair given whole, its sentences in one segment, is not read sentence by sentence
    assert unrendered_sentences([make_pair(ar, " ".join([*en, added]))], context.embedder) == []
    # a sentence that holds a number of the Arabic's renders part of it, whatever its match
    with_number = f"{added[:-1]}, with 40 workers."
    pair = _bead(ar + " وشارك في الاعتصام 40 عاملا.", [*en, with_number])
    assert with_number not in [pair.target_text[a:b] for _, _, (a, b), _, _ in unrendered_sentences([pair], context.embedder)]
    pair = _bead(ar + " وشارك في الاعتصام 40 عاملا.", [*en, with_number.replace("40", "70")])
    assert with_number.replace("40", "70") in [pair.target_text[a:b]
                                               for _, _, (a, b), _, _ in unrendered_sentences([pair], context.embedder)]


def test_an_arabic_sentence_dropped_beside_an_added_clause_is_an_omission_at_the_sentence(context):
    # batch 72: the English dropped the Arabic's second sentence and added a clause to its first, and
    # the aligner paired both Arabic sentences with that one English sentence
    from amanah.checks.coverage import unrendered_sentences

    ar = ["من جهته، قال الحاج الإندونيسي سوتريسنو أحمدي (68 عاماً)، الذي تلقى العلاج في عيادة ميدانية قرب جسر "
          "الجمرات، إنه «لم يتوقع أن تصل إليه الخدمة بهذه السرعة».",
          "وأضاف: «شعرت بدوار شديد، وخلال دقائق كان المسعفون إلى جانبي»."]
    en = ('For his part, Indonesian pilgrim Sutrisno Ahmadi, 68, who was treated at a field clinic near the Jamarat '
          'Bridge, said he "did not expect the service to reach him so quickly".')
    faithful = _bead(ar, en + ' He added: "I felt very dizzy, and within minutes the paramedics were at my side."')
    assert unrendered_sentences([faithful], context.embedder) == []
    assert [i for i in _reported(CoverageCheck().run([faithful], context)) if i.severity == "error"] == []
    pair = _bead(ar, en[:-1] + ', and that he had been discharged after about three hours.')
    assert [(i.code, i.severity, spans(i, pair, "source")) for i in _reported(CoverageCheck().run([pair], context))
            if i.code == "omission"] == [("omission", "error", [ar[1]])]
    # a heading of two words that the English runs into its next sentence (MT-GenEval) is read no sentence
    pair = _bead(["المحتويات 1 الحياة المبكرة 2 الاعتقال 3 الاستجواب 4 المحاكمة 5 الإعدام 6 انظر أيضا 7 المراجع 8 روابط "
                  "خارجية.", "الحياة المبكرة.", "ولد في مايو 1940 في قرية لانجاديكيا، وهو الأصغر من بين ثلاثة أطفال "
                  "لمزارعين فقراء."],
                 "Contents 1 Early life 2 Arrest 3 Interrogation 4 The trial 5 Execution 6 See also 7 References 8 "
                 "External links Early life He was born in May 1940 in the village of Langadikia, the youngest of three "
                 "children to poor farmers.")
    assert unrendered_sentences([pair], context.embedder) == []


def test_a_sentence_cut_at_a_comma_is_read_whole(context):
    # tico19 sentences cut at a comma, as the alignment benchmark's split-only documents have them: the
    # fragment before the cut renders the Arabic with the fragment after it, not on its own
    from amanah.checks.coverage import _sentence_spans, unrendered_sentences

    assert _sentence_spans(["One.", "According to its press release,", "the NBA said so."]) == [(0, 4), (5, 53)]
    assert _sentence_spans(["  One. ", "Two."]) == [(2, 6), (8, 12)]
    cases = [
        ('حسب البيان الصحفي للاتحاد الوطني لكرة السلة، "تم تعليق المباريات بعد انتهاء جدول مباريات [الأربعاء] حتى '
         'إشعار آخر".',
         ["According to its press release,", 'the NBA was "suspending game play following the conclusion of '
          '[Wednesday\'s] schedule of games until further notice."']),
        ("أظهر تقرير لعشر حالات إصابة بفيروس ميرس كوف في أثناء الحمل في المملكة العربية السعودية أن السمات السريرية "
         "متغيرة من إصابة طفيفة إلى شديدة.",
         ["A report of ten cases of MERS- CoV infection in pregnancy in Saudi Arabia showed that the clinical "
          "presentation is variable,", "from mild to severe infection."]),
    ]
    for ar, en in cases:
        assert unrendered_sentences([_bead(ar, en)], context.embedder) == []
        # each fragment alone, the other ending a sentence, would be read as one
        cut = [en[0].rstrip(",") + ".", en[1]]
        assert unrendered_sentences([_bead(ar, cut)], context.embedder) != []


def test_a_headline_in_title_case_is_read_in_lower_case(context):
    # batch 58's title: the embedder read its capitalised words as names, and no English word rendered
    # المياه في ولاية صور بطاقة
    from amanah.checks.coverage import _sentence_case

    title = "New Desalination Plant Opens in Sur with a Production Capacity of 80,000 Cubic Metres a Day"
    assert _sentence_case(title) == "new desalination plant opens in sur with a production capacity of 80,000 cubic metres a day"
    assert _sentence_case("WHO Warns of New MERS Cases") == "WHO warns of new MERS cases"
    for text in ("The minister said the Sur plant opens on Monday.", "Sheikh Ahmed Said", ""):
        assert _sentence_case(text) == text
    ar = "افتتاح محطة جديدة لتحلية المياه في ولاية صور بطاقة إنتاجية تبلغ 80 ألف متر مكعب يومياً"
    assert _reported(CoverageCheck().run([make_pair(ar, title)], context)) == []
    cut = make_pair(ar, "New Desalination Plant Opens in Sur")
    assert [(i.code, i.severity) for i in _reported(CoverageCheck().run([cut], context))] == [("omission", "error")]


def test_a_segment_of_few_content_words_is_no_added_sentence(context):
    # "he asked." after a quoted question, cut off by the segmenter (batch 59): متسائلاً renders it
    from amanah.checks.coverage import unrendered_sentences

    ar = ('وقال سائق سيارة الأجرة كاروان عمر حسن إن دخله اليومي لا يتجاوز خمسة وعشرين ألف دينار، متسائلاً: "إذا دفعت '
          'ثمانية آلاف دينار رسوماً كل يوم، فماذا يبقى لعائلتي؟"')
    en = ["Taxi driver Karwan Omar Hassan said his daily income does not exceed twenty-five thousand dinars.",
          '"If I pay eight thousand dinars in fees every day, what is left for my family?"', "he asked."]
    assert unrendered_sentences([_bead(ar, en)], context.embedder) == []
    # (an added sentence of its own words still is one)
    added = "The drivers plan a strike next week."
    pair = _bead(ar, [*en, added])
    assert [pair.target_text[a:b] for _, _, (a, b), _, _ in unrendered_sentences([pair], context.embedder)] == [added]


def test_a_clause_that_is_only_a_name_is_left_to_the_names_check(context):
    # the speaker's name, cut off as a clause of its own by the splitter, is no addition (batch 59);
    # سالمة بنت مفتاح العبيدي = Salma Bint Miftah Al-Obaidi
    from amanah.checks.coverage import _names_only

    ar = ("وقالت المواطنة سالمة بنت مفتاح العبيدي، وهي أم لخمسة أطفال تقيم في حي باب الزيتون، إنها لم تحصل على مياه "
          "من الشبكة العامة منذ منتصف شهر فبراير، وإنها تنفق ما يقارب ثلث دخل الأسرة الشهري على شراء المياه.")
    en = ("Salma Bint Miftah Al-Obaidi, a mother of five living in the Bab Al-Zaytoun neighbourhood, said she has not "
          "received water from the public network since mid-February, and that she spends nearly a third of the "
          "family's monthly income on buying water.")

    def names_only(clause: str, en: str, ar: str) -> bool:
        return _names_only(en, (en.index(clause), en.index(clause) + len(clause)), ar)

    assert names_only("Salma Bint Miftah Al-Obaidi", en, ar)
    # with the speaker's verb, where the splitter cut the clause before its "that" (batch 108)
    ar2 = "وأكد والي جندوبة، الطاهر المشري، أن العائلات عادت إلى منازلها صباح الأحد بعد التأكد من زوال الخطر."
    en2 = ("Jendouba Governor Taher Mechri confirmed that the families returned to their homes on Sunday morning after "
           "it was established that the danger had passed.")
    assert names_only("Jendouba Governor Taher Mechri confirmed", en2, ar2)
    assert not names_only("Kairouan Governor Taher Mechri confirmed", en2.replace("Jendouba", "Kairouan"), ar2)
    assert not names_only("confirmed", en2, ar2)
    # a place named with its noun is one too (batch 67); words that are no place's are not
    assert names_only("the Bab Al-Zaytoun neighbourhood", en, ar)
    assert not names_only("living in the Bab Al-Zaytoun neighbourhood", en, ar)
    pair = make_pair(ar, en)
    assert [spans(i, pair, "target") for i in _reported(CoverageCheck().run([pair], context))
            if i.severity == "error"] == []
    # a title and its place, function words between (batch 60)
    ar = ("وحضر حفل الافتتاح عدد من أصحاب المعالي والسعادة ومحافظ الوسطى، الشيخ محمود بن يحيى الذهلي، وممثلون عن سفارات "
          "عدة دول معتمدة لدى سلطنة عمان.")
    en = ("The opening ceremony was attended by a number of dignitaries, the Governor of Al Wusta, Sheikh Mahmoud bin "
          "Yahya Al-Dhuhli, and representatives of several embassies accredited to the Sultanate of Oman.")
    assert names_only("the Governor of Al Wusta", en, ar) and not names_only("a number of dignitaries", en, ar)
    # a clause of names the Arabic lacks, or of none, is no name: an added "and the Ministry of Health"
    # (batch 43), the bench's added "and New York City" (tico19)
    for added in ("and the Ministry of Health", "and New York City"):
        assert not names_only(added, f"{en[:-1]}, {added}.", ar)
    pair = make_pair(ar, en)
    assert [spans(i, pair, "target") for i in _reported(CoverageCheck().run([pair], context))
            if i.severity == "error"] == []


def test_a_clause_of_shared_names_with_a_compass_word_is_no_addition():
    # batch 67: "west of Marib" = غرب مأرب, cut off by the splitter; a place the Arabic lacks is read as any clause
    from amanah.checks.coverage import _names_only

    ar = ("وأوضح المدير العام للمشروع أن الفرق انتزعت في مديرية صرواح غرب مأرب وحدها نحو ألف ومئتي لغم مضاد للأفراد "
          "والدبابات، فيما تركز العمل في مديرية خب والشعف بمحافظة الجوف على تطهير الطرق الزراعية.")
    en = ("The project's managing director said the teams had removed about 1,200 anti-personnel and anti-tank mines "
          "in Sirwah district, {}, alone, while work in the Khab and Al-Shaaf district of Al-Jawf governorate focused "
          "on clearing farm roads.")
    for clause, only in (("west of Marib", True), ("west of Sanaa", False), ("west of the old city", False)):
        text = en.format(clause)
        start = text.index(clause)
        assert _names_only(text, (start, start + len(clause)), ar) is only, clause


def test_a_transliterated_word_of_a_name_is_rendered(context):
    # batch 69: «حفيت ريل» = "Hafeet Rail": ريل transliterates Rail, which the embedder cannot match
    from amanah.checks.coverage import _transliterated_words

    ar = ("وردّاً على سؤال حول ربط الشبكة بسلطنة عُمان، قال الظاهري إن مشروع «حفيت ريل» يسير وفق الجدول الزمني المحدد، "
          "نافياً وجود أي تأخير في أعمال التنفيذ.")
    en = ("Asked about linking the network to the Sultanate of Oman, Al Dhaheri said the Hafeet Rail project is on "
          "schedule, denying any delays in implementation work.")
    assert [ar[a:b] for a, b in _transliterated_words(ar, en)] == ["حفيت", "ريل"]
    # (a word in lower case is no word of a name; a name alone, Hafeet, is the names check's to match)
    assert [ar[a:b] for a, b in _transliterated_words(ar, en.replace("Hafeet Rail", "Hafeet rail"))] == []
    pair = make_pair(ar, en)
    assert [i for i in _reported(CoverageCheck().run([pair], context)) if i.severity == "error"] == []


def test_a_record_claim_the_arabic_does_not_make_is_an_addition(context):
    # batch 78: ", the highest annual rise recorded in the city in a decade" (checks.claims)
    ar = "وأوضح التقرير أن عدد الإصابات في المدينة ارتفع بنسبة 18 في المئة خلال العام الماضي."
    en = "The report said the number of cases in the city rose by 18 percent last year."
    assert [i for i in CoverageCheck().run([make_pair(ar, en)], context) if i.severity == "error"] == []
    pair = make_pair(ar, en[:-1] + ", the highest annual rise recorded in the city in a decade.")
    found = [(i.code, spans(i, pair, "target")) for i in CoverageCheck().run([pair], context) if i.severity == "error"]
    assert any(code == "addition" and "highest annual rise recorded in the city in a decade" in texts[0]
               for code, texts in found), found
    # (reported once: the clause the embeddings found already holds the claim)
    assert len(found) == 1
    # an English source's claim that the Arabic translation lacks is an omission
    pair = make_pair(pair.target_text, ar, "en", "ar")
    found = [(i.code, spans(i, pair, "source")) for i in CoverageCheck().run([pair], context) if i.severity == "error"]
    assert any(code == "omission" and "highest annual rise" in texts[0] for code, texts in found), found
    # batch 78's own pair: the claim's words make an error of their own (reported where no clause error of
    # the embeddings holds them)
    ar = ("وأوضحت الوزارة، في بيان نشرته على صفحتها الرسمية، أن مصراتة سجلت خلال عام ٢٠٢٤ نحو ٣١٢ إصابة مؤكدة "
          "بالدرن، من بينها ٢٧ حالة من الدرن المقاوم للأدوية المتعددة، مقابل ٢٤٠ إصابة في العام الذي سبقه، أي بزيادة "
          "تقارب ٣٠٪. وعزا البيان هذا الارتفاع جزئياً إلى تحسن قدرات التشخيص المخبري وتوسيع نطاق الفحص في صفوف "
          "المخالطين للمرضى.")
    en = ("In a statement published on its official page, the ministry said Misrata recorded about 312 confirmed "
          "tuberculosis cases in 2024, including 27 cases of multidrug-resistant TB, compared with 240 cases the "
          "previous year, an increase of nearly 30%, the highest annual rise recorded in the city in a decade. The "
          "statement attributed the rise partly to better laboratory diagnosis and wider screening of patients' "
          "contacts.")
    pair = make_pair(ar, en)
    assert [(i.code, i.severity, spans(i, pair, "target")) for i in CoverageCheck._claim_issues([pair])] == [
        ("addition", "error", ["highest annual rise recorded in the city in a decade"])]
    found = [(i.code, spans(i, pair, "target")) for i in CoverageCheck().run([pair], context) if i.severity == "error"]
    assert len(found) == 1 and "highest annual rise recorded in the city in a decade" in found[0][1][0]


def test_a_rendered_name_neither_raises_nor_breaks_a_run_of_unrendered_words(context):
    # batch 130: the embedder matches كيبروتيتش ~ Kiprotich poorly (0.48): the names check matches it,
    # so it makes no run of words without counterpart in a faithful pair
    ar = ("وأحرز العداء الكيني جوزيف كيبروتيتش المركز الأول في سباق الماراثون الكامل البالغة مسافته ٤٢ كيلومترا، "
          "مسجلا زمنا قدره ساعتان و١١ دقيقة.")
    en = "Kenyan runner Joseph Kiprotich took first place in the full 42-kilometre marathon, clocking 2 hours and 11 minutes."
    assert [i for i in CoverageCheck().run([make_pair(ar, en)], context) if i.severity == "error"] == []
    # a name's loose spelling elsewhere (وادي ~ Daya) is no rendering: the dropped "could raise the level of the
    # M'zab valley and its tributaries" is still an error
    ar = ("وأوضحت النشرية أن الأمطار ستمس على وجه الخصوص بلديات غرداية وبنورة والعطف وضاية بن ضحوة ومتليلي، "
          "وقد تتسبب في ارتفاع منسوب وادي ميزاب وروافده.")
    en = ("The bulletin said the rain would particularly affect the municipalities of Ghardaia, Bounoura, El Atteuf, "
          "Daya Ben Dahoua and Metlili.")
    pair = make_pair(ar, en)
    assert any(i.code == "omission" and "ميزاب" in spans(i, pair, "source")[0]
               for i in CoverageCheck().run([pair], context) if i.severity == "error")


def test_terms_whose_words_mean_something_else_are_rendered(context):
    # batch 167: لإزالة المياه البيضاء = "cataract operations" ("the white water": the embedder pairs no word of it
    # with "cataract", and the four words read as dropped: a faithful error); the term counts as rendered where
    # the other side holds its rendering, in either direction
    from amanah.checks.coverage import _termed_words
    ar = ("وأوضح أن الفريق الطبي يتكون من أربعة أطباء استشاريين وتسعة ممرضين تلقوا تدريبا في مستشفى الثورة العام "
          "بصنعاء، وأن العيادة تستهدف إجراء نحو ١٥٠٠ عملية لإزالة المياه البيضاء خلال العام الأول.")
    en = ("He explained that the medical team consists of four consultants and nine nurses who were trained at "
          "Al-Thawra General Hospital in Sanaa. The clinic aims to carry out around 1,500 cataract operations in its "
          "first year.")
    assert _reported(CoverageCheck().run([make_pair(ar, en)], context)) == []
    assert [ar[a:b] for a, b in _termed_words(ar, "ar", en)] == ["المياه البيضاء"]
    assert _termed_words(ar, "ar", en.replace("cataract", "eye")) == []
    assert [t[a:b] for t in ["silver jewellery and copper vessels"] for a, b in _termed_words(t, "en", "وحلي فضية")] \
        == ["jewellery"]
    assert [t[a:b] for t in ["مع دخول إنتاج البيوت البلاستيكية للأسواق"]
            for a, b in _termed_words(t, "ar", "produce from greenhouses")] == ["البيوت البلاستيكية"]
