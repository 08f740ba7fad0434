"""Check ``length``: a pair whose length ratio is far outside the document's own ratios.

x = log(chars(Arabic side) / chars(English side)), letters and digits only. The centre and
spread come from the median and MAD of x over the document's 1-1 pairs, shrunk towards a
prior (``length_prior_log_ratio``, ``length_prior_mad``) when the document has few pairs.
"""

from __future__ import annotations

import math
import statistics
from typing import Iterable, Sequence

from .base import CheckContext, Issue, Pair
from .structure import acronym_extra

CODE = "length"


def _chars(text: str) -> int:
    """Letters and digits, an acronym counted as spelled out (``acronym_extra``)."""
    return sum(map(str.isalnum, text)) + acronym_extra(text)[0]


def log_ratio(pair: Pair) -> float | None:
    """log(ar chars / en chars) of a pair (None if a side is empty)."""
    ar = pair.source_text if pair.source_lang == "ar" else pair.target_text
    en = pair.target_text if pair.source_lang == "ar" else pair.source_text
    a, e = _chars(ar), _chars(en)
    if not a or not e:
        return None
    return math.log(a / e)


class LengthCheck:
    """Length ratio outliers (robust z-score against the document's distribution)."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        t = ctx.thresholds
        prior_mu = t.get("length_prior_log_ratio", -0.15)
        prior_mad = t.get("length_prior_mad", 0.12)
        prior_n = t.get("length_prior_weight", 8.0)
        z_warn = t.get("length_z_warning", 4.0)
        z_err = t.get("length_z_error", 8.0)
        min_chars = t.get("length_min_chars", 30)
        xs = [x for p in pairs if len(p.source) == 1 and len(p.target) == 1
              and (x := log_ratio(p)) is not None]
        n = len(xs)
        if n:
            med = statistics.median(xs)
            mad = statistics.median(abs(x - med) for x in xs)
            mu = (n * med + prior_n * prior_mu) / (n + prior_n)
            spread = (n * mad + prior_n * prior_mad) / (n + prior_n)
        else:
            mu, spread = prior_mu, prior_mad
        sigma = max(1.4826 * spread, 0.05)
        for p in pairs:
            if not p.source or not p.target:
                continue
            x = log_ratio(p)
            if x is None or max(_chars(p.source_text), _chars(p.target_text)) < min_chars:
                continue
            z = (x - mu) / sigma
            if abs(z) < z_warn:
                continue
            longer = ("Arabic" if z > 0 else "English")
            sev = "error" if abs(z) >= z_err else "warning"
            score = max(0.0, min(1.0, 1.0 - abs(z) / (2 * z_err)))
            yield Issue(CODE, sev, p.alignment, (p.source_span(0, len(p.source_text)),),
                        (p.target_span(0, len(p.target_text)),), round(score, 4),
                        f"the {longer} side is unusually long for this document: length "
                        f"ratio ar/en {math.exp(x):.2f} vs typical {math.exp(mu):.2f} "
                        f"(robust z {z:+.1f})")
