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


PSEUDO_DOC_LINES = 10
"""Lines per pseudo-document of a set without document ids (its sentences are unrelated)."""


def parallel_lines(dataset: Path) -> tuple[list[str], list[str], list[str]]:
    """(arabic, english, doc_ids) of a line-aligned data set with a meta.tsv holding doc_id
    (without that column, as Tatoeba's: unrelated lines grouped by ``PSEUDO_DOC_LINES``).

    ``<set>/<split>`` names one split of a contrastive set (a pairs.tsv with ``split``, ``label``
    and gender columns: mtgeneval_dev/dev): its faithful pairs, one per
    sentence (feminine and masculine versions in turn), grouped by ``PSEUDO_DOC_LINES``.
    """
    if not dataset.is_dir() and (dataset.parent / "pairs.tsv").is_file():
        return _contrastive_lines(dataset.parent / "pairs.tsv", dataset.name)
    ar, en = read_lines(dataset / "ar.txt"), read_lines(dataset / "en.txt")
    meta = read_lines(dataset / "meta.tsv")
    header = meta[0].split("\t")
    if "doc_id" not in header:
        return ar, en, [f"lines#{k // PSEUDO_DOC_LINES}" for k in range(len(ar))]
    col = header.index("doc_id")
    docs = [row.split("\t")[col] for row in meta[1:]]
    return ar, en, docs


def _contrastive_lines(path: Path, split: str) -> tuple[list[str], list[str], list[str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["split"] == split and r["label"] == "faithful"]
    if not rows:
        raise InputError(str(path), f"no faithful pairs of split '{split}'")
    ar, en, docs, seen = [], [], [], {}
    for r in rows:
        k = seen.setdefault(r["pair_id"], len(seen))
        if r["en_gender"] == ("F" if k % 2 == 0 else "M"):
            ar.append(r["ar"])
            en.append(r["en"])
            docs.append(f"{split}#{k // PSEUDO_DOC_LINES}")
    return ar, en, docs
