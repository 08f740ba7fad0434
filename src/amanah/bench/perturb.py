"""Deterministic perturbations of the English (target) side of clean Arabic-English pairs.

Every builder takes the pair's texts and a ``random.Random`` and returns the damaged English,
or ``None`` when the pair has nothing to damage (no number, no name, one clause...). The
caller seeds the generator per pair, so the same data and seed give the same damage.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..checks.coverage import remove_span, split_clauses
from ..checks.dates import EN_MONTHS, EN_WEEKDAYS

# ----------------------------------------------------------------------------- clause omission


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"^[\s,;:]+", "", text)
    text = re.sub(r"[,;:]\s*([.!?])$", r"\1", text)
    return text[:1].upper() + text[1:] if text else text


def clause_runs(text: str, low: float = 0.25, high: float = 0.60) -> list[tuple[int, int]]:
    """Spans of runs of consecutive clauses covering ``low``..``high`` of ``text``'s characters."""
    spans = split_clauses(text, "en", sentences=False)  # the damage definition stays fixed
    runs = []
    for i in range(len(spans)):
        for j in range(i, len(spans)):
            if i == 0 and j == len(spans) - 1:
                continue
            start, end = spans[i][0], spans[j][1]
            if low <= (end - start) / max(1, len(text)) <= high:
                runs.append((start, end))
    return runs


def omit_clause(ar: str, en: str, rng: random.Random) -> str | None:
    """Delete a run of English clauses holding 25-60% of the sentence's characters."""
    runs = clause_runs(en)
    if not runs:
        return None
    start, end = rng.choice(runs)
    out = _tidy(remove_span(en, start, end))
    return out if out and out != en else None


def add_clause(ar: str, en: str, rng: random.Random, donors: Sequence[str] = ()) -> str | None:
    """Insert a clause taken from another English sentence (4-20 words) at a clause boundary."""
    pool = []
    for donor in donors:
        if donor == en:
            continue
        for a, b in split_clauses(donor, "en", sentences=False):
            piece = donor[a:b]
            if 4 <= len(piece.split()) <= 20 and len(piece) <= 0.9 * len(en):
                pool.append(piece)
    spans = split_clauses(en, "en", sentences=False)
    if not pool or len(en.split()) < 5:
        return None
    piece = rng.choice(pool)
    piece = piece[:1].lower() + piece[1:] if not piece[:2].isupper() else piece
    cut = rng.choice([b for _, b in spans])
    body = en.rstrip(" .!?")
    head, tail = en[:cut].rstrip(" .!?"), en[cut:]
    if cut >= len(body):
        return _tidy(f"{head}, and {piece}{en[len(body):].strip()}")
    return _tidy(f"{head}, {piece}, {tail.lstrip(' ,;:')}")


# ----------------------------------------------------------------------------- numbers

_NUM = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w])")


def change_number(ar: str, en: str, rng: random.Random) -> str | None:
    """Change the value of one English number (same format, different digits)."""
    matches = [m for m in _NUM.finditer(en)]
    if not matches:
        return None
    m = rng.choice(matches)
    whole, frac = m.group(1), m.group(2)
    value = int(whole.replace(",", ""))
    if 1900 <= value <= 2100 and not frac:
        new = value + rng.choice([-3, -2, -1, 1, 2, 3])
    elif value < 10:
        new = rng.choice([v for v in range(2, 13) if v != value])
    else:
        new = value + max(1, int(value * rng.choice([0.2, 0.3, 0.5, 0.7]))) * rng.choice([-1, 1])
        if new <= 0:
            new = value * 2
    text = f"{new:,}" if "," in whole else str(new)
    if frac:
        text += "." + frac
    return en[:m.start()] + text + en[m.end():]


# ----------------------------------------------------------------------------- names

_CAP = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}(?:[-'][A-Z][a-z]+)?)(?![\w'’-])")
_NOT_NAMES = frozenset("""
The This That These Those There Their They Then When Where Which What Who While With Without
After Before During Since Until Because Although However Therefore Also And But For From
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr President Minister
Ministry Government State States Republic Kingdom Union Council Party Army Court Prime
University Health Organization World National International Department Secretary General
In On At By Of To As If It Its He She We You His Her Our Your Some Many Most Any All Each
One Two Three Four Five Six Seven Eight Nine Ten Coronavirus Covid Disease Center Centers
""".split())


def name_pool(english: Sequence[str], min_count: int = 2) -> list[str]:
    """Capitalised words used mid-sentence (not sentence-initial, never lowercase), seen ≥ ``min_count`` times."""
    counts: dict[str, int] = {}
    lower = set()
    for line in english:
        lower.update(w for w in re.findall(r"\b[a-z][a-z]+\b", line))
        for m in _CAP.finditer(line):
            if m.start() > 0 and m.group(1) not in _NOT_NAMES:
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return sorted(w for w, c in counts.items() if c >= min_count and w.lower() not in lower)


