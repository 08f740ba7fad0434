"""Check ``date``: weekday and month names must agree (الثلاثاء = Tuesday, كانون الأول =
ديسمبر = December, Maghrebi فيفري = February, Hijri months through ``hijridate`` when the
Hijri date is complete).

Day numbers and years belong to the ``number`` check; this one only compares names.
Ambiguous Arabic words (الجمعة "Friday"/"the association", مارس "March"/"practised", آب, صفر,
رجب, ماي, جوان, الأحد "Sunday"/"anyone") count as weak: they can match but are never reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..normalize import fold_digits, normalize_arabic
from ..translit import arabic_key, keys_match, latin_key, tokenize
from .base import CheckContext, Issue, Pair

CODE = "date"

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
HIJRI_MONTHS = ("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
                "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
                "Dhu al-Hijjah")

_AR_WEEKDAYS = {"اثنين": 0, "إثنين": 0, "ثلاثاء": 1, "أربعاء": 2, "خميس": 3, "جمعة": 4,
                "سبت": 5, "أحد": 6}
_AR_WEAK_WORDS = {"جمعة", "أحد", "مارس", "آب", "صفر", "رجب", "ماي", "جوان"}
_AR_MONTHS_1 = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4,
                "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8,
                "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "آذار": 3,
                "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
                # Maghrebi (from French): جانفي = janvier ... أوت = août
                "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6,
                "جويلية": 7, "جويلة": 7, "أوت": 8,
                # Moroccan: يوليوز، غشت، شتنبر، نونبر، دجنبر; Mauritanian: أغشت، دجمبر
                "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12, "أغشت": 8, "اغشت": 8,
                "دجمبر": 12}
_AR_MONTHS_2 = {("كانون", "الثاني"): 1, ("تشرين", "الأول"): 10, ("تشرين", "الثاني"): 11,
                ("كانون", "الأول"): 12}
_HIJRI_1 = {"محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10}
_HIJRI_2 = {("ربيع", "الأول"): 3, ("ربيع", "الآخر"): 4, ("ربيع", "الثاني"): 4,
            ("جمادى", "الأولى"): 5, ("جمادى", "الآخرة"): 6, ("جمادى", "الثانية"): 6,
            ("ذو", "القعدة"): 11, ("ذي", "القعدة"): 11, ("ذو", "الحجة"): 12, ("ذي", "الحجة"): 12}


def _n(d: dict) -> dict:
    return {(tuple(normalize_arabic(w) for w in k) if isinstance(k, tuple) else normalize_arabic(k)): v
            for k, v in d.items()}


_AR_WEEKDAYS_N, _AR_MONTHS_1N, _AR_MONTHS_2N = _n(_AR_WEEKDAYS), _n(_AR_MONTHS_1), _n(_AR_MONTHS_2)
_HIJRI_1N, _HIJRI_2N = _n(_HIJRI_1), _n(_HIJRI_2)
_AR_WEAK_N = {normalize_arabic(w) for w in _AR_WEAK_WORDS}
AR_TWO_WORD_MONTHS = frozenset(_AR_MONTHS_2N) | frozenset(_HIJRI_2N)
"""Months of two words (تشرين الثاني, ربيع الأول), normalised: their first word names no one."""
_AR_BEFORE_MONTH = {normalize_arabic(w) for w in
                    "في وفي شهر وشهر منذ حتى إلى أوائل أواخر منتصف مطلع بداية نهاية خلال بحلول".split()}
"""Words that make a weak month word a month (في مارس "in March", not مارس "practised")."""
_KULL = normalize_arabic("كل")
_AHAD = normalize_arabic("أحد")
_AR_BEFORE_DAY = {normalize_arabic(w) for w in "يوم ليوم بيوم ويوم صباح مساء ليلة ظهر عصر فجر".split()}
_AR_DAY_DEICTICS = {normalize_arabic(w) for w in "أمس وأمس اليوم غدا غداً".split()}
""""Yesterday", "today", "tomorrow": before a weekday with its article, the weekday (أمس الاثنين =
"on Monday", not "the two", batch 140)."""
AR_TIME_ADJECTIVES = frozenset(normalize_arabic(w) for w in
                               "الماضي الماضية المقبل المقبلة القادم القادمة الفائت المنصرم".split())
""""last", "next": words that make a weak weekday word a weekday (صباح الأحد "Sunday morning",
الجمعة الماضية "last Friday"; not الأحد "anyone", الجمعة "the association"), and that spell no
name (العام الماضي "last year" is no Midi)."""
_Q = "['’ʿʼ‘`]?"  # an apostrophe for the ع or the ء that English spellings mark or leave out
_EN_HIJRI_SPELLINGS = (
    ("Muharr?am", ""), ("Safar", ""), (f"Rabi{_Q}|Rabee{_Q}", "Awwal|Awal|Ula|Oula"),
    (f"Rabi{_Q}|Rabee{_Q}", "Thani|Thaani|Akhir|Akhar|Sani"), ("Jumad[ai]h?|Jamad[ai]|Jumad", "Ula|Oula|Ola|Awwal|Awal"),
    ("Jumad[ai]h?|Jamad[ai]|Jumad", "Akhirah?|Akhar|Thaniy?ah?|Thani|Sani"), ("Rajab", ""),
    (f"Sha{_Q}a?ban", ""), ("Ramadh?an|Ramzan", ""), ("Shaww?al", ""),
    (f"Dhu{_Q}l?|Dhul|Zul|Zu", f"Q[ai]{_Q}a?dah?|Qidah?"), (f"Dhu{_Q}l?|Dhul|Zul|Zu", "Hijj?ah?"))
"""Per Hijri month (``HIJRI_MONTHS``' order), the spellings of its first and second word in English:
Dhu al-Qadah is also written Dhu al-Qa'dah, Dhul-Qidah or Zul Qaadah, Shaban Sha'ban."""
_EN_HIJRI = [(re.compile(r"\b(?:" + first + r")" + (r"[\s-]*(?:(?:al|el|ul|l)[\s-]+|al|el|ul)?(?:" + second + r")" if second
                                                     else "") + r"(?!\w)", re.I), i + 1)
             for i, (first, second) in enumerate(_EN_HIJRI_SPELLINGS)]
_EN_HIJRI_ANY = re.compile(r"\b(?:" + "|".join(first for first, _ in _EN_HIJRI_SPELLINGS) + r")", re.I)
"""Any Hijri month's first word: most texts have none, and then the twelve patterns are skipped."""


@dataclass(frozen=True)
class DateName:
    """A weekday ('w', 0-6), Gregorian month ('m', 1-12) or Hijri month ('h', 1-12)."""

    kind: str
    value: int
    start: int
    end: int
    text: str
    strong: bool
    alts: tuple[tuple[str, int], ...] = ()

    def keys(self) -> tuple[tuple[str, int], ...]:
        return ((self.kind, self.value),) + self.alts


def _label(kind: str, value: int) -> str:
    return {"w": EN_WEEKDAYS, "m": EN_MONTHS, "h": HIJRI_MONTHS}[kind][value - (kind != "w")]


# weekdays (group w0..w6) and months, in full, as "Jan." or "Sept.", or without the period beside
# a day's number as news datelines write them ("Jan 14", "14 Jan") (m1..m12), in one pass
_EN_MONTH_SHORT = {mo: mo[:3] + ("|Sept" if mo == "September" else "") for mo in EN_MONTHS}
_EN_NAMES_RE = re.compile("|".join([rf"(?P<w{i}>\b{d}s?\b)" for i, d in enumerate(EN_WEEKDAYS)] + [
    rf"(?P<m{i + 1}>\b(?:{mo}|(?:{_EN_MONTH_SHORT[mo]})(?:\.|(?=\s+\d)|(?<=\d\s{mo[:3]})(?![\w.])))(?!\w))"
    for i, mo in enumerate(EN_MONTHS)]))
# the first words of two-word Arabic month names: a prefixed و/ف/ب/ل is not stripped from them
_AR_KNOWN = (_AR_MONTHS_1N, _HIJRI_1N, {k[0] for k in _AR_MONTHS_2N}, {k[0] for k in _HIJRI_2N})


_EN_DETERMINED = re.compile(r"(?:\b(?:a|an|the|this|that)|['’]s)\s+$", re.I)
_EN_BEFORE_MAY = re.compile(r"\b(?:in|since|until|till|by|from|during|through|last|next|this|early|late|mid)"
                            r"(?:\s+(?:early|late|mid))?[\s-]+$", re.I)


_EN_PLACE_HEAD = re.compile(r"\b(?:Wadi|Jebel|Jabal|Madinat|Hay|Hai)[\s-]+$")
"""A place noun the English writes as it sounds before a month that names the place (Wadi Muharram =
وادي محرم, ``_AR_PLACE_HEADS``): no date."""


_EN_MARKET_AFTER = re.compile(r"\s+(?:market|souk|souq|suq)\b", re.I)
"""A market named for its weekday ("the Tuesday Market" = سوق الثلاثاء, batch 143; the Arabic's is
skipped too: ``_SOUQ``): no date."""


def english_dates(text: str) -> list[DateName]:
    out = []
    for m in _EN_NAMES_RE.finditer(text):
        kind, value = m.lastgroup[0], int(m.lastgroup[1:])
        # "May" (Theresa May, "May God ..."): a month after "in", "since", "early" ... or beside a
        # date; "a March for Science", "Men's March", "the March": a march, unless a date is beside it
        if (kind, value) == ("m", 5):
            strong = bool(_EN_BEFORE_MAY.search(text, max(0, m.start() - 12), m.start())) or _near_digits(
                text, m.start(), m.end())
        else:
            strong = not (kind == "m" and _EN_DETERMINED.search(text, max(0, m.start() - 8), m.start())
                          and not _near_digits(text, m.start(), m.end()))
        out.append(DateName(kind, value, m.start(), m.end(), m.group(), strong))
    return sorted((d for d in out + english_hijri_months(text) + numeric_months(text)
                   if not _EN_PLACE_HEAD.search(text, max(0, d.start - 10), d.start)
                   and not (d.kind == "w" and _EN_MARKET_AFTER.match(text, d.end))), key=lambda d: (d.start, d.end))


def english_hijri_months(text: str) -> list[DateName]:
    """The Hijri months ``text`` names in English (Jumada al-Akhirah, Dhul-Hijjah), in pattern order."""
    return [DateName("h", v, m.start(), m.end(), m.group(), True)
            for rx, v in (_EN_HIJRI if _EN_HIJRI_ANY.search(text) else ()) for m in rx.finditer(text)]


_SOUQ = normalize_arabic("سوق")
_QUOTES = frozenset('"«»“”')
_AR_PLACE_HEADS = frozenset(normalize_arabic(c + w) for w in "وادي جبل حي شارع قرية بلدة مدينة ساحة ميدان جادة".split()
                            for c in ("", "و", "ب", "وب", "ل"))
"""Nouns of places a month may name (وادي محرم "Wadi Muharram", شارع رمضان, batch 130): the word right
after one is the place's name, no date."""
_IBB = re.compile(r"إ\W?ب\W?$")
"""Yemen's city إب, which normalises as آب ("August") does (a diacritic may stand between its letters)."""
_NUMERIC_DATE = re.compile(r"(?<![\d.,])(?P<d>\d{1,2})\s*(?P<s>[-–/])\s*(?P<m>\d{1,2})"
                           r"(?:\s*(?P=s)\s*(?P<y>\d{4})(?![\d\u0621-\u064A])|(?=\s*\())")
"""A date written in digits, day then month: with a year (23/3/2026; not a Hijri one, before 1900), or
before the agency of a dateline (الكويت – ٢٣ – ٣ (كونا) = "KUWAIT, March 23 (KUNA)"), after the place's
dash or comma, within the first ``DATELINE_CHARS`` of the text."""
DATELINE_CHARS = 40


def numeric_months(text: str) -> list[DateName]:
    """The months of the dates of ``text`` written in digits (``_NUMERIC_DATE``), at the month's digits."""
    out = []
    for m in _NUMERIC_DATE.finditer(fold_digits(text)):
        day, month, year = int(m.group("d")), int(m.group("m")), m.group("y")
        dateline = m.start() < DATELINE_CHARS and text[:m.start()].rstrip().endswith(("-", "–", "—", "،", ","))
        if 1 <= day <= 31 and 1 <= month <= 12 and (int(year) >= 1900 if year else dateline):
            other = (("m", day),) if day <= 12 and day != month else ()  # (3/23 read month first)
            out.append(DateName("m", month, m.start("m"), m.end("m"), text[m.start("m"):m.end("m")], True, other))
    return out


def arabic_dates(text: str) -> list[DateName]:
    toks = [t for t in tokenize(text) if t.arabic]
    out: list[DateName] = []
    for i, t in enumerate(toks):
        w = t.norm
        base = w
        if not any(w in k for k in _AR_KNOWN) and w.startswith(("و", "ف", "ب", "ل")) and (
                len(w) > 4 or len(w) == 4 and w[1:] in _AR_MONTHS_1N
                or w[1:] in _AR_MONTHS_1N and out and out[-1].kind == "m" and not text[out[-1].end:t.start].strip()):
            base = w[1:]  # وأوت = and August (not باب "door"); تموز وآب = July and August (not وأب "and a father")
        day = base[2:] if base.startswith("ال") else None
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        nxt_end = toks[i + 1].end if i + 1 < len(toks) else t.end
        prev = toks[i - 1].norm if i and not text[toks[i - 1].end:t.start].strip() else ""  # the word just before
        if day not in _AR_WEEKDAYS_N and base in _AR_WEEKDAYS_N and prev in _AR_BEFORE_DAY:
            day = base  # يوم أحد، مساء جمعة
        elif day not in _AR_WEEKDAYS_N and base in _AR_WEEKDAYS_N and prev == _KULL and base != _AHAD:
            day = base  # كل خميس "every Thursday" (كل أحد is "everyone")
        elif day not in _AR_WEEKDAYS_N and w[:1] == "و" and w[1:] in _AR_WEEKDAYS_N and out and out[-1].kind == "w" \
                and i and toks[i - 1].end == out[-1].end and not text[out[-1].end:t.start].strip():
            day = w[1:]  # كل خميس وجمعة "every Thursday and Friday"
        if day in _AR_WEEKDAYS_N and _SOUQ in (prev, prev[1:]):
            continue  # سوق الإثنين, سوق الأحد: a market town named for its day (Souk El Tenine)
        if day in _AR_WEEKDAYS_N and text[t.start - 1:t.start] in _QUOTES and text[t.end:t.end + 1] in _QUOTES:
            continue  # بابي "القصبة" و"الخميس": a name in quotation marks (Bab al-Khemis, a gate; batch 155)
        if day in _AR_WEEKDAYS_N:
            strong = day not in _AR_WEAK_N or prev in _AR_BEFORE_DAY or nxt in AR_TIME_ADJECTIVES or (
                base.startswith("ال") and prev in _AR_DAY_DEICTICS)
            out.append(DateName("w", _AR_WEEKDAYS_N[day], t.start, t.end, t.text, strong))
            continue
        two = (base, nxt)
        if prev in _AR_PLACE_HEADS or _IBB.search(t.text):
            continue  # (إب with the hamza below is Yemen's Ibb, not آب "August", batch 142)
        if two in _AR_MONTHS_2N:
            out.append(DateName("m", _AR_MONTHS_2N[two], t.start, nxt_end, text[t.start:nxt_end], True))
        elif two in _HIJRI_2N:
            out.append(_hijri(text, t.start, nxt_end, _HIJRI_2N[two]))
        elif base in _AR_MONTHS_1N:
            out.append(DateName("m", _AR_MONTHS_1N[base], t.start, t.end, t.text, base not in _AR_WEAK_N
                                or prev in _AR_BEFORE_MONTH or _near_digits(text, t.start, t.end)))
        elif base in _HIJRI_1N:
            d = _hijri(text, t.start, t.end, _HIJRI_1N[base])
            if base in _AR_WEAK_N and not _near_digits(text, t.start, t.end):
                d = DateName(d.kind, d.value, d.start, d.end, d.text, False, d.alts)
            out.append(d)
    return sorted(out + numeric_months(text), key=lambda d: (d.start, d.end))


def _near_digits(text: str, start: int, end: int) -> bool:
    folded = fold_digits(text)
    return bool(re.search(r"\d\s*$", folded[max(0, start - 6):start]) or
                re.match(r"\s*\d", folded[end:end + 6]))


_HIJRI_DAY = re.compile(r"(\d{1,2})\s*(?:من\s*)?$")
_HIJRI_YEAR = re.compile(r"\s*(?:سنة|عام)?\s*(\d{3,4})")


def hijri_day_year(folded: str, start: int, end: int) -> tuple[re.Match | None, re.Match | None]:
    """The day before and the year after a Hijri month at [start, end) of ``folded`` (a text with
    its digits folded): ١٥ جمادى الأولى ١٤٤٦; group 1 of each match, offsets in ``folded``."""
    return _HIJRI_DAY.search(folded, max(0, start - 8), start), _HIJRI_YEAR.match(folded, end, end + 16)


def hijri_to_gregorian(year: int, month: int, day: int):
    """The Gregorian date of a Hijri one (``hijridate``), or None outside its range."""
    try:
        from hijridate import Hijri

        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None


def _hijri(text: str, start: int, end: int, month: int) -> DateName:
    """A Hijri month; with a day before and a year after, also its Gregorian month(s)."""
    day, year = hijri_day_year(fold_digits(text), start, end)
    alts: tuple[tuple[str, int], ...] = ()
    if year:
        g = hijri_to_gregorian(int(year.group(1)), month, int(day.group(1)) if day else 1)
        # without a day, the month may straddle two Gregorian months
        g2 = hijri_to_gregorian(int(year.group(1)), month, 28) if g and not day else None
        if g and (day or g2):
            alts = (("m", g.month),) + ((("m", g2.month),) if g2 else ())
    return DateName("h", month, start, end, text[start:end], True, alts)


def date_names(text: str, lang: str) -> list[DateName]:
    return arabic_dates(text) if lang == "ar" else english_dates(text)


def _weaken_embedded(names: list[DateName], text: str, lang: str, other_text: str) -> list[DateName]:
    """Month names inside names or compounds: "March Madness" = مارش مادنس, ذبابة مايو =
    "mayflies". Weak when the other side spells the word in its own script (not as a month)
    or, for an Arabic month, the English word is only a part of a longer word."""
    if not names:
        return names
    other = [t for t in tokenize(other_text)]
    out = []
    for d in names:
        weak = False
        if d.strong and not _near_digits(text, d.start, d.end):
            if lang == "en":
                key = latin_key(d.text)  # of two letters or more: "May" (M) is no ما or مع
                weak = len(key) >= 2 and any(t.arabic and arabic_key(t.text) == key and not arabic_dates(t.text)
                                             for t in other)
            else:
                weak = (_spelled_in_latin(d, other, text)
                        or (d.kind, d.value) == ("w", 0) and _EN_TWO.search(other_text) is not None
                        and "Monday" not in other_text and not _after_day_word(text, d.start))
            if lang == "ar" and d.kind == "m" and not weak:
                name = EN_MONTHS[d.value - 1].lower()
                weak = any(not t.arabic and t.norm.startswith(name) and len(t.norm) > len(name)
                           for t in other) and not re.search(rf"\b{EN_MONTHS[d.value - 1]}\b",
                                                              other_text)
        out.append(DateName(d.kind, d.value, d.start, d.end, d.text, False, d.alts) if weak else d)
    return out


_EN_TWO = re.compile(r"\b(?:two|both)\b", re.I)
"""الاثنين is also "the two": with "two" or "both" and no Monday in the English, it is."""


def _after_day_word(text: str, start: int) -> bool:
    """يوم الاثنين, صباح الاثنين: the word before makes it a weekday."""
    before = text[:start].split()
    return bool(before) and normalize_arabic(before[-1]) in _AR_BEFORE_DAY


def _spelled_in_latin(d: DateName, other: Sequence, text: str) -> bool:
    """An Arabic month or weekday word that the English spells as a name (نيسان = Nissan), a name
    that no other word of the Arabic ``text`` spells (Morsy is مرسي, not مارس: batch 106)."""
    key = arabic_key(d.text)
    if len(key) < 3:
        return False
    names = {latin for t in other if not t.arabic and t.text[:1].isupper()
             and keys_match(key, latin := latin_key(t.text)) and not english_dates(t.text)}
    # (the Arabic text's other words are read only where a name may be the word's spelling)
    return bool(names) and bool(names - {arabic_key(t.text) for t in tokenize(text) if t.arabic and t.start != d.start})


class DateCheck:
    """Weekday and month names that differ or are missing between the two sides."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        for pair in pairs:
            if not pair.source or not pair.target:
                continue
            src = date_names(pair.source_text, pair.source_lang)
            tgt = date_names(pair.target_text, pair.target_lang)
            if pair.source_lang != pair.target_lang:
                src = _weaken_embedded(src, pair.source_text, pair.source_lang, pair.target_text)
                tgt = _weaken_embedded(tgt, pair.target_text, pair.target_lang, pair.source_text)
            yield from self._side(pair, src, tgt, "source", "target")
            yield from self._side(pair, tgt, src, "target", "source")

    def _side(self, pair: Pair, mine: list[DateName], other: list[DateName], side: str,
              other_side: str) -> Iterable[Issue]:
        other_keys = {k for d in other for k in d.keys()}
        my_keys = {k for d in mine for k in d.keys()}
        # the other side's names that match none of this side's: what may have taken a name's place
        unmatched = [o for o in other if not any(k in my_keys for k in o.keys())]
        for d in mine:
            if not d.strong or any(k in other_keys for k in d.keys()):
                continue
            what = {"w": "weekday", "m": "month", "h": "Hijri month"}[d.kind]
            found = ", ".join(f"'{o.text}'" for o in other if o.kind == d.kind) or "none"
            span = (pair.span(side, d.start, d.end),)
            # those of its kind are spans of the finding too
            instead = tuple(pair.span(other_side, o.start, o.end) for o in unmatched if o.kind == d.kind)
            # confident when the other side names another day/month (even with a word that may
            # be one: الأحد "Sunday"/"anyone" beside "Friday" is Sunday), or this one is part of a
            # written date (digits beside it); a lone name may be a paraphrase: warning
            sure = any(o.kind == d.kind for o in other) or _near_digits(pair.text(side), d.start, d.end)
            yield Issue(CODE, "error" if sure else "warning", pair.alignment, span if side == "source" else instead,
                        span if side == "target" else instead, 0.0,
                        f"{what} '{d.text}' ({_label(d.kind, d.value)}) in the {side} has no "
                        f"match in the {other_side} ({other_side} has {found})")
