"""Locating the external Arabic-English data (``../shared/data`` beside the project, or $AMANAH_DATA)."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError


def data_dir(explicit: str | None = None) -> Path:
    """The shared data folder: ``--data``, $AMANAH_DATA, or ``shared/data`` above the working directory."""
    candidates = [explicit, os.environ.get("AMANAH_DATA")]
    here = Path.cwd().resolve()
    candidates += [str(parent / "shared" / "data") for parent in (here, *here.parents)]
    for candidate in candidates:
        if candidate and Path(candidate, "tico19_dev").is_dir():
            return Path(candidate)
    raise InputError(explicit, "cannot find the shared data (a folder with tico19_dev/); pass --data DIR or set AMANAH_DATA")


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def parallel_lines(dataset: Path) -> tuple[list[str], list[str], list[str]]:
    """(arabic, english, doc_ids) of a line-aligned data set with a meta.tsv holding doc_id."""
    ar, en = read_lines(dataset / "ar.txt"), read_lines(dataset / "en.txt")
    meta = read_lines(dataset / "meta.tsv")
    header = meta[0].split("\t")
    col = header.index("doc_id")
    docs = [row.split("\t")[col] for row in meta[1:]]
    return ar, en, docs
