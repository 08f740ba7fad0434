"""The aligner on small hand-made embeddings whose similarities are known exactly.

Each gold bead gets its own orthogonal "meaning" vectors: a 1-1 bead shares one atom between its
source and target segment; in an (a, b) bead the side with several segments splits the bead's
atoms among its segments, so only the joined window matches the other side's segment exactly
(cos 1) while a single segment matches only partly. Skipped segments get atoms of their own.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from amanah.align import (AlignParams, RawBead, align_document, bead_ratio, calibrate, dp_align, length_ratio,
                          path_band, weighted_median, windows_from_vectors)
from amanah.defaults import BEAD_TYPES


def build(beads: list[tuple[int, int]], dim: int | None = None, seed: int = 0, noise: float = 0.0):
    """Gold beads [(a, b), ...] -> (src windows, tgt windows, gold as [(s0, a, t0, b)])."""
    rng = np.random.default_rng(seed)
    atoms_needed = sum(max(a, b, 1) + (1 if a == b > 1 else 0) for a, b in beads)
    eye = np.eye(dim or atoms_needed, dtype=np.float32)
    src, tgt, gold, atom = [], [], [], 0
    for a, b in beads:
        k = max(a, b) + (1 if a == b > 1 else 0)
        mine = eye[atom:atom + k]
        atom += k
        for side, count, flip in ((src, a, False), (tgt, b, True)):
            if count == 0:
                continue
            # split the bead's k atoms over `count` segments, in order (the target side with the
            # part sizes reversed, so that in a 2-2 bead no single pair matches exactly)
            parts = np.array_split(np.arange(k), count)
            if flip:
                sizes = [len(p) for p in parts][::-1]
                parts = np.split(np.arange(k), np.cumsum(sizes)[:-1])
            for part in parts:
                side.append(mine[part].sum(axis=0))
        gold.append((len(src) - a, a, len(tgt) - b, b))
    src_v = np.array(src, dtype=np.float32).reshape(len(src), -1)
    tgt_v = np.array(tgt, dtype=np.float32).reshape(len(tgt), -1)
    if noise:
        src_v += noise * rng.standard_normal(src_v.shape).astype(np.float32)
        tgt_v += noise * rng.standard_normal(tgt_v.shape).astype(np.float32)
    unit = lambda x: x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)  # noqa: E731
    src_w = windows_from_vectors(unit(src_v), 3) if len(src_v) else []
    tgt_w = windows_from_vectors(unit(tgt_v), 3) if len(tgt_v) else []
    return src_w, tgt_w, gold


def split_atoms(k: int, count: int, flip: bool) -> list[np.ndarray]:
    """Atom indices of each of ``count`` segments sharing a bead's k atoms (target side: sizes reversed)."""
    parts = np.array_split(np.arange(k), count)
    if flip:
        sizes = [len(p) for p in parts][::-1]
        parts = np.split(np.arange(k), np.cumsum(sizes)[:-1])
    return parts


def spans(beads: list[RawBead]) -> list[tuple[int, int, int, int]]:
    """Beads as (s0, a, t0, b); skips of several segments are listed one segment per bead."""
    return [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads]


def canon(items):
    """Order-free form: match beads as they are, a skipped segment as ("src", i) or ("tgt", j)."""
    out = []
    for s0, a, t0, b in items:
        out.append((s0, a, t0, b) if a and b else (("src", s0) if a else ("tgt", t0)))
    return sorted(out, key=repr)


def expand(gold):
    out = []
    for s0, a, t0, b in gold:
        if a and b:
            out.append((s0, a, t0, b))
        else:
            out += [(s0 + i, 1, t0, 0) for i in range(a)] + [(s0, 0, t0 + j, 1) for j in range(b)]
    return out


PARAMS = AlignParams(skip=0.3)


@pytest.mark.parametrize("bead", [t for t in BEAD_TYPES])
def test_every_bead_type_is_found_between_one_to_one_beads(bead):
    layout = [(1, 1)] * 4 + [bead] + [(1, 1)] * 4
    src, tgt, gold = build(layout)
    assert spans(dp_align(src, tgt, PARAMS)) == expand(gold)


