"""Paragraph blocks -> sentence segments, Arabic- and English-aware, offsets kept.

Arabic: ``.`` ``!`` ``؟`` ``?`` (and ``…``) end a sentence; ``،`` and ``؛`` do not.
English: no split after common abbreviations, initials (``J. K.``) or inside decimals (``3.5``).
Closing quotes and brackets stay with the sentence they close.
"""

from __future__ import annotations

import re

from .ingest import Block, RawSide
from .model import Segment, Side

_CLOSERS = "\"'”’»)]}›"
_OPENERS = "\"'“‘«([{‹"
# a terminator run, then any closers, then whitespace; the next sentence begins after the whitespace
_BOUNDARY = re.compile(r"(?:[.!?؟…]+|\.{3})[" + re.escape(_CLOSERS) + r"]*(?=\s+)")

_EN_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof eng sr jr st gen brig lt col maj capt cpt sgt adm gov sen rep rev hon pres amb "
    "vs etc e.g i.e cf al approx dept est inc ltd co corp ed eds "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "a.m p.m u.s u.k u.n u.s.a e.u d.c mt ft bros "
    # titles before a name: His Excellency, His Highness, His Royal Highness (segmenter s5, batch 83)
    "h.e h.h h.r.h".split()
)
# abbreviations that only hold before a number: "No. 5", "Fig. 2"
_NUMBER_ABBREVIATIONS = frozenset("no nos vol pp p fig art".split())
# Arabic abbreviations written with a dot: د. (Dr), أ. (Prof/Mr), م. (Eng), ص. (page)
_AR_ABBREVIATIONS = frozenset("د أ م ص ج ق ه هـ".split())


def _previous_token(text: str, end: int) -> str:
    """The whitespace-delimited token that ends at ``end`` (without the final dot)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].strip(_OPENERS + _CLOSERS)


def _is_english_non_boundary(text: str, match: re.Match[str], block_end: int) -> bool:
    if _pause(match.group()):  # "Detect early... live safely": a pause before a word in lower case (batch 156)
        return text[match.end():block_end].lstrip()[:1].islower()
    if not match.group().startswith("."):
        return False
    token = _previous_token(text, match.start()).lower()
    if token in _EN_ABBREVIATIONS:
        return True
    if token in _NUMBER_ABBREVIATIONS:
        return text[match.end():block_end].lstrip()[:1].isdigit()
    if len(token) == 1 and token.isalpha():  # an initial: "J. K. Rowling"
        return True
    if re.fullmatch(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}", token):  # U.S, e.g, a.m, Ph.D, M.Sc
        following = text[match.end():block_end].lstrip()
        return not following[:1].isupper() or token in _EN_ABBREVIATIONS
    return False


_QUOTE_REACH = 80
"""How far (characters) a pause of two dots may stand from the guillemets around it."""


def _pause(terminator: str) -> bool:
    """Whether a terminator run is a pause of dots: two or more, or an ellipsis (.., ..., …)."""
    return terminator.rstrip(_CLOSERS) in ("..", "...", "…")


def _in_quoted_pause(text: str, match: re.Match[str]) -> bool:
    """A pause of dots (``_pause``) inside guillemets, the quote closing within ``_QUOTE_REACH``
    characters with no other terminator before it: a slogan's halves («افحصي.. اطمئني» = "Get
    Screened, Be Reassured", batch 75; «اكشف مبكرًا... عِش بأمان», batch 156), one sentence."""
    if not _pause(match.group()):
        return False
    before = text[max(0, match.start() - _QUOTE_REACH):match.start()]
    after = text[match.end():match.end() + _QUOTE_REACH]
    close = after.find("»")
    return before.rfind("«") > before.rfind("»") and close >= 0 and not re.search(r"[.!?؟…]", after[:close])


def _is_arabic_non_boundary(text: str, match: re.Match[str]) -> bool:
    if _in_quoted_pause(text, match):
        return True
    return match.group().startswith(".") and _previous_token(text, match.start()) in _AR_ABBREVIATIONS


def split_sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans [s, e) of text[start:end], whitespace stripped."""
    spans = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if lang == "en" and _is_english_non_boundary(text, match, end):
            continue
        if lang == "ar" and _is_arabic_non_boundary(text, match):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    stripped: list[tuple[int, int]] = []
    orphan: tuple[int, int] | None = None  # leading pieces with no word in them, for the next sentence
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail <= s + lead:
            continue
        s, e = s + lead, e - trail
        if not any(ch.isalnum() for ch in text[s:e]):  # "." or "…" alone: part of a neighbour
            if stripped:
                stripped[-1] = (stripped[-1][0], e)
            else:
                orphan = (orphan[0] if orphan else s, e)
            continue
        if orphan is not None:
            s, orphan = orphan[0], None
        stripped.append((s, e))
    if orphan is not None:  # a block of punctuation alone is still a segment: nothing is dropped
        stripped.append(orphan)
    return stripped


def segment_side(raw: RawSide, segmented: bool = False) -> Side:
    """Sentences of every block (``segmented``: each block is one segment, its line number its id)."""
    segments: list[Segment] = []
    for paragraph, block in enumerate(raw.blocks):
        if segmented:
            segments.append(Segment(block.line, raw.text[block.start:block.end], block.start, block.end, block.line))
            continue
        for s, e in split_sentences(raw.text, block.start, block.end, raw.lang):
            segments.append(Segment(len(segments), raw.text[s:e], s, e, paragraph))
    return Side(raw.lang, raw.path, raw.text, tuple(segments))


__all__ = ["Block", "split_sentences", "segment_side"]
