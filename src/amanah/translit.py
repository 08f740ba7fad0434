"""Shared tokenisation, Arabic clitic stripping and a cross-script phonetic key.

The phonetic key maps both Arabic and Latin spellings of a name to a consonant skeleton
(vowels, و/ي/ا as vowels, ع/ء, doubled letters and a final ة/-h dropped; sh/ch/ش, q/k/c/ق/ك,
th/ث/ت/ط, dh/ذ/د/ض, g/j/ج/غ, p/b, v/f unified) so that بوتين and Putin, الشيباني and
al-Shaybani, أبو قصرة and Abu Qasra get the same key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from anyascii import anyascii

from .normalize import is_arabic_char, normalize_arabic

_MARKS = "\u064B-\u065F\u0670\u0640\u06D6-\u06ED"
WORD_RE = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]|['’](?=[^\W\d_]))*")


@dataclass(frozen=True)
class Token:
    """A word of a text: surface form, offsets in that text, and its matching form."""

    text: str
    start: int
    end: int
    norm: str
    arabic: bool


@lru_cache(maxsize=16384)
def tokenize(text: str) -> tuple[Token, ...]:
    """Letter words (Arabic or Latin) with offsets; Arabic ones normalised, Latin lowercased.

    Cached: every check tokenises the same segments."""
    out = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        out.append(Token(word, m.start(), m.end(), *_word_norm(word)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _word_norm(word: str) -> tuple[str, bool]:
    """A word's matching form and whether it is Arabic (``Token.norm``, ``Token.arabic``)."""
    arabic = is_arabic_char(word)
    return (normalize_arabic(word) if arabic else word.lower().replace("’", "'")), arabic


@lru_cache(maxsize=65536)
def arabic_stems(norm: str, *, min_len: int = 2) -> tuple[str, ...]:
    """Candidate stems of a normalised Arabic word after removing proclitics.

    و/ف (and), ب/ل/ك (prepositions), ال / لل (article). The word itself comes first.
    """
    seen: list[str] = []

    def add(w: str) -> None:
        if len(w) >= min_len and w not in seen:
            seen.append(w)

    add(norm)
    level1 = [norm] + [norm[1:] for p in "وف" if norm.startswith(p) and len(norm) > 3]
    for w in level1:
        add(w)
        level2 = [w] + [w[1:] for p in "بلك" if w.startswith(p) and len(w) > 3]
        for v in level2:
            add(v)
            if v.startswith("ال") and len(v) > 3:
                add(v[2:])
            if v.startswith("لل") and len(v) > 3:
                add(v[2:])
    return tuple(seen)


PhraseForms = dict[str, list[tuple[tuple[str, ...], object, bool]]]
"""Arabic phrases by their first word without its article: [(all words normalised, value, bare)], longest first."""


def phrase_forms(phrases: Iterable[tuple[str, object]]) -> PhraseForms:
    """``PhraseForms`` of (Arabic phrase, value) pairs. A phrase ending in "!" is *bare*: it counts only
    where no word with لـ follows it (الوكالة الفرنسية is AFP, الوكالة الفرنسية لتطوير العلا another agency)."""
    out: PhraseForms = {}
    for form, value in phrases:
        words = tuple(normalize_arabic(w) for w in form.removesuffix("!").split())
        head = words[0][2:] if words[0].startswith("ال") else words[0]
        out.setdefault(head, []).append((words, value, form.endswith("!")))
    for forms in out.values():
        forms.sort(key=lambda f: -len(f[0]))
    return out


def find_phrases(text: str, forms: PhraseForms) -> list[tuple[int, int, object]]:
    """[start, end) and value of each phrase of ``forms`` in an Arabic text, the longest at each word; its
    first word may carry و / ف / ب / ل / ك and the article (للأمم المتحدة, وبالبنك الدولي)."""
    toks = [t for t in tokenize(text) if t.arabic]
    out, i = [], 0
    while i < len(toks):
        hit = None
        for stem in arabic_stems(toks[i].norm):
            for words, value, bare in forms.get(stem[2:] if stem.startswith("ال") else stem, ()):
                n = len(words)
                if [t.norm for t in toks[i + 1:i + n]] == list(words[1:]) and (hit is None or n > hit[0]) and not (
                        bare and i + n < len(toks) and toks[i + n].norm.startswith("ل")):
                    hit = (n, value)
        if hit is None:
            i += 1
            continue
        n, value = hit
        out.append((toks[i].start, toks[i + n - 1].end, value))
        i += n
    return out


