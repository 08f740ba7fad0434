"""Check ``number``: every number on one side must have an equal number on the other.

Numbers are read from digits (Western, Arabic-Indic, Persian; Arabic and English
separators), scale words ("3.5 million" = "3.5 مليون" = 3,500,000) and number words in
both languages. Each mention is *strong* (an explicit quantity: must be matched) or *weak*
("one", ordinals below the eleventh, Arabic dual nouns, "both", bare "a hundred"): a weak
mention can satisfy a strong one on the other side but is never reported itself. That keeps pronoun "one",
"for the first time" = لأول مرة and هدفين = "two goals" from raising false alarms.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..normalize import fold_digits, normalize_arabic
from ..translit import Token, arabic_key, arabic_stems, keys_match, latin_key, tokenize
from .base import CheckContext, Issue, Pair
from .dates import CODE as DATE_CODE
from .dates import EN_MONTHS, DateName, arabic_dates, date_names, numeric_months
from .word_coverage import is_function_word

CODE = "number"

STRONG_ORDINAL = 11
"""Ordinals from the eleventh up (الخامس عشر = fifteenth, للمرة الثالثة عشرة = for the thirteenth
time) are explicit quantities, rendered as such; lower ones are often rendered otherwise (لأول مرة =
for the first time, الثانية = "another"): weak."""


@dataclass(frozen=True)
class NumberMention:
    """A number found in a text: value, offsets in that text, strength, other readings."""

    value: float
    start: int
    end: int
    text: str
    strong: bool
    alts: tuple[float, ...] = ()

    @property
    def values(self) -> tuple[float, ...]:
        return (self.value,) + self.alts


# --------------------------------------------------------------------------- digits

_DIGIT_RE = re.compile(r"\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?![\d]))*")
_SPACES = " \u00a0\u202f"
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
              "billions": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6}
_AR_SCALES = {normalize_arabic(k): v for k, v in {
    "ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6, "مليار": 1e9,
    "مليارا": 1e9, "مليارات": 1e9, "ملايير": 1e9, "بليون": 1e9, "بلايين": 1e9, "تريليون": 1e12, "تريليونا": 1e12,
    "تريليونات": 1e12, "ترليون": 1e12, "ترليونات": 1e12}.items()}
"""Arabic scale words, after digits ("3 مليون") and in number words (``_AR_BIG``)."""
_ORD_SUFFIX = re.compile(r"(st|nd|rd|th|s)\b", re.I)
_PM = re.compile(r"\s*(p\.?\s?m\b\.?|مساء|عصر|ظهر|بعد\s+الظهر)", re.I)
"""After an hour, what makes it one of the afternoon or evening (4 عصرا = 16:00, batch 115)."""
_HIJRI = re.compile(r"\s*هـ|\s*ه(?![\u0621-\u064A])")
_CLOCK_ZONE = re.compile(r"\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|h\b|local time)", re.I)
_NEXT_WORD = re.compile(r"(?:-|\s*)([^\W\d_]+)")
"""The word after a digit run, a scale there read with it: "12 million", "a 12-million-dinar project"."""


def _parse_digits(s: str) -> list[tuple[float, int, int, tuple[float, ...]]]:
    """Parse one digit run into (value, start, end, other readings), lists split apart.

    A single separator followed by exactly three digits is ambiguous across conventions
    (711.988 and 162,584 are thousands in one, decimals in another): both readings are kept.
    Spaces group thousands only in the 162 584 pattern; otherwise they separate numbers.
    """
    if any(c in s for c in _SPACES):
        groups = re.split(r"[ \u00a0\u202f]", s)
        if len(groups[0]) <= 3 and "." not in s and "," not in s:
            return [(float("".join(groups)), 0, len(s), ())]
        out, pos = [], 0
        for g in groups:
            out += [(v, pos + a, pos + b, alts) for v, a, b, alts in _parse_digits(g)]
            pos += len(g) + 1
        return out
    has_c, has_d = "," in s, "." in s
    groups_c = s.split(",")
    if has_c and not has_d:
        if len(groups_c[0]) <= 3 and all(len(g) == 3 for g in groups_c[1:]):
            alts = (float(s.replace(",", ".")),) if len(groups_c) == 2 else ()
            return [(float(s.replace(",", "")), 0, len(s), alts)]
        if len(groups_c) == 2:  # Arabic-style decimal comma: 3,5
            return [(float(s.replace(",", ".")), 0, len(s), ())]
        return _split(s, ",")
    if has_d and not has_c:
        groups_d = s.split(".")
        if len(groups_d) == 2:
            alts = (float(s.replace(".", "")),) if len(groups_d[1]) == 3 and len(groups_d[0]) <= 3 else ()
            return [(float(s), 0, len(s), alts)]
        if len(groups_d[0]) <= 3 and all(len(g) == 3 for g in groups_d[1:]):
            return [(float(s.replace(".", "")), 0, len(s), ())]
        return _split(s, ".")
    if has_c and has_d:
        if s.rfind(".") > s.rfind(","):
            try:
                return [(float(s.replace(",", "")), 0, len(s), ())]
            except ValueError:
                return _split(s.replace(".", ","), ",")
        try:
            return [(float(s.replace(".", "").replace(",", ".")), 0, len(s), ())]
        except ValueError:
            return _split(s.replace(".", ","), ",")
    return [(float(s), 0, len(s), ())]


def _split(s: str, sep: str) -> list[tuple[float, int, int, tuple[float, ...]]]:
    out, pos = [], 0
    for part in s.split(sep):
        if part:
            out.append((float(part), pos, pos + len(part), ()))
        pos += len(part) + 1
    return out


_DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?=\s*(?:[ap]\.?\s?m\b|مساء|صباحا|صباحاً))", re.I)
"""A time written with a dot (8.30pm, British style): hours and minutes, not 8.3."""
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}[:.]$")
_CLOCK_MINUTES = {"15": (0.25,), "30": (0.5,), "45": (0.75,)}
"""Minutes of a clock time that Arabic says in words: والربع, والنصف, إلا ربعا (a quarter, half)."""
_SHORT_SCALES = {"m": 1e6, "mn": 1e6, "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12}
_SHORT_SCALE = re.compile(r"(m|mn|b|k|tn|trn)\b", re.I)
_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s*$|\b(?:US|A|C|NZ|HK)\$\s*$")
_FRACTION_SLASH = "\u2044"
_ARABIC_COMMA_IN_NUMBER = re.compile(r"(?<=\d)\u060c(?=\d{3}(?!\d))")
_YEAR_RANGE_START = re.compile(r"(?<!\d)(1\d{3}|20\d{2})\s*[\u2013\u2014/-]\s*$")
"""A year before a dash or slash: the next one or two digits may end a range (1998–99, 1943–6, 1924/25)."""


def _year_of_month(text: str, lang: str, start: int, digits: str) -> bool:
    """Whether ``digits`` at ``start`` are a year right after a month's name (December 2024,
    ديسمبر 2024), which no scale word after them multiplies."""
    return len(digits) == 4 and digits[:2] in ("19", "20") \
        and any(0 <= start - end <= 2 for end in _month_ends(text, lang))


@lru_cache(maxsize=4096)
def _dates_of(text: str, lang: str) -> tuple[DateName, ...]:
    """The weekday, month and Hijri month names of ``text`` (``dates.date_names``), read once per text:
    the month ends, the weekdays, the Hijri dates, the first of a month and the days of dates ask."""
    return tuple(date_names(text, lang))


@lru_cache(maxsize=4096)
def _month_ends(text: str, lang: str) -> tuple[int, ...]:
    """Where the month names of ``text`` end (``_dates_of``), read once per text: every year of it
    and every scale word after a digit ask."""
    return tuple(d.end for d in _dates_of(text, lang) if d.kind == "m")


def _digit_mentions(text: str, lang: str) -> list[NumberMention]:
    # the Arabic comma also groups thousands (22،338،618), and 8.30pm is 8:30; same length, so offsets hold
    folded = _DOTTED_TIME.sub(r"\1:\2", _ARABIC_COMMA_IN_NUMBER.sub(",", fold_digits(text)))
    out: list[NumberMention] = []
    for m in _DIGIT_RE.finditer(folded):
        s, base = m.group(), m.start()
        century = _YEAR_RANGE_START.search(folded, max(0, base - 12), base) if len(s) <= 2 else None
        before = folded[base - 1] if base else " "
        after_text = folded[m.end():]
        glued_latin = before.isascii() and before.isalpha()
        short_scale = _SHORT_SCALE.match(after_text) if lang == "en" else None
        if (after_text[:1].isascii() and after_text[:1].isalpha() and not _ORD_SUFFIX.match(after_text)
                and not short_scale):
            # (a scale, bn, mln, or a time of day, 8am, 5pm: batch 138, no glued code such as 4G)
            glued_latin = glued_latin or not re.match(r"(bn|mln|[ap]\.?m)\b", after_text, re.I)
        money = bool(_CURRENCY_BEFORE.search(folded, max(0, base - 4), base))
        for value, rs, re_, readings in _parse_digits(s):
            start, end = base + rs, base + re_
            alts: list[float] = list(readings)
            if century:  # 1998–99: the second year written short
                alts.append(float(century.group(1)[:4 - len(s)] + s))
            nxt = _NEXT_WORD.match(folded, m.end()) if re_ == len(s) else None
            if nxt and _year_of_month(text, lang, start, s[rs:re_]):
                nxt = None  # منذ كانون الأول/ديسمبر 2024 مليوناً = "since December 2024, 1.2 million": a year
            if nxt:
                word = nxt.group(1)
                scale = (_EN_SCALES.get(word.lower()) if lang == "en"
                         else _AR_SCALES.get(normalize_arabic(word)))
                if scale:
                    value *= scale
                    alts = [a * scale for a in alts]
                    end = nxt.end()
            if short_scale and re_ == len(s):  # £30m, 250k: a scale in money, else 30 metres
                scale = _SHORT_SCALES[short_scale.group(1).lower()]
                if money:
                    alts.append(value)
                    value *= scale
                    end = m.end() + short_scale.end()
                else:
                    alts.append(value * scale)
            if rs == 0 and len(s) == 2 and _CLOCK_BEFORE.search(folded, max(0, base - 3), base):
                alts.extend(_CLOCK_MINUTES.get(s, ()))  # 8:30 = الثامنة والنصف
            if re_ == len(s):
                tail = folded[m.end():]
                if _PM.match(tail) and value < 12:
                    alts.append(value + 12)
                if (len(s) == 4 and value == int(value) and value < 2400 and value % 100 < 60
                        and _CLOCK_ZONE.match(tail)):
                    alts.append(float(int(value) // 100))  # 1200 GMT = 12:00
                if lang == "ar" and _HIJRI.match(tail) and 1 <= value <= 1600 and value == int(value):
                    g = value * 0.970224 + 621.5774
                    alts.extend([float(int(g)), float(int(g) + 1)])
            weak = (glued_latin or s[rs:re_] in ("00", "000")  # 12:00, 15.00
                    or (short_scale is not None and not money))
            if _FRACTION_SLASH in (folded[end:end + 1], folded[start - 1:start] if start else ""):
                weak = True  # 8 1⁄2 in = 8 إنشات ونصف: the fraction's parts are not quantities
            if lang == "en" and re.match(r"'?s\b", after_text) and value >= 10 and value % 10 == 0:
                weak = True  # the 1960s = الستينيات / القرن الماضي
            out.append(NumberMention(value, start, end, text[start:end], not weak,
                                     tuple(alts)))
    return out


# --------------------------------------------------------------------------- English words

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_EN_BIG = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_ORD = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
_EN_ORD.update({"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                "hundredth": 100, "thousandth": 1000})
_EN_DETERMINERS = frozenset("the these those its their our his her both".split())
_EN_MULTIPLES = {"twice": 2, "double": 2, "doubled": 2, "doubling": 2, "doubles": 2, "triple": 3, "thrice": 3,
                 "tripled": 3, "tripling": 3, "triples": 3, "quadruple": 4, "quadrupled": 4, "quadruples": 4}
"""Multipliers (weak number words; one replaced by another is a changed number, ``_weak_kind``; "triples"
= يتضاعف ثلاث مرات, batch 133)."""
_EN_DECADES = {w: 10.0 * k for k, w in enumerate("twenties thirties forties fifties sixties seventies eighties "
                                                  "nineties".split(), start=2)}
"""Decades of a life or a century ("in his forties" = في العقد الخامس من عمره, "the sixties" = الستينيات)."""
_EN_WEAK = {"both": 2, "pair": 2, "couple": 2, "dual": 2, "once": 1, "single": 1, "dozen": 12, "decade": 10,
            "century": 100, "half": 0.5, "midnight": 12, "noon": 12, "midday": 12,
            "quarter": 0.25, **_EN_MULTIPLES, **_EN_DECADES}
"""Weak English number words (midnight, noon: الساعة الثانية عشرة ليلًا, ظهرًا, batch 153)."""


def _clock(word: str, gap: str, nxt: str) -> bool:
    """``word`` ``gap`` ``nxt`` reads as a clock time (eight-thirty, nine fifteen = الثامنة والنصف):
    a number word under 13, then one under 60 that no compound number puts after it."""
    return (_EN_UNITS.get(word, 99) < 13 and gap.strip(" -") == "" and (nxt in _EN_TENS or 10 <= _EN_UNITS.get(nxt, 0) < 60))


def _compounds(word: str, nxt: str) -> bool:
    """Whether number word ``nxt`` goes on the number that ``word`` ends: after a scale anything
    does, after a ten a unit or an ordinal under ten does (twenty-four, twenty-first), and a scale
    after anything; two units or tens in a row are two numbers ("three four-wheel-drive vehicles")."""
    return (nxt in _EN_BIG or word in _EN_BIG
            or word in _EN_TENS and (_EN_UNITS.get(nxt, 10) < 10 or _EN_ORD.get(nxt, 10) < 10))


_EN_FRACTIONS = {"third": 3, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_EN_FRACTIONS_PLURAL = {**{w + "s": d for w, d in _EN_FRACTIONS.items()}, "quarters": 4}


def _en_fraction(text: str, tokens: Sequence[Token], i: int) -> NumberMention | None:
    """A fraction at ``tokens[i]`` (weak, like نصف / ثلث): "a third of", "one-third", "two thirds"
    (ثلثا), "three-quarters" (ثلاثة أرباع); "a third time" is an ordinal. "a quarter" is left to
    ``_EN_WEAK``."""
    if i + 1 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start].strip(" -"):
        return None
    w, nxt = tokens[i].norm, tokens[i + 1].norm
    hyphen = "-" in text[tokens[i].end:tokens[i + 1].start]
    if w in ("a", "one") and nxt in _EN_FRACTIONS and (hyphen or i + 2 < len(tokens) and tokens[i + 2].norm == "of"):
        value = 1 / _EN_FRACTIONS[nxt]
    elif 2 <= _EN_UNITS.get(w, 0) < 10 and nxt in _EN_FRACTIONS_PLURAL:
        value = _EN_UNITS[w] / _EN_FRACTIONS_PLURAL[nxt]
    else:
        return None
    start, end = tokens[i].start, tokens[i + 1].end
    return NumberMention(value, start, end, text[start:end], False)


def _digit_right_before(text: str, start: int, lang: str) -> bool:
    """Whether a digit (of any script) ends ``text[:start]`` but for spaces: a scale word at
    ``start`` belongs to that digit run ("3 million", "3 مليون"), unless the run is a year after a
    month's name (``_year_of_month``). Reads back from ``start`` only, instead of folding the whole
    prefix for each scale word."""
    k = start
    while k and fold_digits(text[k - 1]).isspace():
        k -= 1
    if k == 0 or re.match(r"\d", fold_digits(text[k - 1])) is None:
        return False
    digits = re.search(r"\d+$", fold_digits(text[max(0, k - 5):k])).group()
    return not _year_of_month(text, lang, k - len(digits), digits)


def _scale_follows(text: str, tokens: Sequence[Token], k: int, group: Sequence[Token]) -> bool:
    """The number words from ``tokens[k]`` on reach the smallest scale of ``group`` (a thousand or
    more): after "and" they are a second number ("between ten thousand and twenty thousand"), not
    the group's rest ("two thousand and five", "one million and two hundred thousand", and, as a
    hundred multiplies what follows it, "one hundred and twenty thousand"); a hundred after a group of
    hundreds is a second number too ("between three hundred and four hundred", batch 164)."""
    scale = min((_EN_BIG[g.norm] for g in group if g.norm in _EN_BIG and g.norm != "hundred"), default=float("inf"))
    hundreds = scale == float("inf") and any(g.norm == "hundred" for g in group)
    while k < len(tokens) and (tokens[k].norm in _EN_UNITS or tokens[k].norm in _EN_TENS or tokens[k].norm in _EN_BIG):
        if _EN_BIG.get(tokens[k].norm, 0) >= scale or hundreds and tokens[k].norm == "hundred" and not (
                k + 1 < len(tokens) and tokens[k + 1].norm in _EN_BIG):
            return True
        if k + 1 < len(tokens) and text[tokens[k].end:tokens[k + 1].start].strip(" -"):
            break
        k += 1
    return False


def _en_word_mentions(text: str, tokens: Sequence[Token]) -> list[NumberMention]:
    out: list[NumberMention] = []
    i = 0
    n = len(tokens)
    while i < n:
        w = tokens[i].norm
        fraction = _en_fraction(text, tokens, i)
        if fraction:
            out.append(fraction)
            i += 2
            continue
        if w in _EN_WEAK:
            t = tokens[i]
            # half a million, a quarter of a million = 500,000, 250,000 (weak, like ربع مليون)
            rest = [x.norm for x in tokens[i + 1:i + 4]]
            skip = next((k for k in (1, 2, 3) if w in ("half", "quarter") and len(rest) >= k
                         and rest[k - 1] in _EN_BIG and rest[k - 1] != "hundred"
                         and rest[:k - 1] in ([], ["a"], ["of", "a"])), 0)
            if skip:
                end = tokens[i + skip].end
                out.append(NumberMention(_EN_WEAK[w] * _EN_BIG[rest[skip - 1]], t.start, end, text[t.start:end], False))
                i += skip + 1
                continue
            out.append(NumberMention(float(_EN_WEAK[w]), t.start, t.end, t.text, False))
            i += 1
            continue
        if not (w in _EN_UNITS or w in _EN_TENS or w in _EN_BIG or w in _EN_ORD) or (
                w in _EN_BIG and _digit_right_before(text, tokens[i].start, "en")):
            i += 1  # (a scale right after a digit run, "3.5 million", was read with it; the number
            continue  # words after it, "twenty-foot containers", are a number of their own)
        j = i
        group = [tokens[i]]
        while j + 1 < n:
            gap = text[tokens[j].end:tokens[j + 1].start]
            nxt = tokens[j + 1].norm
            if tokens[j].norm in _EN_ORD or _clock(tokens[j].norm, gap, nxt):
                break
            if nxt in _EN_ORD and "-" not in gap and re.match(r"-[a-z]", text[tokens[j + 1].end:tokens[j + 1].end + 2]):
                break  # "fifty fourth-year students": fifty students of the fourth year, not the 54th
            if gap.strip(" -") == "" and (nxt in _EN_UNITS or nxt in _EN_TENS or nxt in _EN_BIG
                                          or nxt in _EN_ORD) and _compounds(tokens[j].norm, nxt):
                group.append(tokens[j + 1])
                j += 1
            elif (nxt == "and" and j + 2 < n and gap.strip() == ""
                  and text[tokens[j + 1].end:tokens[j + 2].start].strip() == ""
                  and (tokens[j + 2].norm in _EN_UNITS or tokens[j + 2].norm in _EN_TENS)
                  and any(g.norm in _EN_BIG for g in group)
                  and not _scale_follows(text, tokens, j + 2, group)):
                group.extend([tokens[j + 1], tokens[j + 2]])
                j += 2
            else:
                break
        words = [g.norm for g in group if g.norm != "and"]
        total, current, ordinal = 0.0, 0.0, False
        for word in words:
            if word in _EN_UNITS:
                current += _EN_UNITS[word]
            elif word in _EN_TENS:
                current += _EN_TENS[word]
            elif word in _EN_ORD:
                current += _EN_ORD[word]
                ordinal = True
            elif word == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * _EN_BIG[word]
                current = 0
        value = total + current
        prev = tokens[i - 1].norm if i else ""
        bare_scale = len(words) == 1 and words[0] in _EN_BIG
        compound_adj = bool(re.match(r"-[a-z]", text[group[-1].end:group[-1].end + 2]))
        minutes = i > 0 and _clock(prev, text[tokens[i - 1].end:group[0].start], words[0])
        # ("one o'clock" is a time, no article: batch 127)
        clock = _EN_CLOCK_AFTER.match(text, group[-1].end) is not None
        strong = ((not ordinal or value >= STRONG_ORDINAL) and (words != ["one"] or clock) and words != ["zero"] and not bare_scale
                  and not compound_adj and not minutes and not _in_name(text, group[0])
                  # "the two approaches" = نهجي (an Arabic dual): not an explicit quantity
                  and not (words == ["two"] and prev in _EN_DETERMINERS))
        if prev == "no" and words == ["one"]:
            i = j + 1
            continue
        start, end = group[0].start, group[-1].end
        # "one hundred and forty two years ago": a units word after a tens word, a space between, may
        # open the next quantity (140, then two years; batch 125) where "forty-two" would not
        split = len(group) >= 2 and group[-1].norm in _EN_UNITS and group[-2].norm in _EN_TENS \
            and "-" not in text[group[-2].end:group[-1].start]
        out.append(NumberMention(value, start, end, text[start:end], strong,
                                 (value - _EN_UNITS[group[-1].norm],) if split else ()))
        i = j + 1
    return out


_ROMAN_RE = re.compile(r"(?<![\w'’-])(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})"
                       r"(?:IX|IV|V?I{0,3})(?![\w'’-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_AFTER_NAME = re.compile(r"[A-Z][\w.-]*\s+$")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _roman_mentions(text: str) -> list[NumberMention]:
    """Roman numerals after a capitalised word (World War II, Super Bowl XLIX, Louis XIV): weak.

    Weak, because capitals also spell initials (DC, MD, CV); read only where a name precedes.
    """
    out = []
    for m in _ROMAN_RE.finditer(text):
        if m.group() and _AFTER_NAME.search(text, max(0, m.start() - 40), m.start()):
            out.append(NumberMention(float(_roman_value(m.group())), m.start(), m.end(), m.group(), False))
    return out


def _in_name(text: str, tok: Token) -> bool:
    """A number word capitalised inside a sentence is part of a name or title (the Nine
    Network, Take-Two, "Two Pretty Girls"); its Arabic is often a transliteration."""
    before = text[:tok.start].rstrip()
    return tok.text[:1].isupper() and bool(before) and (before[-1].isalnum() or before[-1] in ",-")


# --------------------------------------------------------------------------- Arabic words

def _norm_dict(raw: dict[str, float]) -> dict[str, float]:
    return {normalize_arabic(k): v for k, v in raw.items()}


_AR_UNITS = _norm_dict({
    "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
    "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "صفر": 0,
    # the accusative with tanween before a ten (خمساً وأربعين درجة = 45 degrees, واحداً وسبعين = 71)
    "واحدا": 1, "ثلاثا": 3, "أربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9})
_AR_TENS = _norm_dict({f"{stem}{suf}": 10 * i for i, stem in enumerate(
    ["", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]) if stem
    for suf in ("ون", "ين")})
_AR_HUNDREDS = _norm_dict({"مئة": 100, "مائة": 100, "مئتان": 200, "مائتان": 200,
                           "مئتين": 200, "مائتين": 200, "مئتا": 200, "مائتا": 200,
                           "مئتي": 200, "مائتي": 200})
_AR_HUNDREDS.update(_norm_dict({f"{stem}{h}": 100 * v for stem, v in (
    ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
    ("ثماني", 8), ("تسع", 9)) for h in ("مئة", "مائة")}))
_AR_BIG = _AR_SCALES
_AR_DUAL_BIG = _norm_dict({"ألفان": 2e3, "ألفين": 2e3, "ألفي": 2e3, "مليونان": 2e6,
                           "مليونين": 2e6, "مليوني": 2e6, "ملياران": 2e9, "مليارين": 2e9,
                           "ملياري": 2e9, "تريليونان": 2e12, "تريليونين": 2e12})
_AR_TEEN_ONLY = {normalize_arabic(w) for w in ("اثنا", "اثني", "اثنتا", "اثنتي", "أحد", "إحدى")}
_AR_ORD = _norm_dict({"أول": 1, "أولى": 1, "حادي": 1, "حادية": 1, "ثاني": 2, "ثانية": 2,
                      "ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5,
                      "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8,
                      "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10})
_AR_MULTIPLES = _norm_dict({"ضعف": 2, "ضعفي": 2, "ضعفا": 2})
_AR_WEAK = _norm_dict({"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلثا": 2 / 3, "ثلثي": 2 / 3, "كلا": 2, "كلتا": 2,
                       **_AR_MULTIPLES,
                       "ثنائي": 2, "ثنائية": 2, "ثلاثي": 3, "ثلاثية": 3, "رباعي": 4,
                       "رباعية": 4, "خماسي": 5, "خماسية": 5, "سداسي": 6, "سداسية": 6,
                       "سباعي": 7, "سباعية": 7, "ثماني": 8, "ثمانية": 8, "قرن": 100,
                       # وست = "and six" (وست طائرات), too short for the stems; also West (وست هام): weak
                       "وست": 6,
                       # المحافظات الست = the six governorates; also Egyptian الست "the lady": weak
                       "الست": 6,
                       # غرة جويلية = "July 1", the first day of a month
                       "غرة": 1,
                       # مرضى كورونا = "COVID-19 patients" (and فيروس كورونا = "coronavirus", no 19): weak
                       "كورونا": 19})
_AR_PARTS = _norm_dict({"أرباع": 4, "أخماس": 5, "أسداس": 6, "أسباع": 7, "أثمان": 8, "أتساع": 9, "أعشار": 10})
"""The plural fractions after a unit (ثلاثة أرباع = three quarters, 0.75)."""
_AR_FRACTION_OWNERS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")
"""Pronouns a fraction takes (ثلثيهم = "two thirds of them", نصفها = "half of it")."""
_AR_FRACTION_SPELLINGS = frozenset(normalize_arabic(w) for w in ("خمس", "سبع", "تسع", "عشر"))
"""Number words spelled as a fraction is (خمس "five" or خُمس "a fifth", سُبع, تُسع, عُشر "a
tenth"): also read as that fraction, and weak where the damma is written."""
_AR_WEEKDAY_LIKE = {normalize_arabic(w) for w in ("اثنين", "اثنان", "أحد", "ثلاثاء", "أربعاء",
                                                  "خميس", "سبت")}
_AR_PLURAL_ONLY = {normalize_arabic(w) for w in ("آلاف", "ملايين", "مليارات", "ملايير")}
_AR_PERCENT_WORDS = {normalize_arabic(w) for w in ("مئة", "مائة")}
_AR_MINUTES = {normalize_arabic(w) for w in ("دقيقة", "دقائق", "دقيقه")}
_AR_DECADE = {normalize_arabic(w) for w in "العقد عقده عقدها".split()}
_AR_OF_AGE = re.compile(r"\s+من\s+(?:ال)?عمر")
"""The decade of a life (العقد الخامس من عمره = "in his forties"): its ordinal less one, in tens."""
_AR_COUNTED_PLURALS = {normalize_arabic(w) for w in "سنوات سنين أعوام أشهر شهور أسابيع أيام ساعات دقائق".split()}
"""Plural nouns of time that a cardinal عشر counts: after an ordinal (المتهم الثاني عشر سنوات = "the second
defendant ten years", batch 73) the عشر begins a number of its own, as no "twelfth" stands before a plural."""
_AR_MONTH_HEADS = {normalize_arabic(w) for w in ("كانون", "تشرين", "ربيع", "جمادى", "جمادي")}
_DUAL_SUFFIXES = ("تين", "تان", "ين", "ان")
_AR_AFTER = normalize_arabic("بعد")
"""بعد between an ordinal and المائة / الألف: the hundred or thousand added (الثالثة بعد المائة = 103rd)."""
_AR_NOT_DUALS = frozenset(normalize_arabic(w) for w in """طيران سكان مكان زمان إعلان برلمان ضمان إنسان عنوان ديوان
بيان ميدان فدان حيوان بستان سلطان دخان لسان أطنان أوزان أثمان ألوان أسنان ألبان أديان أركان أعيان أغصان أوطان
أبدان""".split())
"""Nouns ending as a dual does that are none (طيران "aviation", not two birds; سكان "residents";
batch 132; plurals of the pattern أفعال, أطنان "tonnes", and الفدان "the feddan", batch 155): a word one
of whose stems is one reads no dual."""


def _ar_lookup(tok: Token) -> tuple[str, float, str] | None:
    """(kind, value, stem) of an Arabic number word, or None.

    مئتا "two hundred" and ميتا "dead" are one word once hamza is folded: a two hundred is
    read only where the hamza (or the alif of مائتا) is written."""
    hit = _ar_lookup_norm(tok.norm)
    if hit and hit[0] == "hundred" and hit[1] == 200 and not re.search("م[ئا]", tok.text):
        return None
    return hit


@lru_cache(maxsize=65536)
def _ar_lookup_norm(norm: str) -> tuple[str, float, str] | None:
    if norm == _BI_SITT:
        return "unit", 6.0, norm[1:]  # بست وعشرين حالة = "with twenty-six cases" (ست is too short for the stems)
    for stem in [norm] + [s for s in arabic_stems(norm, min_len=3) if s != norm]:
        for kind, table in (("unit", _AR_UNITS), ("ten", _AR_TENS), ("hundred", _AR_HUNDREDS),
                            ("big", _AR_BIG), ("dualbig", _AR_DUAL_BIG), ("ord", _AR_ORD)):
            if stem in table:
                return kind, table[stem], stem
    return None


_BI_SITT = normalize_arabic("بست")


_AR_SCORE_ONE = frozenset(normalize_arabic(w) for w in "هدف نقطة شوط جولة مجموعة".split())
"""Singular score nouns: after مقابل a goal, a point, a set is one (بثلاثة أهداف مقابل هدف = 3-1)."""


_AR_REPLY = normalize_arabic("رد")
_AR_WITHOUT = frozenset(normalize_arabic(w) for w in ("دون", "بدون"))


def _construct_dual(text: str, tokens: Sequence[Token], i: int) -> list[NumberMention]:
    """A feminine dual in construct (سيارتي إسعاف = "two ambulances", بسيارتي): a word ending in تي before
    a noun without the article, of its phrase (no punctuation between, no function word), as a weak two;
    else none (سيارتي الجديدة is "my new car")."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or not tokens[i + 1].arabic or text[tok.end:tokens[i + 1].start].strip() \
            or tokens[i + 1].norm.startswith(("ال", "وال")) or is_function_word(tokens[i + 1].text, "ar"):
        return []
    stems = arabic_stems(tok.norm)
    if not any(len(st) >= 5 and st.endswith("تي") for st in stems) or any(is_function_word(st, "ar") for st in stems):
        return []  # (والتي تم = "which was": a relative pronoun)
    return [NumberMention(2.0, tok.start, tok.end, tok.text, False)]


def _ar_word_mentions(text: str, tokens: Sequence[Token]) -> list[NumberMention]:
    out: list[NumberMention] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        hit = _ar_lookup(tok)
        if hit is None:
            if i and tok.norm in _AR_SCORE_ONE and tokens[i - 1].norm in ("مقابل", "ومقابل"):
                out.append(NumberMention(1.0, tok.start, tok.end, tok.text, False))
                i += 1
                continue
            if i and tok.norm == _AR_REPLY and tokens[i - 1].norm in _AR_WITHOUT:
                # بهدفين دون رد = "2-0", "two goals to nil": the score's nil
                start = tokens[i - 1].start
                out.append(NumberMention(0.0, start, tok.end, text[start:tok.end], False))
                i += 1
                continue
            weak = _ar_weak_word(tok) or _first_of_month(text, tokens, i) or _one_unit(text, tokens, i) \
                or _construct_dual(text, tokens, i)
            scale = _ar_lookup(tokens[i + 1]) if weak and 0 < weak[0].value < 1 and i + 1 < n \
                and text[tok.end:tokens[i + 1].start].strip() == "" else None
            if scale and scale[0] == "big":  # ربع مليون = 250,000, نصف مليار
                end = tokens[i + 1].end
                out.append(NumberMention(weak[0].value * scale[1], tok.start, end, text[tok.start:end], False))
                i += 2
                continue
            if weak and weak[0].value == 6 and i + 1 < n and (_ar_lookup(tokens[i + 1]) or ())[:2] == ("unit", 10) \
                    and not tokens[i + 1].norm.startswith("و") and text[tok.end:tokens[i + 1].start].strip() == "":
                end = tokens[i + 1].end  # المحافظات الست عشرة = the 16 governorates
                out.append(NumberMention(16.0, tok.start, end, text[tok.start:end], False))
                i += 2
                continue
            out.extend(weak)
            i += 1
            continue
        head = tokens[i - 1].norm if i else ""
        if hit[0] == "ord" and (head in _AR_MONTH_HEADS or head[:1] in "وفبل" and head[1:] in _AR_MONTH_HEADS):
            i += 1  # كانون الثاني = January, ربيع الأول: a month's name, not an ordinal
            continue
        # "في المئة" / "بالمئة": a percent sign, not a hundred
        if hit[2] in _AR_PERCENT_WORDS and (
                tok.norm.startswith("بال") or (i and tokens[i - 1].norm == "في")):
            i += 1
            continue
        if hit[0] == "ord" and i + 2 < n and tokens[i + 1].norm == _AR_AFTER \
                and (after := _ar_lookup(tokens[i + 2])) is not None and after[0] in ("hundred", "big") \
                and tokens[i + 2].norm.startswith("ال"):
            end = tokens[i + 2].end  # الدورة الثالثة بعد المائة = "the 103rd edition" (batch 135)
            out.append(NumberMention(hit[1] + after[1], tok.start, end, text[tok.start:end], True))
            i += 3
            continue
        group = [(tok, hit)]
        joined = [i]  # (token index of each word of the group)
        waws = [False]  # (whether each word joins the group with و)
        j = i
        while j + 1 < n and text[tokens[j].end:tokens[j + 1].start].strip() == "":
            # و written apart (ستة و عشرين, مئة و عشرون مليون) joins like the prefix
            step = 2 if (tokens[j + 1].norm == "و" and j + 2 < n
                         and text[tokens[j + 1].end:tokens[j + 2].start].strip() == "") else 1
            nxt = tokens[j + step]
            nhit = _ar_lookup(nxt)
            if nhit is None:
                break
            if nhit[2] in _AR_PERCENT_WORDS and nxt.norm.startswith("بال"):
                break
            if not _ar_continues(group[-1][1], nhit, step == 2 or nxt.norm.startswith("و")):
                break
            if (group[-1][1][0] == "ord" and nhit[0] != "ord" and j + step + 1 < n
                    and tokens[j + step + 1].norm in _AR_MINUTES):
                break  # الثالثة وعشرون دقيقة = 3:20, not the 23rd
            if (group[-1][1][0] == "ord" and nhit[:2] == ("unit", 10) and j + step + 1 < n
                    and tokens[j + step + 1].norm in _AR_COUNTED_PLURALS):
                break  # الثاني عشر سنوات = "the second ... ten years", not the twelfth
            if nhit[0] == "big" and any(h[0] == "big" and h[1] <= nhit[1] or h[0] == "dualbig" and h[1] / 2 <= nhit[1]
                                        for _, h in group):
                # scales only fall inside one number: بين ألف وعشرين ألف = between 1,000 and 20,000,
                # بين ألفين وستة آلاف = between 2,000 and 6,000 (a dual's scale is half its value, batch 76);
                # the second number began at the last و
                cut = max((k for k in range(1, len(group)) if waws[k]), default=0)
                if cut:
                    group, j = group[:cut], joined[cut - 1]
                break
            group.append((nxt, nhit))
            joined.append(j + step)
            waws.append(step == 2 or nxt.norm.startswith("و"))
            j += step
        total, current, ordinal, prev_kind = 0.0, 0.0, False, ""
        for t, (kind, value, stem) in group:
            if kind == "ord":
                ordinal = True
                current += value
            elif kind == "unit" and value == 10 and prev_kind in ("unit", "ord") and 0 < current < 10 \
                    and not t.norm.startswith("و"):
                current += 10  # ثلاثة عشر = 13
            elif kind == "hundred" and value == 100 and prev_kind == "unit" and 0 < current < 10 \
                    and not t.norm.startswith("و"):
                current *= 100  # ثلاث مئة = 300, written apart
            elif kind in ("unit", "ten", "hundred"):
                current += value
            elif kind == "big":
                total += (current or 1) * value
                current = 0
            else:  # dual of a scale: ألفين
                total += value
            prev_kind = kind
        value = total + current
        kinds = [h[0] for _, h in group]
        stems = [h[2] for _, h in group]
        single = len(group) == 1
        if single and (stems[0] in _AR_PLURAL_ONLY or stems[0] in _AR_TEEN_ONLY):
            i = j + 1
            continue
        prev_norm = tokens[i - 1].norm if i else ""
        strong = (not ordinal or value >= STRONG_ORDINAL) and not (single and (value <= 1 or kinds[0] in ("big",)
                                                                               or stems[0] in _AR_PERCENT_WORDS))
        if single and kinds[0] == "big" and prev_norm in _AR_QUANTITY_BEFORE:
            strong = True  # بسعة ألف طن = "a capacity of 1,000 tonnes", نحو مليون = "about a million"
        if prev_norm in ("قرن", "القرن", "للقرن", "بالقرن", "يوم", "اليوم"):
            strong = False  # القرن العشرين = the 20th century; يوم الاثنين = Monday
        if ordinal and 1 < value <= 10 and prev_norm in _AR_DECADE and _AR_OF_AGE.match(text, group[-1][0].end):
            value, strong = (value - 1) * 10, False  # في العقد الخامس من عمره = "in his forties"
        head_norm, head_stem = group[0][0].norm, group[0][1][2]
        if head_norm[:max(head_norm.find(head_stem), 0)].endswith(("ال", "لل")) and not ordinal:
            # الأشهر الثلاثة الأولى = "first trimester", الأربع = "fours": an adjective or a
            # name, often not rendered as a number; it can still match one
            strong = False
        if single and kinds[0] == "ten" and "\u064f" in group[0][0].text[:4]:
            # الخُمسين = "two fifths" (a dual fraction), not "fifty"
            out.append(NumberMention(2.0, group[0][0].start, group[0][0].end,
                                     group[0][0].text, False))
            i = j + 1
            continue
        # a digit run right before ("3 مليون") was already read with its scale; what the scale's
        # words go on with (24 ألفاً وثلاثمائة = 24,300) is a number of its own, which
        # ``_past_the_scale`` joins to it as it joins 24 ألفاً و300 (not a scale joined by و: بين 500
        # وألف دينار = "from 500 to 1,000 dinars", batch 145)
        if kinds[0] == "big" and _digit_right_before(text, group[0][0].start, "ar") \
                and not group[0][0].norm.startswith("و"):
            rest = value - group[0][1][1]
            if len(group) > 1 and 0 < rest < group[0][1][1] and group[1][0].norm.startswith("و"):
                start = group[1][0].start + 1
                out.append(NumberMention(rest, start, group[-1][0].end, text[start:group[-1][0].end], True))
            i = j + 1
            continue
        start, end = group[0][0].start, group[-1][0].end
        # a lone scale ending in alif without tanween may be a dual in construct: ألفا عام = "two
        # thousand years", مليونا دولار (ألفاً is "a thousand"): both readings
        dual = single and kinds[0] == "big" and tok.norm.endswith("ا") and "\u064b" not in tok.text
        fraction = single and stems[0] in _AR_FRACTION_SPELLINGS
        if fraction and "\u064f" in group[0][0].text:
            strong = False  # خُمس with its damma: "a fifth", as weak as ثلث
        parts = _AR_PARTS.get(tokens[j + 1].norm) if single and kinds[0] == "unit" and j + 1 < n else None
        if parts and 2 <= value < parts:  # ثلاثة أرباع = three quarters, as weak as ثلثا
            end = tokens[j + 1].end
            out.append(NumberMention(value / parts, start, end, text[start:end], False))
            i = j + 2
            continue
        out.append(NumberMention(value, start, end, text[start:end], strong,
                                 (2 * value,) if dual else (1 / value,) if fraction else ()))
        i = j + 1
    return out


_AR_QUANTITY_BEFORE = frozenset(normalize_arabic(w) for w in """نحو حوالي حوالى قرابة زهاء أكثر أقل بسعة بطاقة
بقيمة بتكلفة بكلفة بمبلغ بواقع بمعدل من إلى الى""".split())
"""Words after which a lone scale word is a quantity (بسعة ألف طن, نحو مليون): strong, though ألف
alone is weak (ألّف "wrote", the letter alif; "a thousand" may stand for no number)."""


def _ar_continues(prev: tuple[str, float, str], nxt: tuple[str, float, str], waw: bool) -> bool:
    """Whether number word ``nxt`` continues the number ending with ``prev``."""
    pk, pv, _ = prev
    nk, nv, _ = nxt
    if waw:  # additive: خمسة وعشرون, مئة وخمسون, ألف وخمسمائة, الحادي والعشرين
        if pk in ("unit", "ord") and pv < 10:
            return nk in ("ten", "ord") and nv >= 20 or nk == "ten"
        if pk in ("big", "dualbig", "hundred"):
            return nk in ("unit", "ten", "hundred", "ord") and nv < pv
        return False
    # ثلاثة عشر, ثلاثة آلاف, ثلاث مئة; an ordinal only with عشر (الثالث عشر; لأول مئة = "for the first 100")
    if pk in ("unit", "ord") and pv < 10:
        return (nk == "unit" and nv == 10) or pk == "unit" and (nk == "big" or (nk == "hundred" and nv == 100))
    if pk in ("ten", "hundred", "unit"):  # خمسون ألفا, مئة مليون
        return nk == "big"
    return False


_FIRST_DAY = frozenset(normalize_arabic(w) for w in ("فاتح", "الفاتح", "بفاتح", "وفاتح"))
_MONTH_AHEAD = re.compile(r"\s+(?:من\s+)?(?:شهر\s+)?(\S+)")


def _first_of_month(text: str, tokens: Sequence[Token], i: int) -> list[NumberMention]:
    """فاتح (الفاتح من) before a month's name, the Maghreb's "first" of a month (فاتح يوليو =
    "1 July"), as a weak one, like غرة."""
    tok = tokens[i]
    m = _MONTH_AHEAD.match(text, tok.end) if tok.norm in _FIRST_DAY else None
    if m is None or not any(d.kind == "m" and d.start == m.start(1) for d in _dates_of(text, "ar")):
        return []
    return [NumberMention(1.0, tok.start, tok.end, tok.text, False)]


_AR_ONE_UNIT = frozenset(normalize_arabic(w) for w in
                         "درهم دينار جنيه ريال دولار ليرة يورو فرنك شيكل أوقية ساعة دقيقة كيلوغرام كيلوجرام كيلو متر لتر طن".split())
"""Singular units that say "one" of themselves before a second amount (درهم و20 سنتيمًا = "1 dirham 20 centimes",
batch 123; ساعة و15 دقيقة = "1 hour 15 minutes")."""
_AND_AMOUNT = re.compile(r"\s+و\s*(?:\d|[٠-٩۰-۹])")


def _one_unit(text: str, tokens: Sequence[Token], i: int) -> list[NumberMention]:
    """A singular unit right before و and a number, and after no amount: a weak one (``_AR_ONE_UNIT``)."""
    tok = tokens[i]
    if tok.norm not in _AR_ONE_UNIT or not _AND_AMOUNT.match(text, tok.end):
        return []
    if _digit_right_before(text, tok.start, "ar") or i and (_ar_lookup(tokens[i - 1]) is not None
                                                            or _ar_weak_reading(tokens[i - 1].norm)):
        return []  # the unit of an amount before it (ملياري دولار و300 مليون دولار)
    return [NumberMention(1.0, tok.start, tok.end, tok.text, False)]


def _ar_weak_word(tok: Token) -> list[NumberMention]:
    """Fractions, 'both', dual nouns (هدفين = two goals), decades: weak readings."""
    reading = _ar_weak_reading(tok.norm)
    return [NumberMention(reading[0], tok.start, tok.end, tok.text, False, reading[1])] if reading else []


@lru_cache(maxsize=65536)
def _ar_weak_reading(norm: str) -> tuple[float, tuple[float, ...]] | None:
    """(value, other readings) of a weak Arabic number word, or None."""
    for stem in arabic_stems(norm, min_len=3):
        if stem in _AR_WEAK:
            return _AR_WEAK[stem], ()
    for owner in _AR_FRACTION_OWNERS:
        bare = norm.removesuffix(owner)
        if bare != norm and _AR_WEAK.get(bare, 1) < 1:
            return _AR_WEAK[bare], ()  # ثلثيهم, ثلثاهم, نصفهم, ربعها
    for stem in arabic_stems(norm, min_len=3):
        if stem.endswith("يات") and (stem[:-2] in _AR_WEAK or stem[:-2] + "ه" in _AR_WEAK):
            return _AR_WEAK.get(stem[:-2], _AR_WEAK.get(stem[:-2] + "ه")), ()  # سباعيات = 7s
        if stem.endswith("ينات") and stem[:-2] in _AR_TENS:  # الستينات = الستينيات, the sixties
            v = _AR_TENS[stem[:-2]]
            return float(v), (1900.0 + v, 2000.0 + v)
        if stem.endswith("يات"):
            base = stem[:-3] + "ن" if stem[:-3].endswith("ي") else ""
            if base and base in _AR_TENS:
                v = _AR_TENS[base]
                return float(v), (1900.0 + v, 2000.0 + v)
    stems = arabic_stems(norm)
    if not _AR_NOT_DUALS & set(stems) and any(len(st) >= 4 and st.endswith(_DUAL_SUFFIXES) or len(st) >= 5 and st.endswith("تا")
                                              for st in stems):
        return 2.0, ()  # (تا: a construct dual, حالتا وفاة = two deaths)
    return None


# --------------------------------------------------------------------------- API

def extract_numbers(text: str, lang: str) -> list[NumberMention]:
    """All number mentions of ``text`` (``lang`` "ar" or "en"), sorted by offset (read once per text:
    the number, negation, entity and coverage checks all read them)."""
    return list(_numbers_of(text, lang))


@lru_cache(maxsize=16384)
def _numbers_of(text: str, lang: str) -> tuple[NumberMention, ...]:
    mentions = _digit_mentions(text, lang) + _roman_mentions(text)
    tokens = [t for t in tokenize(text) if (t.arabic if lang == "ar" else not t.arabic)]
    if lang == "en":
        mentions += _en_word_mentions(text, tokens)
    else:
        # a weekday the dates check is sure of (يوم الاثنين, أمس الاثنين = "on Monday") is no number
        weekdays = {(d.start, d.end) for d in _dates_of(text, "ar") if d.kind == "w" and d.strong}
        mentions = _hijri_parts(text, mentions + [m for m in _ar_word_mentions(text, tokens)
                                                  if (m.start, m.end) not in weekdays])
    # the month of a date written in digits (٢٣ – ٣ = "March 23") is the date check's: weak
    months = {(d.start, d.end) for d in numeric_months(text)}
    mentions = [replace(m, strong=False) if (m.start, m.end) in months else m for m in mentions]
    mentions.sort(key=lambda m: (m.start, m.end))
    return tuple(_word_hours(text, lang, _in_a_row(text, lang, _ages(text, lang, _shared_scale(text, lang, _even_split(
        text, lang, _round_the_clock(text, lang, _past_the_scale(text, lang, mentions))))))))


_AR_HOUR_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفب]?(?:ال|لل)?ساع[ةه]\s*$")
_AR_DAYTIME = re.compile(r"\s*(?:من\s+)?(?:(?P<pm>(?:ال)?(?:مساء|عصر|ظهر|ظهيرة)|بعد\s+الظهر)|(?:ال)?(?:صباح|ليل|فجر))")
"""After an hour, the time of day: الثالثة عصرًا, الخامسة من صباح اليوم, التاسعة ليلًا (``pm``: of the
afternoon or evening)."""
_EN_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b|hrs\b|GMT\b|UTC\b|local\s+time\b|"
                             r"in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)|[:.]\d{2}(?!\d)", re.I)
"""What follows an hour: a.m., o'clock, GMT, "in the afternoon" (three in the afternoon = الثانية ظهرًا
changed, batch 138), "at night" (eight at night for العاشرة مساءً, batch 154), or the minutes of 15:30."""
_AR_TIME_PLURAL_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفب]?(?:ال|لل)?(?:ساعات|دقائق|لحظات|أيام|ايام|أسابيع|اسابيع|"
                                    r"أشهر|اشهر|شهور)\s*$")
"""A plural of time before an ordinal: الساعات الأولى من الصباح = "the early hours of the morning",
الأيام الأولى, no clock hour (batch 147)."""
_AR_CLOCK_AFTER = re.compile(_AR_DAYTIME.pattern + r"|[:.]\d{2}(?!\d)")
_CLOCK_MINUTE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[:.]$")
_EN_CLOCK_RANGE_START = re.compile(r"\s*(?:-|–|to|until|till|and)\s*(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|"
                                   r"five|six|seven|eight|nine|ten|eleven|twelve)" + _EN_CLOCK_AFTER.pattern, re.I)
"""What follows the first hour of a range whose last is a clock's: "from 5 to 7 pm" (batch 155)."""


