"""Check ``untranslated``: copies of the source, and text left in the source language.

* a target equal to its source after normalisation (case, digits, Arabic letter forms,
  punctuation and spacing ignored) that contains letters of the source script: error;
* Arabic-script words in an English target, except a short gloss in parentheses or quotes;
* runs of English words in an Arabic target longer than a few words (names and acronyms,
  being capitalised and short, are let through).
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..normalize import ARABIC_SCRIPT, arabic_ratio, fold_digits, normalize_arabic
from .base import CheckContext, Issue, Pair

CODE = "untranslated"

_AR_WORD = rf"[{ARABIC_SCRIPT}]*[\u0621-\u064A\u0671-\u06D3][{ARABIC_SCRIPT}]*"
_AR_GAP = r"[\s\u060C\u061B\-]+(?:[\u0660-\u066C\u06F0-\u06F9]+[\s\u060C\u061B\-]+)?"
"""Between two Arabic words of one run: spaces and Arabic punctuation, and a number in Arabic-Indic
digits (وامتناع ١٤ نائباً is one run left untranslated, not two)."""
_AR_RUN = re.compile(rf"{_AR_WORD}(?:{_AR_GAP}{_AR_WORD})*")
_LAT_WORD = r"[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’\-]*"
_LAT_RUN = re.compile(rf"{_LAT_WORD}(?:[\s,.:;&/()\-]+{_LAT_WORD})*")
_WORD = re.compile(r"\w+")
_GLOSS_OPEN = "([«\"“'‘"
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|org|net|gov|edu|int)\S*")


def _blank_urls(text: str) -> str:
    """URLs and e-mail addresses replaced by spaces (length-preserving)."""
    return _URL.sub(lambda m: " " * len(m.group()), text)


def copy_key(text: str) -> str:
    """Text reduced for copy detection: normalised, casefolded, letters/digits only."""
    t = normalize_arabic(fold_digits(text)).casefold()
    return " ".join(_WORD.findall(t)).replace("_", " ")


def _has_script(text: str, lang: str) -> bool:
    if lang == "ar":
        return any("\u0621" <= c <= "\u06D3" for c in text)
    return any(c.isascii() and c.isalpha() for c in text)


class UntranslatedCheck:
    """Copies of the source and source-language text left in the target."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        max_gloss = int(ctx.thresholds.get("untranslated_gloss_words", 3))
        min_latin = int(ctx.thresholds.get("untranslated_latin_words", 4))
        min_lower = int(ctx.thresholds.get("untranslated_latin_lowercase", 2))
        max_script = ctx.thresholds.get("untranslated_script_ratio", 0.8)
        for pair in pairs:
            if not pair.source or not pair.target:
                continue
            src, tgt = pair.source_text, pair.target_text
            if copy_key(src) == copy_key(tgt) and _has_script(src, pair.source_lang):
                yield Issue(CODE, "error", pair.alignment, (pair.source_span(0, len(src)),),
                            (pair.target_span(0, len(tgt)),), 0.0,
                            "the target is a copy of the source (not translated)")
                continue
            if pair.source_lang == pair.target_lang:
                continue
            ratio = arabic_ratio(tgt)
            foreign_share = ratio if pair.target_lang == "en" else (
                1.0 - ratio if any(c.isalpha() for c in tgt) else 0.0)
            if foreign_share > max_script:
                lang_name = "Arabic" if pair.target_lang == "en" else "English"
                yield Issue(CODE, "error", pair.alignment, (),
                            (pair.target_span(0, len(tgt)),), round(1.0 - foreign_share, 4),
                            f"the target is mostly {lang_name} ({foreign_share:.0%} of its "
                            f"letters): left untranslated")
                continue
            if pair.target_lang == "en":
                yield from self._arabic_in_english(pair, tgt, max_gloss)
            elif pair.target_lang == "ar":
                yield from self._english_in_arabic(pair, tgt, min_latin, min_lower)

    def _arabic_in_english(self, pair: Pair, tgt: str, max_gloss: int) -> Iterable[Issue]:
        for m in _AR_RUN.finditer(_blank_urls(tgt)):
            words = len(m.group().split())
            before = tgt[:m.start()].rstrip()
            glossed = bool(before) and before[-1] in _GLOSS_OPEN
            if glossed and words <= max_gloss:
                continue
            yield Issue(CODE, "error", pair.alignment, (),
                        (pair.target_span(m.start(), m.end()),), 0.0,
                        f"Arabic text left in the English target: '{m.group()}'")

    def _english_in_arabic(self, pair: Pair, tgt: str, min_latin: int,
                           min_lower: int) -> Iterable[Issue]:
        for m in _LAT_RUN.finditer(_blank_urls(tgt)):
            words = re.findall(_LAT_WORD, m.group())
            lower = [w for w in words if w[0].islower()]
            if len(words) >= min_latin and len(lower) >= min_lower:
                yield Issue(CODE, "error", pair.alignment, (),
                            (pair.target_span(m.start(), m.end()),), 0.0,
                            f"English text left in the Arabic target: '{m.group()}'")