@pytest.mark.parametrize("bead", [t for t in BEAD_TYPES])
def test_every_bead_type_with_noise(bead):
    layout = [(1, 1)] * 6 + [bead] + [(1, 1)] * 6
    src, tgt, gold = build(layout, dim=64, noise=0.02)
    assert spans(dp_align(src, tgt, PARAMS)) == expand(gold)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("side", [(1, 0), (0, 1)])
@pytest.mark.parametrize("run", [1, 3, 5])
def test_runs_of_deletions(where, side, run):
    ones = [(1, 1)] * 8
    gap = [side] * run
    layout = {"start": gap + ones, "middle": ones[:4] + gap + ones[4:], "end": ones + gap}[where]
    src, tgt, gold = build(layout)
    assert spans(dp_align(src, tgt, PARAMS)) == expand(gold)


def test_deletion_and_insertion_runs_next_to_merges():
    layout = [(1, 1), (2, 1), (1, 0), (1, 0), (0, 1), (1, 3), (1, 1), (3, 1), (0, 1), (0, 1), (0, 1), (2, 2), (1, 1)]
    src, tgt, gold = build(layout)
    # a 1-0 next to a 0-1 may come in either order at the same cost: compare as sets
    assert canon(spans(dp_align(src, tgt, PARAMS))) == canon(expand(gold))


def test_empty_sides():
    src, _tgt, _ = build([(1, 1)] * 3)
    assert spans(dp_align(src, [], PARAMS)) == [(0, 1, 0, 0), (1, 1, 0, 0), (2, 1, 0, 0)]
    assert spans(dp_align([], src, PARAMS)) == [(0, 0, 0, 1), (0, 0, 1, 1), (0, 0, 2, 1)]
    assert dp_align([], [], PARAMS) == []
    beads, mode = align_document([], [], [], [], [], [], PARAMS)
    assert beads == [] and mode == "flat"


def test_one_segment_each_side_pairs_up():
    src, tgt, gold = build([(1, 1)])
    assert spans(dp_align(src, tgt)) == expand(gold)


def test_unrelated_single_segments_are_both_skipped_with_a_low_skip_cost():
    src, tgt, _ = build([(1, 0), (0, 1)])
    assert canon(spans(dp_align(src, tgt, AlignParams(skip=0.3)))) == [("src", 0), ("tgt", 0)]


def test_bead_types_are_data():
    layout = [(1, 1)] * 3 + [(1, 2)] + [(1, 1)] * 3
    src, tgt, gold = build(layout)
    only_11 = AlignParams(skip=0.3, bead_types=((1, 1), (1, 0), (0, 1)))
    result = dp_align(src, tgt, only_11)
    assert all((b.src_len, b.tgt_len) in only_11.bead_types for b in result)
    assert (3, 1, 3, 2) not in spans(result)
    assert (3, 1, 3, 2) in spans(dp_align(src, tgt, PARAMS))


def test_coarse_to_fine_matches_the_gold_on_a_long_document():
    rng = np.random.default_rng(3)
    layout = []
    for _ in range(700):
        r = rng.random()
        layout.append((1, 1) if r < 0.85 else BEAD_TYPES[int(rng.integers(1, len(BEAD_TYPES)))])
    src, tgt, gold = _random_atoms(layout, seed=1, dim=1024)
    n, m = len(src[0]), len(tgt[0])
    assert (n + 1) * (m + 1) > 100_000
    # multi_penalty 0.2: with nearly orthogonal atoms a 2-2 bead and two 1-1 beads cost the same at 0.25
    coarse = dp_align(src, tgt, AlignParams(skip=0.3, multi_penalty=0.2, full_cells=100_000))
    assert spans(coarse) == expand(gold)


def test_coarse_to_fine_agrees_with_the_full_grid():
    rng = np.random.default_rng(5)
    layout = [(1, 1) if rng.random() < 0.8 else BEAD_TYPES[int(rng.integers(1, len(BEAD_TYPES)))] for _ in range(300)]
    src, tgt, _gold = _random_atoms(layout, seed=2, noise=0.3)
    full = dp_align(src, tgt, AlignParams(full_cells=10**9))
    banded = dp_align(src, tgt, AlignParams(full_cells=1_000))
    assert spans(banded) == spans(full)


