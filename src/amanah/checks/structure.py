"""Checks on the alignment itself: whole segments missing, added, or paired with unrelated text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from ..normalize import shouted_spans
from .base import CheckContext, Issue, Pair, quote

_ACRONYM = re.compile(r"\b[A-Z]{2,6}(?=s?\b)")
_ROMAN = re.compile(r"[IVXLCDM]+")
ACRONYM_LETTER_CHARS = 6
"""Characters an acronym letter stands for: the other language spells an acronym out (WHO =
منظمة الصحة العالمية, PHE = هيئة الصحة العامة في إنجلترا), one word per letter."""


@lru_cache(maxsize=65536)
def acronym_extra(text: str) -> tuple[int, int]:
    """(characters, words) to add to ``text``'s length for its acronyms, as if spelled out.

    Cached: the coverage check measures each side and its clauses in characters and in words.
    An acronym is 2-6 capitals standing alone; one of four or more letters with a vowel is said
    as a word and transliterated (NASA, COVID, UNICEF), so it counts as written, and so do Roman
    numerals and the words of a phrase in capitals (HOSPITAL ANNOUNCES NEW CASES).
    """
    shouted = shouted_spans(text)
    chars = words = 0
    for m in _ACRONYM.finditer(text):
        w = m.group(0)
        if (len(w) >= 4 and re.search("[AEIOU]", w)) or _ROMAN.fullmatch(w) or \
                any(a <= m.start() < b for a, b in shouted):
            continue
        chars += len(w) * (ACRONYM_LETTER_CHARS - 1)
        words += len(w) - 1
    return chars, words


def shorter_words(source: str, target: str) -> int:
    """Word count of the shorter side of a pair (what the length-aware thresholds depend on)."""
    return max(1, min(len(source.split()), len(target.split())))


_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,7})s?\)")
_MINOR = frozenset("of and the for in on to at by with a an &".split())


def defined_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Acronyms a document defines, "Public Health England (PHE)" -> {"PHE": "Public Health
    England"}: the shortest run of words before the brackets whose initials (minor words such as
    "of" skipped or not) spell the acronym. The first definition in text order wins."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            acr = m.group(1)
            if sum(c.isupper() for c in acr) < 2 or acr in found:
                continue
            before = re.findall(r"[\w'’-]+", text[:m.start()])
            for k in range(len(acr), min(len(before), 2 * len(acr) + 2) + 1):
                run = before[-k:]
                content = "".join(w[0] for w in run if w.lower() not in _MINOR)
                if run[0].lower() not in _MINOR and acr.lower() in (content.lower(), "".join(w[0] for w in run).lower()):
                    found[acr] = " ".join(run)
                    break
    return found


def _spelled_out_similarity(pair: Pair, acronyms: dict[str, str], embedder) -> float:
    """The pair's similarity with every acronym the document defines spelled out (-1.0 when it
    uses none): the model does not know what RCGP or PHE stand for, the other side spells them out."""
    def spell(text: str) -> str:
        return re.sub(r"\b[A-Z][A-Za-z]{1,7}\b", lambda m: acronyms.get(m.group(0), m.group(0)), text)

    source, target = spell(pair.source_text), spell(pair.target_text)
    if (source, target) == (pair.source_text, pair.target_text):
        return -1.0
    v = embedder.encode([source, target])
    return float(v[0] @ v[1])


ACRONYM_SHARE = 0.25
"""A side whose acronyms stand for this share of its words or more (RCGP RSC could ... once PHE
has ...) is one the model cannot judge: the other side spells out what it abbreviates."""


def _mostly_acronyms(pair: Pair) -> bool:
    """True when acronyms the model cannot read (``acronym_extra``) make up ``ACRONYM_SHARE`` of a
    side's words, counted as spelled out; its low similarity is then a warning, not an error."""
    for text in (pair.source_text, pair.target_text):
        extra = acronym_extra(text)[1]  # the words the acronyms stand for, beyond one each
        if extra and extra >= ACRONYM_SHARE * (len(text.split()) + extra):
            return True
    return False


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
    thirty. ``acronyms``: spell out the acronyms the document defines, and keep a side made mostly
    of undefined ones at warning (False: the similarity against the thresholds alone, as the
    benchmarks' cosine baseline).
    """

    name = "mistranslation"

    def __init__(self, acronyms: bool = True) -> None:
        self.acronyms = acronyms

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        th = ctx.thresholds
        # a source definition wins over a target one: sources are read first
        acronyms = defined_acronyms([p.source_text for p in pairs] + [p.target_text for p in pairs]) \
            if self.acronyms else {}
        for pair in pairs:
            sim = pair.bead.similarity
            if sim is None:
                continue
            words = shorter_words(pair.source_text, pair.target_text)
            error, warning = (min(th[f"mistranslation_{key}"], th.get(f"mistranslation_{key}_len_a", 1.0)
                                  + th.get(f"mistranslation_{key}_len_b", 0.0) / words)
                              for key in ("error", "warning"))
            if sim < warning and acronyms and ctx.embedder is not None:
                sim = max(sim, _spelled_out_similarity(pair, acronyms, ctx.embedder))
            if sim >= warning:
                continue
            severity = "error" if sim < error and not (self.acronyms and _mostly_acronyms(pair)) else "warning"
            yield Issue(
                "mistranslation", severity, pair.alignment,
                tuple((s.start, s.end) for s in pair.source), tuple((s.start, s.end) for s in pair.target),
                max(0.0, sim),
                f"the pair's meanings differ (similarity {sim:.2f}, faithful pairs score above {warning:.2f}): "
                f"{quote(pair.source_text, 60)} vs {quote(pair.target_text, 60)}",
            )
