"""Normalisation for matching only, never for display.

Two families of helpers:

* length-preserving ones (``fold_digits``), safe to run before a regex whose match
  offsets are then used as spans of the original text;
* shrinking ones (``normalize_arabic``), with a ``*_with_map`` variant returning, for every
  output character, the index of the input character it came from.
"""

from __future__ import annotations

import re

# Arabic harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE)
)
_TATWEEL = "\u0640"
_DROP = frozenset(_DIACRITICS + _TATWEEL)

_LETTER_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "ھ": "ه", "ە": "ه",
}

_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})
_DIGITS.update({"٫": ".", "٬": ",", "٪": "%"})
# invisible bidi marks and embeddings (RLM around a number: ‏٣٫٢‏ مليون) read as the space they are to the eye
_DIGITS.update({ch: " " for ch in "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"})
_DIGIT_TABLE = str.maketrans(_DIGITS)

ARABIC_SCRIPT = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
"""The Arabic script blocks (a character-class body): letters, marks, digits and punctuation."""
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")


_PRESENTATION_FORMS = re.compile("[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFE]+")


def fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms and Latin ligatures (ﺑﻮﺗﻴﻦ, ﻻ, ﬁ: what text copied from a PDF
    often holds) as the letters they show (بوتين, لا, fi), by NFKC on those characters only.
    Ligatures expand (ﻻ → لا)."""
    import unicodedata

    if not _PRESENTATION_FORMS.search(text):
        return text
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, ٫ → '.', ٬ → ',', ٪ → '%', bidi marks → ' '.

    Length-preserving: every character maps to exactly one character.
    """
    return text.translate(_DIGIT_TABLE)


_DROP_TABLE: dict[int, str | None] = {ord(ch): None for ch in _DROP}
"""Harakat and tatweel dropped, as a ``str.translate`` table."""


def _fold_table(taa_marbuta: bool, hamza_carriers: bool) -> dict[int, str | None]:
    """The folding of ``normalize_arabic`` as one ``str.translate`` table: diacritics and tatweel
    dropped, alef forms to ا, ى→ي, optionally ة→ه and ؤ→و / ئ→ي, digits to ASCII."""
    table = dict(_DROP_TABLE)
    table.update({ord(k): v for k, v in _LETTER_MAP.items() if hamza_carriers or k not in ("ؤ", "ئ")})
    if taa_marbuta:
        table[ord("ة")] = "ه"
    table.update(_DIGIT_TABLE)
    return table


_FOLD_TABLES = {(t, h): _fold_table(t, h) for t in (True, False) for h in (True, False)}


def normalize_arabic_with_map(text: str, *, taa_marbuta: bool = True,
                              hamza_carriers: bool = True) -> tuple[str, list[int]]:
    """Normalise Arabic for matching and return ``(normalised, index_map)``.

    ``index_map[i]`` is the index in ``text`` of the character that produced output
    character ``i``; ``index_map`` has one extra final entry equal to ``len(text)`` so
    that an end offset maps too. Removes diacritics and tatweel, unifies alef forms to ا,
    ى→ي, optionally ة→ه, and (``hamza_carriers``) ؤ→و, ئ→ي. Digits are folded to ASCII.
    """
    table = _FOLD_TABLES[taa_marbuta, hamza_carriers]
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = table.get(ord(ch), ch)
        if folded is not None:
            out.append(folded)
            index.append(i)
    index.append(len(text))
    return "".join(out), index


def normalize_arabic(text: str, *, taa_marbuta: bool = True, hamza_carriers: bool = True) -> str:
    """Normalised Arabic for comparisons: ``normalize_arabic_with_map``'s text, without the map."""
    return text.translate(_FOLD_TABLES[taa_marbuta, hamza_carriers])


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel only (letters untouched)."""
    return text.translate(_DROP_TABLE)


_MODEL_TABLE = {**_DIGIT_TABLE, **_DROP_TABLE}


MODEL_TEXT_VERSION = "fold3"
"""Recorded in the embedder's name: what ``model_text`` changes (fold1: harakat, tatweel, digits;
fold2: and runs of capitals; fold3: and invisible bidi marks read as spaces)."""

_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]*(?:[\s,;:]+[A-Z][A-Z'’-]*){2,}\b")


def shouted_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each run of three or more words in capitals with at least two of four
    letters or more (HOSPITAL ANNOUNCES NEW CASES; not a row of acronyms, US UK EU)."""
    return [m.span() for m in _CAPS_RUN.finditer(text)
            if sum(len(w) >= 4 for w in re.findall(r"[A-Z'’-]+", m.group(0))) >= 2]


def model_text(text: str) -> str:
    """What an embedding model reads: no harakat or tatweel (USE-m3 scores fully vowelled Arabic
    ~0.1 against its own translation), ASCII digits (Arabic-Indic ones score ~0.09 lower) and a
    run of three or more words in capitals in sentence case (HOSPITAL ANNOUNCES NEW CASES scores
    0.63 against its Arabic, Hospital announces new cases 0.93; a lone acronym stays)."""
    text = text.translate(_MODEL_TABLE)
    for a, b in shouted_spans(text):
        text = text[:a + 1] + text[a + 1:b].lower() + text[b:]
    return text


_ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0600, 0x0800) if ARABIC_LETTER_RE.match(chr(c)))


def is_arabic_char(ch: str) -> bool:
    """True when ``ch`` (or its first character) is an Arabic-script letter (not digits, not punctuation)."""
    return ch[:1] in _ARABIC_LETTERS


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script (0.0 when there are no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_arabic_char(c)) / len(letters)
