"""Sentence alignment: dynamic programming over embedding similarities (vecalign style).

Pure functions over numpy arrays. Inputs are *window embeddings*: ``src[k-1]`` has shape
(n - k + 1, d) and row i is the embedding of source segments i..i+k-1 joined (likewise ``tgt``).
A bead type (a, b) consumes a source and b target segments; its cost at start (i, j) is

    (1 - cos(src[a-1][i], tgt[b-1][j])) * a * b / hub(i, j)

where ``hub`` is the mean dissimilarity of the two windows to random segments of the other side
(the hubness correction of Thompson & Koehn 2019), and a 1-0 / 0-1 bead costs ``skip``.
The DP runs row by row inside a band of target positions, so time and memory are
O(n * band) rather than O(n * m).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .defaults import BEAD_TYPES


@dataclass(frozen=True)
class AlignParams:
    """Aligner settings; ``signature()`` records them."""

    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES
    skip: float = 0.45
    """Cost of a 1-0 or 0-1 bead, in units where a random pair costs about 1."""
    band: int = 60
    """Half width of the band of target positions searched around the expected path."""
    multi_penalty: float = 0.05
    """Added per extra segment in a bead (a + b - 2): ties go to the simpler bead."""
    hub_samples: int = 32
    """Random segments per window for the hubness normaliser."""

    def signature(self) -> str:
        types = "+".join(f"{a}-{b}" for a, b in self.bead_types)
        return f"dp(beads={types},skip={self.skip},multi={self.multi_penalty},band={self.band})"


@dataclass(frozen=True)
class RawBead:
    """A bead as index ranges: source[i:i+a], target[j:j+b]; ``similarity`` None for skips."""

    src_start: int
    src_len: int
    tgt_start: int
    tgt_len: int
    cost: float
    similarity: float | None


def window_texts(texts: Sequence[str], size: int, joiner: str = " ") -> list[str]:
    """(n,) texts -> (n - size + 1,) texts of ``size`` consecutive items joined."""
    return [joiner.join(texts[i:i + size]) for i in range(len(texts) - size + 1)]


def hub_normalizer(windows: Sequence[np.ndarray], others: np.ndarray, samples: int) -> list[np.ndarray]:
    """Per window row: mean (1 - cos) to ``samples`` evenly spread rows of ``others`` (m, d)."""
    if len(others) == 0:
        return [np.ones(len(w), dtype=np.float32) for w in windows]
    picks = np.unique(np.linspace(0, len(others) - 1, num=min(samples, len(others))).astype(int))
    sample = others[picks]
    return [np.maximum(1.0 - (w @ sample.T).mean(axis=1), 0.05).astype(np.float32) if len(w) else
            np.zeros(0, dtype=np.float32) for w in windows]


def band_limits(n: int, m: int, band: int, path: Sequence[tuple[int, int]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(n + 1,) lower and upper target limits per source row (inclusive), monotone.

    Around ``path`` (a list of (i, j) grid points) when given, else around the diagonal.
    """
    rows = np.arange(n + 1)
    if path:
        pi = np.array([p[0] for p in path], dtype=float)
        pj = np.array([p[1] for p in path], dtype=float)
        centre = np.interp(rows, pi, pj)
    else:
        centre = rows * (m / max(n, 1))
    lo = np.clip(np.floor(centre - band), 0, m).astype(np.int64)
    hi = np.clip(np.ceil(centre + band), 0, m).astype(np.int64)
    lo = np.minimum.accumulate(lo[::-1])[::-1]  # monotone: lo[i] <= lo[i+1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m
    return lo, hi