def _random_atoms(layout, seed: int, noise: float = 0.0, dim: int = 128):
    """Like ``build`` but atoms are random unit vectors in ``dim`` dimensions (nearly orthogonal)."""
    rng = np.random.default_rng(seed)
    src, tgt, gold = [], [], []
    for a, b in layout:
        k = max(a, b) + (1 if a == b > 1 else 0)
        mine = rng.standard_normal((k, dim)).astype(np.float32)
        mine /= np.linalg.norm(mine, axis=1, keepdims=True)
        for side, count, flip in ((src, a, False), (tgt, b, True)):
            for part in (split_atoms(k, count, flip) if count else []):
                v = mine[part].sum(axis=0) + noise * rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim)
                side.append(v / np.linalg.norm(v))
        gold.append((len(src) - a, a, len(tgt) - b, b))
    return (windows_from_vectors(np.array(src), 3), windows_from_vectors(np.array(tgt), 3), gold)


def test_path_band_is_monotone_and_covers_the_path():
    path = [(0, 0), (1, 1), (1, 5), (3, 6), (6, 6), (8, 9)]
    lo, hi = path_band(path, 8, 9, 1)
    assert lo[0] == 0 and hi[-1] == 9
    assert np.all(np.diff(lo) >= 0) and np.all(np.diff(hi) >= 0)
    for i, j in path:
        assert lo[i] <= j <= hi[i]


def test_skip_cost_is_a_percentile_of_random_pair_costs():
    src, tgt, _ = _random_atoms([(1, 1)] * 30, seed=4, noise=0.5)
    lens = np.full(30, 50.0)
    low = calibrate(src, tgt, AlignParams(skip=None, skip_percentile=1.0), lens, lens)
    high = calibrate(src, tgt, AlignParams(skip=None, skip_percentile=50.0), lens, lens)
    assert 0 < low.skip < high.skip
    fixed = calibrate(src, tgt, AlignParams(skip=0.42), lens, lens)
    assert fixed.skip == 0.42


def test_length_ratio_is_estimated_from_the_document():
    src, tgt, _ = build([(1, 1)] * 5)
    calib = calibrate(src, tgt, AlignParams(), np.full(5, 100.0), np.full(5, 130.0))
    assert calib.ratio == pytest.approx(1.3)


def test_a_missing_passage_does_not_skew_the_length_ratio():
    # five source sentences, four of them without translation: the totals say 0.31 target
    # characters per source character, the one translated pair says 1.3
    src, tgt, _ = build([(1, 1), (1, 0), (1, 0), (1, 0), (1, 0)])
    src_lens, tgt_lens = np.array([100.0, 60.0, 100.0, 100.0, 60.0]), np.array([130.0])
    assert length_ratio(src[0], tgt[0], src_lens, tgt_lens, AlignParams()) == pytest.approx(1.3)
    totals = AlignParams(ratio_anchor_sim=None)
    assert length_ratio(src[0], tgt[0], src_lens, tgt_lens, totals) == pytest.approx(130 / 420)
    # without any anchor similar enough, the totals are all there is
    strict = AlignParams(ratio_anchor_sim=1.01)
    assert length_ratio(src[0], tgt[0], src_lens, tgt_lens, strict) == pytest.approx(130 / 420)


def test_a_document_that_splits_its_sentences_is_aligned_with_the_ratio_of_its_beads():
    # five source sentences, each translated by two target sentences: a main one (the source's
    # nearest neighbour, so the anchors pair it alone and say 220 / 300 characters) and a minor
    # one. The first source sentence barely shows its minor part (weight 0.34 against 0.6)
    eye = np.eye(10, dtype=np.float32)
    src_v = np.array([eye[2 * i] + w * eye[2 * i + 1] for i, w in enumerate([0.34, 0.6, 0.6, 0.6, 0.6])])
    src = windows_from_vectors(src_v / np.linalg.norm(src_v, axis=1, keepdims=True), 3)
    tgt = windows_from_vectors(eye, 3)
    src_lens, tgt_lens = np.full(5, 300.0), np.array([220.0, 150.0] * 5)
    assert calibrate(src, tgt, AlignParams(), src_lens, tgt_lens).ratio == pytest.approx(220 / 300)
    gold = [(i, 1, 2 * i, 2) for i in range(5)]
    one_pass, _ = align_document(src, tgt, src_lens, tgt_lens, [0] * 5, [0] * 10,
                                 replace(AlignParams(), ratio_from_beads=None))
    assert spans(one_pass)[:2] == [(0, 1, 0, 1), (1, 0, 1, 1)]  # the minor part left out as an addition
    assert bead_ratio(one_pass, src_lens, tgt_lens, 0.5) == pytest.approx(370 / 300)
    beads, _ = align_document(src, tgt, src_lens, tgt_lens, [0] * 5, [0] * 10, AlignParams())
    assert spans(beads) == gold
    assert "+beads0.05" in AlignParams().signature()


