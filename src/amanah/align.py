"""Sentence alignment: dynamic programming over embedding similarities, in linear time.

Pure functions over numpy arrays. Inputs are *window embeddings*: ``src[k-1]`` has shape
(n - k + 1, d) and row i is the embedding of source segments i..i+k-1 joined (likewise ``tgt``).
A bead type (a, b) consumes a source and b target segments (``defaults.BEAD_TYPES``).

Cost of a match bead (a, b) starting at source i, target j::

    (1 - cos(src[a-1][i], tgt[b-1][j])) / hub(i, j) * (a + b) / 2      # similarity with hubness margin
    + length_weight * |log((len_t + c) / (ratio * len_s + c))|           # length, ratio from the document
    + multi_penalty * (a + b - 2)                                        # ties go to the simpler bead

``hub`` is the mean dissimilarity of the two windows to evenly spread segments of the other
side (the hubness correction of Thompson & Koehn 2019: a window that is close to everything is
not a good match to anything in particular). A 1-0 / 0-1 bead costs ``skip``, a percentile of
the costs of random (mostly wrong) 1-1 pairs of the same document, so the deletion cost adapts to
the document's model, language pair and genre instead of being a fixed constant.

Linear cost: when the grid is larger than ``full_cells`` the aligner halves both sides
(averaging neighbouring sentence vectors), aligns the coarse pair recursively, projects that path
onto the fine grid and searches only a band of ``band`` cells around it. Every level costs
O((n + m) * band); nothing of size n x m is ever built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from .defaults import BEAD_TYPES

COARSE_BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))
"""Bead types used on the coarse (downsampled) levels, where only the rough path matters."""


@dataclass(frozen=True)
class AlignParams:
    """Aligner settings; ``signature()`` records them. Calibrated on tico19_dev + flores200_devtest."""

    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES
    skip_percentile: float = 2.0
    """With ``skip=None``: skip (1-0 / 0-1) cost = this percentile of the costs of random 1-1 pairs
    of the document. On the tuning set a fixed skip did better (bead F1 0.994 vs 0.961)."""
    skip: float | None = 0.55
    """Fixed skip cost, in units where a random pair costs about 1 (None: the calibrated percentile)."""
    length_weight: float = 0.15
    """Weight of the length term |log(len_t / (ratio * len_s))| (0: off)."""
    length_smoothing: float = 15.0
    """Characters added to both lengths in the length term (short segments vary more)."""
    ratio_anchor_sim: float | None = 0.5
    """The length ratio is that of the document's anchors, mutual nearest sentences at least this
    similar (grids up to ``full_cells``), not of its totals, which a missing passage skews: a
    5-sentence document with 4 English sentences deleted has a total ratio of 0.3 against 1.2 for
    its translated pairs, and the length term then favours merging a deleted sentence into its
    neighbour's bead (None: totals)."""
    ratio_from_beads: float | None = 0.05
    """After the first pass, the ratio is estimated again over its match beads at least
    ``ratio_anchor_sim`` similar, where a sentence split in two counts whole, and the document is
    aligned again when that moves the ratio by more than this (log) fraction. Mutual nearest
    sentences undercount a document that splits most of its long sentences: an Arabic sentence's
    nearest English sentence is then its first half, the anchors give 0.76 English characters per
    Arabic one against 1.24 in the whole (faithful) article, and the length term holds the split
    sentence's second half out of its bead (None: one pass)."""
    hubness: bool = True
    """Divide 1 - cos by the windows' mean dissimilarity to the other side (margin)."""
    multi_penalty: float = 0.25
    """Added per extra segment in a bead (a + b - 2): ties go to the simpler bead."""
    hub_samples: int = 64
    """Segments of the other side each window is compared to for the hubness normaliser."""
    calib_samples: int = 4000
    """Random 1-1 pairs whose cost percentile gives the skip cost."""
    calib_offdiag: float | None = None
    """When set, calibration pairs lie further than this fraction of the length (and 2 segments) off the
    diagonal. Off by default: on the tuning set the percentile over all pairs did better (0.962 vs 0.938 F1)."""
    band: int = 10
    """Half width (cells) of the band searched around the projected coarse path."""
    full_cells: int = 300_000
    """Grids up to this many cells are searched whole; larger ones go coarse-to-fine."""
    gain_weight: float = 2.0
    """A bead of several segments must be more similar than its best single segment is to the other
    side's window: the shortfall (plus ``gain_margin``), times this weight, is added to its cost.
    Stops a merge bead from swallowing a neighbouring sentence that has no translation (0: off)."""
    gain_margin: float = 0.05
    join_bonus: float = 0.1
    """Subtracted per *open junction* inside a multi-segment bead: a segment that ends in a clause
    mark (, ، ; ؛ :), or in no sentence mark before one that starts in lower case, continues into
    the next (``open_junctions``), so the two are one sentence cut in two; a bead whose junctions
    are all open is also exempt from the gain term (a fragment of the same sentence adds little
    similarity of its own). Tuning set: 0.05-0.15 give the same F1, 0.25 loses deletions."""
    refine: bool = True
    """Re-embed doubtful windows for a second pass (False: approximate windows only)."""
    refine_below: float = 0.5
    """Two passes: approximate multi-segment windows first (sums of sentence vectors), then real
    embeddings of the windows around every bead that is not a 1-1 match at least this similar."""
    refine_pad: int = 0
    """Segments around such a bead whose windows are embedded for the second pass."""
    paragraph_min_sim: float = 0.35
    """Paragraph-first alignment is kept only when every paragraph bead is a match at least this similar."""
    absorb: float | None = 0.6
    """A skip bead beside a match bead joins it when a clause of the match bead's other side renders
    the skipped segment at least this similar, and by ``absorb_margin`` better than the match bead's
    own side renders that clause (``absorb_split_segments``; None: off)."""
    absorb_margin: float = 0.15
    absorb_alone: float = 0.5
    """A clause that renders the skipped segment at least this similar also suffices where the match
    bead's own side renders it ``absorb_alone_margin`` worse or more: a clause nothing else renders."""
    absorb_alone_margin: float = 0.4
    absorb_edge: bool = True
    """A clause at the edge the skipped segment stands on (the last clause of the sentence it follows,
    and the ones before it while those after them render the skipped segment better than their own
    side: ``edge2`` in the signature) that renders it at least ``absorb_alone`` similar suffices by
    ``absorb_margin`` alone."""
    absorb_anchored: float = 0.3
    """The similarity that suffices where the clause and the skipped segment hold a number of the same
    value, a weekday or month, or two names (``share_anchors``): the embedder matches a clause of names
    and number words poorly (وستخدم نحو ستمئة وخمسين ألف ساكن في معتمديات صفاقس = "It will serve about
    650,000 residents in the delegations of Sfax", 0.40; في حين لا تتجاوز الطاقة الاستيعابية للمراكز الستة
    ألفي مركبة = "The six centres, however, can handle no more than 2,000.", 0.31, batch 161: 0.35 until
    version 0.2.60)."""

    def signature(self, pooled_windows: bool = False) -> str:
        """The settings as a string; ``pooled_windows``: the embedder pools every window itself
        (``encode_windows``), so there is no second pass and ``refine`` does not apply."""
        types = "+".join(f"{a}-{b}" for a, b in self.bead_types)
        skip = f"skip={self.skip}" if self.skip is not None else f"skip=p{self.skip_percentile}"
        if self.calib_offdiag is not None:
            skip += f"/off{self.calib_offdiag}"
        refine = f"refine<{self.refine_below}+{self.refine_pad}" if self.refine else "refine=0"
        if pooled_windows:
            refine = "windows=pooled"
        return (f"dp2(beads={types},{skip},len={self.length_weight},hub={int(self.hubness)},"
                f"ratio={'nn' + str(self.ratio_anchor_sim) if self.ratio_anchor_sim is not None else 'all'}"
                f"{'+beads' + str(self.ratio_from_beads) if self.ratio_from_beads is not None else ''},"
                f"multi={self.multi_penalty},gain={self.gain_weight}+{self.gain_margin},join={self.join_bonus},"
                f"{refine},band={self.band},para={self.paragraph_min_sim}"
                f"{f',absorb={self.absorb}+{self.absorb_margin}/{self.absorb_alone}+{self.absorb_alone_margin}' if self.absorb is not None else ''}"
                f"{'+edge2' if self.absorb is not None and self.absorb_edge else ''}"
                f"{f'+anchor{self.absorb_anchored}' if self.absorb is not None else ''})")