def _word_hours(text: str, lang: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with an Arabic hour written as a word (الساعة الثالثة عصرًا = 3 p.m., batch 119)
    strong, and read in the afternoon too where its time of day says so (15:00): a clock time is a
    quantity that translations keep, whatever its form. A word read as a dual is none (بلدية خورفكان
    صباح السبت: no "2 a.m.", batch 144), nor an ordinal after a plural of time (``_AR_TIME_PLURAL_BEFORE``)."""
    if lang != "ar":
        return mentions
    out = []
    for m in mentions:
        daytime = _AR_DAYTIME.match(text, m.end)
        if not m.strong and m.value == int(m.value) and 1 <= m.value <= 12 \
                and _number_word(m) and (daytime or _AR_HOUR_BEFORE.search(text, 0, m.start)) \
                and not _AR_TIME_PLURAL_BEFORE.search(text, 0, m.start):
            alts = m.alts + ((m.value + 12,) if daytime and daytime.group("pm") and m.value < 12 else ())
            m = replace(m, strong=True, alts=alts)
        out.append(m)
    return out


def _clock_times(mentions: Sequence[NumberMention], text: str, lang: str) -> list[NumberMention]:
    """The strong ``mentions`` of ``text`` that are a clock's hours or minutes: before a.m., p.m. or
    o'clock (or صباحًا, مساءً, عصرًا), after الساعة, either side of the colon of 15:30 (not the weak 00
    of 11:00), or the first hour of an English range whose last is a clock's (``_EN_CLOCK_RANGE_START``)."""
    folded = fold_digits(text)
    after = _EN_CLOCK_AFTER if lang == "en" else _AR_CLOCK_AFTER
    return [m for m in mentions if m.strong and m.value == int(m.value) and m.value < 60 and (
        after.match(folded, m.end) or _CLOCK_MINUTE_BEFORE.search(folded, max(0, m.start - 3), m.start)
        or lang == "ar" and _AR_HOUR_BEFORE.search(text, 0, m.start)
        or lang == "en" and m.value <= 12 and _EN_CLOCK_RANGE_START.match(folded, m.end))]