_AR_KEY = {
    "ب": "B", "پ": "B", "ت": "T", "ث": "T", "ط": "T", "ج": "G", "غ": "G", "گ": "G",
    "ح": "H", "ه": "H", "خ": "K", "ق": "K", "ك": "K", "د": "D", "ذ": "D", "ض": "D",
    "ر": "R", "ز": "Z", "ظ": "Z", "س": "S", "ص": "S", "ش": "X", "چ": "X", "ف": "F",
    "ڤ": "F", "ل": "L", "م": "M", "ن": "N",
}
_LAT_DIGRAPHS = (("sch", "X"), ("sh", "X"), ("ch", "X"), ("kh", "K"), ("gh", "G"),
                 ("th", "T"), ("dh", "D"), ("ph", "F"), ("ck", "K"), ("ts", "TS"))
_LAT_KEY = {
    "b": "B", "p": "B", "d": "D", "f": "F", "v": "F", "g": "G", "j": "G", "h": "H",
    "k": "K", "q": "K", "c": "K", "l": "L", "m": "M", "n": "N", "r": "R", "s": "S",
    "t": "T", "x": "KS", "z": "Z",
}


def collapse_repeats(key: str) -> str:
    """``key`` with each run of one letter written once (SDD -> SD)."""
    out: list[str] = []
    for ch in key:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def arabic_key(word: str) -> str:
    """Consonant skeleton of an Arabic word (normalised inside; final ة/ه dropped)."""
    w = normalize_arabic(word)
    if w.endswith("ه") and len(w) > 2:
        w = w[:-1]
    return collapse_repeats("".join(_AR_KEY.get(ch, "") for ch in w))


@lru_cache(maxsize=65536)
def latin_key(word: str) -> str:
    """Consonant skeleton of a Latin-script word (accents folded; final -h dropped)."""
    w = anyascii(word).lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = re.sub(r"[^a-z]", "", w)
    w = re.sub(r"c(?=[eiy])", "s", w)
    for src, dst in _LAT_DIGRAPHS:
        w = w.replace(src, dst)
    if w.endswith("h") and len(w) > 2:
        w = w[:-1]
    return collapse_repeats("".join(_LAT_KEY.get(ch, ch if ch.isupper() else "") for ch in w))


def word_key(word: str) -> str:
    """Phonetic key of a word in either script."""
    return arabic_key(word) if word and is_arabic_char(word[0]) else latin_key(word)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def keys_match(a: str, b: str) -> bool:
    """Equal keys, or one edit apart for keys of 4+, two edits for 7+ consonants."""
    if not a or not b:
        return False
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest == 3 and abs(len(a) - len(b)) == 1:
        return a.startswith(b) or b.startswith(a)  # السويد / Sweden: SD ~ SDN
    if shortest >= 7:
        return edit_distance(a, b, 2) <= 2
    if shortest >= 4:
        return edit_distance(a, b, 1) <= 1
    return False


# ----------------------------------------------------------------------------- name matching
# Added for proper names; the functions above keep their behaviour (other checks use them).

_NAME_DIGRAPHS = (("tsch", "X"), ("sch", "X"), ("tch", "X"), ("tsh", "X"), ("sh", "X"), ("ch", "X"),
                  ("zh", "G"), ("kh", "K"), ("gh", "G"), ("th", "T"), ("dh", "D"), ("dj", "G"),
                  ("ph", "F"), ("ck", "K"), ("qu", "K"), ("cc", "K"), ("tz", "TS"), ("ts", "TS"),
                  ("gu", "G"), ("wh", "W"))


@lru_cache(maxsize=65536)
def name_key_latin(word: str) -> str:
    """Consonant skeleton of a Latin-script name, closer to how Arabic writes it.

    Like ``latin_key`` plus: tch/tsh/tsch = ش, zh = ج, dj = ج, qu = ق, tz = تس, gu = ج,
    silent final -e and h after a vowel at the end dropped, c before e/i/y = s.
    """
    return collapse_repeats(name_key_latin_letters(word))