@dataclass(frozen=True)
class RawBead:
    """A bead as index ranges: source[i:i+a], target[j:j+b]; ``similarity`` None for skips."""

    src_start: int
    src_len: int
    tgt_start: int
    tgt_len: int
    cost: float
    similarity: float | None


@dataclass(frozen=True)
class Calibration:
    """Document-level quantities the costs depend on (computed once, shared by sub-problems)."""

    skip: float
    ratio: float
    """Target characters per source character, estimated from the document."""
    src_hub: tuple[np.ndarray, ...]
    """Per window size k: (n - k + 1,) hubness normaliser of each source window."""
    tgt_hub: tuple[np.ndarray, ...]

    def sub(self, s0: int, s1: int, t0: int, t1: int) -> "Calibration":
        """The calibration of the sub-grid source[s0:s1] x target[t0:t1]."""
        return replace(self, src_hub=_slice_windows(self.src_hub, s0, s1),
                       tgt_hub=_slice_windows(self.tgt_hub, t0, t1))


def _slice_windows(windows: Sequence[np.ndarray], start: int, stop: int) -> tuple[np.ndarray, ...]:
    """Windows lying wholly inside items [start, stop): size k keeps rows start..stop-k."""
    return tuple(w[start:stop - k + 1] for k, w in enumerate(windows, 1) if stop - start >= k)


def suspicious_rows(beads: Sequence[RawBead], n: int, m: int, threshold: float, pad: int) -> tuple[set[int], set[int]]:
    """Source and target segments in or near (``pad``) a bead that is not a confident 1-1 match."""
    src_rows: set[int] = set()
    tgt_rows: set[int] = set()
    for b in beads:
        if b.src_len == 1 and b.tgt_len == 1 and b.similarity is not None and b.similarity >= threshold:
            continue
        src_rows.update(range(max(0, b.src_start - pad), min(n, b.src_start + b.src_len + pad)))
        tgt_rows.update(range(max(0, b.tgt_start - pad), min(m, b.tgt_start + b.tgt_len + pad)))
    return src_rows, tgt_rows