def split_pool(pool: Sequence[str]) -> dict[str, list[str]]:
    """The pool as {"names": proper names (Cairo, Kirchner), "common": capitalised common English
    words (Chase, Survey, Queen), which a swap turns into a change of wording as much as of name}."""
    from ..checks.entities import common_word

    out: dict[str, list[str]] = {"names": [], "common": []}
    for w in pool:
        out["common" if common_word(w.lower()) else "names"].append(w)
    return out


def swap_name(ar: str, en: str, rng: random.Random, pool: Sequence[str] = ()) -> str | None:
    """Replace one name (from ``pool``, found mid-sentence) with another name of the pool."""
    names = set(pool)
    found = [m for m in _CAP.finditer(en) if m.group(1) in names]
    if not found:
        return None
    m = rng.choice(found)
    old = m.group(1)
    choices = [n for n in pool if n[0] != old[0] and n not in en]
    if not choices:
        return None
    return en[:m.start()] + rng.choice(choices) + en[m.end():]


# ----------------------------------------------------------------------------- negation

_REMOVE = [
    (re.compile(r"\b(can)not\b", re.I), r"\1"),
    (re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|could|should|would|will|must|may|might)\s+not\b", re.I), r"\1"),
    (re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|could|should|would)n['’]t\b(?!\s+\w+\s*[?؟])", re.I), r"\1"),
    (re.compile(r"\b(ca)n['’]t\b", re.I), r"\1n"),
    (re.compile(r"\bwon['’]t\b", re.I), "will"),
    (re.compile(r"\bnever\s+", re.I), ""),
]
_INSERT = [
    (re.compile(r"\b(is|are|was|were|will|should|must|could|would|may|might)\b(?!\s+(?:not|no)\b)"), r"\1 not"),
    (re.compile(r"\bcan\b(?!\s+not\b|['’]t)"), "cannot"),
    (re.compile(r"\b(has|have|had)\s+(been|\w+ed)\b"), r"\1 not \2"),
]


def flip_negation(ar: str, en: str, rng: random.Random) -> str | None:
    """Remove one negation if the sentence has one, else negate one auxiliary verb."""
    options = []
    for regex, repl in _REMOVE + _INSERT:
        for m in regex.finditer(en):
            options.append((m, regex, repl))
        if options and (regex, repl) in _REMOVE:
            break  # prefer removing an existing negation
    if not options:
        return None
    m, regex, repl = rng.choice(options)
    new = m.expand(repl)
    out = en[:m.start()] + new + en[m.end():]
    return " ".join(out.split()) if out != en else None


# ----------------------------------------------------------------------------- dates

_MONTHS = tuple(m for m in EN_MONTHS if m != "May")  # not May, which is also a verb
_DATE_NAME = re.compile(r"\b(" + "|".join(EN_WEEKDAYS + _MONTHS) + r")\b")


def change_date(ar: str, en: str, rng: random.Random) -> str | None:
    """Replace one English weekday or month name with another of its kind."""
    found = list(_DATE_NAME.finditer(en))
    if not found:
        return None
    m = rng.choice(found)
    kind = EN_WEEKDAYS if m.group(1) in EN_WEEKDAYS else _MONTHS
    return en[:m.start()] + rng.choice([w for w in kind if w != m.group(1)]) + en[m.end():]


# ----------------------------------------------------------------------------- untranslated

def copy_source(ar: str, en: str, rng: random.Random) -> str | None:
    """The target left untranslated: the Arabic copied in place of the English."""
    return ar if ar.strip() else None


@dataclass(frozen=True)
class PairPerturbation:
    """A pair-level damage type: the finding code that should catch it and its builder."""

    name: str
    code: str
    build: Callable[..., str | None]
    pool: str = ""
    """Part of the document's name pool the builder draws from (``split_pool``), if any."""


PAIR_PERTURBATIONS: tuple[PairPerturbation, ...] = (
    PairPerturbation("clause omission", "omission", omit_clause),
    PairPerturbation("clause addition", "addition", add_clause),
    PairPerturbation("number change", "number", change_number),
    PairPerturbation("name swap", "entity", swap_name, "names"),
    PairPerturbation("negation flip", "negation", flip_negation),
    PairPerturbation("untranslated", "untranslated", copy_source),
    PairPerturbation("date change", "date", change_date),
    PairPerturbation("common-word swap", "entity", swap_name, "common"),
)
