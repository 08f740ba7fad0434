"""Check ``entity``: proper names present on one side and absent on the other.

English names are capitalised words that are not sentence-initial, not function words,
titles or common English words. Each is looked up in the Arabic text through the phonetic
key of ``translit`` (بوتين = Putin, الشيباني = al-Shaybani) or, for places and nationalities
whose Arabic name is not a transliteration (دمشق = Damascus, سورية = Syria/Syrian), through a
small gazetteer. Arabic words found in the gazetteer must in turn have their English name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from ..normalize import normalize_arabic
from ..translit import Token, arabic_key, arabic_stems, keys_match, latin_key, tokenize
from .base import CheckContext, Issue, Pair

CODE = "entity"

# (English forms, Arabic forms); Arabic forms are matched after clitic and suffix stripping.
_GAZETTEER_RAW: tuple[tuple[str, str], ...] = (
    ("Syria Syrian Syrians", "سورية سوريا سوري"),
    ("Russia Russian Russians", "روسيا روسي"),
    ("Damascus", "دمشق"),
    ("Moscow", "موسكو"),
    ("Aleppo", "حلب"),
    ("Homs", "حمص"),
    ("Egypt Egyptian Egyptians", "مصر مصري"),
    ("Cairo", "القاهرة قاهرة"),
    ("Iraq Iraqi Iraqis", "العراق عراق عراقي"),
    ("Baghdad", "بغداد"),
    ("Iran Iranian Iranians", "إيران ايران إيراني"),
    ("Tehran", "طهران"),
    ("Lebanon Lebanese", "لبنان لبناني"),
    ("Beirut", "بيروت"),
    ("Jordan Jordanian Jordanians", "الأردن أردن أردني"),
    ("Saudi Arabia Saudis", "السعودية سعودية سعودي"),
    ("Emirates Emirati", "الإمارات إمارات إماراتي"),
    ("Qatar Qatari", "قطر قطري"),
    ("Doha", "الدوحة دوحة"),
    ("Kuwait Kuwaiti", "الكويت كويت كويتي"),
    ("Yemen Yemeni Yemenis", "اليمن يمن يمني"),
    ("Palestine Palestinian Palestinians", "فلسطين فلسطيني"),
    ("Gaza", "غزة"),
    ("Jerusalem", "القدس قدس"),
    ("Israel Israeli Israelis", "إسرائيل اسرائيل إسرائيلي"),
    ("Turkey Turkish Turks Türkiye", "تركيا تركي"),
    ("Ankara", "أنقرة"),
    ("America American Americans States", "أمريكا أميركا أمريكي أميركي الأمريكي"),
    ("Washington", "واشنطن"),
    ("Britain British England English Kingdom", "بريطانيا بريطاني إنجلترا إنكلترا إنجليزي"),
    ("London", "لندن"),
    ("France French", "فرنسا فرنسي"),
    ("Paris", "باريس"),
    ("Germany German Germans", "ألمانيا ألماني"),
    ("Berlin", "برلين"),
    ("China Chinese", "الصين صين صيني"),
    ("Beijing", "بكين"),
    ("Japan Japanese", "اليابان يابان ياباني"),
    ("India Indian Indians", "الهند هند هندي"),
    ("Ukraine Ukrainian Ukrainians", "أوكرانيا أوكراني"),
    ("Kyiv Kiev", "كييف"),
    ("Europe European Europeans", "أوروبا أوروبي"),
    ("Africa African", "أفريقيا إفريقيا أفريقي إفريقي"),
    ("Libya Libyan", "ليبيا ليبي"),
    ("Sudan Sudanese", "السودان سودان سوداني"),
    ("Morocco Moroccan", "المغرب مغربي"),
    ("Algeria Algerian", "الجزائر جزائر جزائري"),
    ("Tunisia Tunisian", "تونس تونسي"),
    ("Spain Spanish", "إسبانيا إسباني"),
    ("Greece Greek", "اليونان يوناني"),
    ("Arab Arabs Arabic", "عربي عرب العربية"),
    ("Sweden Swedish", "السويد سويدي"),
    ("Italy Italian", "إيطاليا إيطالي"),
    ("Canada Canadian", "كندا كندي"),
)


def _ar_suffix_variants(stem: str) -> list[str]:
    out = [stem]
    for suf in ("يون", "يين", "يات", "يه", "ه", "ي"):
        if stem.endswith(suf) and len(stem) - len(suf) >= 2:
            out.append(stem[: -len(suf)])
            if suf.startswith("ي"):
                out.append(stem[: -len(suf)] + "ي")
    return out


def _build_gazetteer() -> tuple[dict[str, int], dict[str, int]]:
    en: dict[str, int] = {}
    ar: dict[str, int] = {}
    for i, (en_forms, ar_forms) in enumerate(_GAZETTEER_RAW):
        for w in en_forms.split():
            en.setdefault(w.lower(), i)
        for w in ar_forms.split():
            for v in _ar_suffix_variants(normalize_arabic(w)):
                ar.setdefault(v, i)
    return en, ar


_GAZ_EN, _GAZ_AR = _build_gazetteer()

_STOP = frozenset("""
a an the and or but nor of in on at to for from by with without as into onto over under about
after before during while when where what which who whom whose why how if then than that this
these those there here it its he she they we i you his her their our my your me him them us
also however both some all many most more other such each every any no not yes one two three
mr mrs ms dr prof sir st mt jr sr mme mlle
president presidents minister ministers ministry foreign defense defence prime king queen prince
princess emir sheikh general major colonel lieutenant captain army agency news council committee
assembly parliament government state states department office university college school
institute association organization organisation union united nations national international
republic kingdom federal federation democratic islamic central bank court supreme security
health world global party front force forces affairs expatriates secretary senator governor mayor
chairman director chief executive officer commander ambassador envoy spokesman spokesperson
deputy vice head leader cabinet congress senate house center centre street road city province
region north south east west northern southern eastern western middle gulf sea ocean river mount
lake island islands airport station hospital church mosque museum company group team club
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday god internet covid coronavirus virus
day today week year month morning evening according said says
""".split())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case common English words (public-domain Webster's 2nd word list)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=True))


_SCIENTIFIC = ("idae", "inae", "ales", "viria", "virus", "aceae", "phobia", "ology")
_SENT_START = re.compile(r"(^|[.!?:;\"“”()\[\]«»\n]|\s-\s)\s*$")


def english_names(text: str) -> list[Token]:
    """Capitalised words of ``text`` that look like proper names."""
    toks = [t for t in tokenize(text) if not t.arabic]
    common = _common_words()
    inside = {t.norm for t in toks if t.text[:1].isupper() and not _SENT_START.search(text[:t.start])}
    names = []
    for t in toks:
        w = t.norm.removesuffix("'s")
        if not t.text[:1].isupper() or w in _STOP or len(w) < 2:
            continue
        if sum(c.isupper() for c in t.text) > 1 and w not in _GAZ_EN:
            continue  # acronyms (WHO, UN) are usually translated, not transliterated
        if _SENT_START.search(text[:t.start]) and t.norm not in inside and w not in _GAZ_EN:
            continue
        if w not in _GAZ_EN and _is_common(w, common):
            continue
        if w.endswith(_SCIENTIFIC):
            continue
        names.append(t)
    if len(names) >= 4 and len(names) * 2 >= len([t for t in toks if len(t.norm) > 3]):
        return [t for t in names if t.norm.removesuffix("'s") in _GAZ_EN]  # a title-case heading
    return names


def _is_common(w: str, common: frozenset[str]) -> bool:
    """A common English word, inflections included (estimates, conditions, using)."""
    if w in common:
        return True
    for suf, add in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                     ("ing", "e"), ("d", ""), ("ly", ""), ("ers", ""), ("er", "")):
        if w.endswith(suf) and w[: -len(suf)] + add in common:
            return True
    return False


def _english_keys(word: str) -> set[str]:
    w = word.lower().removesuffix("'s").removesuffix("’s")
    keys = {latin_key(w)}
    for suf in ("ians", "ian", "ans", "an", "ese", "is", "i", "ish", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            keys.add(latin_key(w[: -len(suf)]))
    return {k for k in keys if k}


def _arabic_index(text: str) -> tuple[set[str], set[str], set[int], list[tuple[Token, int]]]:
    """Phonetic keys of Arabic words, of adjacent word pairs, gazetteer entries found."""
    toks = [t for t in tokenize(text) if t.arabic]
    keys: set[str] = set()
    pair_keys: set[str] = set()
    entries: set[int] = set()
    found: list[tuple[Token, int]] = []
    prev_keys: list[str] = []
    for t in toks:
        stems = arabic_stems(t.norm)
        cur = []
        hit = None
        for st in stems:
            for v in _ar_suffix_variants(st):
                keys.add(arabic_key(v))
                cur.append(arabic_key(v))
                if hit is None and v in _GAZ_AR:
                    hit = _GAZ_AR[v]
        if hit is not None:
            entries.add(hit)
            found.append((t, hit))
        whole = arabic_key(t.norm)
        for pk in prev_keys:
            pair_keys.add(pk + whole)
        prev_keys = cur
    keys.discard("")
    return keys, pair_keys, entries, found


class EntityCheck:
    """Names and places on one side with no counterpart on the other."""

    name = CODE
    arabic_severity = "warning"

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        min_key = int(ctx.thresholds.get("entity_min_key_len", 3))
        issues: list[Issue] = []
        candidates: list[tuple[Pair, str, Token, bool]] = []
        for pair in pairs:
            if not pair.source or not pair.target or {pair.source_lang, pair.target_lang} != {"ar", "en"}:
                continue
            ar_side = "source" if pair.source_lang == "ar" else "target"
            en_side = "target" if ar_side == "source" else "source"
            issues.extend(self._pair(pair, ar_side, en_side, min_key, candidates))
        if ctx.embedder is not None and candidates:
            issues = self._weigh_with_embeddings(issues, candidates, ctx)
        return issues

    @staticmethod
    def _weigh_with_embeddings(issues: list[Issue], candidates: list[tuple[Pair, str, Token, bool]],
                               ctx: CheckContext) -> list[Issue]:
        """Re-grade English names without a counterpart by what they add to the pair's similarity.

        A faithful name the matcher missed (another spelling, a translated place name) makes the
        pair *more* similar; a swapped name does not. ``gain`` = sim(other side, text without the
        name) - sim(other side, text): an error needs gain above ``entity_gain_error`` (and, for
        names without other evidence, above ``entity_gain_strong``).
        """
        gain_error = float(ctx.thresholds.get("entity_gain_error", -0.006))
        gain_strong = float(ctx.thresholds.get("entity_gain_strong", 0.03))
        texts: list[str] = []
        for pair, side, t, _ in candidates:
            own, other = pair.text(side), pair.text("source" if side == "target" else "target")
            texts += [other, own, (own[:t.start] + own[t.end:]).replace("  ", " ")]
        vectors = ctx.embedder.encode(texts).reshape(len(candidates), 3, -1)
        grade: dict[tuple[int, tuple[int, int]], str] = {}
        for (pair, side, t, confident), (other, own, without) in zip(candidates, vectors):
            gain = float(other @ without - other @ own)
            ok = gain > gain_error and (confident or gain > gain_strong)
            grade[(pair.alignment, pair.span(side, t.start, t.end))] = "error" if ok else "warning"
        out = []
        for issue in issues:
            span = (issue.source_spans or issue.target_spans)[0]
            severity = grade.get((issue.alignment, span), issue.severity)
            out.append(issue if severity == issue.severity else Issue(
                issue.code, severity, issue.alignment, issue.source_spans, issue.target_spans, issue.score, issue.message))
        return out

    def _pair(self, pair: Pair, ar_side: str, en_side: str, min_key: int,
              candidates: list[tuple[Pair, str, Token, bool]]) -> Iterable[Issue]:
        ar_text, en_text = pair.text(ar_side), pair.text(en_side)
        ar_keys, ar_pair_keys, ar_entries, ar_found = _arabic_index(ar_text)
        names = english_names(en_text)
        en_entries: set[int] = set()
        en_all_keys: set[str] = set()
        for t in tokenize(en_text):
            if not t.arabic:
                w = t.norm.removesuffix("'s")
                if w in _GAZ_EN:
                    en_entries.add(_GAZ_EN[w])
                if t.text[:1].isupper():
                    en_all_keys |= _english_keys(t.norm)
        reported: set[str] = set()
        unmatched: list[Token] = []
        matched_names = 0
        for t in names:
            w = t.norm.removesuffix("'s")
            if w in _GAZ_EN and _GAZ_EN[w] in ar_entries:
                matched_names += 1
                continue
            keys = _english_keys(t.norm)
            if max((len(k) for k in keys), default=0) < min_key and w not in _GAZ_EN:
                continue
            if any(keys_match(k, a) for k in keys for a in ar_keys) or any(len(k) >= 4 and k in ar_pair_keys for k in keys):
                matched_names += 1
                continue
            if w not in reported:
                reported.add(w)
                unmatched.append(t)
        arabic_unmatched = [(t, e) for t, e in ar_found if e not in en_entries]
        for t in unmatched:
            # confident when the name is a known place, when a known place on the other side went
            # unmatched (a swap), or when other names of this pair were transliterated and matched
            w = t.norm.removesuffix("'s")
            confident = w in _GAZ_EN or bool(arabic_unmatched) or matched_names > 0
            yield self._issue(pair, en_side, t, f"name '{t.text}' in the {en_side} has no "
                              f"counterpart in the {ar_side}", "error" if confident else "warning")
            candidates.append((pair, en_side, t, confident))
        for t, entry in ar_found:
            if entry in en_entries:
                continue
            keys = {arabic_key(s) for s in arabic_stems(t.norm)}
            if any(keys_match(k, e) for k in keys for e in en_all_keys):
                continue
            if t.norm in reported:
                continue
            reported.add(t.norm)
            english = _GAZETTEER_RAW[entry][0].split()[0]
            yield self._issue(pair, ar_side, t, f"name '{t.text}' ({english}) in the {ar_side} "
                              f"has no counterpart in the {en_side}", self.arabic_severity)

    @staticmethod
    def _issue(pair: Pair, side: str, t: Token, message: str, severity: str = "error") -> Issue:
        span = (pair.span(side, t.start, t.end),)
        return Issue(CODE, severity, pair.alignment, span if side == "source" else (),
                     span if side == "target" else (), 0.0, message)