def refine_windows(windows: Sequence[np.ndarray], texts: Sequence[str], rows: set[int], encode) -> list[np.ndarray]:
    """Replace the approximate multi-segment window vectors that touch ``rows`` by real embeddings.

    ``windows``: as from ``windows_from_vectors``; only windows of size >= 2 touching a row are
    re-embedded (with ``encode``, one call), so a faithful 1-1 document costs nothing extra.
    """
    out = [windows[0]] + [w.copy() for w in windows[1:]]
    wanted: list[tuple[int, int]] = []
    for k in range(2, len(windows) + 1):
        starts = sorted({s for r in rows for s in range(r - k + 1, r + 1) if 0 <= s <= len(texts) - k})
        wanted += [(k, s) for s in starts]
    if wanted:
        vectors = np.asarray(encode([" ".join(texts[s:s + k]) for k, s in wanted]), dtype=np.float32)
        for (k, s), v in zip(wanted, vectors):
            out[k - 1][s] = v
    return out


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def windows_from_vectors(vectors: np.ndarray, max_size: int) -> list[np.ndarray]:
    """Window vectors as normalised sums of consecutive unit vectors (no re-embedding)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    out = [vectors]
    for k in range(2, max_size + 1):
        if k > len(vectors):
            break
        csum = np.concatenate([np.zeros((1, vectors.shape[1]), np.float32), np.cumsum(vectors, axis=0)])
        out.append(_unit(csum[k:] - csum[:-k]))
    return out


_CLAUSE_END = re.compile(r"[,،;؛:\-\u2013\u2014]\s*$")
_SENTENCE_END = re.compile(r"[.!?؟…][\"'”’»)\]]*\s*$")
_LOWER_START = re.compile(r"^\W*[a-z]")


def open_junctions(texts: Sequence[str]) -> np.ndarray:
    """(n,) float: 1.0 where segment i runs on into segment i + 1, else 0.0 (always 0.0 for the
    last segment). It runs on when it ends in a clause mark, or when it ends in no sentence mark
    and the next one starts in lower case (social-media lines start in lower case after a full
    stop too)."""
    out = np.zeros(len(texts), dtype=np.float64)
    for i in range(len(texts) - 1):
        out[i] = float(bool(_CLAUSE_END.search(texts[i]) or (
            not _SENTENCE_END.search(texts[i]) and _LOWER_START.match(texts[i + 1]))))
    return out


def window_joins(joins: np.ndarray, max_size: int) -> list[np.ndarray]:
    """Per window size k: (n - k + 1,) open junctions inside each window (between its k segments)."""
    joins = np.asarray(joins, dtype=np.float64)
    csum = np.concatenate([[0.0], np.cumsum(joins)])
    return [csum[k - 1:len(joins)] - csum[:len(joins) - k + 1] for k in range(1, max_size + 1) if k <= len(joins)]


def window_lengths(lengths: np.ndarray, max_size: int) -> list[np.ndarray]:
    """Per window size k: (n - k + 1,) summed lengths."""
    lengths = np.asarray(lengths, dtype=np.float64)
    csum = np.concatenate([[0.0], np.cumsum(lengths)])
    return [csum[k:] - csum[:-k] for k in range(1, max_size + 1) if k <= len(lengths)]


def hub_normalizer(windows: Sequence[np.ndarray], others: np.ndarray, samples: int) -> tuple[np.ndarray, ...]:
    """Per window row: mean (1 - cos) to ``samples`` evenly spread rows of ``others`` (m, d)."""
    if len(others) == 0:
        return tuple(np.ones(len(w), dtype=np.float32) for w in windows)
    picks = np.unique(np.linspace(0, len(others) - 1, num=min(samples, len(others))).astype(int))
    sample = others[picks]
    return tuple(np.maximum(1.0 - (w @ sample.T).mean(axis=1), 0.05).astype(np.float32) if len(w) else
                 np.zeros(0, dtype=np.float32) for w in windows)


def _bead_costs(sim: np.ndarray, a: int, b: int, hs: np.ndarray, ht: np.ndarray, ls: np.ndarray | None,
                lt: np.ndarray | None, ratio: float, params: AlignParams) -> np.ndarray:
    """Costs of (a, b) beads: ``sim`` (R, C), per-row source and per-column target quantities."""
    if params.hubness:
        cost = (1.0 - sim) / ((hs[:, None] + ht[None, :]) * 0.5)
    else:
        cost = 1.0 - sim.astype(np.float64)
    cost = cost * ((a + b) * 0.5) + params.multi_penalty * (a + b - 2)
    if params.length_weight and ls is not None and lt is not None:
        c = params.length_smoothing
        cost = cost + params.length_weight * np.abs(np.log((lt[None, :] + c) / (ratio * ls[:, None] + c)))
    return cost


class _ChunkSims:
    """Similarities of source windows (size a) x target windows (size b) for one chunk of rows.

    Each (a, b) block covers window starts [r_lo, r_hi) x [c_lo, c_hi), computed once and sliced:
    the bead costs and the single-segment parts of multi-segment beads share it.
    """

    def __init__(self, src: Sequence[np.ndarray], tgt: Sequence[np.ndarray], r_lo: int, r_hi: int,
                 c_lo: int, c_hi: int) -> None:
        self.src, self.tgt = src, tgt
        self.r_lo, self.r_hi, self.c_lo, self.c_hi = r_lo, r_hi, c_lo, c_hi
        self._blocks: dict[tuple[int, int], np.ndarray] = {}

    def get(self, a: int, b: int, s_lo: int, s_hi: int, t_lo: int, t_hi: int) -> np.ndarray:
        """(s_hi - s_lo, t_hi - t_lo): cos(src[a-1][s], tgt[b-1][t])."""
        if (a, b) not in self._blocks:
            rows = self.src[a - 1][self.r_lo:min(self.r_hi, len(self.src[a - 1]))]
            cols = self.tgt[b - 1][self.c_lo:min(self.c_hi, len(self.tgt[b - 1]))]
            self._blocks[(a, b)] = rows @ cols.T
        return self._blocks[(a, b)][s_lo - self.r_lo:s_hi - self.r_lo, t_lo - self.c_lo:t_hi - self.c_lo]

    def best_part(self, a: int, b: int, s_lo: int, s_hi: int, t_lo: int, t_hi: int) -> np.ndarray:
        """(R, C): for (a, b) beads at source windows s_lo..s_hi-1 x target windows t_lo..t_hi-1, the
        highest similarity of a single segment of a multi-segment side to the other side's window."""
        best = np.full((s_hi - s_lo, t_hi - t_lo), -np.inf, dtype=np.float32)
        for c in range(a if a > 1 else 0):
            best = np.maximum(best, self.get(1, b, s_lo + c, s_hi + c, t_lo, t_hi))
        for c in range(b if b > 1 else 0):
            best = np.maximum(best, self.get(a, 1, s_lo, s_hi, t_lo + c, t_hi + c))
        return best


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The value at which the (n,) weights, taken in order of value, first reach half their sum."""
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(np.asarray(weights, np.float64)[order])
    return float(np.asarray(values)[order][np.searchsorted(cum, cum[-1] * 0.5)])


def length_ratio(src1: np.ndarray, tgt1: np.ndarray, src_lens: np.ndarray | None, tgt_lens: np.ndarray | None,
                 params: AlignParams) -> float:
    """Target characters per source character: ``src1`` (n, d) and ``tgt1`` (m, d) sentence vectors.

    Over the anchors (mutual nearest neighbours at least ``ratio_anchor_sim`` similar) when the grid
    is small enough to compare whole, else, or without anchors, over the totals.
    """
    if src_lens is None or tgt_lens is None or np.sum(src_lens) <= 0 or np.sum(tgt_lens) <= 0:
        return 1.0
    src_lens, tgt_lens = np.asarray(src_lens, np.float64), np.asarray(tgt_lens, np.float64)
    n, m = len(src1), len(tgt1)
    if params.ratio_anchor_sim is not None and (n + 1) * (m + 1) <= params.full_cells:
        sim = src1 @ tgt1.T
        best_t, best_s = sim.argmax(axis=1), sim.argmax(axis=0)
        rows = np.flatnonzero((best_s[best_t] == np.arange(n)) & (sim[np.arange(n), best_t] >= params.ratio_anchor_sim))
        if len(rows):
            ratios = tgt_lens[best_t[rows]] / np.maximum(src_lens[rows], 1.0)
            return weighted_median(ratios, sim[rows, best_t[rows]])
    return float(tgt_lens.sum() / src_lens.sum())


def calibrate(src: Sequence[np.ndarray], tgt: Sequence[np.ndarray], params: AlignParams = AlignParams(),
              src_lens: np.ndarray | None = None, tgt_lens: np.ndarray | None = None) -> Calibration:
    """Skip cost, length ratio and hubness normalisers of one document (linear in its length)."""
    n = len(src[0]) if src else 0
    m = len(tgt[0]) if tgt else 0
    src_hub = hub_normalizer(src, tgt[0], params.hub_samples) if m else tuple(np.ones(len(w), np.float32) for w in src)
    tgt_hub = hub_normalizer(tgt, src[0], params.hub_samples) if n else tuple(np.ones(len(w), np.float32) for w in tgt)
    ratio = length_ratio(src[0], tgt[0], src_lens, tgt_lens, params) if n and m else 1.0
    if params.skip is not None or n == 0 or m == 0:
        return Calibration(params.skip if params.skip is not None else 1.0, ratio, src_hub, tgt_hub)
    # random pairs away from the proportional diagonal (where the true pairs of most documents lie)
    rng = np.random.default_rng(12345)
    if n * m <= params.calib_samples:
        ii, jj = np.divmod(np.arange(n * m), m)
    else:
        ii = rng.integers(0, n, params.calib_samples)
        jj = rng.integers(0, m, params.calib_samples)
    if params.calib_offdiag is not None:
        off = np.abs(jj - ii * (m / n)) > max(2.0, params.calib_offdiag * max(n, m))
        if off.sum() >= 8:
            ii, jj = ii[off], jj[off]
    sim = np.einsum("ij,ij->i", src[0][ii], tgt[0][jj]).astype(np.float64)
    ls = None if src_lens is None else np.asarray(src_lens, np.float64)[ii]
    lt = None if tgt_lens is None else np.asarray(tgt_lens, np.float64)[jj]
    # pairwise (diagonal) version of _bead_costs
    if params.hubness:
        base = (1.0 - sim) / ((src_hub[0][ii] + tgt_hub[0][jj]) * 0.5)
    else:
        base = 1.0 - sim
    if params.length_weight and ls is not None and lt is not None:
        c = params.length_smoothing
        base = base + params.length_weight * np.abs(np.log((lt + c) / (ratio * ls + c)))
    return Calibration(float(np.percentile(base, params.skip_percentile)), ratio, src_hub, tgt_hub)


def path_band(path: Sequence[tuple[int, int]], n: int, m: int, band: int) -> tuple[np.ndarray, np.ndarray]:
    """(n + 1,) inclusive lower/upper target limits per source row: ``band`` cells around a monotone path."""
    pts = np.asarray(path, dtype=np.int64).reshape(-1, 2)
    rmin = np.full(n + 1, m + 1, dtype=np.int64)
    rmax = np.full(n + 1, -1, dtype=np.int64)
    np.minimum.at(rmin, pts[:, 0], pts[:, 1])
    np.maximum.at(rmax, pts[:, 0], pts[:, 1])
    fwd = np.maximum.accumulate(np.maximum(rmax, 0))              # last j reached at or before row i
    bwd = np.minimum.accumulate(np.minimum(rmin, m)[::-1])[::-1]  # first j reached at or after row i
    span_lo, span_hi = np.minimum(fwd, bwd), np.maximum(fwd, bwd)
    pad_lo = np.concatenate([np.full(band, span_lo[0]), span_lo, np.full(band, span_lo[-1])])
    pad_hi = np.concatenate([np.full(band, span_hi[0]), span_hi, np.full(band, span_hi[-1])])
    win = 2 * band + 1
    lo = np.lib.stride_tricks.sliding_window_view(pad_lo, win).min(axis=1) - band
    hi = np.lib.stride_tricks.sliding_window_view(pad_hi, win).max(axis=1) + band
    lo, hi = np.clip(lo, 0, m), np.clip(hi, 0, m)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m
    return lo, hi


def full_band(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)


def _add_shifted(out: np.ndarray, row: np.ndarray, row_lo: int, start: int, extra) -> None:
    """out[:] = (banded ``row`` at absolute columns start..start+len(out)-1) + ``extra``, inf outside."""
    width = len(out)
    a = max(start, row_lo)
    b = min(start + width, row_lo + len(row))
    if b > a:
        add = extra[a - start:b - start] if isinstance(extra, np.ndarray) else extra
        out[a - start:b - start] = row[a - row_lo:b - row_lo] + add


def _chunks(lo: np.ndarray, hi: np.ndarray, max_rows: int = 32, max_cells: int = 200_000):
    """Row ranges [r0, r1) whose bounding column range keeps the similarity block small."""
    n1 = len(lo)
    r0 = 0
    while r0 < n1:
        r1 = r0 + 1
        while r1 < n1 and r1 - r0 < max_rows and (r1 + 1 - r0) * (hi[r1] - lo[r0] + 4) <= max_cells:
            r1 += 1
        yield r0, r1
        r0 = r1


def _banded_dp(src: Sequence[np.ndarray], tgt: Sequence[np.ndarray], src_lens: Sequence[np.ndarray] | None,
               tgt_lens: Sequence[np.ndarray] | None, calib: Calibration, types: Sequence[tuple[int, int]],
               lo: np.ndarray, hi: np.ndarray, params: AlignParams,
               src_joins: Sequence[np.ndarray] | None = None, tgt_joins: Sequence[np.ndarray] | None = None) -> list[RawBead]:
    """The DP proper over rows 0..n, columns lo[i]..hi[i] of row i (``*_joins``: ``window_joins``)."""
    n, m = len(src[0]), len(tgt[0])
    types = [(a, b) for a, b in types if a <= len(src) and b <= len(tgt)]
    match = [(k, a, b) for k, (a, b) in enumerate(types) if a and b]
    del_src = next((k for k, t in enumerate(types) if t == (1, 0)), None)
    ins_tgt = next((k for k, t in enumerate(types) if t == (0, 1)), None)
    skip = calib.skip
    cost_rows: list[np.ndarray] = []
    back_rows: list[np.ndarray] = []
    cand_types = np.array([k for k, _, _ in match] + ([del_src] if del_src is not None else [-1]))
    for r0, r1 in _chunks(lo, hi):
        c0, c1 = int(lo[r0]), int(hi[r1 - 1])
        max_a = max(a for _, a, _ in match)
        max_b = max(b for _, _, b in match)
        sims = _ChunkSims(src, tgt, max(r0 - max_a, 0), min(r1, n), max(c0 - max_b, 0), min(c1 + 1, m))
        blocks = {}
        for k, a, b in match:
            # rows i in [r0, r1) -> source window i - a; columns j in [c0, c1] -> target window j - b
            s_lo, s_hi = max(r0 - a, 0), min(r1 - a, n - a + 1)
            t_lo, t_hi = max(c0 - b, 0), min(c1 + 1 - b, m - b + 1)
            block = np.full((r1 - r0, c1 - c0 + 1), np.inf)
            if s_hi > s_lo and t_hi > t_lo:
                sim = sims.get(a, b, s_lo, s_hi, t_lo, t_hi)
                ls = src_lens[a - 1][s_lo:s_hi] if src_lens is not None else None
                lt = tgt_lens[b - 1][t_lo:t_hi] if tgt_lens is not None else None
                cost = _bead_costs(sim, a, b, calib.src_hub[a - 1][s_lo:s_hi], calib.tgt_hub[b - 1][t_lo:t_hi],
                                   ls, lt, calib.ratio, params)
                if params.gain_weight and a + b > 2:
                    best_part = sims.best_part(a, b, s_lo, s_hi, t_lo, t_hi)
                    gain = params.gain_weight * np.maximum(0.0, best_part - sim + params.gain_margin)
                    if params.join_bonus and src_joins is not None and tgt_joins is not None:
                        open_s, open_t = src_joins[a - 1][s_lo:s_hi][:, None], tgt_joins[b - 1][t_lo:t_hi][None, :]
                        opened = open_s + open_t
                        gain = np.where(opened >= a + b - 2, 0.0, gain) - params.join_bonus * opened
                    cost = cost + gain
                block[s_lo + a - r0:s_hi + a - r0, t_lo + b - c0:t_hi + b - c0] = cost
            blocks[k] = block
        for i in range(r0, r1):
            li, width = int(lo[i]), int(hi[i] - lo[i] + 1)
            # one candidate row per bead type (and the 1-0 skip); the first lowest wins ties
            cand = np.full((len(cand_types), width), np.inf)
            for row, (k, a, b) in enumerate(match):
                if i >= a:
                    _add_shifted(cand[row], cost_rows[i - a], int(lo[i - a]), li - b,
                                 blocks[k][i - r0, li - c0:li - c0 + width])
            if del_src is not None and i >= 1:
                _add_shifted(cand[-1], cost_rows[i - 1], int(lo[i - 1]), li, skip)
            pick = cand.argmin(axis=0)
            best = cand[pick, np.arange(width)]
            back = np.where(np.isfinite(best), cand_types[pick], -1).astype(np.int8)
            if i == 0 and li == 0:
                best[0], back[0] = 0.0, -1
            if ins_tgt is not None and width > 1:
                # 0-1 beads chain along the row: best[j] = min_k (best[k] + (j - k) * skip)
                steps = np.arange(width) * skip
                chained = np.minimum.accumulate(best - steps) + steps
                via = chained < best - 1e-9
                best = np.where(via, chained, best)
                back[via] = ins_tgt
            cost_rows.append(best)
            back_rows.append(back)
    if not np.isfinite(cost_rows[n][m - lo[n]]):
        raise RuntimeError("alignment band does not reach the end of the grid")
    beads: list[RawBead] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = int(back_rows[i][j - lo[i]])
        a, b = types[k]
        here = float(cost_rows[i][j - lo[i]])
        before = float(cost_rows[i - a][j - b - lo[i - a]])
        sim = float(src[a - 1][i - a] @ tgt[b - 1][j - b]) if a and b else None
        beads.append(RawBead(i - a, a, j - b, b, here - before, sim))
        i, j = i - a, j - b
    beads.reverse()
    return beads


def _halve(vectors: np.ndarray) -> np.ndarray:
    """(n, d) -> (ceil(n / 2), d): normalised sums of neighbouring pairs."""
    if len(vectors) % 2:
        vectors = np.concatenate([vectors, np.zeros((1, vectors.shape[1]), vectors.dtype)])
    return _unit(vectors[0::2] + vectors[1::2])


def _halve_lengths(lengths: np.ndarray | None) -> np.ndarray | None:
    if lengths is None:
        return None
    lengths = np.asarray(lengths, np.float64)
    if len(lengths) % 2:
        lengths = np.concatenate([lengths, [0.0]])
    return lengths[0::2] + lengths[1::2]


def _coarse_limits(src1: np.ndarray, tgt1: np.ndarray, src_lens: np.ndarray | None, tgt_lens: np.ndarray | None,
                   params: AlignParams) -> tuple[np.ndarray, np.ndarray]:
    """Band limits for the fine grid from the path of the half-resolution problem (recursive)."""
    n, m = len(src1), len(tgt1)
    cs, ct = _halve(src1), _halve(tgt1)
    cls, clt = _halve_lengths(src_lens), _halve_lengths(tgt_lens)
    coarse = replace(params, bead_types=COARSE_BEAD_TYPES, skip=None)
    beads = dp_align(windows_from_vectors(cs, 2), windows_from_vectors(ct, 2), coarse, src_lens=cls, tgt_lens=clt)
    path = [(0, 0)] + [(min(2 * (b.src_start + b.src_len), n), min(2 * (b.tgt_start + b.tgt_len), m)) for b in beads]
    return path_band(path, n, m, params.band)


def dp_align(src: Sequence[np.ndarray], tgt: Sequence[np.ndarray], params: AlignParams = AlignParams(),
             limits: tuple[np.ndarray, np.ndarray] | None = None, src_lens: np.ndarray | None = None,
             tgt_lens: np.ndarray | None = None, calib: Calibration | None = None,
             src_joins: np.ndarray | None = None, tgt_joins: np.ndarray | None = None) -> list[RawBead]:
    """Best path of beads through the (n + 1) x (m + 1) grid; returns beads in order.

    ``src[k-1]``: (n - k + 1, d) window embeddings, unit rows (``tgt`` likewise, m rows at k=1).
    ``src_lens``/``tgt_lens``: (n,) / (m,) segment lengths in characters for the length term.
    ``src_joins``/``tgt_joins``: (n,) / (m,) ``open_junctions`` of each side (both or neither).
    ``limits``: explicit band (lo, hi) per source row; by default the whole grid when it is small,
    else a band around the coarse-to-fine path. ``calib``: document-level calibration to reuse.
    Every segment of both sides ends up in exactly one bead, in order.
    """
    n = len(src[0]) if src else 0
    m = len(tgt[0]) if tgt else 0
    if n == 0 or m == 0:
        skip = calib.skip if calib is not None else (params.skip if params.skip is not None else 1.0)
        return ([RawBead(i, 1, 0, 0, skip, None) for i in range(n)] if n else
                [RawBead(0, 0, j, 1, skip, None) for j in range(m)])
    if calib is None:
        calib = calibrate(src, tgt, params, src_lens, tgt_lens)
    if limits is None:
        if (n + 1) * (m + 1) <= params.full_cells:
            limits = full_band(n, m)
        else:
            limits = _coarse_limits(src[0], tgt[0], src_lens, tgt_lens, params)
    max_a = max(a for a, _ in params.bead_types)
    max_b = max(b for _, b in params.bead_types)
    sl = window_lengths(src_lens, max_a) if src_lens is not None else None
    tl = window_lengths(tgt_lens, max_b) if tgt_lens is not None else None
    sj = window_joins(src_joins, max_a) if src_joins is not None else None
    tj = window_joins(tgt_joins, max_b) if tgt_joins is not None else None
    return _banded_dp(src, tgt, sl, tl, calib, params.bead_types, limits[0], limits[1], params, sj, tj)


def bead_ratio(beads: Sequence[RawBead], src_lens: np.ndarray, tgt_lens: np.ndarray, min_sim: float) -> float | None:
    """Target characters per source character over the match beads at least ``min_sim`` similar
    (weighted median, weights the similarities), or None when there are none."""
    matches = [b for b in beads if b.similarity is not None and b.similarity >= min_sim]
    if not matches:
        return None
    ratios = np.array([tgt_lens[b.tgt_start:b.tgt_start + b.tgt_len].sum() /
                       max(src_lens[b.src_start:b.src_start + b.src_len].sum(), 1.0) for b in matches])
    return weighted_median(ratios, np.array([b.similarity for b in matches]))


def align_document(src: Sequence[np.ndarray], tgt: Sequence[np.ndarray], src_lens: np.ndarray, tgt_lens: np.ndarray,
                   src_par: Sequence[int], tgt_par: Sequence[int], params: AlignParams = AlignParams(),
                   src_joins: np.ndarray | None = None, tgt_joins: np.ndarray | None = None) -> tuple[list[RawBead], str]:
    """Paragraphs first where both sides have several, then sentences inside aligned paragraphs.

    Falls back to one flat sentence alignment when the paragraphs do not pair up cleanly (a
    paragraph without a counterpart, or a paragraph match below ``paragraph_min_sim``).
    With ``ratio_from_beads``, aligns a second time when the first pass's beads give another
    length ratio. Returns the beads and the mode used (``"paragraphs"`` or ``"flat"``).
    """
    n = len(src[0]) if src else 0
    m = len(tgt[0]) if tgt else 0
    src_lens, tgt_lens = np.asarray(src_lens, np.float64), np.asarray(tgt_lens, np.float64)
    calib = calibrate(src, tgt, params, src_lens, tgt_lens) if n and m else None
    groups = paragraph_groups(src[0] if n else None, tgt[0] if m else None, src_par, tgt_par, src_lens, tgt_lens, params)
    joins = src_joins is not None and tgt_joins is not None

    def one_pass(calib: Calibration | None) -> list[RawBead]:
        if groups is None:
            return dp_align(src, tgt, params, src_lens=src_lens, tgt_lens=tgt_lens, calib=calib,
                            src_joins=src_joins, tgt_joins=tgt_joins)
        beads: list[RawBead] = []
        for s0, s1, t0, t1 in groups:
            sub = dp_align(list(_slice_windows(src, s0, s1)), list(_slice_windows(tgt, t0, t1)), params,
                           src_lens=src_lens[s0:s1], tgt_lens=tgt_lens[t0:t1], calib=calib.sub(s0, s1, t0, t1),
                           src_joins=src_joins[s0:s1] if joins else None, tgt_joins=tgt_joins[t0:t1] if joins else None)
            beads += [RawBead(b.src_start + s0, b.src_len, b.tgt_start + t0, b.tgt_len, b.cost, b.similarity) for b in sub]
        return beads

    beads = one_pass(calib)
    if calib is not None and params.ratio_from_beads is not None and params.length_weight:
        ratio = bead_ratio(beads, src_lens, tgt_lens, params.ratio_anchor_sim or 0.0)
        if ratio is not None and abs(np.log(ratio / calib.ratio)) > params.ratio_from_beads:
            beads = one_pass(replace(calib, ratio=ratio))
    return beads, "flat" if groups is None else "paragraphs"


def _runs(labels: Sequence[int]) -> list[tuple[int, int]]:
    """[start, stop) of each run of equal consecutive labels."""
    runs, start = [], 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            runs.append((start, i))
            start = i
    return runs


def paragraph_groups(src1: np.ndarray | None, tgt1: np.ndarray | None, src_par: Sequence[int], tgt_par: Sequence[int],
                     src_lens: np.ndarray, tgt_lens: np.ndarray,
                     params: AlignParams) -> list[tuple[int, int, int, int]] | None:
    """Aligned paragraph groups as (s0, s1, t0, t1) sentence ranges, or None to align flat."""
    if src1 is None or tgt1 is None:
        return None
    sp, tp = _runs(list(src_par)), _runs(list(tgt_par))
    if len(sp) < 2 or len(tp) < 2:
        return None
    pv_s = _unit(np.stack([src1[a:b].sum(axis=0) for a, b in sp]))
    pv_t = _unit(np.stack([tgt1[a:b].sum(axis=0) for a, b in tp]))
    pl_s = np.array([src_lens[a:b].sum() for a, b in sp])
    pl_t = np.array([tgt_lens[a:b].sum() for a, b in tp])
    para_params = replace(params, bead_types=COARSE_BEAD_TYPES)
    beads = dp_align(windows_from_vectors(pv_s, 2), windows_from_vectors(pv_t, 2), para_params,
                     src_lens=pl_s, tgt_lens=pl_t)
    if any(not (b.src_len and b.tgt_len) or b.similarity is None or b.similarity < params.paragraph_min_sim
           for b in beads):
        return None
    return [(sp[b.src_start][0], sp[b.src_start + b.src_len - 1][1], tp[b.tgt_start][0], tp[b.tgt_start + b.tgt_len - 1][1])
            for b in beads]


def align_texts(src_texts: Sequence[str], tgt_texts: Sequence[str], src_par: Sequence[int], tgt_par: Sequence[int],
                embedder, params: AlignParams = AlignParams(), lap=None) -> list[RawBead]:
    """Embed and align two sides of text: the product's path, shared by the pipeline and the benches.

    When ``embedder`` has ``encode_windows(texts, k)``, it gives every window of up to ``k``
    joined segments at once (USE-m3 pools them from its sentences' token rows), and one pass
    aligns. Otherwise sentences are embedded once (``embedder.encode``); multi-segment windows
    start as sums of sentence vectors and are embedded for real only around beads that are not
    confident 1-1 matches, then aligned again; a skipped segment that a neighbouring bead's clause
    renders then joins it (``absorb_split_segments``). ``lap(stage)``, when given, is called after
    each ``"embed"`` and ``"align"`` step.
    """
    lap = lap or (lambda _stage: None)
    beads = _align_texts(src_texts, tgt_texts, src_par, tgt_par, embedder, params, lap)
    if params.absorb is not None:
        beads = absorb_split_segments(beads, src_texts, tgt_texts, embedder, params.absorb, params.absorb_margin,
                                      (params.absorb_alone, params.absorb_alone_margin), params.absorb_edge,
                                      params.absorb_anchored)
        lap("embed")  # (the step embeds clauses and joined beads: embedding time)
    return beads


def _align_texts(src_texts: Sequence[str], tgt_texts: Sequence[str], src_par: Sequence[int], tgt_par: Sequence[int],
                 embedder, params: AlignParams, lap) -> list[RawBead]:
    """``align_texts`` before ``absorb_split_segments``."""
    encode, encode_windows = embedder.encode, getattr(embedder, "encode_windows", None)
    n, m = len(src_texts), len(tgt_texts)
    max_a = max(a for a, _ in params.bead_types)
    max_b = max(b for _, b in params.bead_types)
    if encode_windows is not None:
        src = encode_windows(list(src_texts), max_a) if n else []
        tgt = encode_windows(list(tgt_texts), max_b) if m else []
    else:
        src = windows_from_vectors(encode(list(src_texts)), max_a) if n else []
        tgt = windows_from_vectors(encode(list(tgt_texts)), max_b) if m else []
    lap("embed")
    lengths = (np.array([len(t) for t in src_texts], np.float64), np.array([len(t) for t in tgt_texts], np.float64))
    joins = (open_junctions(src_texts), open_junctions(tgt_texts))
    beads, _mode = align_document(src, tgt, *lengths, src_par, tgt_par, params, *joins)
    lap("align")
    if encode_windows is not None or not params.refine:
        return beads
    src_rows, tgt_rows = suspicious_rows(beads, n, m, params.refine_below, params.refine_pad)
    if src_rows or tgt_rows:
        src = refine_windows(src, src_texts, src_rows, encode) if n else src
        tgt = refine_windows(tgt, tgt_texts, tgt_rows, encode) if m else tgt
        lap("embed")
        beads, _mode = align_document(src, tgt, *lengths, src_par, tgt_par, params, *joins)
        lap("align")
    return beads


ABSORB_MAX_SEGMENTS = 4
"""The most segments a side of a bead may hold once a skipped segment has joined it."""


SHARED_NAMES = 2
"""Names of the English side that the Arabic side writes, to count as a shared anchor."""


def _lang(text: str) -> str:
    """'ar' or 'en' by the majority script of ``text`` (``ingest.block_lang``)."""
    from .ingest import block_lang

    return block_lang(text) or "en"


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` (the coverage check's splitter, by the text's script), at least one."""
    from .checks.coverage import split_clauses  # (the checks import the aligner's callers, not it)

    return split_clauses(text, _lang(text)) or [(0, len(text))]


def _numbers(text: str) -> set[float]:
    """The values of the strong numbers of ``text`` (the number check's reader)."""
    from .checks.numbers import extract_numbers

    return {m.value for m in extract_numbers(text, _lang(text)) if m.strong}


def _dates(text: str, lang: str) -> set[tuple[str, int]]:
    """The weekdays and months of ``text`` (the date check's readers), strong ones, as (kind, value)."""
    from .checks.dates import arabic_dates, english_dates

    return {k for d in (arabic_dates(text) if lang == "ar" else english_dates(text)) if d.strong for k in d.keys()}


def share_anchors(a: str, b: str) -> bool:
    """Whether texts ``a`` and ``b`` hold a number of the same value, or, one Arabic and one
    English, a weekday or a month (حتى ظهر يوم الخميس = "until noon on Thursday") or ``SHARED_NAMES``
    names of the English that the Arabic writes (the name check's matcher: بين المنيعة وعين صالح ثم
    تمنراست = "linking El Meniaa with In Salah and then Tamanrasset")."""
    from .checks.entities import named_words

    if _numbers(a) & _numbers(b):
        return True
    langs = _lang(a), _lang(b)
    if langs[0] == langs[1]:
        return False
    ar, en = (a, b) if langs[0] == "ar" else (b, a)
    return bool(_dates(ar, "ar") & _dates(en, "en")) or len(named_words(ar, en)[1]) >= SHARED_NAMES


def absorb_split_segments(beads: Sequence[RawBead], src_texts: Sequence[str], tgt_texts: Sequence[str],
                          embedder, min_similarity: float, margin: float,
                          alone: tuple[float, float] = (1.0, 1.0), edge: bool = False,
                          anchored: float = 1.0) -> list[RawBead]:
    """``beads`` with each skip bead (one side only) that renders a clause of a neighbouring match
    bead's other side joined to that bead.

    A translator who makes a sentence of a long Arabic sentence's last clause (وذلك في إطار المبادرة
    الرئاسية للقضاء على الفيروس = "The campaign is part of the presidential initiative to eliminate
    the virus.") leaves a segment that the whole Arabic sentence matches less well with it than
    without it (0.78 against 0.84, pooled: the clause is a tenth of the sentence), so the DP skips
    it, an addition of a whole sentence. Its clause, alone, matches it at 0.73; on the evaluation
    articles, sentences added to a translation match the clauses beside them at 0.34 at most. A
    skipped segment joins the neighbour (the better one, if both) whose other side holds a clause
    that matches it at least ``min_similarity`` (``anchored`` where both hold a number of the same
    value, a weekday or month, or two names, ``share_anchors``), and by ``margin`` better than the neighbour's own
    side matches that clause (0.26 there: the clause has no other rendering; a deleted tico19
    sentence on the scientific name of coronaviruses matches "Coronaviruses belong to the family
    of Coronaviridae" at 0.56, but so does the sentence that renders it, 0.54); ``alone`` (similarity,
    margin): a clause that matches it less well also suffices where the neighbour's own side matches
    that clause by the margin worse (رافضة ما وصفته بمحاولات تسييس مشروع تنموي = "It rejected what it
    described as attempts to politicise a development project", 0.54, against -0.05 for the sentence
    the DP paired with the Arabic: left alone, the English sentence read as added and the Arabic's
    negation as dropped), or by ``margin`` where ``edge`` is set and the clause stands at the edge the
    skipped segment stands on (the last clause of the sentence it follows: وذلك في حفل احتضنه مقر المعهد التقني
    بسطيف = "The certificate was presented at a ceremony held at the headquarters of the Technical
    Institute ... in Setif.", 0.55 against 0.21, batch 68; and the clauses before it while the ones
    after them match the skipped segment better than their own side does: a sentence made of the last
    two clauses, batch 91); the joined bead's similarity is that of its two sides, embedded whole.
    """
    from .embed import encode_parts

    def source(b: RawBead) -> str:
        return " ".join(src_texts[b.src_start:b.src_start + b.src_len])

    def target(b: RawBead) -> str:
        return " ".join(tgt_texts[b.tgt_start:b.tgt_start + b.tgt_len])

    beads = list(beads)
    cases: list[tuple[int, int, str, str, list[tuple[str, tuple[int, int]]]]] = []  # skip, match, texts, clauses
    for k, b in enumerate(beads):
        if (b.src_len == 0) == (b.tgt_len == 0):
            continue
        # the skipped segment's side (its own) and the side whose clauses may render it (other)
        own_side, other_side = (target, source) if b.src_len == 0 else (source, target)
        for n in (k - 1, k + 1):
            if not 0 <= n < len(beads) or not beads[n].src_len or not beads[n].tgt_len:
                continue
            nb = beads[n]
            if (nb.tgt_len if b.src_len == 0 else nb.src_len) + (b.tgt_len or b.src_len) > ABSORB_MAX_SEGMENTS:
                continue
            other = other_side(nb)
            cases.append((k, n, own_side(b), own_side(nb), [(other, c) for c in _clauses(other)]))
    if not cases:
        return beads
    texts = list(dict.fromkeys(t for _, _, orphan, own, _ in cases for t in (orphan, own)))
    whole = dict(zip(texts, embedder.encode(texts)))
    parts = list(dict.fromkeys((other, (c,)) for *_, clauses in cases for other, c in clauses))
    part_vecs = dict(zip(parts, encode_parts(embedder, parts)))
    best: dict[int, tuple[float, int]] = {}
    for k, n, orphan, own, clauses in cases:
        vecs = [part_vecs[(other, (c,))] for other, c in clauses]
        sims = [(float(v @ whole[orphan]), float(v @ whole[own])) for v in vecs]  # (skipped segment, own side)
        # the clauses at the edge the skipped segment stands on (the last one, where it follows, and
        # those before it while the ones after them render the skipped segment better than their own
        # side: نافياً وجود أي حالات رفض ... بسبب نقص المساحات الخزنية = "He denied ... because of a lack
        # of storage space.", batch 91)
        at_edge: set[int] = set()
        for i in (range(len(clauses) - 1, -1, -1) if k > n else range(len(clauses))) if edge else ():
            at_edge.add(i)
            if sims[i][0] <= sims[i][1]:
                break
        for i, ((other, c), (sim, rendered)) in enumerate(zip(clauses, sims)):
            if sim < min(min_similarity, anchored) or sim < rendered + margin \
                    or sim <= best.get(k, (-1.0, n))[0]:
                continue
            if sim >= min_similarity or share_anchors(other[c[0]:c[1]], orphan) \
                    or sim >= alone[0] and (sim >= rendered + alone[1] or i in at_edge):
                best[k] = (sim, n)
    joined: dict[int, int] = {}  # match bead -> the skip bead that joins it (one each)
    for k, (_, n) in sorted(best.items()):
        joined.setdefault(n, k)
    if not joined:
        return beads
    merged: dict[int, RawBead] = {}  # first bead of the two -> their union (similarity filled in below)
    for n, k in joined.items():
        a, b = beads[min(n, k)], beads[max(n, k)]
        merged[min(n, k)] = RawBead(a.src_start, a.src_len + b.src_len, a.tgt_start, a.tgt_len + b.tgt_len,
                                    a.cost if a.similarity is not None else b.cost, None)
    vecs = iter(embedder.encode([t for u in merged.values() for t in (source(u), target(u))]))
    merged = {i: replace(u, similarity=float(next(vecs) @ next(vecs))) for i, u in merged.items()}
    return [merged.get(i, bead) for i, bead in enumerate(beads) if i - 1 not in merged]