_AGE_AFTER = {"en": re.compile(r"[\s-]+years?[\s-]+old\b|-year-old\b", re.I),
              "ar": re.compile(r"\s+(?:عاما\s+|عاماً\s+|سنة\s+)?من\s+(?:عمر|العمر)")}
"""What follows a number that is an age: "a nine-year-old girl", "seven years old", في السابعة من
عمرها ("aged seven": an ordinal), في الخامسة والثلاثين من العمر."""


def _ages(text: str, lang: str, mentions: Sequence[NumberMention]) -> list[NumberMention]:
    """``mentions`` with the numbers of an age strong: a number word of an age (nine-year-old, في
    السابعة من عمرها) is a quantity, however small or ordinal its form."""
    return [replace(m, strong=True) if not m.strong and 1 < m.value < 150 and _AGE_AFTER[lang].match(text, m.end)
            else m for m in mentions]


_IN_A_ROW = {"en": re.compile(r"(?<=[a-z])(?:st|nd|rd|th)(?:[\s-]+(?:consecutive|straight|successive)\b|"
                              r"\s+[a-z]+\s+(?:in\s+a\s+row|running)\b)", re.I),
             "ar": re.compile(r"\s+(?:على\s+التوالي|توالي[اً]+)")}
"""What follows an ordinal that counts a run ("the third consecutive month", "for a second year in a
row", للشهر الثالث على التوالي)."""
_AR_ORDINAL = re.compile(r"[وفب]?(?:ال|لل)?(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[ةه]?")
"""An Arabic ordinal word under the eleventh (الثالث، للمرة الثانية); على التوالي after another
number word means "respectively" (الخمس والخمسين على التوالي)."""


