"""What every check sees (`Pair`, `CheckContext`) and what it yields (`Issue`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Collection, Iterable, Mapping, Protocol, Sequence

from ..embed import encode_parts, encode_variants, words_with_spans
from ..model import Bead, Segment

JOINER = " "


def similarity_gains(embedder, cases: Sequence[tuple[str, str, str]]) -> list[float]:
    """For each (text, the other side's text, the text with a piece removed): how much more similar
    the other side is to the variant than to the text. Each distinct text is embedded once, the
    variants as edits of their texts (``encode_variants``). A positive gain means the removed piece
    did not belong (an inserted negation, a swapped name); a faithful piece makes the pair less
    similar when removed.
    """
    if not cases:
        return []
    distinct = list(dict.fromkeys(t for text, other, _ in cases for t in (text, other)))
    vectors = dict(zip(distinct, embedder.encode(distinct)))
    variants = encode_variants(embedder, [(text, variant) for text, _, variant in cases])
    return [float(vectors[other] @ v) - float(vectors[other] @ vectors[text])
            for (text, other, _), v in zip(cases, variants)]


def word_matches(embedder, cases: Sequence[tuple[str, tuple[int, int], str]],
                 skip: Sequence[Collection[tuple[int, int]]] | None = None) -> list[tuple[float, tuple[int, int] | None]]:
    """For each (text, a word's [start, end) in it, the other side's text): the best cosine of
    that word, embedded in its context (``encode_parts``), with any word of the other side, and
    that word's [start, end) there (``None`` when the other side has no word to match).
    ``skip``: per case, spans of the other side whose words may not count (they are another
    word's counterpart).

    USE-m3's words in context are aligned across languages (موسكو ~ Moscow 0.92, وزير ~ minister
    0.87); a word whose counterpart is missing matches nothing much better than 0.5.
    """
    if not cases:
        return []
    others = {other: [(other, ((a, b),)) for a, b, _ in words_with_spans(other)] for _, _, other in cases}
    parts = [(text, (span,)) for text, span, _ in cases]
    every = parts + [p for ps in others.values() for p in ps]
    vectors = dict(zip(every, encode_parts(embedder, every)))
    out: list[tuple[float, tuple[int, int] | None]] = []
    for k, (part, (_, _, other)) in enumerate(zip(parts, cases)):
        avoid = skip[k] if skip else ()
        words = [p for p in others[other] if not any(a < p[1][0][1] and p[1][0][0] < b for a, b in avoid)]
        best = max(words, key=lambda p: float(vectors[part] @ vectors[p]), default=None)
        out.append((float(vectors[part] @ vectors[best]), best[1][0]) if best else (0.0, None))
    return out


def quote(text: str, limit: int = 80) -> str:
    """Text for a finding's message: on one line, in quotation marks, cut at ``limit`` characters."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


@dataclass(frozen=True)
class Pair:
    """One bead seen as text: the joined source and target segments.

    Offsets inside ``source_text`` / ``target_text`` map back to file offsets with
    ``source_span`` / ``target_span``.
    """

    bead: Bead
    source: tuple[Segment, ...]
    target: tuple[Segment, ...]
    source_lang: str
    target_lang: str

    @property
    def alignment(self) -> int:
        return self.bead.id

    @property
    def source_text(self) -> str:
        return JOINER.join(s.text for s in self.source)

    @property
    def target_text(self) -> str:
        return JOINER.join(s.text for s in self.target)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``source_text`` to file offsets."""
        return _map_span(self.source, start, end)

    def target_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``target_text`` to file offsets."""
        return _map_span(self.target, start, end)

    def text(self, side: str) -> str:
        return self.source_text if side == "source" else self.target_text

    def lang(self, side: str) -> str:
        return self.source_lang if side == "source" else self.target_lang

    def span(self, side: str, start: int, end: int) -> tuple[int, int]:
        return self.source_span(start, end) if side == "source" else self.target_span(start, end)


def _map_span(segments: Sequence[Segment], start: int, end: int) -> tuple[int, int]:
    """Joined-text offsets -> file offsets (clamped to segment boundaries)."""
    if not segments:
        raise ValueError("cannot map a span on an empty side")

    def to_file(pos: int, is_end: bool) -> int:
        offset = 0
        for seg in segments:
            length = len(seg.text)
            if pos < offset + length or (is_end and pos == offset + length):
                return seg.start + max(0, pos - offset)
            offset += length + len(JOINER)
        return segments[-1].end

    return to_file(start, False), to_file(end, True)


SUBPAIR_MIN_SENTENCES = 2
"""Pairs whose sides both have this many sentences or more (paragraphs given as one pair) are
also checked sentence bead by sentence bead (``sentence_beads``) by the checks whose evidence a
long text dilutes: a clause added to one sentence of a 150-word paragraph barely moves the
paragraph's similarity, but moves its sentence's as much as anywhere."""


def sentence_beads(pairs: Sequence[Pair], embedder) -> dict[int, list[tuple[tuple[int, int], tuple[int, int]]]]:
    """Per pair index, the [start, end) source and target ranges of its sentence beads, for pairs
    whose sides both have ``SUBPAIR_MIN_SENTENCES`` sentences or more (paragraphs given as one
    pair): their sentences aligned as a document's (``align.align_texts``), beads with text on both
    sides only, none when one bead is the whole pair.
    """
    out = {}
    for k, pair in enumerate(pairs):
        if pair.source and pair.target:
            ranges = _text_beads(embedder, pair.source_text, pair.target_text, pair.source_lang, pair.target_lang,
                                 SUBPAIR_MIN_SENTENCES)
            if ranges:
                out[k] = list(ranges)
    return out


@lru_cache(maxsize=4096)
def _text_beads(embedder, source: str, target: str, source_lang: str, target_lang: str,
                min_sentences: int) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """``sentence_beads`` of one pair's texts, kept for the run's other checks (coverage and
    negation both weigh them)."""
    from ..align import align_texts
    from ..segment import split_sentences

    ss = split_sentences(source, 0, len(source), source_lang)
    ts = split_sentences(target, 0, len(target), target_lang)
    if min(len(ss), len(ts)) < min_sentences:
        return ()
    beads = align_texts([source[a:b] for a, b in ss], [target[a:b] for a, b in ts], [0] * len(ss), [0] * len(ts),
                        embedder)
    return tuple(((ss[b.src_start][0], ss[b.src_start + b.src_len - 1][1]),
                  (ts[b.tgt_start][0], ts[b.tgt_start + b.tgt_len - 1][1]))
                 for b in beads if b.src_len and b.tgt_len and (b.src_len, b.tgt_len) != (len(ss), len(ts)))


def sub_pair(pair: Pair, source_range: tuple[int, int], target_range: tuple[int, int]) -> Pair:
    """The part of ``pair`` in these [start, end) ranges of its joined texts, as a pair of its
    own: the same bead (findings on it are the pair's), its segments cut to the ranges, file
    offsets kept."""
    return Pair(pair.bead, _cut(pair.source, *source_range), _cut(pair.target, *target_range),
                pair.source_lang, pair.target_lang)


def _cut(segments: Sequence[Segment], start: int, end: int) -> tuple[Segment, ...]:
    """The pieces of ``segments`` inside [start, end) of their joined text."""
    out, offset = [], 0
    for seg in segments:
        lo, hi = max(start, offset), min(end, offset + len(seg.text))
        if lo < hi:
            out.append(Segment(seg.id, seg.text[lo - offset:hi - offset], seg.start + lo - offset,
                               seg.start + hi - offset, seg.paragraph))
        offset += len(seg.text) + len(JOINER)
    return tuple(out)


def sentence_pairs(pairs: Sequence[Pair], embedder) -> list[Pair]:
    """The sentence beads of ``pairs`` (``sentence_beads``) as pairs of their own (``sub_pair``)."""
    beads = sentence_beads(pairs, embedder)
    return [sub_pair(pairs[k], s, t) for k in sorted(beads) for s, t in beads[k]]


HINT = "hint"
"""The internal severity of evidence that counts only when corroborated."""
FAINT = "faint"
"""Weaker still: counts only where a number or date of its side vanished from the other side (an
error with nothing in its place) lies inside it."""
TRACE = "trace"
"""Weakest: counts only where an error finding of its side that has nothing in its place on the
other side (a name, number or date gone, ``checks.corroborate``) lies inside it."""


@dataclass(frozen=True)
class Issue:
    """A finding before it gets its id. Spans are file offsets.

    ``severity`` is error, warning or info, or ``HINT``: evidence too weak to report alone, which
    ``checks.corroborate`` reports only where another check confirms it (and drops otherwise).
    """

    code: str
    severity: str
    alignment: int | None
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    score: float
    message: str
    anchors: bool = True
    """Whether it may confirm a clause omission or addition around it (``checks.corroborate``)."""
    unrendered: bool = False
    """A clause omission whose clause the other side covers poorly (``coverage.UNRENDERED_COVERAGE``):
    a negation error inside confirms it even at the ``TRACE`` level (``checks.corroborate``)."""


OTHER_SIDE = {"source": "target", "target": "source"}
"""The side across from each side of a pair."""


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two [start, end) spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class CheckContext:
    """Shared, read-only inputs of all checks.

    ``thresholds``: the active profile's numbers (see ``profiles/``);
    ``embedder``: the run's embedder (checks that compare clauses use it);
    ``glossary``: (source term, required target rendering) pairs.
    """

    thresholds: Mapping[str, float]
    embedder: object | None = None
    glossary: tuple[tuple[str, str], ...] = ()
    extra: Mapping[str, object] = field(default_factory=dict)


class Check(Protocol):
    """A check: a stable name and a function from pairs to issues.

    A check may also say it is ``pairwise`` (true): its issues for slices of the pairs, in order,
    are its issues for all of them, given the context its ``prepare(pairs, ctx)`` returns (which
    fixes its document-wide inputs); ``checks.split`` then shares its pairs among processes.
    """

    name: str

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]: ...
