"""Check ``negation``: a negated statement on one side must be negated on the other.

Cues are *strong* (لا، لم، لن، ليس، عدم، رفض، بدون / not, n't, no, never, without, refuse,
reject, deny, fail to ...) or *weak* (words that may carry the negation in a faithful
translation without being a clear cue: غير، دون، إلا / un-, non-, -less, lack, against, only
..., and fixed phrases whose negation is not meant: لا سيما "especially", لا يزال "still",
"not only"). A finding is raised when one side has a strong cue and the other side has no
cue at all; when both have strong cues whose counts differ by an odd number, an ``info``
finding is raised (``negation_parity_severity`` can raise it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..normalize import normalize_arabic
from ..translit import Token, tokenize
from .base import CheckContext, Issue, Pair

CODE = "negation"


@dataclass(frozen=True)
class Cue:
    """A negation cue: offsets in the text, the surface words, strong or weak."""

    start: int
    end: int
    text: str
    strong: bool


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize_arabic(w) for w in words.split())


_AR_STRONG = _n("لا لم لن ليس ليست لست لسنا لستم ليسوا ليسا لسن بلا عدم بعدم لعدم "
                "بدون رفض يرفض ترفض نرفض أرفض رفضت رفضوا رفضه رفضها رفضهم رافض رافضة الرافض "
                "الرافضة رافضا يرفضون ترفضان رفضا الرفض برفض ورفض "
                "لمْ لنْ")
_AR_WEAK = _n("أبدا أبداً غير دون ما إلا سوى فقط منع يمنع تمنع امتنع يمتنع تجنب يتجنب ضد حظر يحظر خال خالية "
              "خالي انعدام غياب نقص مستحيل عاجز كلا توقف يتوقف حال بغض لولا إنما ممنوع "
              "فشل فشلت يفشل تفشل الفشل عجز عجزت يعجز تعجز تعذر يتعذر حرم حرمان يحرم")
# phrases where a strong cue does not negate the statement: treated as weak
_AR_IDIOMS = tuple(tuple(normalize_arabic(w) for w in p.split()) for p in (
    "لا سيما", "لا سيّما", "لاسيما", "لا بد", "لابد", "لا يزال", "لا تزال", "لا زال",
    "لا زالت", "لا يزالون", "لا تزالان", "لا شك", "لا ريب", "لا سيما أن", "لا أقل",
    "لا يقتصر", "لم يقتصر", "لا تقتصر", "لم تقتصر", "ليس فقط", "ليس فحسب", "لا فقط"))

_EN_STRONG = re.compile(
    r"\b(not|no|never|without|none|nobody|nothing|neither|nor|nowhere|cannot|"
    r"refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ying|ial)|"
    r"fail(?:s|ed|ing|ure)?\s+to|[a-z]+n['’]t)\b", re.I)
_EN_WEAK = re.compile(
    r"\b(un[a-z]{3,}|non-?[a-z]{3,}|[a-z]{3,}less|lack(?:s|ed|ing)?|absen(?:ce|t)|against|"
    r"except|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|"
    r"ban(?:s|ned)?|hardly|barely|rarely|seldom|ignor(?:e|es|ed|ing)|"
    r"exclud(?:e|es|ed|ing)|refrain(?:s|ed)?|oppos(?:e|es|ed|ing|ition)|halt(?:s|ed)?|"
    r"ceas(?:e|es|ed)|impossible|illegal|inability|incapable|insufficient|inadequate|"
    r"invalid|incomplete|irrelevant|dis[a-z]{4,}|unable|far from|"
    r"neither|unless|other than|fail(?:s|ed|ing|ure)?|"
    r"declin(?:e|es|ed|ing)|sans|sub[a-z]{4,}|miss(?:ing|ed)?|poorly|a(?:symptomatic|gnostic))\b", re.I)
_EN_IDIOMS = re.compile(
    r"\b(not only|no doubt|not least|no matter|nothing but|no sooner|not to mention|"
    r"whether or not|no\.\s*\d|if not|not long)\b", re.I)


_ILLA = _n("إلا الا سوى")


def arabic_cues(text: str) -> list[Cue]:
    """Negation cues of an Arabic text (clitic و/ف/ب/ل stripped from the cue word)."""
    toks = tokenize(text)
    norms = [_strip_conj(t) for t in toks]
    cues: list[Cue] = []
    skip_until = -1
    for i, t in enumerate(toks):
        if i <= skip_until:
            continue
        idiom = next((p for p in _AR_IDIOMS if tuple(norms[i:i + len(p)]) == p), None)
        if idiom:
            j = i + len(idiom) - 1
            cues.append(Cue(t.start, toks[j].end, text[t.start:toks[j].end], False))
            skip_until = j
            continue
        slash = text[max(0, t.start - 1):t.start] == "/" or text[t.end:t.end + 1] == "/"
        if norms[i] in _AR_STRONG and not slash:  # نعم/لا = yes/no
            cues.append(Cue(t.start, t.end, t.text, True))
        elif norms[i] in _AR_WEAK:
            cues.append(Cue(t.start, t.end, t.text, False))
    # لا/لم/ما ... إلا = "only": an exception, not a negation
    illa = [t.start for t, n in zip(toks, norms) if n in _ILLA]
    out = []
    for c in cues:
        if c.strong and any(0 < s - c.end <= 60 for s in illa):
            c = Cue(c.start, c.end, c.text, False)
        out.append(c)
    return out


def _strip_conj(tok: Token) -> str:
    w = tok.norm
    if w in _AR_STRONG or w in _AR_WEAK:
        return w
    for p in ("و", "ف", "ل", "ب", "ال", "وال", "لل", "بال", "ول", "وب"):
        if w.startswith(p) and len(w) - len(p) >= 2 and (w[len(p):] in _AR_STRONG
                                                         or w[len(p):] in _AR_WEAK):
            return w[len(p):]
    return w


def english_cues(text: str) -> list[Cue]:
    """Negation cues of an English text (idioms like "not only" count as weak)."""
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []
    for m in _EN_IDIOMS.finditer(text):
        cues.append(Cue(m.start(), m.end(), m.group(), False))
        taken.append((m.start(), m.end()))

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _EN_STRONG.finditer(text):
        if free(m.start(), m.end()):
            cues.append(Cue(m.start(), m.end(), m.group(), True))
            taken.append((m.start(), m.end()))
    for m in _EN_WEAK.finditer(text):
        if free(m.start(), m.end()):
            cues.append(Cue(m.start(), m.end(), m.group(), False))
    cues.sort(key=lambda c: (c.start, c.end))
    return cues


def negation_cues(text: str, lang: str) -> list[Cue]:
    """Cues of ``text`` in language ``lang`` ("ar" or "en")."""
    return arabic_cues(text) if lang == "ar" else english_cues(text)


class NegationCheck:
    """Polarity: a negation on one side with no counterpart on the other."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        parity_sev = {0: "info", 1: "warning", 2: "error"}.get(
            int(ctx.thresholds.get("negation_parity_severity", 0)), "info")
        for pair in pairs:
            if not pair.source or not pair.target:
                continue
            src = negation_cues(pair.source_text, pair.source_lang)
            tgt = negation_cues(pair.target_text, pair.target_lang)
            s_strong = [c for c in src if c.strong]
            t_strong = [c for c in tgt if c.strong]
            if s_strong and not tgt:
                yield Issue(CODE, "error", pair.alignment,
                            tuple(pair.source_span(c.start, c.end) for c in s_strong), (), 0.0,
                            f"the source is negated ({_quote(s_strong)}) but the target has no "
                            f"negation")
            elif t_strong and not src:
                yield Issue(CODE, "error", pair.alignment, (),
                            tuple(pair.target_span(c.start, c.end) for c in t_strong), 0.0,
                            f"the target is negated ({_quote(t_strong)}) but the source has no "
                            f"negation")
            elif s_strong and t_strong and (len(s_strong) - len(t_strong)) % 2 \
                    and len(src) != len(tgt):
                yield Issue(CODE, parity_sev, pair.alignment,
                            tuple(pair.source_span(c.start, c.end) for c in s_strong),
                            tuple(pair.target_span(c.start, c.end) for c in t_strong), 0.5,
                            f"negation counts differ: source {len(s_strong)} "
                            f"({_quote(s_strong)}), target {len(t_strong)} ({_quote(t_strong)})")


def _quote(cues: Sequence[Cue]) -> str:
    return ", ".join(f"'{c.text}'" for c in cues)