def test_weighted_median_follows_the_heavier_values():
    assert weighted_median(np.array([3.0, 1.0, 2.0]), np.array([1.0, 1.0, 1.0])) == 2.0
    assert weighted_median(np.array([1.0, 3.0]), np.array([0.4, 0.9])) == 3.0
    assert weighted_median(np.array([1.0, 3.0]), np.array([0.9, 0.4])) == 1.0


def test_length_term_raises_the_cost_of_a_pair_whose_lengths_disagree():
    src, tgt, _ = build([(1, 1), (1, 1), (1, 1)])
    params = AlignParams(skip=0.5, length_weight=0.3)
    lens = np.array([100.0, 100.0, 100.0])
    even = dp_align(src, tgt, params, src_lens=lens, tgt_lens=lens)
    uneven = dp_align(src, tgt, params, src_lens=lens, tgt_lens=np.array([100.0, 100.0, 160.0]))
    assert spans(even) == spans(uneven) == [(0, 1, 0, 1), (1, 1, 1, 1), (2, 1, 2, 1)]
    assert uneven[0].cost == pytest.approx(even[0].cost)
    assert uneven[2].cost > even[2].cost + 0.1


def test_paragraph_first_keeps_paragraphs_together_and_falls_back_when_they_disagree():
    layout = [(1, 1)] * 6
    src, tgt, gold = build(layout)
    lens = np.full(6, 40.0)
    # three paragraphs of two sentences on both sides
    beads, mode = align_document(src, tgt, lens, lens, [0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2], PARAMS)
    assert mode == "paragraphs" and spans(beads) == expand(gold)
    # paragraph 1 of the source has no counterpart: align flat
    src2, tgt2, gold2 = build([(1, 1), (1, 1), (1, 0), (1, 0), (1, 1), (1, 1)])
    beads, mode = align_document(src2, tgt2, lens, np.full(4, 40.0), [0, 0, 1, 1, 2, 2], [0, 0, 1, 1], PARAMS)
    assert mode == "flat" and spans(beads) == expand(gold2)
    # one paragraph on a side: flat
    beads, mode = align_document(src, tgt, lens, lens, [0] * 6, [0, 0, 1, 1, 2, 2], PARAMS)
    assert mode == "flat" and spans(beads) == expand(gold)


def test_same_input_gives_identical_beads():
    rng = np.random.default_rng(9)
    layout = [(1, 1) if rng.random() < 0.7 else BEAD_TYPES[int(rng.integers(1, len(BEAD_TYPES)))] for _ in range(120)]
    src, tgt, _ = _random_atoms(layout, seed=9, noise=0.8)
    first = dp_align(src, tgt, AlignParams(full_cells=2_000))
    second = dp_align([w.copy() for w in src], [w.copy() for w in tgt], AlignParams(full_cells=2_000))
    assert first == second