@lru_cache(maxsize=65536)
def name_key_latin_letters(word: str) -> str:
    """``name_key_latin`` before repeats are collapsed (Jesús: GSS)."""
    w = anyascii(word).lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = re.sub(r"[^a-z]", "", w)
    w = re.sub(r"^x", "sh", w)  # Xinhua = شينخوا, Xi = شي
    w = w.replace("xx", "x")  # Exxon = إكسون
    w = re.sub(r"sc(?=[ei])", "sh", w)  # Fisichella = فيشيلا
    w = re.sub(r"c(?=[eiy])", "s", w)
    for src, dst in _NAME_DIGRAPHS:
        w = w.replace(src, dst)
    w = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", w)  # John = جون, Sarah = سارة
    if w.endswith("h") and len(w) > 2:
        w = w[:-1]
    return "".join(_LAT_KEY.get(ch, ch if ch.isupper() and ch != "W" else "") for ch in w)


# consonant classes whose letters Arabic and Latin spellings often trade
_CLOSE = [set("SXTZ"), set("DTZ"), set("GKH"), set("BF"), set("SZ"), set("KX")]
_CHEAP = set("HG")  # ه/ح/ع-like and غ: often unwritten in Latin, or written for a vowel


_NEAR = {frozenset("GK")}
"""Consonants Arabic spellings trade most: a hard g is ك / ق / گ in the Maghreb and the Gulf
(Regragui = الركراكي, Agadir = أكادير), ج or غ elsewhere."""


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if frozenset((a, b)) in _NEAR:
        return 0.25
    return 0.5 if any(a in c and b in c for c in _CLOSE) else 1.0


def consonants_close(a: str, b: str) -> bool:
    """Whether two key consonants are one, or ones that Arabic and Latin spellings trade (``_CLOSE``,
    ``_NEAR``; S for ث, Z for ذ ...)."""
    return _sub_cost(a, b) < 1.0


def name_distance(a: str, b: str) -> float:
    """Weighted edit distance of two name keys: close consonants and h/gh cost half."""
    prev = [0.0]
    for cb in b:
        prev.append(prev[-1] + (0.5 if cb in _CHEAP else 1.0))
    for ca in a:
        cur = [prev[0] + (0.5 if ca in _CHEAP else 1.0)]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + (0.5 if ca in _CHEAP else 1.0),
                           cur[j - 1] + (0.5 if cb in _CHEAP else 1.0),
                           prev[j - 1] + _sub_cost(ca, cb)))
        prev = cur
    return prev[-1]


def name_keys_close(a: str, b: str, ratio: float = 0.2) -> bool:
    """Fuzzy match of two name keys: distance at most ``ratio`` of the longer key (4+ consonants),
    sharing the first consonant (or a close one)."""
    if not a or not b:
        return False
    if a == b:
        return True
    longest, shortest = max(len(a), len(b)), min(len(a), len(b))
    if shortest < 3:
        return False
    if longest < 4:  # three consonants: one close consonant or one h/gh apart (Michael = مايكل)
        return len(a) == len(b) and _sub_cost(a[0], b[0]) <= 0.25 and name_distance(a, b) <= 0.5
    if _sub_cost(a[0], b[0]) >= 1.0 and a[0] not in _CHEAP and b[0] not in _CHEAP:
        return False
    return name_distance(a, b) <= ratio * longest + 1e-9


@lru_cache(maxsize=65536)
def name_key_arabic(word: str) -> str:
    """``arabic_key`` with تش read as one sound (تشارلز = Charles, ماتشو = Machu)."""
    return collapse_repeats(name_key_arabic_letters(word))


@lru_cache(maxsize=65536)
def name_key_arabic_letters(word: str) -> str:
    """``name_key_arabic`` before repeats are collapsed (سدود: SDD)."""
    w = normalize_arabic(word)
    if w.endswith("ه") and len(w) > 2:
        w = w[:-1]
    w = w.replace("تش", "ش").replace("دج", "ج")
    return "".join(_AR_KEY.get(ch, "") for ch in w)
