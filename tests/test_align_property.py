"""Property: for any similarity structure, every segment of both sides is in exactly one bead, in order."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from amanah.align import AlignParams, align_document, dp_align, windows_from_vectors


def random_windows(n: int, seed: int, dim: int = 8):
    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return windows_from_vectors(x / np.linalg.norm(x, axis=1, keepdims=True), 3)


def assert_partition(beads, n: int, m: int) -> None:
    i = j = 0
    for b in beads:
        assert b.src_start == i and b.tgt_start == j, "beads must be contiguous and in order"
        assert b.src_len + b.tgt_len >= 1
        i += b.src_len
        j += b.tgt_len
    assert (i, j) == (n, m), "every segment of both sides appears exactly once"


@settings(max_examples=150, deadline=None)
@given(n=st.integers(0, 25), m=st.integers(0, 25), seed=st.integers(0, 2**31 - 1),
       full_cells=st.sampled_from([50, 300, 10**6]), band=st.integers(3, 12))
def test_every_segment_in_exactly_one_bead_in_order(n, m, seed, full_cells, band):
    src, tgt = random_windows(n, seed), random_windows(m, seed + 1)
    params = AlignParams(full_cells=full_cells, band=band)
    beads = dp_align(src, tgt, params, src_lens=np.full(n, 30.0), tgt_lens=np.full(m, 40.0))
    assert_partition(beads, n, m)
    assert all((b.src_len, b.tgt_len) in params.bead_types for b in beads)
    assert beads == dp_align(src, tgt, params, src_lens=np.full(n, 30.0), tgt_lens=np.full(m, 40.0))


@settings(max_examples=80, deadline=None)
@given(n=st.integers(0, 20), m=st.integers(0, 20), seed=st.integers(0, 2**31 - 1),
       src_breaks=st.lists(st.booleans(), min_size=20, max_size=20),
       tgt_breaks=st.lists(st.booleans(), min_size=20, max_size=20))
def test_paragraph_first_alignment_is_a_partition_too(n, m, seed, src_breaks, tgt_breaks):
    src, tgt = random_windows(n, seed), random_windows(m, seed + 7)
    src_par = list(np.cumsum([0] + [int(x) for x in src_breaks[:max(n - 1, 0)]]))[:n]
    tgt_par = list(np.cumsum([0] + [int(x) for x in tgt_breaks[:max(m - 1, 0)]]))[:m]
    beads, mode = align_document(src, tgt, np.full(n, 30.0), np.full(m, 40.0), src_par, tgt_par)
    assert mode in ("flat", "paragraphs")
    assert_partition(beads, n, m)