def test_two_pass_embeds_real_windows_only_around_doubtful_beads(shared_data, embedder):
    from amanah.align import RawBead, align_texts, refine_windows, suspicious_rows
    from amanah.bench.data import parallel_lines

    beads = [RawBead(0, 1, 0, 1, 0.1, 0.9), RawBead(1, 1, 1, 0, 0.55, None), RawBead(2, 1, 1, 1, 0.1, 0.3),
             RawBead(3, 1, 2, 1, 0.1, 0.95), RawBead(4, 1, 3, 1, 0.1, 0.95), RawBead(5, 1, 4, 1, 0.1, 0.95)]
    src_rows, tgt_rows = suspicious_rows(beads, 6, 5, threshold=0.5, pad=1)
    assert src_rows == {0, 1, 2, 3} and tgt_rows == {0, 1, 2}

    ar, en, _ = parallel_lines(shared_data / "flores200_devtest")
    texts = ar[:8]
    singles = embedder.encode(texts)
    approx = windows_from_vectors(singles, 3)
    calls = []

    def encode(batch):
        calls.append(list(batch))
        return embedder.encode(batch)

    refined = refine_windows(approx, texts, {3}, encode)
    assert calls == [[" ".join(texts[2:4]), " ".join(texts[3:5]), " ".join(texts[1:4]), " ".join(texts[2:5]),
                      " ".join(texts[3:6])]]
    assert np.allclose(refined[1][3], embedder.encode([" ".join(texts[3:5])])[0])
    assert np.array_equal(refined[1][0], approx[1][0])  # far from row 3: untouched
    # end to end: a faithful document needs no second pass; a deleted sentence gets a skip bead
    calls.clear()
    encode_only = SimpleNamespace(encode=encode)  # no encode_windows: the two-pass path
    assert [b.src_len for b in align_texts(ar[:10], en[:10], [0] * 10, [0] * 10, encode_only)] == [1] * 10
    assert len(calls) == 2  # the two sides' sentences, nothing more
    damaged = en[:4] + en[5:10]
    for model in (encode_only, embedder):  # two passes, and pooled windows in one
        beads = align_texts(ar[:10], damaged, [0] * 10, [0] * 9, model)
        assert (4, 1, 4, 0) in [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads]


def test_open_junctions_mark_segments_that_run_on():
    from amanah.align import open_junctions, window_joins

    texts = ["The Jazz's game was cancelled,", "as was another NBA game.", "we got to jump right in.",
             "كان أول سباق لها هو سباق التزلج المتعرج،", "حيث حصلت على المركز العاشر.", "A heading", "Body text",
             "and more."]
    # a lower-case start runs on only after a segment with no sentence mark
    assert open_junctions(texts).tolist() == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0]
    assert [w.tolist() for w in window_joins(open_junctions(texts[:3]), 3)] == [[0.0, 0.0, 0.0], [1.0, 0.0], [1.0]]


def test_a_sentence_cut_at_a_comma_is_merged_not_left_as_an_addition(shared_data, embedder):
    from amanah.align import align_texts
    from amanah.bench.data import parallel_lines

    ar, en, _ = parallel_lines(shared_data / "flores200_devtest")
    k = next(i for i, line in enumerate(en) if "Rampro Kanjar" in line)
    cut = en[k].index("Rampro") - 1  # "The accused are named as Baba Kanjar, Bhutha Kanjar," | "Rampro Kanjar, ..."
    src = ar[k - 3:k + 3]
    tgt = en[k - 3:k] + [en[k][:cut].strip(), en[k][cut:].strip()] + en[k + 1:k + 3]
    beads = [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in align_texts(src, tgt, [0] * 6, [0] * 7, embedder)]
    assert (3, 1, 3, 2) in beads
    assert all(a and b for _, a, _, b in beads)  # nothing left unaligned
    without = replace(AlignParams(), join_bonus=0.0)  # the same document without the open-junction prior
    assert (3, 1, 3, 2) not in [(b.src_start, b.src_len, b.tgt_start, b.tgt_len)
                                for b in align_texts(src, tgt, [0] * 6, [0] * 7, embedder, without)]


def test_signature_says_how_windows_were_made():
    params = AlignParams()
    assert "refine<0.5+0" in params.signature() and "join=0.1" in params.signature()
    pooled = params.signature(pooled_windows=True)
    assert "windows=pooled" in pooled and "refine" not in pooled