def _in_a_row(text: str, lang: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with the ordinals of a run strong: "the third consecutive month" says how long
    something has gone on, and translations keep it (15 of 15 such Arabic ordinals in the
    evaluation articles' faithful English)."""
    pattern = _IN_A_ROW[lang]
    return [replace(m, strong=True) if not m.strong and m.value >= 2 and (
        pattern.match(text, m.end) and _AR_ORDINAL.fullmatch(normalize_arabic(m.text)) if lang == "ar"
        else pattern.match(text, m.end - 2)) else m for m in mentions]


_EVEN_SPLIT = re.compile(r"(?<![\d.,])50\s*[-–/]\s*50(?![\d.,%])|\bfifty-fifty\b", re.I)
"""An even split (a 50-50 joint venture, fifty-fifty), which Arabic says with a word: مناصفة,
بالتساوي."""


def _even_split(text: str, lang: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with the numbers of an English even split weak."""
    spans = [m.span() for m in _EVEN_SPLIT.finditer(text)] if lang == "en" else []
    return [replace(m, strong=False) if any(a <= m.start and m.end <= b for a, b in spans) else m for m in mentions]


_ROUND_THE_CLOCK = {
    "en": {24: re.compile(r"\s*-?\s*hours?\s+(?:a|per|each|every)\s+day|/7\b|-hour\b", re.I),
           7: re.compile(r"\s*-?\s*days?\s+(?:a|per|each|every)\s+week", re.I)},
    "ar": {24: re.compile(r"\s*ساع[ةه]\s+(?:يومي|في\s+اليوم|باليوم)"),
           7: re.compile(r"\s*أيام\s+(?:في|ب)\s*الأسبوع")},
}
"""What follows 24 or 7 where it means "always" (24 hours a day, seven days a week, 24/7, a
24-hour hotline, ٢٤ ساعة يومياً), which the other side may say as على مدار الساعة, طوال أيام
الأسبوع."""
_AR_THROUGH_HOURS = re.compile(r"(?:مدار|طوال|طيلة)\s*$")
"""What precedes 24 where على مدار ٢٤ ساعة, طوال 24 ساعة mean "around the clock"."""


def _round_the_clock(text: str, lang: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with the 24 and 7 of "24 hours a day", "seven days a week", على مدار 24 ساعة weak."""
    tails = _ROUND_THE_CLOCK[lang]
    return [replace(m, strong=False) if m.value in tails and tails[m.value].match(text, m.end)
            or m.value == 7 and fold_digits(text[max(0, m.start - 3):m.start]) == "24/"
            or lang == "ar" and m.value == 24 and re.match(r"\s*ساع[ةه]", text[m.end:])
            and _AR_THROUGH_HOURS.search(text, 0, m.start) else m
            for m in mentions]


_AR_AND = r"[\u064B-\u0652]*\s+و\s?"
"""و after a number (after ألفاً, its tanween first)."""
_AND_FRACTION = {
    "ar": re.compile(_AR_AND + r"(نصف|ربع)(?:\s+([^\W\d_]+))?"),
    "en": re.compile(r"\s+and\s+a\s+(half|quarter)(?:\s+([^\W\d_]+))?", re.I)}
_AND_NUMBER = re.compile(_AR_AND)
_FRACTION_WORDS = {"نصف": 0.5, "ربع": 0.25, "half": 0.5, "quarter": 0.25}


def _scale_of(word: str, lang: str) -> float | None:
    """The scale a word names (million = مليون = ملايين = 1e6; the dual مليونان too), or None."""
    if lang == "en":
        return _EN_SCALES.get(word.lower())
    hit = _ar_lookup_norm(normalize_arabic(word))
    if hit and hit[0] in ("big", "dualbig"):
        return hit[1] / (2 if hit[0] == "dualbig" else 1)
    return None


def _past_the_scale(text: str, lang: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Numbers that go on past their scale: مليون ونصف (مليون) = ٣ ملايين ونصف - 2 = "1.5
    million", "two and a half million" = 2.5 million, and in Arabic a smaller number joined by و
    (مليون و٨٠٠ ألف, ستة ملايين و٦٠٠ ألف = 1.8, 6.6 million), or thousands before a larger scale (17
    ألفاً و600 مليار = 17,600 billion). One strong mention replaces the
    parts. Without a scale (عامان ونصف) nothing is joined, but the dual, weak alone, is strong
    before its half."""
    out: list[NumberMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        words = prev.text.split() if prev else []
        scale = _scale_of(words[-1], lang) if words else None
        if (prev and scale and lang == "ar" and scale / 1000 <= m.value < scale
                and _AND_NUMBER.fullmatch(text, prev.end, m.start)):
            out[-1] = NumberMention(prev.value + m.value, prev.start, m.end, text[prev.start:m.end], True)
            continue
        larger = _scale_of(m.text.split()[-1], lang) if prev and scale and lang == "ar" and m.text.split() else None
        if larger and larger > scale and m.value < 1000 * larger and prev.value < 1000 * scale \
                and _AND_NUMBER.fullmatch(text, prev.end, m.start):
            # thousands of the larger scale: 17 ألفاً و600 مليار = 17,600 billion (batch 94)
            out[-1] = NumberMention((prev.value + m.value / larger) * larger, prev.start, m.end,
                                    text[prev.start:m.end], True)
            continue
        if prev and m.start < prev.end:
            continue  # the fraction word already joined
        tail = _AND_FRACTION[lang].match(text, m.end)
        last = m.text.split()[-1] if m.text.split() else ""
        scale = _scale_of(last, lang) if tail else None
        after = _scale_of(tail.group(2), lang) if tail and tail.group(2) else None
        if tail and (scale or after):
            frac = _FRACTION_WORDS[tail.group(1).lower()]
            end = tail.end() if after and (not scale or after == scale) else tail.end(1)
            if scale:  # a million and a half, مليون ونصف مليون
                value = m.value + frac * scale
            else:  # two and a half million
                value = (m.value + frac) * after
            m = NumberMention(value, m.start, end, text[m.start:end], True)
        elif tail and lang == "ar" and not m.strong and m.value == 2 and " " not in m.text:
            m = replace(m, strong=True)  # ساعتين ونصف = "two and a half hours": the dual says its two
        out.append(m)
    return out


_RANGE_JOIN = {"ar": re.compile(r"\s*(?:و|أو|إلى|الى|حتى|-|–)\s*"),
               "en": re.compile(r"\s*(?:and|or|to|-|–)\s*(?:[$€£]\s*)?", re.I)}
"""What joins the two ends of a range or a pair (بين 300 و400 مليون, "between 300 and 400 million")."""


def _shared_scale(text: str, lang: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` where a number without a scale that a range joins to one with a scale (بين 300
    و400 مليون = 300 to 400 million) also reads with that scale (300 million)."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        words = b.text.split()
        scale = _scale_of(words[-1], lang) if len(words) > 1 else None
        if scale and a.value < 1000 and _scale_of(a.text.split()[-1], lang) is None \
                and _RANGE_JOIN[lang].fullmatch(text, a.end, b.start):
            out[k] = replace(a, alts=a.alts + (a.value * scale,))
    return out


def _hijri_parts(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The day and year of a Hijri date (١٥ جمادى الأولى ١٤٤٦ هـ). Beside a Gregorian date
    (الموافق ١٧ نوفمبر ٢٠٢٤م), which is what an English version keeps, they are weak; alone, the
    day also reads as its Gregorian day (3 رمضان 1445 = 13 March 2024; a day either side, as the
    month's start depends on the moon sighting)."""
    from .dates import hijri_day_year, hijri_to_gregorian

    names = _dates_of(text, "ar")
    hijri = [d for d in names if d.kind == "h"]
    if not hijri:
        return mentions
    both = any(d.kind == "m" for d in names)
    folded = fold_digits(text)
    parts: dict[tuple[int, int], tuple[float, ...] | None] = {}  # span -> extra readings (None: weak)
    for d in hijri:
        day, year = hijri_day_year(folded, d.start, d.end)
        if both:
            parts.update({m.span(1): None for m in (day, year) if m})
        elif day and year:
            g = hijri_to_gregorian(int(year.group(1)), d.value, int(day.group(1)))
            if g:
                parts[day.span(1)] = (float(g.day - 1), float(g.day), float(g.day + 1))
    out = []
    for m in mentions:
        extra = parts.get((m.start, m.end), ())
        if extra is None:
            m = NumberMention(m.value, m.start, m.end, m.text, False, m.alts)
        elif extra:
            m = NumberMention(m.value, m.start, m.end, m.text, m.strong, m.alts + extra)
        out.append(m)
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def match_mentions(a: Sequence[NumberMention], b: Sequence[NumberMention]
                   ) -> tuple[list[NumberMention], list[NumberMention]]:
    """Greedy multiset matching; returns the unmatched mentions of each side (strong and weak). Strong
    mentions pair with strong ones first, by value and then by their other readings, before a weak
    word takes a strong one by value: قادرين, read as a weak dual, had taken the "two" of "between two
    and three thousand" from ألفين (batch 157)."""
    used_a: set[int] = set()
    used_b: set[int] = set()

    def run(primary: bool, a_strong: bool, b_strong: bool) -> None:
        for i, x in enumerate(a):
            if i in used_a or x.strong != a_strong:
                continue
            for j, y in enumerate(b):
                if j in used_b or y.strong != b_strong:
                    continue
                ok = (_same(x.value, y.value) if primary else
                      any(_same(u, v) for u in x.values for v in y.values))
                if ok:
                    used_a.add(i)
                    used_b.add(j)
                    break

    for primary in (True, False):
        run(primary, True, True)
    for primary in (True, False):
        for a_s, b_s in ((True, False), (False, True)):
            run(primary, a_s, b_s)
    return [x for i, x in enumerate(a) if i not in used_a], [y for j, y in enumerate(b) if j not in used_b]


_SUM_LINK = re.compile(r"(?:^|\s)(?:و|and)\s*$")
"""What joins the parts of a sum (ملياري دولار و300 مليون دولار, "two billion and 300 million"); a
number word carries its و (ملياري ليرة سورية وثلاثمئة مليون ليرة)."""
_SUM_REACH = 25
"""How many characters may stand between the two parts of a sum (a currency word, "and")."""


def _summed(parts: list[NumberMention], totals: list[NumberMention], text: str
            ) -> tuple[list[NumberMention], list[NumberMention]]:
    """``parts`` (unmatched mentions of ``text``) and ``totals`` (the other side's) less two adjacent
    parts, one and one under its leading power of ten joined by و or "and", that add up to a
    total (ملياري دولار و300 مليون دولار = "2.3 billion dollars"), and that total."""
    parts, totals = list(parts), list(totals)
    k = 0
    while k + 1 < len(parts):
        x, y = parts[k], parts[k + 1]
        joined = 0 < y.value < x.value and y.value < 10 ** math.floor(math.log10(x.value)) \
            and y.start - x.end <= _SUM_REACH and (_SUM_LINK.search(text, x.end, y.start) or y.text.startswith("و"))
        total = next((t for t in totals if _same(t.value, x.value + y.value)), None) if joined else None
        if total is None:
            k += 1
            continue
        del parts[k:k + 2]
        totals.remove(total)
    return parts, totals


def fmt_value(v: float) -> str:
    """12.0 → '12', 3500000.0 → '3500000', 0.5 → '0.5', 8.2 × 1e9 (8200000000.000001) → '8200000000'."""
    if abs(v) < 1e18 and abs(v - round(v)) <= 1e-9 * max(1.0, abs(v)):
        return str(int(round(v)))
    return f"{v:.12g}"


def _weaken_names(ar: list[NumberMention], ar_text: str, en_text: str) -> list[NumberMention]:
    """Arabic number words that are really names (ستون = Stone, كريات أربع = Kiryat Arba); not where
    another Arabic word, no number's, spells that name (خمسة beside خميس = Khamis)."""
    names = {latin_key(t.text) for t in tokenize(en_text) if t.text[:1].isupper()}
    spelled: set[str] | None = None  # keys of the Arabic words outside numbers, read once if needed
    out = []
    for m in ar:
        if names and m.strong and not any(c.isdigit() for c in fold_digits(m.text)):
            keys = {arabic_key(st) for t in tokenize(m.text) for st in arabic_stems(t.norm)}
            hit = {n for n in names if any(keys_match(k, n) or k == n for k in keys)}
            if hit and spelled is None:
                spelled = {arabic_key(st) for t in tokenize(ar_text) if t.arabic
                           and not any(x.start <= t.start < x.end for x in ar) for st in arabic_stems(t.norm)}
            if any(not any(keys_match(k, n) or k == n for k in spelled or ()) for n in hit):
                m = NumberMention(m.value, m.start, m.end, m.text, False, m.alts)
        out.append(m)
    return out


def _number_word(m: NumberMention) -> bool:
    """Whether Arabic mention ``m`` is a number word (الثالثة, اثنين), not a noun read as a dual
    (الزائرين "the visitors", خورفكان)."""
    return _ar_lookup_norm(normalize_arabic(m.text)) is not None


def _without_dual_clocks(ar: list[NumberMention], en: list[NumberMention], en_text: str) -> list[NumberMention]:
    """``ar`` less its dual nouns (weak twos that are no number word: الزائرين "the visitors",
    ساعتين) where every two of ``en`` is a clock time: a dual renders no "2 p.m." (batch 141, where
    one had matched the "2 p.m." that replaced الرابعة عصرًا)."""
    twos = [m for m in en if _same(m.value, 2.0)]
    if not twos or len(_clock_times(twos, en_text, "en")) < len(twos):
        return ar
    return [m for m in ar if m.strong or not _same(m.value, 2.0) or _number_word(m)]


def _weaken_spelled(en: list[NumberMention], ar_text: str) -> list[NumberMention]:
    """English number words of a name that the Arabic transliterates (Forty Little Mothers =
    فورتي ليتل ماذرز, the Seven Network = سفن نتورك): no quantity on either side."""
    keys = {arabic_key(t.norm) for t in tokenize(ar_text) if t.arabic}
    out = []
    for m in en:
        if m.strong and m.text[:1].isupper() and not any(c.isdigit() for c in m.text):
            if any(len(k) >= 3 and latin_key(w) == k for w in m.text.split() for k in keys):
                m = NumberMention(m.value, m.start, m.end, m.text, False, m.alts)
        out.append(m)
    return out


_LATIN_GLOSS = re.compile(r"\((?=[^()]*[A-Za-z])[^()\u0600-\u06ff]*\)")


def _weaken_glosses(ar: list[NumberMention], ar_text: str) -> list[NumberMention]:
    """A number of a Latin-script gloss in parentheses that the Arabic also gives outside it
    (راديو 4 ... (Radio 4 programme)): the gloss repeats it; the English has it once."""
    glosses = [m.span() for m in _LATIN_GLOSS.finditer(ar_text)]
    inside = lambda m: any(a <= m.start and m.end <= b for a, b in glosses)  # noqa: E731
    outside = [v for m in ar if not inside(m) for v in m.values]
    return [NumberMention(m.value, m.start, m.end, m.text, False, m.alts)
            if m.strong and inside(m) and any(_same(m.value, v) for v in outside) else m for m in ar]


_CODE_RE = re.compile(r"(?<![\w.-])(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*")


def _codes(text: str) -> list[tuple[str, int, int]]:
    """Latin codes holding digits (802.11n, H1N1, ISO-9001), copied verbatim by translators."""
    return [(m.group().casefold(), m.start(), m.end()) for m in _CODE_RE.finditer(fold_digits(text))
            if m.group().isascii()]


def _code_changes(pair: Pair) -> Iterable[Issue]:
    """A code on one side whose digits differ from a same-shaped code on the other side."""
    src, tgt = _codes(pair.source_text), _codes(pair.target_text)
    s_only = [c for c in src if c[0] not in {t[0] for t in tgt}]
    t_only = [c for c in tgt if c[0] not in {t[0] for t in src}]
    shape = lambda code: re.sub(r"\d+", "0", code)  # noqa: E731
    used: set[int] = set()
    for code, a, b in s_only:
        for k, (other, c, d) in enumerate(t_only):
            if k not in used and shape(other) == shape(code):
                used.add(k)
                yield Issue(CODE, "error", pair.alignment, (pair.source_span(a, b),),
                            (pair.target_span(c, d),), 0.0,
                            f"code '{pair.source_text[a:b]}' in the source reads "
                            f"'{pair.target_text[c:d]}' in the target")
                break


_CORONA = normalize_arabic("كورونا")


def _weak_kind(m: NumberMention) -> str | None:
    """"fraction" (half, ثلث), "multiple" (double, ضعف), "ordinal" (third, الثالثة: one word of a
    rank under the eleventh) or "name" (the 19 of كورونا = COVID-19, never what replaced another
    number) for such a weak number word, else None."""
    if m.strong:
        return None
    if 0 < m.value < 1:
        return "fraction"
    word = normalize_arabic(m.text).lower()
    if _CORONA in word:
        return "name"
    if m.text.lower() in _EN_ORD or (" " not in m.text and _AR_ORDINAL.fullmatch(normalize_arabic(m.text))):
        return "ordinal"
    bare = word[1:] if word[:1] in "وفبل" else word  # ضعف, وضعف
    return "multiple" if word in _EN_MULTIPLES or word in _AR_MULTIPLES or bare in _AR_MULTIPLES else None


_ONE_WORDS = frozenset(("one", "single", *(normalize_arabic(w) for w in ("واحد", "واحدة", "واحدا"))))
"""The words of "one" as a count (ريالا واحدا = "one rial", "a single case"), not the article."""


def _replacing_word(m: NumberMention) -> bool:
    """Whether weak ``m``, left unmatched, may be what replaced a number of the other side: a word of 2 or
    more (the "ten" of "a ten-day truce") or a "one" (``_ONE_WORDS``), not a name's number (COVID-19)."""
    return not m.strong and _weak_kind(m) != "name" and (
        m.value >= 2 or m.value == 1 and normalize_arabic(m.text).lower() in _ONE_WORDS)


def _severity(m: NumberMention, other_missing: Sequence[NumberMention], weak_left: bool = False) -> str:
    """Error for digits, or for a word the other side replaced by another number (strong, or a
    weak word left unmatched, ``_replacing_word``: سبعة أيام against "a ten-day truce"); a lone number word
    (two, ثلاثة) may be rendered by a dual, a plural or a paraphrase: warning."""
    if other_missing or weak_left or any(c.isdigit() for c in fold_digits(m.text)):
        return "error"
    return "warning"


class NumberCheck:
    """Numbers (digits or words, any numerals) must agree between the two sides."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        count_sev = "warning" if ctx.thresholds.get("number_count_mismatch_error", 0.0) < 0.5 \
            else "error"
        for pair in pairs:
            if not pair.source or not pair.target:
                continue
            yield from self._pair(pair, count_sev)

    def _pair(self, pair: Pair, count_sev: str) -> Iterable[Issue]:
        src = extract_numbers(pair.source_text, pair.source_lang)
        tgt = extract_numbers(pair.target_text, pair.target_lang)
        if pair.source_lang == "ar" and pair.target_lang == "en":
            src = _without_dual_clocks(_weaken_glosses(_weaken_names(src, pair.source_text, pair.target_text),
                                                       pair.source_text), tgt, pair.target_text)
            tgt = _weaken_spelled(tgt, pair.source_text)
        elif pair.source_lang == "en" and pair.target_lang == "ar":
            src = _weaken_spelled(src, pair.target_text)
            tgt = _without_dual_clocks(_weaken_glosses(_weaken_names(tgt, pair.target_text, pair.source_text),
                                                       pair.target_text), src, pair.source_text)
        yield from _code_changes(pair)
        left_s, left_t = match_mentions(src, tgt)
        left_s, left_t = _summed(left_s, left_t, pair.source_text)
        left_t, left_s = _summed(left_t, left_s, pair.target_text)
        miss_s, miss_t = [m for m in left_s if m.strong], [m for m in left_t if m.strong]
        values = {"source": [v for m in src for v in m.values], "target": [v for m in tgt for v in m.values]}

        def replaced(left: list[NumberMention], other: str, kind: str) -> list[NumberMention]:
            return [m for m in left if _weak_kind(m) == kind and not any(_same(m.value, v) for v in values[other])]

        # a fraction, a multiple or an ordinal left on each side (نصف against "a third", ضعف against
        # "triple", الثالثة against "the fourth", batch 100): weak words, but one replaced the other
        for kind in ("fraction", "multiple", "ordinal"):
            kind_s, kind_t = replaced(left_s, "target", kind), replaced(left_t, "source", kind)
            if kind_s and kind_t:
                miss_s, miss_t = miss_s + kind_s, miss_t + kind_t
        if not miss_s and not miss_t:
            return
        # a weak number word left over (the "ten" of "a ten-day truce") may be what replaced one
        # (or a "one" said in a word: ريالا واحدا against "two rials", batch 149)
        swapped = {"source": any(_replacing_word(m) for m in left_t), "target": any(_replacing_word(m) for m in left_s)}
        strong_total = sum(m.strong for m in src) + sum(m.strong for m in tgt)
        score = max(0.0, 1.0 - (len(miss_s) + len(miss_t)) / max(1, strong_total))
        partners = list(miss_t)  # a source number's likely replacement, for the span on the other side
        issues = []
        for m in miss_s:
            partner = partners.pop(0) if partners else None
            issue = _missing_issue(pair, "source", m, miss_t, values["target"], count_sev, score, partner,
                                   swapped["source"])
            issues.append(issue)
            if partner is not None and _years(m, pair.source_text, partner, pair.target_text):
                issues.append(_year_issue(issue, m, partner))
        for m in partners:
            issues.append(_missing_issue(pair, "target", m, miss_s, values["source"], count_sev, score, None,
                                         swapped["target"]))
        worst = "error" if any(i.severity == "error" for i in issues) else "warning"
        yield from issues
        yield from _changed_days(pair, src, tgt, worst)
        # (a clock time that has no equal among the other side's clock times, where that side has another,
        # changed whatever the counts say: "eight at night" for العاشرة مساءً beside a ثمانية أشهر, batch 154)
        yield from _changed_times(pair, src, tgt, "error")


_YEAR_DIGITS = re.compile(r"[12]\d{3}")
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|from|year|early|late|mid|during|before|after|between|and|"
                          r"to|or|the|of\s+(?:the\s+)?(?:year|summer|winter|spring|autumn|fall)|"
                          r"(?:quarter|half|end|beginning|start|middle|turn|close|summer|winter|spring|autumn|fall)\s+of|"
                          r"(?:scheduled|planned|slated|due|set|expected|targeted)\s+for|"
                          + "|".join(EN_MONTHS) + r")|(?:\b[A-Z][a-z]+\s+\d{1,2},?)|[-–—/]|"
                          r"(?<![\u0621-\u064A])(?:عام|العام|لعام|للعام|بعام|وعام|عامي|العامين|سنة|السنة|لسنة|سنتي|موسم|الموسم|لموسم|"
                          r"[وفل]?(?:صيف|شتاء|ربيع|خريف)|"
                          r"منذ|حتى|في|بين|و|أو))"
                          r"[\s(]*$")
"""What stands before a year: a preposition, the article or a year word (in 2019, the 2019 campaign,
the first quarter of 2027, by the end of 2030, scheduled for 2021, عام 2019, منذ 2019, قبل موسم 2026, the
summer of 2024 = صيف 2024), a month
(March 2025; March 6, 2025), or the other end of a range (2019–2021)."""


def _year_digits(m: NumberMention) -> bool:
    """Whether ``m`` is written as a year: four digits (any numerals) from 1000 to 2199, strong."""
    return m.strong and 1000 <= m.value < 2200 and bool(_YEAR_DIGITS.fullmatch(fold_digits(m.text)))


def _reads_as_year(m: NumberMention, text: str) -> bool:
    """Whether ``m`` (a mention in ``text``) stands after a year's words (``_YEAR_BEFORE``) or an
    Arabic month (6 مارس 2025)."""
    before = text[max(0, m.start - 30):m.start]
    return bool(_YEAR_BEFORE.search(before)) or any(d.end >= len(before.rstrip()) - 3 for d in arabic_dates(before))


def _years(m: NumberMention, text: str, partner: NumberMention, partner_text: str) -> bool:
    """Whether ``m`` and its replacement ``partner`` are years: both written as years, one of them
    where a year stands (عام 2024 rendered "the same period of 2023": the English words need not
    say "year")."""
    return (_year_digits(m) and _year_digits(partner)
            and (_reads_as_year(m, text) or _reads_as_year(partner, partner_text)))


def _year_issue(issue: Issue, year: NumberMention, partner: NumberMention) -> Issue:
    """A year of the source replaced by another year in the target (2019 for 2017) is a date that
    changed as well as a number: the same finding under the date check's code."""
    msg = (f"year {fmt_value(year.value)} ('{year.text}') in the source has no match in the target, which has "
           f"the year {fmt_value(partner.value)} in its place")
    return Issue(DATE_CODE, issue.severity, issue.alignment, issue.source_spans, issue.target_spans, issue.score, msg)


# between a day's number and its month: "12 June", "12th of June", "12 من يونيو", الخامس عشر من شهر
# ذي الحجة, and ٢٣ – ٣ before a month in digits; and after the month: "June 12", "June 12th"
_DAY_BEFORE_MONTH = re.compile(r"(?:st|nd|rd|th)?\s*(?:of\s+|من\s+(?:شهر\s+)?)?")
_DAY_BEFORE_DIGITS = re.compile(r"\s*[-–/]\s*")
_DAY_AFTER_MONTH = re.compile(r"\.?\s+")
_DAY_BEFORE_DAY = re.compile(r"(?:st|nd|rd|th)?\s*(?:[-–]|to|and|through|till|until|إلى|الى|حتى|و)\s*")
"""Between the first day of a range and the next one: "from 3 to 28 November", من 3 إلى 28 نونبر."""


def _days_of_month(mentions: Sequence[NumberMention], text: str, lang: str) -> list[NumberMention]:
    """The ``mentions`` of ``text`` that are the day of a written date: a whole number from 1 to 31, in
    digits or an ordinal word (التاسع من أيار), right beside a month's name (Gregorian or Hijri), or
    before the next day of a range that ends at one ("from 3 to 28 November")."""
    months = [d for d in _dates_of(text, lang) if d.kind != "w"]
    candidates = [m for m in mentions if m.value == int(m.value) and 1 <= m.value <= 31]
    days = [m for m in candidates if any(
        (_DAY_BEFORE_DIGITS if d.text.isdigit() else _DAY_BEFORE_MONTH).fullmatch(text, m.end, d.start)
        or _DAY_AFTER_MONTH.fullmatch(text, d.end, m.start) for d in months)]
    for m in reversed(candidates):  # a range's first day stands before its next one
        if m not in days and any(_DAY_BEFORE_DAY.fullmatch(text, m.end, d.start) for d in days):
            days.append(m)
    return sorted(days, key=lambda m: m.start)


def _unpaired(mine: Sequence[NumberMention], other: Sequence[NumberMention]) -> list[NumberMention]:
    """The mentions of ``mine`` left when each is paired with a mention of ``other`` of the same value,
    one to one in order (two days 25 against one: one is left)."""
    free = list(other)
    left = []
    for m in mine:
        partner = next((o for o in free if _alike(m, o)), None)
        if partner is None:
            left.append(m)
        else:
            free.remove(partner)
    return left


def _alike(a: NumberMention, b: NumberMention) -> bool:
    """Whether two mentions share a reading (a Hijri day reads as its Gregorian days too)."""
    return any(_same(x, y) for x in a.values for y in b.values)


def _changed_days(pair: Pair, src: Sequence[NumberMention], tgt: Sequence[NumberMention],
                  severity: str) -> Iterable[Issue]:
    """Days of written dates that differ between the sides (June 12 rendered "June 21", التاسع من
    أيار rendered "May 19"): a date that changed as well as a number (``_changed_parts``)."""
    return _changed_parts(pair, src, tgt, severity, _days_of_month, "day {} of a date", "the day {}")


def _changed_times(pair: Pair, src: Sequence[NumberMention], tgt: Sequence[NumberMention],
                   severity: str) -> Iterable[Issue]:
    """Clock times that differ between the sides (الثالثة عصرًا rendered "5 p.m.", batch 119): a time
    that changed as well as a number (``_changed_parts``)."""
    return _changed_parts(pair, src, tgt, severity, _clock_times, "time {}", "the time {}")


def _changed_parts(pair: Pair, src: Sequence[NumberMention], tgt: Sequence[NumberMention], severity: str,
                   parts: Callable[[Sequence[NumberMention], str, str], list[NumberMention]],
                   lost_label: str, new_label: str) -> Iterable[Issue]:
    """The parts of a date or time (``parts`` picks them from a side's mentions) that differ between
    the sides, under the date check's code, at the ``severity`` of the pair's number findings.
    Called where numbers differ. A part is changed where it is left once the parts of the two sides are
    paired by value, one to one (25 January twice against January 28 and January 25: one 25 is left),
    something is left on the other side too, and one of those parts at least has its value fewer times
    on the other side (from 8 to 12 December = "December 8th through the 12th" is no change; الثاني من
    شباط beside an age of اثني عشر, rendered "February 12" and the age in another sentence, is)."""
    def fewer(m: NumberMention, mine: Sequence[NumberMention], other: Sequence[NumberMention]) -> bool:
        return sum(_alike(m, x) for x in mine) > sum(_alike(m, o) for o in other)

    parts_s = parts(src, pair.source_text, pair.source_lang)
    parts_t = parts(tgt, pair.target_text, pair.target_lang)
    lost, new = _unpaired(parts_s, parts_t), _unpaired(parts_t, parts_s)
    if not lost or not new or not (any(fewer(m, src, tgt) for m in lost) or any(fewer(m, tgt, src) for m in new)):
        return
    msg = (f"{lost_label.format(', '.join(fmt_value(m.value) for m in lost))} in the source has no match in the "
           f"target, which has {new_label.format(', '.join(fmt_value(m.value) for m in new))} in its place")
    yield Issue(DATE_CODE, severity, pair.alignment, tuple(pair.span("source", m.start, m.end) for m in lost),
                tuple(pair.span("target", m.start, m.end) for m in new), 0.0, msg)


def _missing_issue(pair: Pair, side: str, m: NumberMention, other_missing: Sequence[NumberMention],
                   other_values: Sequence[float], count_sev: str, score: float,
                   partner: NumberMention | None, weak_left: bool = False) -> Issue:
    """The finding for number ``m`` of ``side`` that found no equal on the other side;
    ``weak_left``: the other side has a weak number word of 2 or more left unmatched."""
    other_side = "target" if side == "source" else "source"
    other = ", ".join(fmt_value(x.value) for x in other_missing) or "no unmatched number"
    present = any(_same(m.value, v) for v in other_values)
    sev = ("error" if other_missing else count_sev) if present else _severity(m, other_missing, weak_left)
    what = f"appears fewer times in the {other_side}" if present else f"has no match in the {other_side}"
    msg = f"number {fmt_value(m.value)} ('{m.text}') in the {side} {what} ({other_side} has {other})"
    own = (pair.span(side, m.start, m.end),)
    theirs = (pair.span(other_side, partner.start, partner.end),) if partner else ()
    spans = (own, theirs) if side == "source" else (theirs, own)
    return Issue(CODE, sev, pair.alignment, spans[0], spans[1], round(score, 4), msg)
