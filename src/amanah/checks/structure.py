"""Checks on the alignment itself: whole segments missing, added, or paired with unrelated text."""

from __future__ import annotations

from typing import Iterable, Sequence

from .base import CheckContext, Issue, Pair, quote


def shorter_words(source: str, target: str) -> int:
    """Word count of the shorter side of a pair (what the length-aware thresholds depend on)."""
    return max(1, min(len(source.split()), len(target.split())))


class UnalignedCheck:
    """``omission``: a source segment with no target; ``addition``: a target segment with no source."""

    name = "unaligned"

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        for pair in pairs:
            if pair.source and not pair.target:
                spans = tuple((s.start, s.end) for s in pair.source)
                yield Issue("omission", "error", pair.alignment, spans, (), 0.0,
                            f"source segment has no translation: {quote(pair.source_text)}")
            elif pair.target and not pair.source:
                spans = tuple((s.start, s.end) for s in pair.target)
                yield Issue("addition", "error", pair.alignment, (), spans, 0.0,
                            f"target segment has no counterpart in the source: {quote(pair.target_text)}")


class MistranslationCheck:
    """``mistranslation``: an aligned pair whose similarity is far below what faithful pairs score.

    Thresholds ``mistranslation_error`` / ``mistranslation_warning`` come from the model profile,
    each lowered for short pairs to the fitted curve ``mistranslation_*_len_a + _len_b / words``
    (words of the shorter side): a faithful pair of three words scores far lower than one of
    thirty.
    """

    name = "mistranslation"

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        th = ctx.thresholds
        for pair in pairs:
            sim = pair.bead.similarity
            if sim is None:
                continue
            words = shorter_words(pair.source_text, pair.target_text)
            error, warning = (min(th[f"mistranslation_{key}"], th.get(f"mistranslation_{key}_len_a", 1.0)
                                  + th.get(f"mistranslation_{key}_len_b", 0.0) / words)
                              for key in ("error", "warning"))
            if sim >= warning:
                continue
            severity = "error" if sim < error else "warning"
            yield Issue(
                "mistranslation", severity, pair.alignment,
                tuple((s.start, s.end) for s in pair.source), tuple((s.start, s.end) for s in pair.target),
                max(0.0, sim),
                f"the pair's meanings differ (similarity {sim:.2f}, faithful pairs score above {warning:.2f}): "
                f"{quote(pair.source_text, 60)} vs {quote(pair.target_text, 60)}",
            )