_ASSIUT_AR = ['أسيوط – أعلنت مديرية الشؤون الصحية بمحافظة أسيوط، يوم الأحد الموافق 12 أكتوبر 2025، أن الفرق الطبية '
              'المتنقلة نجحت في فحص نحو 48 ألف مواطن في 17 قرية تابعة لمركزي ديروط والقوصية خلال الأسابيع الثلاثة '
              'الأولى من المرحلة الجديدة لحملة الكشف المبكر عن فيروس التهاب الكبد "سي"، وذلك في إطار المبادرة '
              'الرئاسية للقضاء على الفيروس.',
              'وقال الدكتور محمود عبد الرحيم الصعيدي، وكيل وزارة الصحة بأسيوط، إن نسبة الإيجابية بين من خضعوا '
              'للتحليل السريع بلغت 3.8 في المئة، وهي نسبة أعلى من المتوسط المسجل في محافظات الدلتا.']
_ASSIUT_EN = ['ASSIUT – The Health Affairs Directorate in Assiut Governorate announced on Sunday, 12 October 2025, that '
              'mobile medical teams had screened about 48,000 people in 17 villages in the Dairut and El-Qusiya districts '
              'during the first three weeks of the new phase of the campaign for the early detection of the hepatitis C '
              'virus.',
              'The campaign is part of the presidential initiative to eliminate the virus.',
              'Dr. Mahmoud Abdel Rahim El-Saidi, undersecretary of the Ministry of Health in Assiut, said the positivity '
              'rate among those who underwent the rapid test had reached 3.8 percent, higher than the average recorded '
              'in the Delta governorates.']


def test_a_last_clause_made_a_sentence_of_its_own_joins_its_bead(embedder):
    from amanah.align import align_texts

    shape = lambda beads: [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads]  # noqa: E731
    # the DP alone leaves the clause's sentence out (the pair is more similar without it) ...
    alone = align_texts(_ASSIUT_AR, _ASSIUT_EN, [0, 0], [0, 0, 0], embedder, replace(AlignParams(), absorb=None))
    assert shape(alone) == [(0, 1, 0, 1), (1, 0, 1, 1), (1, 1, 2, 1)]
    # ... its clause, وذلك في إطار المبادرة الرئاسية, renders it: one 1-2 bead, scored whole
    beads = align_texts(_ASSIUT_AR, _ASSIUT_EN, [0, 0], [0, 0, 0], embedder)
    assert shape(beads) == [(0, 1, 0, 2), (1, 1, 2, 1)]
    whole = embedder.encode([_ASSIUT_AR[0], " ".join(_ASSIUT_EN[:2])])
    assert beads[0].similarity == pytest.approx(float(whole[0] @ whole[1]), abs=1e-6)
    assert "absorb=0.6+0.15" in AlignParams().signature()


def test_a_last_clause_that_nothing_else_renders_joins_below_the_first_similarity(embedder):
    from amanah.align import align_texts

    # an article written for amanah's evaluation: رافضة ما وصفته بمحاولات تسييس = "It rejected what it
    # described as attempts to politicise", 0.54 to its sentence and -0.05 to the sentence paired
    ar = ["وردت الوزارة في بيان صدر مساء اليوم نفسه بأن ملف التعويضات لا يخص سوى 23 أسرة، وأن لجنة مختصة ستبدأ صرف "
          "المستحقات قبل نهاية شهر أبريل المقبل، رافضة ما وصفته بمحاولات تسييس مشروع تنموي يخدم جميع سكان الولاية."]
    en = ["In a statement issued the same evening, the ministry responded that the compensation issue concerns only 23 "
          "families and that a dedicated committee would begin making payments before the end of next April.",
          "It rejected what it described as attempts to politicise a development project that serves all the region's "
          "inhabitants."]
    shape = lambda beads: [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads]  # noqa: E731
    strict = replace(AlignParams(), absorb_alone=1.0)
    assert shape(align_texts(ar, en, [0], [0, 0], embedder, strict)) == [(0, 1, 0, 1), (1, 0, 1, 1)]
    assert shape(align_texts(ar, en, [0], [0, 0], embedder)) == [(0, 1, 0, 2)]
    assert "absorb=0.6+0.15/0.5+0.4" in AlignParams().signature()


