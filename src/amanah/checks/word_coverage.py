"""Word-level coverage: words of one side that no word of the other side renders.

USE-m3's words embedded in their context (``encode_parts``) are aligned across languages: a word
and its translation are usually 0.6-0.95 similar (موسكو ~ Moscow 0.92, وزير ~ minister 0.87).
When a clause is dropped, its words lose their counterparts together: three or more content
words in a row (function words in between do not break the run) each match nothing on the other
side better than ``WORD_MATCH`` (``uncovered_run``), or, where a word of the clause still finds a
loose counterpart elsewhere in the paragraph, five content words in a row match it no better than
``WINDOW_MATCH`` on average (``uncovered_window``). A faithful paragraph rarely shows either, but
a faithful sentence of a technical or loosely translated text often does (an acronym spelled out
on the other side, a paraphrase), so such words confirm the coverage check's weaker clause
evidence around them (``coverage.CoverageCheck``).

A part dropped from a long paragraph (", causing part of the food to spoil") may be too small a
share of its clause for the clause's embedding to tell, so the words also propose a span of their
own: four content words in a row whose *competing* matches (``competing_coverage``: a match counts
less when its counterpart matches another word better) are poor on average (``weakest_span``).
The coverage check reports it where removing it raises the pair's cosine and the clause around
it holds some evidence too.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from ..embed import encode_parts, words_with_spans
from ..normalize import normalize_arabic

WORD_MATCH = 0.6
"""A word whose best cosine with any word of the other side is below this has no counterpart."""
MIN_RUN_WORDS = 3
"""Content words without a counterpart, in a row, that make a run."""
WINDOW_WORDS = 5
WINDOW_MATCH = 0.57
"""Content words in a row (``WINDOW_WORDS``) whose mean best cosine with the other side's words is
below this have no counterpart either. Over the omission damages of the evaluation articles,
their Arabic paragraph against the damaged English: such a window in 60 % of the paragraphs, in 4 %
of the faithful ones (a run: 50 % and 6 %; either: 67 % and 8 %). Dropping a clause leaves each of
its words a loose counterpart somewhere in the paragraph (مراكز إيواء مؤقتة أقيمت في المدارس ودور
الشباب: 0.52 0.69 0.60 0.82 0.51 0.73 0.37 against English without its "temporary shelters set up
in schools and youth centres"), which breaks a run but not a window."""

_FUNCTION_WORDS = {
    "ar": frozenset(normalize_arabic(w) for w in """
        في من على إلى الى عن أن إن ان أو او ما لا لم لن قد التي الذي الذين هذا هذه ذلك تلك كما مع بين عند
        حيث بعد قبل كل بعض غير و ب ل ثم إذ اذ إذا كان كانت وفي ومن وعلى وإلى وأن وقد وهو وهي هو هي وما ولا
        """.split()),
    "en": frozenset("""
        the a an of and to in is are was were be been being for on with that this these those by as at from
        it its has have had or but which who whom will would can could should may might their his her they
        he she we you i our there than into onto over also not no
        """.split()),
}
_STRIP = re.compile(r"^\W+|\W+$")
_CAPITALS = re.compile(r"\b(?:[A-Z][a-z]?){1,5}[A-Z]s?\b")
ACRONYM_WORDS = 1.5
"""Content words an acronym letter of the other side may stand for (PHE = هيئة الصحة العامة في
إنجلترا, MERS = متلازمة الشرق الأوسط التنفسية): a run no longer than that is spelled-out."""


def acronym_letters(text: str) -> int:
    """Capital letters of the acronyms in ``text`` (words of two or more capitals: WHO, MERS, RdRp)."""
    return sum(sum(ch.isupper() for ch in m.group(0)) for m in _CAPITALS.finditer(text))


def is_function_word(word: str, lang: str) -> bool:
    """A word that does not break a run (its own match says nothing about the clause)."""
    core = _STRIP.sub("", word)
    return not core or (normalize_arabic(core) if lang == "ar" else core.casefold()) in _FUNCTION_WORDS.get(lang, ())


def word_parts(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """``encode_parts`` items of ``text``'s words (``words_with_spans`` order), each in its context."""
    return [(text, ((a, b),)) for a, b, _ in words_with_spans(text)]


def word_similarities(embedder, cases: Sequence[tuple[str, str]]) -> list[np.ndarray]:
    """For each (text, other side's text): the (words of text, words of other) cosines of their
    words (``words_with_spans`` order), all embedded in their context. Each distinct text's words
    are embedded once."""
    texts = list(dict.fromkeys(t for case in cases for t in case))
    parts = {t: word_parts(t) for t in texts}
    every = [p for t in texts for p in parts[t]]
    vectors = encode_parts(embedder, every) if every else np.zeros((0, 1), np.float32)
    rows, k = {}, 0
    for t in texts:
        rows[t] = vectors[k:k + len(parts[t])]
        k += len(parts[t])
    return [rows[text] @ rows[other].T if len(rows[text]) and len(rows[other])
            else np.zeros((len(rows[text]), 0), np.float32) for text, other in cases]


def best_matches(similarity: np.ndarray, text: str, other: str) -> np.ndarray:
    """(words, other's words) cosines (``word_similarities``) -> (words,) each word of ``text`` (in
    ``words_with_spans`` order) scored by its best cosine with a word of ``other``; a number whose
    value ``other`` holds too scores 1."""
    scores = similarity.max(axis=1) if similarity.size else np.zeros(similarity.shape[0], np.float32)
    shared = _shared_numbers(text, other)
    for k, (_, _, anchor) in enumerate(words_with_spans(text)):
        if any(start <= anchor < end for start, end in shared):
            scores[k] = max(float(scores[k]), 1.0)
    return scores


def _shared_numbers(text: str, other: str) -> list[tuple[int, int]]:
    """[start, end) of the strong number mentions of ``text`` whose value a strong mention of the
    ``other`` side has too (in any form: اثنين وخمسين = 52): their words have a counterpart, whatever
    the embedder makes of number words against digits (not a weak إحدى against some "one")."""
    from ..ingest import block_lang
    from .numbers import extract_numbers, match_mentions

    langs = block_lang(text) or "en", block_lang(other) or "en"
    if langs[0] == langs[1]:
        return []
    mine = [m for m in extract_numbers(text, langs[0]) if m.strong]
    left = match_mentions(mine, [m for m in extract_numbers(other, langs[1]) if m.strong])[0]
    return [(m.start, m.end) for m in mine if m not in left]


COMPETING = 2.0
"""How much a word's score drops per unit its best counterpart prefers another word (``competing_coverage``)."""
SPAN_WORDS = 4
SPAN_MATCH = 0.32
"""Content words in a row (``SPAN_WORDS``) whose mean ``competing_coverage`` is below this are a
dropped span of their own (``weakest_span``): about 5 % of the faithful paragraphs of the
evaluation articles hold one (their 5th percentile: 0.316), three in four of those whose English
lost a clause (the dropped words' median: 0.15)."""


def competing_coverage(similarity: np.ndarray) -> np.ndarray:
    """(n, m) cosines of a text's n words with the other side's m words -> (n,) each word's
    best match, where a match counts less (``COMPETING`` times the gap) the better its
    counterpart matches another word: in a paragraph that lost a clause, the dropped words' loose
    counterparts (وزير ~ "Minister" of another clause) are the close counterparts of other words."""
    if not similarity.size:
        return np.zeros(similarity.shape[0], np.float32)
    best = similarity.max(axis=0)
    return (similarity - COMPETING * (best[None, :] - similarity)).max(axis=1)


def _span_words(text: str, coverage: np.ndarray, start: int, end: int) -> list[tuple[int, int, float]]:
    """(start, end, score) of the words of ``text`` inside [start, end), with their ``coverage``
    ((words,)) scores: a word is the span's when its first letter is (a clause's span leaves out its
    punctuation), cut to the span."""
    return [(max(a, start), min(b, end), c) for (a, b, anchor), c in zip(words_with_spans(text), coverage)
            if start <= anchor < end]


def uncovered_run(text: str, lang: str, coverage: np.ndarray, start: int, end: int, other: str = "",
                  limit: float = WORD_MATCH, min_words: int = MIN_RUN_WORDS) -> tuple[int, int] | None:
    """The longest run (by content words) of ``text``'s words inside [start, end) whose content
    words all score below ``limit`` in ``coverage`` ((words,), as ``best_matches``), function
    words in between (and words scored NaN) not breaking it; its [start, end) when it holds at least ``min_words``
    content words and more than the acronyms of the ``other`` side's text may spell out, else None."""
    min_words = max(min_words, int(ACRONYM_WORDS * acronym_letters(other)) + 1)
    best, best_n = None, 0
    run: list[tuple[int, int, bool]] = []  # (start, end, a function word)
    n = 0
    words = _span_words(text, coverage, start, end)
    for a, b, c in [*words, (end, end, np.inf)]:
        function = a < end and (is_function_word(text[a:b], lang) or np.isnan(c))
        if function and run:
            run.append((a, b, True))
            continue
        if not function and c < limit:
            run.append((a, b, False))
            n += 1
            continue
        while run and run[-1][2]:
            run.pop()
        if n >= min_words and n > best_n:
            best, best_n = (run[0][0], run[-1][1]), n
        run, n = [], 0
    return best


def uncovered_window(text: str, lang: str, coverage: np.ndarray, start: int, end: int, other: str = "",
                     size: int = WINDOW_WORDS, limit: float = WINDOW_MATCH,
                     lower_case: bool = False) -> tuple[int, int] | None:
    """The [start, end) of the ``size`` content words in a row inside [start, end) whose mean score
    in ``coverage`` ((words,), as ``best_matches``) is lowest, when it is below ``limit``; None
    when it is not, or when the span holds fewer content words than that (or than the acronyms of
    the ``other`` side's text may spell out); a word scored NaN is no content word. ``lower_case``: only the words in lower case count
    (English: a name is the names check's to read)."""
    size = max(size, MIN_RUN_WORDS, int(ACRONYM_WORDS * acronym_letters(other)) + 1)
    content = [(a, b, c) for a, b, c in _span_words(text, coverage, start, end)
               if not is_function_word(text[a:b], lang) and not np.isnan(c)
               and (not lower_case or lower_case_word(text[a:b]))]
    if len(content) < size:
        return None
    means = np.convolve([c for _, _, c in content], np.full(size, 1.0 / size), mode="valid")
    i = int(np.argmin(means))
    return (content[i][0], content[i + size - 1][1]) if means[i] < limit else None


def lower_case_word(word: str) -> bool:
    """A word of letters in lower case (punctuation around it aside)."""
    core = _STRIP.sub("", word)
    return core.isalpha() and core.islower()


def weakest_span(text: str, lang: str, coverage: np.ndarray, other: str = "") -> tuple[int, int] | None:
    """[start, end) of the ``SPAN_WORDS`` content words in a row of ``text`` whose mean
    ``competing_coverage`` ((words,)) is below ``SPAN_MATCH``, the lowest such run; else None.
    Each capital letter of an acronym of the ``other`` side adds a word to the run: the acronym
    may stand for words of it (PHE = هيئة الصحة العامة في إنجلترا)."""
    return uncovered_window(text, lang, coverage, 0, len(text), size=SPAN_WORDS + acronym_letters(other),
                            limit=SPAN_MATCH)


def uncovered_words(text: str, lang: str, coverage: np.ndarray, start: int, end: int,
                    other: str = "") -> tuple[int, int] | None:
    """Words of ``text`` inside [start, end) without a counterpart: ``uncovered_run``, else
    ``uncovered_window``, else None."""
    return (uncovered_run(text, lang, coverage, start, end, other)
            or uncovered_window(text, lang, coverage, start, end, other))