def dp_align(src: Sequence[np.ndarray], tgt: Sequence[np.ndarray], params: AlignParams = AlignParams(),
             limits: tuple[np.ndarray, np.ndarray] | None = None) -> list[RawBead]:
    """Best path of beads through the (n + 1) x (m + 1) grid; returns beads in order.

    ``src[k-1]``: (n - k + 1, d) window embeddings, unit rows (``tgt`` likewise, m rows at k=1).
    """
    n = len(src[0]) if src else 0
    m = len(tgt[0]) if tgt else 0
    if n == 0 or m == 0:
        return ([RawBead(i, 1, m, 0, params.skip, None) for i in range(n)] if n else
                [RawBead(0, 0, j, 1, params.skip, None) for j in range(m)])
    lo, hi = limits if limits is not None else band_limits(n, m, max(params.band, abs(n - m) + params.band))
    src_hub = hub_normalizer(src, tgt[0], params.hub_samples)
    tgt_hub = hub_normalizer(tgt, src[0], params.hub_samples)
    types = [(a, b) for a, b in params.bead_types if a <= len(src) and b <= len(tgt)]
    match_types = [(k, a, b) for k, (a, b) in enumerate(types) if a and b]
    del_src = next((k for k, t in enumerate(types) if t == (1, 0)), None)
    ins_tgt = next((k for k, t in enumerate(types) if t == (0, 1)), None)

    cost_rows: list[np.ndarray] = []
    back_rows: list[np.ndarray] = []
    sim_rows: list[np.ndarray] = []
    for i in range(n + 1):
        cols = np.arange(lo[i], hi[i] + 1)
        best = np.full(len(cols), np.inf)
        back = np.full(len(cols), -1, dtype=np.int8)
        sims = np.full(len(cols), np.nan, dtype=np.float32)
        if i == 0:
            best[cols == 0] = 0.0
        for k, a, b in match_types:
            if i < a:
                continue
            prev_cols = cols - b
            prev = _lookup(cost_rows[i - a], lo[i - a], prev_cols)
            ok = np.isfinite(prev) & (prev_cols >= 0) & (prev_cols + b <= m) & (prev_cols <= len(tgt[b - 1]) - 1)
            if not ok.any():
                continue
            starts = prev_cols[ok]
            sim = tgt[b - 1][starts] @ src[a - 1][i - a]
            norm = (src_hub[a - 1][i - a] + tgt_hub[b - 1][starts]) / 2.0
            total = prev[ok] + (1.0 - sim) * a * b / norm + params.multi_penalty * (a + b - 2)
            better = total < best[ok]
            idx = np.flatnonzero(ok)[better]
            best[idx] = total[better]
            back[idx] = k
            sims[idx] = sim[better]
        if del_src is not None and i >= 1:
            prev = _lookup(cost_rows[i - 1], lo[i - 1], cols) + params.skip
            better = prev < best
            best[better] = prev[better]
            back[better] = del_src
            sims[better] = np.nan
        if ins_tgt is not None:
            # 0-1 beads chain along the row: best[j] = min_k (best[k] + (j - k) * skip)
            steps = (cols - cols[0]) * params.skip
            chained = np.minimum.accumulate(best - steps) + steps
            via_insert = chained < best - 1e-12
            best = np.where(via_insert, chained, best)
            back[via_insert] = ins_tgt
            sims[via_insert] = np.nan
        cost_rows.append(best)
        back_rows.append(back)
        sim_rows.append(sims)

    beads: list[RawBead] = []
    i, j = n, m
    if not np.isfinite(_lookup(cost_rows[n], lo[n], np.array([m]))[0]):
        raise RuntimeError("alignment band does not reach the end of the grid")
    while i > 0 or j > 0:
        col = j - lo[i]
        k = int(back_rows[i][col])
        a, b = types[k]
        here = float(cost_rows[i][col])
        before = float(_lookup(cost_rows[i - a], lo[i - a], np.array([j - b]))[0])
        sim = float(sim_rows[i][col]) if a and b else None
        beads.append(RawBead(i - a, a, j - b, b, here - before, sim))
        i, j = i - a, j - b
    beads.reverse()
    return beads


def _lookup(row: np.ndarray, row_lo: int, cols: np.ndarray) -> np.ndarray:
    """Values of a banded row at absolute columns ``cols`` (inf outside the band)."""
    idx = cols - row_lo
    inside = (idx >= 0) & (idx < len(row))
    out = np.full(len(cols), np.inf)
    out[inside] = row[idx[inside]]
    return out


def embed_windows(texts: Sequence[str], encode, max_size: int) -> list[np.ndarray]:
    """Window embeddings for sizes 1..max_size: item k-1 has shape (n - k + 1, d).

    ``encode``: (k,) texts -> (k, d) unit rows. Sizes larger than ``len(texts)`` are left out.
    """
    return [encode(window_texts(texts, k)) for k in range(1, max_size + 1) if k <= len(texts)]