def test_a_last_clause_at_the_edge_joins_by_the_first_margin(embedder):
    from amanah.align import align_texts

    # batch 68: وذلك في حفل احتضنه مقر المعهد التقني للزراعات الواسعة بسطيف = "The certificate was
    # presented at a ceremony ...", 0.55 to its sentence against 0.21 to the sentence paired: the last
    # clause of the sentence the skipped one follows
    ar = ["سطيف - تسلّمت الجزائر، يوم الثلاثاء، شهادة من هيئة مكافحة الجراد الصحراوي في المنطقة الغربية التابعة لمنظمة "
          "الأغذية والزراعة للأمم المتحدة (فاو) تؤكد خلو ولايات الهضاب العليا من أي بؤر لتكاثر الجراد الصحراوي خلال "
          "الموسم الفلاحي 2024-2025، وذلك في حفل احتضنه مقر المعهد التقني للزراعات الواسعة بسطيف."]
    en = ["Setif – Algeria on Tuesday received a certificate from the Commission for Controlling the Desert Locust in the "
          "Western Region, part of the Food and Agriculture Organization of the United Nations (FAO), confirming that the "
          "high plateau provinces were free of any desert locust breeding sites during the 2024-2025 farming season.",
          "The certificate was presented at a ceremony held at the headquarters of the Technical Institute for Field "
          "Crops in Setif."]
    shape = lambda beads: [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads]  # noqa: E731
    off = replace(AlignParams(), absorb_edge=False)
    assert shape(align_texts(ar, en, [0], [0, 0], embedder, off)) == [(0, 1, 0, 1), (1, 0, 1, 1)]
    assert shape(align_texts(ar, en, [0], [0, 0], embedder)) == [(0, 1, 0, 2)]
    assert AlignParams().signature().endswith("absorb=0.6+0.15/0.5+0.4+edge2+anchor0.3)")
    # batch 91: a sentence made of the last two clauses (نافياً ... بسبب نقص المساحات الخزنية), where the
    # last one alone, split off at بسبب, is no rendering of it
    ar = ["وأوضح أن الشركة باشرت بنقل الكميات الفائضة من سايلوات المحافظات الجنوبية إلى سايلوات بغداد والأنبار عبر أكثر "
          "من 600 شاحنة يومياً، لتخفيف الزخم على مواقع الاستلام ومنع تكدس الشاحنات أمامها، نافياً وجود أي حالات رفض "
          "لاستلام الحنطة من الفلاحين بسبب نقص المساحات الخزنية."]
    en = ["He explained that the company had begun moving surplus quantities from silos in the southern provinces to "
          "silos in Baghdad and Anbar using more than 600 trucks a day, in order to ease pressure on the receiving sites "
          "and prevent trucks from piling up outside them.",
          "He denied that there had been any cases of wheat being refused from farmers because of a lack of storage "
          "space."]
    assert shape(align_texts(ar, en, [0], [0, 0], embedder)) == [(0, 1, 0, 2)]


def test_an_added_sentence_is_not_absorbed(embedder):
    from amanah.align import align_texts

    # a sentence of new content beside the same bead stays a skip (its best clause match is far lower)
    en = [_ASSIUT_EN[0], "Officials said the hospital plans to open a second treatment clinic next year.", _ASSIUT_EN[2]]
    beads = align_texts(_ASSIUT_AR, en, [0, 0], [0, 0, 0], embedder)
    assert [(b.src_len, b.tgt_len) for b in beads] == [(1, 1), (0, 1), (1, 1)]


def test_a_last_clause_of_names_and_number_words_joins_by_its_number(embedder):
    from amanah.align import align_texts

    # the clause matches its English sentence at 0.40 only (number words, transliterated names), but
    # both hold 650,000: the skipped sentence joins its bead
    ar = ["وتبلغ الطاقة الاستيعابية للمحطة الجديدة 72 ألف متر مكعب يومياً، أي ما يعادل ضعف طاقة المحطة القديمة التي لم "
          "تعد قادرة منذ سنوات على استيعاب الكميات المتزايدة من المياه المستعملة، وستخدم نحو ستمئة وخمسين ألف ساكن في "
          "معتمديات صفاقس المدينة وساقية الزيت وساقية الداير والعين.",
          "وقدرت الكلفة الجملية للمشروع بحوالي 186 مليون دينار، ساهم البنك الأوروبي للاستثمار بنسبة 45 بالمئة منها."]
    en = ["The new plant has a capacity of 72,000 cubic metres per day, twice the capacity of the old plant, which for "
          "years has no longer been able to absorb the growing volumes of wastewater.",
          "It will serve about 650,000 residents in the delegations of Sfax Ville, Sakiet Ezzit, Sakiet Eddaier and El Ain.",
          "The total cost of the project was estimated at about 186 million dinars, 45 percent of which was contributed "
          "by the European Investment Bank."]
    beads = align_texts(ar, en, [0, 0], [0, 0, 0], embedder)
    assert [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads] == [(0, 1, 0, 2), (1, 1, 2, 1)]


