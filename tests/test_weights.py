"""The model's weights: unpacked into the cache directory by the first load, mapped by later
ones, to the same vectors; a cache that cannot be written, or a broken snapshot, changes nothing."""

from __future__ import annotations

import numpy as np
import pytest

from amanah.embed import USEEmbedder
from amanah.weights import cache_dir

TEXTS = ["قال الوزير إن المدارس ستغلق أسبوعين.", "The minister said schools will close for two weeks.", "WHO"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AMANAH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _snapshots(cache):
    return [p for p in cache.iterdir() if not p.name.startswith(".")] if cache.exists() else []


def test_the_first_load_writes_a_snapshot_that_later_loads_map_to_the_same_vectors(cache):
    assert cache_dir() == cache and not cache.exists()
    unpacked = USEEmbedder(threads=1)
    assert unpacked._forward.b.table.flags.writeable  # the package's own arrays
    (snapshot,) = _snapshots(cache)
    assert (snapshot / "manifest.json").is_file() and len(list(snapshot.glob("*.npy"))) > 20
    mapped = USEEmbedder(threads=1)
    assert mapped._forward.b.table.flags.writeable is False  # read-only, mapped from the snapshot
    assert np.array_equal(unpacked.encode(TEXTS), mapped.encode(TEXTS))
    assert np.array_equal(unpacked._model.encode(TEXTS), mapped._model.encode(TEXTS))  # the package's pass
    assert _snapshots(cache) == [snapshot]


def test_a_cache_that_cannot_be_written_leaves_the_package_loader(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("AMANAH_CACHE", str(blocker / "cache"))
    model = USEEmbedder(threads=1)
    assert model.encode(TEXTS).shape == (3, 512)
    assert blocker.read_text() == "not a directory"


def test_a_broken_snapshot_is_replaced(cache):
    first = USEEmbedder(threads=1).encode(TEXTS)
    (snapshot,) = _snapshots(cache)
    broken = next(snapshot.glob("d*.npy"))
    broken.write_bytes(broken.read_bytes()[:100])
    again = USEEmbedder(threads=1)  # the package's loader, then a new snapshot
    assert again._forward.b.table.flags.writeable
    assert np.array_equal(again.encode(TEXTS), first)
    mapped = USEEmbedder(threads=1)
    assert mapped._forward.b.table.flags.writeable is False
    assert np.array_equal(mapped.encode(TEXTS), first)
    assert [p.name for p in cache.iterdir()] == [snapshot.name]  # no temporary folder left