def test_a_last_clause_joins_by_its_number_at_a_low_similarity(embedder):
    from amanah.align import align_texts

    # batch 161: في حين لا تتجاوز الطاقة الاستيعابية للمراكز الستة ألفي مركبة = "The six centres, however, can handle
    # no more than 2,000.", 0.31 to the embedder (0.10 to the sentence paired): both hold 2,000
    ar = ["وقال مدير إدارة الفحص الفني العميد يوسف الخالدي في تصريح صحفي يوم الأحد إن الإدارة تستقبل يوميًا نحو ٣٥٠٠ "
          "مركبة، في حين لا تتجاوز الطاقة الاستيعابية للمراكز الستة ألفي مركبة."]
    en = ["The director of the technical inspection department, Brigadier Youssef Al-Khalidi, said in a press statement "
          "on Sunday that the department receives about 3,500 vehicles a day.",
          "The six centres, however, can handle no more than 2,000."]
    shape = lambda beads: [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads]  # noqa: E731
    before = replace(AlignParams(), absorb_anchored=0.35)
    assert shape(align_texts(ar, en, [0], [0, 0], embedder, before)) == [(0, 1, 0, 1), (1, 0, 1, 1)]
    assert shape(align_texts(ar, en, [0], [0, 0], embedder)) == [(0, 1, 0, 2)]


def test_a_last_clause_of_names_joins_by_two_names(embedder):
    from amanah.align import align_texts

    # بين المنيعة وعين صالح ثم تمنراست: 0.39 to the embedder, and three names of the sentence it became
    ar = ["وقال المدير إن الأشغال في الشطر الثاني، الممتد من الأغواط إلى غرداية ثم المنيعة، بلغت نسبة تقدمها 62 في "
          "المئة، ومن المنتظر تسليمه في الثلاثي الأخير من عام 2027، في حين لم تنطلق بعد الأشغال في الشطرين المتبقيين "
          "الرابطين بين المنيعة وعين صالح ثم تمنراست.",
          "وأضاف أن القطارات الجديدة ستنقل نحو مليون مسافر سنوياً."]
    en = ["The director said that work on the second section, which runs from Laghouat to Ghardaia and then El Meniaa, "
          "is 62 percent complete and is expected to be handed over in the last quarter of 2027.",
          "Work has not yet begun on the two remaining sections linking El Meniaa with In Salah and then Tamanrasset.",
          "He added that the new trains will carry about one million passengers a year."]
    beads = align_texts(ar, en, [0, 0], [0, 0, 0], embedder)
    assert [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads] == [(0, 1, 0, 2), (1, 1, 2, 1)]


def test_a_last_clause_joins_by_its_weekday(embedder):
    from amanah.align import align_texts

    # حتى ظهر يوم الخميس = "until noon on Thursday": the clause made a sentence shares its weekday
    ar = ["من جهتها، ذكرت إدارة الأرصاد الجوية أن سرعة الرياح الشمالية الغربية بلغت 65 كيلومتراً في الساعة في منطقة "
          "الجهراء، و58 كيلومتراً في الساعة في منطقة الصليبية، وهي أعلى سرعة تسجل منذ شهر مايو من العام الماضي، متوقعة "
          "أن تستمر الأجواء المغبرة حتى ظهر يوم الخميس."]
    en = ["For its part, the Meteorological Department said that north-westerly winds reached 65 kilometres per hour "
          "in the Jahra area and 58 kilometres per hour in the Sulaibiya area, the highest speed recorded since May of "
          "last year.", "It expected the dusty conditions to continue until noon on Thursday."]
    beads = align_texts(ar, en, [0], [0, 0], embedder)
    assert [(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads] == [(0, 1, 0, 2)]
