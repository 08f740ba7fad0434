"""Check ``negation``: a negated statement on one side must be negated on the other.

Cues are *strong* (لا، لم، لن، ليس، عدم، بدون، مش، مفيش، ما...ش / not, n't, no, never,
without, cannot, refuse, reject, deny, fail to ...) or *weak* (words that may carry the
negation in a faithful translation without being a clear cue: غير، دون، ما، إلا، منع / un-,
non-, -less, lack, absence, prevent, stop, ban, only ..., and fixed phrases whose negation is
not meant: لا سيما "especially", لا يزال "still", على سبيل المثال لا الحصر, أم لا "or not",
"not only", "no doubt", "not limited to").

Polarity is compared by counts of strong cues: when one side has more, each of its strong cues
is a candidate for a negation the other side does not have. Weak cues on the lighter side may
carry it (غير مصاب = "not infected"), so counts alone are not proof; a weak cue that a plain word
of the other side renders (a shortage = العجز, "less than" = أقل: ``_RENDERINGS``) carries none.
The run's embedder decides: for every candidate cue, the similarity of the other side with this
side *without the cue* is compared with the similarity of the intact pair. A faithful negation,
once removed, makes the pair less similar; an inserted (or unmatched) one, once removed, makes it
more similar. All such variants of all pairs are encoded in one batch. Profile keys:
``negation_error_gain`` / ``negation_warning_gain`` (the similarity gain needed when the
lighter side has no cue at all), ``negation_absorbed_error_gain`` /
``negation_absorbed_warning_gain`` (when its weak cues might carry the negation) and
``negation_balanced_error_gain`` (counts equal, yet removing a cue makes the pair clearly more
similar). Where counts agree or weak cues might carry the negation, position decides too: a cue
whose clause matches a clause of the other side without any negation better, by
``negation_unplaced_margin``, than every clause there with one (``_displacements``) is an error
when removing it raises the similarity at all (``negation_unplaced_error_gain``). Clauses matched
this way on 4,637 faithful dev sentences and 1,799 dev paragraphs of 2-4 sentences raised one
more error each, and caught 22 of 2,526 and 21 of 1,347 more negation flips. The gains are set
by hand on the dev sets (profile v6: absorbed and balanced errors need a gain of 0.06, which took
the clean errors on all 1,969 dev pairs from 8 to 5, with the same 535 of 600 negation flips
caught). Without an embedder (unit tests, ``--no-embed``), only
the clear case (a strong cue on one side, no cue at all on the other) is reported, as an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..embed import encode_parts
from ..normalize import normalize_arabic, strip_diacritics
from ..translit import Token, arabic_stems, name_key_arabic, name_key_latin, tokenize
from .base import CheckContext, Issue, Pair, sentence_pairs, similarity_gains
from .coverage import split_clauses
from .entities import best_writers, definite_noun
from .numbers import NumberMention, extract_numbers

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


def _n_phrases(*phrases: str) -> frozenset[str]:
    return frozenset(" ".join(normalize_arabic(w) for w in p.split()) for p in phrases)


def _n_word_tuples(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Each of ``phrases`` as the tuple of its normalised words (how idioms are matched)."""
    return frozenset(tuple(normalize_arabic(w) for w in p.split()) for p in phrases)


_AR_REFUSING_IT = ("ترفضه ترفضها ترفضهم يرفضه يرفضها يرفضهم نرفضه نرفضها أرفضه رفضته رفضتها رفضتهم رفضوه رفضوها "
                   "يرفضونه يرفضونها ترفضونه")
"""رفض with an object pronoun (وهو ما ترفضه القيادة = "which the leadership rejects")."""
_AR_STRONG = _n(f"لا لم لن ليس ليست لست لسنا لستم ليسوا ليسا لسن بلا عدم بعدم لعدم وعدم {_AR_REFUSING_IT} "
                "بدون وبدون رفض يرفض ترفض نرفض أرفض رفضت رفضوا رفضه رفضها رفضهم رافض رافضة رافضين رافضون رافضات "
                "الرافض الرافضة رافضا يرفضون ترفضان رفضا برفض ورفض رفضن يرفضن يرفضوا ترفضوا يرفضا ترفضا "
                "لمْ لنْ "
                # Egyptian / Levantine: مش، مفيش، محدش، بلاش، مكانش ...
                "مش مو مفيش مافيش مفيش محدش ماحدش مكانش ماكانش مكنش ماكنش بلاش مابقاش مبقاش")
_AR_WARNED = "حذر يحذر تحذر حذرت حذروا"
_AR_CARRYING_WORDS = (f"فشله فشلها فشلهم بريء بريئا بريئة براءة {_AR_WARNED} حذرا حذرين احذر احذروا "
                      "احذري إياك إياكم إياكما")
"""Weak cues that may carry a negation of the other side: his failure to (فشله), innocent (بريء =
not guilty), warned ... from (حذّره من = warned him not to), beware of (كن حذرًا من، احذر من = be
careful you won't, make sure not to), إياك أن (don't you dare)."""
_AR_FAILING = ("فشل فشلت يفشل تفشل الفشل أخفق أخفقت يخفق تخفق إخفاق أخلف يخلف تخلف أخلفت "
               "يتخلف تتخلف يتخلفون تخلفت تخلفوا")
"""Failing (and أخلف بـ, "failed to keep" a promise; تخلّف عن الدفع, "failed to pay"): weak cues, the
rendering of "failed to"."""
_AR_SHORTCOMING = "تقصير التقصير بتقصير بالتقصير وتقصير لتقصير تقصيره تقصيرها تقصيرهم"
"""A shortcoming, تقصير: a weak cue that renders "a failure to" (تقصير في أداء الواجب = "a failure to
do one's duty", batch 89) but carries no other negation ("acknowledged the shortcomings")."""
_AR_DENYING_IT = ("نفاه نفاها نفاهم نفته نفتها نفتهم نفوه نفوها ينفيه ينفيها تنفيه تنفيها "
                  "ينفه ينفها ينفهم تنفه تنفها ينفوه ينفوها")
"""نفى with an object pronoun (وهو ما نفاه الوزير = "which the minister denied"; the jussive after
لم: وهو ما لم ينفه = "did not deny this")."""
_AR_NAFA = "نفى ينفي نفت تنفي نافيا نافية"
_AR_ANKARA = "أنكر ينكر تنكر أنكرت أنكروا ينكرون ينكروا"
"""أنكر, "denied" (أنكر المتهمون ما نُسب إليهم = "the defendants denied the charges", batches 76 and 80)."""
_AR_DENYING = f"{_AR_NAFA} {_AR_DENYING_IT} {_AR_ANKARA} إنكار"
_AR_DEPRIVED = "حرم يحرم تحرم ستحرم سيحرم حرمت حرموا يحرمون تحرمون ستحرمون سيحرمون يحرموا تحرموا يحرما تحرما"
"""حُرم من = "was denied", "will be denied" (ستُحرم; after لن, يُحرَموا: batch 123, where "denied" had balanced a
dropped لن): a weak cue, and the rendering of "denied"."""
_AR_DEPRIVING = f"{_AR_DEPRIVED} حرمان بحرمان وحرمان"
"""The verbs and the noun (حرمان "deprivation"): weak cues that may carry a negation."""
_AR_UNABLE = "عاجز عاجزة عاجزون عاجزين عاجزا عجز عجزت عجزوا يعجز تعجز يعجزون يعجزن نعجز أعجز عجزه عجزها عجزهم"
"""عاجز عن، عجز عن = "unable to": weak cues, and the rendering of "unable"."""
_DEFICIT = normalize_arabic("عجز")
"""With the article, عجز is a noun, the deficit or the disability (العجز المالي, بالعجز), no "unable"."""
_AR_FREE_OF = "خلو خلوه خلوها خلوهم يخلو تخلو يخل تخل يخلوا انقطاع انقطع انقطعت انقطعوا ينقطع تنقطع"
"""خلوّه من = "free of", لم يخلُ من = "not without", انقطاع التيار = (left) "without power", انقطعوا عن
العلاج = "had gone without treatment": weak cues that may carry "free of" or "without"."""
_AR_EMPTY_OF = _n("خلو خلوه خلوها خلوهم خلت خلا خلتا يخلو تخلو")
_EMPTY_OF_ANY = re.compile(r"(?:\s+[\u0621-\u0652]+){0,3}?\s+من\s+(?:أي|أية|اي|اية)(?![\u0621-\u064A])")
"""خلت من أي دليل = "contained no evidence", خلو بعض العينات من أي مادة = "some samples contained no
substance" (batch 79): a strong cue where أي ("any") follows its من, up to three words on; without
أي (خلوه من الأمراض = "free of disease") a weak one, and no cue after a negation (لم يخلُ من أي =
"was not free of any")."""
_AR_REFRAINING = "امتنع يمتنع تمتنع امتنعت امتنعوا يمتنعون تمتنعون يمتنعوا تمتنعوا نمتنع أمتنع ممتنع ممتنعة ممتنعا ممتنعين"
"""امتنع عن = "refrained from", "refused to", "declined to" (قبل أن تمتنع عن تنفيذ طلبات السحب = "before
refusing to process withdrawal requests", batch 66): weak cues that may carry a negation."""
_AR_DENYING_MORE = "ينف تنف نفوا ينفون نفي نفيه نفيها"
"""Forms of نفى (denied) that are weak cues but may carry no negation of the other side."""
_AR_DENIAL_WORDS = _n(f"{_AR_DENYING} {_AR_DENYING_MORE}")
"""Every form of نفى and أنكر (denied), normalised."""
_AR_WEAK = _n("أبدا أبداً قط غير دون ما إلا سوى فقط منع يمنع تمنع تجنب يتجنب ضد "
              "حظر يحظر خال خالية خالي انعدام غياب نقص مستحيل كلا توقف يتوقف حال بغض "
              "لولا إنما ممنوع تعذر يتعذر "
              "الرفض رفض افتقار يفتقر تفتقر يفتقرون افتقر افتقرت امتناع امتناعه امتناعها "
              "مرفوض مرفوضا مرفوضة مرفوضين "
              "باستثناء استثناء عدا خلا " + " ".join((_AR_FAILING, _AR_SHORTCOMING, _AR_DENYING, _AR_DENYING_MORE,
                                                      _AR_DEPRIVING, _AR_CARRYING_WORDS, _AR_UNABLE, _AR_FREE_OF,
                                                      _AR_REFRAINING)))
_AR_CONTENT_WITH = tuple(f"{neg} {verb}" for neg, verbs in (
    ("لا", "يكتفي تكتفي نكتفي أكتفي يكتفون تكتفون"), ("لن", "يكتفي تكتفي نكتفي أكتفي يكتفوا تكتفوا"),
    ("لم", "يكتف تكتف نكتف أكتف يكتفوا تكتفوا")) for verb in verbs.split())
"""A negated اكتفى, "be content with", before a "but" (``_BUT_LATER``): لن تكتفي بانتظار المرضى، بل =
"would not simply wait for patients but", a "not only" (weak in English), or "would not be content
with waiting ... but", a negation the idiom carries (``_AR_ABSORB_IDIOMS``)."""
_CONTENT_WITH = _n_word_tuples(_AR_CONTENT_WITH)
_AR_BUT = r"(?:و?بل|و?لكن|وإنما|إنما)(?![\u0621-\u064A])"
"""An Arabic "but" (بل, لكن, إنما), a word of its own."""
_BUT_LATER = re.compile(rf"[^.!?؟\n]*?(?<![\u0621-\u064A]){_AR_BUT}")
"""A "but" later in the sentence: a negated اكتفى before one is a "not only" (an idiom); else it
negates its verb."""
_AR_UNDER_AGE = tuple(f"لم {verb}" for verb in "يكمل تكمل يكملوا يكملن يتم تتم يتموا يبلغ تبلغ يبلغوا يبلغن".split())
"""لم يكملوا السادسة عشرة من عمرهم = "under the age of 16" (batch 91): an idiom only before an age
(``_AGE_AHEAD``); لم يتم تسجيل = "was not recorded" negates."""
_AGE_AHEAD = re.compile(r"\s+(?:(?:ال)?سن(?![\u0621-\u064A])|(?:\S+\s+){1,3}?(?:من\s+(?:ال)?عمر|عاما|عاماً|سنة|سنوات|أعوام))")
_AR_WITHOUT_DELAY = ("دون تأخير", "بدون تأخير", "من دون تأخير", "بلا تأخير", "دون إبطاء", "بلا إبطاء")
# phrases where a strong cue does not negate the statement: treated as weak
_AR_IDIOMS = tuple(sorted((tuple(normalize_arabic(w) for w in p.split()) for p in (
    "لا سيما", "لا سيّما", "لاسيما", "ولا سيما", "لا بد", "لابد", "لا يزال", "لا تزال",
    "لا زال", "لا زالت", "لا يزالون", "لا تزالان", "ما زال", "ما زالت", "ما يزال", "ما تزال",
    "لا يزلن", "لا زلن", "ما زلن", "ما يزلن", "لا يزالان", "ما زالا", "ما زلنا", "لا نزال", "ما نزال",
    "ما زالوا", "مازال", "مازالت", "بلا حدود", "لا شك", "لا ريب", "من دون شك", "بدون شك", "دون شك", "بلا شك", "لا سيما أن", "لا أقل", "لا يقتصر",
    "لم يقتصر", "لا تقتصر", "لم تقتصر", "ليس فقط", "ليس فحسب", "لا فقط", "لا الحصر",
    # ليس مجرد = "not just", "more than"; لا مجرد = "not just" after its noun (توجيه عملي لا مجرد تحذيرات)
    "ليس مجرد", "ليست مجرد", "ليسوا مجرد", "ليسا مجرد", "لا مجرد", "لم يكن مجرد", "لم تكن مجرد", "لم يكونوا مجرد",
    "لن يكون مجرد", "لن تكون مجرد",
    # لن تكتفي ب ... بل = "will not merely (only, simply) ... but"; "would not stop at"
    *_AR_CONTENT_WITH,
    "أم لا", "ام لا", "أو لا", "ولا لأ", "ولا لا", "ولا إيه", "ولا ايه", "ما لم", "إن لم", "لا غير", "لا أكثر", "لا أحد غير",
    "ما لا يقل", "لا يقل", "لا تقل", "لا يقلون", "ألا يقل", "ألا تقل", "ألا يقلوا", "لن يقل", "لن تقل", "لن يقلوا",
    # لم يتوقف عن = "kept on"
    "لم يتوقف", "لم تتوقف", "لم يتوقفوا", "لم يكف", "لم تكف", "لم يكفوا", "لا تتردد", "لا تترددوا", "لا تترددي",
    # لا يرقى إلى = "falls short of"
    "لا يرقى", "لا ترقى", "لم يرق", "لم ترق",
    "لا مثيل", "لا محالة", "لا سيما وأن", "لا بأس",
    # "beyond (any) doubt", "conclusively" (batch 88): لا يقبل الشك، لا يدع مجالاً للشك (and لا يرقى إليه
    # الشك, a لا يرقى above)
    "لا يقبل الشك", "لا يقبل أي شك", "لا تقبل الشك", "لا يدع مجالا للشك", "لا تدع مجالا للشك",
    # لمّ الشمل "reunion"; ليس أقلها "not least"; fixed phrases rendered by a positive word
    # (integral, considerable, countless, inevitably, infinite, undeniable; لا تعد ولا تحصى as
    # "لا تعد لا تحصى", since the conjunction is stripped: لا تُعد alone is "is not considered")
    "لم شمل", "لم الشمل", "ليس أقلها", "ليس أقل", "ليس آخرا", "لا يتجزأ", "لا تتجزأ", "لا يستهان",
    "لا يحصى", "لا تحصى", "لا يعد لا يحصى", "لا تعد لا تحصى", "لا مفر", "لا نهائي", "لا نهائية", "ما لا نهاية", "لا يمكن إنكاره",
    "لا غنى", "لا يقهر", "لا تقهر", "لا يصدق", "لا تصدق",
    # meaningless, useless, pointless, futile (an English -less word, weak too)
    "لا معنى", "لا جدوى", "لا فائدة", "لا طائل",
    # "without a break", "non-stop", "relentlessly" (متواصلة, weak in English too: _UNBROKEN)
    "دون توقف", "بدون توقف", "من دون توقف", "بلا توقف", "دون انقطاع", "بدون انقطاع", "من دون انقطاع",
    "بلا انقطاع", "دون هوادة", "بلا هوادة", "دون كلل", "بلا كلل",
    # "without delay", "promptly" (weak in English too, batch 90; not before a غير: دون تأخير غير مبرر =
    # "without unjustified delay")
    *_AR_WITHOUT_DELAY, *_AR_UNDER_AGE,
    # "before long", "soon": لم يمض وقت طويل حتى، لم يلبث أن
    "لم يمض وقت طويل", "لم يمض طويلا", "لم يلبث", "لم تلبث", "لم يلبثوا", "لا يقدر بثمن", "لا تقدر بثمن",
    # a court's formula: قضت بعدم سماع الدعوى = "acquitted", "dismissed the case" (Tunisia; batches 73, 75)
    "عدم سماع الدعوى", "بعدم سماع الدعوى",
    # organisations: أطباء بلا حدود = Doctors Without Borders (Médecins Sans Frontières)
    "أطباء بلا حدود", "مراسلون بلا حدود", "مراسلين بلا حدود", "مهندسون بلا حدود",
    # tag questions: أليس كذلك = isn't it, don't you ...
    "أليس كذلك", "اليس كذلك", "أليست كذلك", "ألست كذلك", "ألستم كذلك", "أليسوا كذلك")),
    key=lambda p: -len(p)))
_WITHOUT_DELAY = _n_word_tuples(_AR_WITHOUT_DELAY)
_UNDER_AGE = _n_word_tuples(_AR_UNDER_AGE)
_BELIEVE = _n_word_tuples(("لا يصدق", "لا تصدق"))
_BELIEVED = _n("تلك ذلك هؤلاء أن ان ما بها به بأن كلام الشائعات الأقاويل الادعاءات المزاعم الرواية")
"""What follows لا يصدق، لا تصدق when it is a verb, "does not believe" (its object), not "unbelievable" (not هذا:
أرباحا لا تصدق هذا العام, "unbelievable profits this year")."""
_AR_IDIOMS_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _rank, _idiom in enumerate(_AR_IDIOMS):  # (rank, idiom) by first word: longest idioms first
    _AR_IDIOMS_BY_FIRST.setdefault(_idiom[0], []).append((_rank, _idiom))

_EN_STRONG = re.compile(
    r"\b(not|no|never|without|none|nobody|nothing|neither|nowhere|cannot|"
    r"refus(?:e|es|ed|ing|als?)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ying|ial)|"
    r"fail(?:s|ed|ing|ure)?\s+to|yet\s+to|unable|[a-z]+n['’]t|"
    r"nor(?=\s+(?:will|would|shall|should|can|could|may|might|must|do|does|did|is|are|was|were|has|have|had)\b))\b",
    re.I)
"""(A "nor" before its verb, "Nor will it require", negates a clause of its own, كما لن تشترط; elsewhere
it joins a negation's second item, a weak cue.)"""
_NOT_UN = ("der|til|it|ion|iver|iq|iform|ify|ifi|ilateral|isex|ison|less|cles?\\b|anim|fortunat|employ|"
           "veil|cover|lock|fold|earth|leash|load|pack|wind|roll|tie|zip|plug|block|wrap|mask")
"""What follows un- in words that negate nothing: under-, until, unit, union, uncle, unanimous,
unified (موحدة), unilateral (من طرف واحد, batch 96), unisex, unison, unfortunate (مؤسف), unemployment (البطالة), and reversative verbs (unveil, uncover,
unlock: كشف، فتح)."""
_QUANTITY = (r"\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[$€£]?\d|(?:a|an|half|one|two|three|four|"
             r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b)")
"""What follows "up to" as a bound (up to 30, up to a year); "woke me up to tell" is none."""
_EN_WEAK = re.compile(
    rf"\b(un(?!{_NOT_UN})[a-z]{{3,}}|non-?[a-z]{{3,}}|"
    r"(?!bless|unless)[a-z]{3,}less|lack(?:s|ed|ing)?|shortages?|scarcity|absen(?:ce|t)|against|"
    r"except|(?<!\bbus )(?<!\bnew )(?<!\bof )(?<!\bthe )(?<!\btwo )(?<!\bthree )(?<!\bpit )(?<!\btruck )"
    r"stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|"
    r"banned|(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bits )(?<!\btheir )bans?|hardly|barely|rarely|seldom|ignor(?:e|es|ed|ing)|"
    r"exclud(?:e|es|ed|ing)|exclusion|refrain(?:s|ed|ing)?|oppos(?:e|es|ed|ing|ition)|halt(?:s|ed)?|"
    r"ceas(?:e|es|ed)|barr(?:ed|ing)|dismiss(?:es|ed|ing)?|turn(?:s|ed|ing)?\s+(?:down|away)|"
    r"impossible|illegal|inability|incapable|insufficient|inadequate|"
    r"invalid|incomplete|irrelevant|in(?:active|correct|accurate|appropriate|effective|differen[a-z]*)|"
    r"in(?:efficien|competen|stabilit|secur|justice|equalit|toleran|credibl|conceivabl|evitabl|dispensabl|compatib|"
    r"consisten|curab|eligib|accessib|visib|"
    r"vincibl|divisibl|numerabl|finite)[a-z]*|im(?:balance|maturity|patien|punity|proper|precis|probab)[a-z]*|"
    r"ir(?:regular|responsib|reversib|rational|replaceab|reparab)[a-z]*|il(?:legitima|litera|logical)[a-z]*|"
    r"dis(?:agree|like|honest|appear|approv|continu|allow|regard|qualif|able|trust|comfort|advantag|satisf|obe|belie|respect|"
    r"proportion)[a-z]*|out\s+of\s+(?:proportion|keeping|step|line)|incommensurate|"
    r"sub-?standard|reluctan(?:ce|t|tly)|"
    r"far from(?!\s+(?:(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|home|where|here|there)\b"
    r"(?!\s+truth)|(?-i:[A-Z0-9])|[a-z]*(?:ies|[^su]s)\b))|unless|other than|fail(?:s|ed|ing|ure)?|(?<!-)only|instead(?=\s+of\b)|rather than|f[ae]ll(?:s|ing|en)?\s+short|"
    r"go(?:es|ing)?\s+beyond|more\s+than\s+(?:just|merely|simply)|"
    rf"(?<!\ba )(?<!\bthe )(?<!\bany )declin(?:e|es|ed|ing)(?!\s+(?:in|of|by|from|since|sharply|steadily|significantly|"
    r"slightly|further|gradually|dramatically|markedly|considerably|substantially|rapidly|during|amid|compared)\b|"
    rf"\s+to{_QUANTITY})|sans|miss(?:ing|ed)?|poorly|deni(?:ed|al)|"
    r"a(?:symptomatic|gnostic|typical|sexual)|anonym[a-z]*|nor|[a-z]+-free|devoid|(?<!\ba )(?:little|few)|less than|free of|"
    rf"too\s+[a-z]+\s+to|or\s+(?:younger|less|fewer|lower)|or\s+(?:under|below)(?!\s+(?:the|a|an|its|their|his|her)\b)|"
    rf"at\s+most|up\s+to(?={_QUANTITY})|(?:ceiling|cap|maximum|limit)\s+of(?={_QUANTITY})|"
    rf"capped\s+at(?={_QUANTITY}))\b", re.I)
"""(A bound renders a لا يتجاوز: سقفًا ... لا يتجاوز 75 ألف دينار = "a ceiling of 75,000 dinars", batch 141.
"far from" a place, "far from cities", is a distance, no cue: only "far from over", "far from
the truth" are; "instead" as an adverb, "will instead have to repeat the year", renders the contrast,
no negation: only "instead of" is a cue, batch 116; "or under the supervision of" is a preposition, no bound like "aged five or under";
"prescription-only" restricts nothing the Arabic negates.)"""
_LITOTES = rf"not\s+un(?!{_NOT_UN})[a-z]{{3,}}"
"""'not uncommon', 'not unlike': a negated negative, i.e. no negation of its own (weak: it may
render one of the other side, ليس من غير المألوف)."""
_TAG_WORDS = (r"(?:is|are|was|were|do|does|did|have|has|had|will|would|can|could|should|must)n['’]t\s+"
              r"(?:it|he|she|they|you|we|i|there|that|this)")
_TAG = _TAG_WORDS + r"(?=\s*[?؟])"
"""A tag question ("..., isn't it?"): it asks, it does not deny (أليس كذلك)."""
_COMPARATIVE = (r"no\s+(?:more|less|fewer|later|earlier|sooner|better|worse|longer|shorter|greater|higher|lower|"
                r"bigger|smaller|larger|other)\s+(?:[a-z]+\s+){0,2}than|not\s+(?:more|less|fewer)\s+than|"
                r"(?:no|not)\s+less\s+[a-z]+")
"""'no more difficult than', 'no later than', 'no more than six percent', 'not less than 35
percent', 'no less serious', 'no lower in quality than' (لا يقل جودة عن, batch 152): a comparison or a bound,
not a denial (weak: it may render one, ألا تزيد عن = no longer than, لم تتجاوز = no more than, ألا تقل عن = not
less than, لا يقل خطورة = no less serious, batch 61); "not better than" denies."""
_EN_NEUTRAL_PHRASES = (r"not (?:be )?(?:only|just|merely|simply|mere)|no doubt|not least|not far|no matter|nothing but|no sooner|"
                       r"not to mention|not long|no problems?|no worries|not limited to|"
                       r"none other than|not until|without borders|sans fronti[eè]res?|free of charge|toll-free|unlike|"
                       r"(?:do|does|did|doing|done)\s+without|(?:out\s+of|from)\s+nowhere|without\s+suspension|"
                       r"without\s+(?:any\s+|further\s+|undue\s+)?delay|without\s+\w+ing(?:\s+\w+){0,3}?\s+first")
"""Fixed phrases whose negation word negates nothing and stands for none of the other side (free
of charge, toll-free = مجاني; "does without her car" = تستغني عن سيارتها, batch 142; a prison term
"without suspension" = حبساً نافذاً, batch 77; "without delay" = الإسراع، فوراً, batch 90; "without
boiling it first" = قبل غليها, "before boiling it", batch 136; "unlike in previous seasons" = خلافًا لما جرى, a
contrast, batch 155)."""
_UNBROKEN = (r"without\s+(?:a\s+|any\s+)?(?:breaks?|interruptions?|paus(?:e|es|ing)|let-?up|respite|stopping|halting|"
             r"stopp?ages?)\b")
"""'without a break', 'without interruption': what متواصلة says, and دون توقف, دون انقطاع (an idiom
there too)."""
_POINTLESS = r"no\s+(?:point|use|sense|meaning|avail)\b"
"""'there is no point in', 'makes no sense': what لا معنى / لا جدوى / لا فائدة say (weak there
too), as "meaningless" and "pointless" do."""
_LOWER_BOUND = r"not\s+(?:fall|drop|dip|go)\s+below|not\s+be\s+(?:less|lower)\s+than"
"""'would not fall below 30', 'must not be less than': a lower bound, what لا تقل عن and لن تقل عن say (weak
there too, batch 77)."""
_NEAR_NOTHING = r"(?:almost|virtually|practically|next\s+to|close\s+to)\s+(?:nothing|none|zero)"
"""'Almost nothing': a quantity near zero (تراجعت إلى مستويات شبه معدومة = "fell to almost nothing", batch
143), weak: it may render a negation, or an Arabic word of lack."""
_EN_IDIOMS = re.compile(
    rf"\b({_EN_NEUTRAL_PHRASES}|whether or not|or not|no\.\s*\(?\s*\d+|nothing else|{_NEAR_NOTHING}|"
    rf"{_LITOTES}|{_COMPARATIVE}|{_TAG}|{_POINTLESS}|{_UNBROKEN}|{_LOWER_BOUND})\b"
    r"|\bno\.(?=\s*$)|(?<=\w\s)(?-i:No)\s+\d+", re.I)
"""Phrases whose negation words negate nothing (weak cues); "No." closing a text is "number", and so
is a "No" in mid-sentence before a digit ("National Road No 1", batch 113)."""


_ILLA = _n("إلا الا سوى")
_GHAYR = normalize_arabic("غير")
_ANYTHING = _n("شيء شيئا شيئاً أحد أحدا أحداً")
"""شيئا غير، أحدا غير = "anything but", "anyone but": after a negation, غير is an exception, as إلا."""
_MA_LAM = tuple(normalize_arabic(w) for w in ("ما", "لم"))
_RELATIVE_MA_BEFORE = _n("هو وهو هي وهي هذا وهذا هذه وهذه ذلك وذلك تلك وتلك")
"""Before ما لم, a pronoun or demonstrative makes ما relative ("which"), so لم negates."""
_ILLA_WORD = normalize_arabic("إلا")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_END = re.compile(r"[.!?؟\n،,؛;]")
"""A فقط past a clause end is "only" of another clause: لم تعد ضمن الدول الأعلى، بعد أن كانت
تتصدر القائمة قبل عقد فقط = "no longer among ..., after it topped the list only a decade ago"."""
_NOUN_AHEAD = re.compile(r"\s*(?:ال|بال|لل|(?:من|في|على|عن|إلى|مع)(?![\u0621-\u064A])"
                         r"|[\u0621-\u064A\u064C-\u065F]+(?:\u064B\u0627|\u0627\u064B)(?![\u0621-\u064A])"
                         r"|(?![أإآاتين])[\u0621-\u064A]{2})")
"""What follows a ولا that goes on with a negation: a noun with its article, a preposition, or a
word without the prefix of a verb's present tense (لا يستطيعون دفع الإيجارات ولا رواتب الموظفين
= "cannot pay rents or salaries"; ولا يستطيع, ولا تملك, ولا نعرف, ولا أعرف negate a verb of their
own); a word under the accusative's tanwin is a noun, whatever its first letter (لن تتوقف ليلًا ولا نهارًا =
"would not stop night or day", batch 150)."""
_ABSOLUTE_AHEAD = re.compile(r"\s+(?:داعي|داعٍ|حاجة|مانع|بد|شك|مجال|سبيل|خوف|صحة)(?![\u0621-\u064A])")
"""A noun that لا denies outright (ولا داعي للهلع = "and there is no need to panic", ولا صحة لما
تردد = "there is no truth in"): a negation of its own after another, not a listed one (batch 68)."""
_ANNA = _n("أن أنه أنها أنهم أنهما أنهن أننا أني إن إنه إنها إنهم")
_ONLY = _n("فقط فحسب وحسب")
_ALONE = _n("وحده وحدها وحدهم وحدهما وحدهن")
_BUT = _n("بل لكن ولكن إنما وإنما")
# weak cues that can carry a negation in a faithful translation (غير مصاب = not infected);
# the others (relative ما, بغض النظر, idioms) never stand for one
_AR_ABSORB = _n("أبدا أبداً قط غير دون منع يمنع تمنع تجنب يتجنب حظر يحظر خال خالية "
                "خالي انعدام غياب نقص مستحيل توقف يتوقف ممنوع "
                "تعذر يتعذر الرفض رفض افتقار يفتقر تفتقر يفتقرون امتناع امتناعه امتناعها "
                "مرفوض مرفوضا مرفوضة مرفوضين "
                "افتقر افتقرت باستثناء استثناء عدا خلا إلا سوى فقط ضد كلا "
                + " ".join((_AR_FAILING, _AR_DENYING, _AR_DEPRIVING, _AR_CARRYING_WORDS, _AR_UNABLE, _AR_FREE_OF,
                            _AR_REFRAINING)))
# "with or without": يعانون أو لا يعانون
_AR_ABSORB_IDIOMS = _n_word_tuples(("أم لا", "ام لا", "أو لا", "ولا لأ", "ولا لا", "ما لم", "إن لم", "ان لم",
                                    # rendered word for word as well: "did not stop", "do not
                                    # hesitate", "does not rise to", "cannot do without"
                                    "لم يتوقف", "لم تتوقف", "لم يتوقفوا", "لم يكف", "لم تكف", "لم يكفوا",
                                    "لا تتردد", "لا تترددوا", "لا تترددي", "لا يرقى", "لا ترقى", "لم يرق",
                                    "لم ترق", "لا غنى", *_AR_CONTENT_WITH))
_AR_STILL = re.compile(r"^[يتنا]?زال")  # لا/ما زال، لا يزالون: "still"
_UNLESS = _n("إذا اذا لو كان")
_UNTIL = _n("بعد عندما حين حينما")
"""After إلا, a time: لن تسمح بعودتهم إلا بعد = "will not allow them back until" or "only after":
the negation stays strong and إلا is no cue (the English "only", when there is one, carries it)."""
_ILLA_OPEN = _UNLESS | _UNTIL
_EN_NEUTRAL = re.compile(rf"(?i)^({_EN_NEUTRAL_PHRASES}|no\.?\s*\d.*|no\.|{_TAG_WORDS})$")
_AR_ASKING = frozenset("ألا ألم ألن أليس أليست ألست ألسنا ألستم أليسوا اليس الست".split())
"""Interrogative أ + negation (written with its hamza, or اليس, which is no other word)."""
_QUESTION = re.compile(r"[?؟]")
_OPENING = re.compile(r"(?:^|[.!?؟\n])[\s\"'«“(]*$")
"""What precedes the first word of a sentence."""
_QUESTION_AHEAD = re.compile(r"[^.!?؟\n]*[?؟]")
"""The rest of a question: no sentence end before its question mark."""
_KANA = _n("كان كانت كانوا كنت كنا يكن تكن")
"""After ما, a form of كان followed by لـ + verb (لام الجحود) makes a plain negation."""
_DUN_FORMS = re.compile(r"^دون(?:ه|ها|هم|هما|هن|ي|نا|ك|كم)?$")
_DUN_BELOW = _n("سن السن الصفر المستوى المعدل المتوسط الحد العتبة")
"""Words after which دون is "under" or "below" and no cue at all: دون سن الخامسة عشرة = "under
the age of fifteen", دون الصفر "below zero", دون المستوى "below the level" (a digit likewise: دون 18
عاماً)."""
_DUN_WITHOUT = _n("الحاجة حاجة أي أية تمييز إذن ترخيص تصريح موافقة علم إشعار سابق توقف انقطاع المساس مساس "
                  "وقوع تسجيل تأخير الحصول الرجوع اللجوء احتساب حساب عذر")
"""Words after which دون is "without" and no "under": دون الحاجة إلى = "without the need for", دون أي
تغيير = "with no change", دون سابق إنذار = "without warning", دون المساس بـ = "without affecting", دون
وقوع إصابات = "with no injuries", دون تأخير = "without delay", دون عذر = "without an excuse" (batch 124), دون احتساب = "not including" (دون أي مقابل = "free of charge": weak, ``_DUN_FREE``)."""
_DUN_MASDAR = re.compile(r"^(?:(?!ال)(?:ا\w\w|ت\w\w(?=ي)|است\w\w|ان\w\w|ا\wت\w)|ال(?:است\w\w|ان\w\w|ا\wت\w))[اي]\w"
                         r"(?:ه|ها|هم|هما|هن|كم|نا)?$")
"""An indefinite verbal noun of the derived forms (إفعال, تفعيل, استفعال, انفعال, افتعال; a pronoun may
follow), or a definite one of the forms no plural shares (استفعال, انفعال, افتعال: not أفعال, الأسعار):
after it دون is "without", never "under" (تغيير مراكزهم دون إبلاغهم مسبقًا = "their stations changed without
informing them in advance": batch 122's "with prior notice" went unseen; دون الاستعانة بمتعهدين = "without
using contractors", batch 132)."""
_WITNESSES = _n("شهود الشهود شاهد الشاهد شاهدا شاهدي لشهود وشهود")
"""Witnesses: شهود النفي are the defence's (and شهود الإثبات the prosecution's), no denial."""
_DUN_FREE = _n("مقابل رسوم رسم تكلفة كلفة أجر أجرة")
"""Words after دون أي that make it "free of charge" (دون أي مقابل, دون أي رسوم, batch 109): a weak cue."""
_ANY_AFTER = _n("أي أية بأي بأية لأي لأية")
"""أي ("any") one word after دون: دون الاستعانة بأي شركة = "without the help of any company"."""
_WARNING_WORDS = _n(_AR_WARNED)
_WARNED_THAT = re.compile(r"(?:\s+[\u0621-\u0652]+){0,3}?\s+(?:(?:من\s+)?[أا]ن(?:ه|ها|هم)?|بأن)(?![\u0621-\u064A])")
"""After حذّر and its subject (up to three words): من أن / أن / بأن open what was said ("warned that")."""
_MIN = _n("من ومن")
_ALLA = ("ألا", "وألا", "بألا", "فألا", "لئلا", "ولئلا", "كيلا", "لكيلا")  # أن + لا = "that ... not"
# Egyptian ما...ش verbs: مبيعرفش، ماقدرش، متعملش (a few words of that shape are not verbs)
_DIALECT_MA_SH = re.compile(r"^ما?[بيتنا][\u0621-\u064A]{2,}ش$")
_NOT_MA_SH = _n("مدهش مفتش منعش معاش مشوش مرتعش مرعش مخدش منكمش ماتش متوحش مستوحش متحرش متعطش "
                "منقوش منفوش منتعش منكوش منعكش مهمش مراكش ومراكش بمراكش لمراكش")  # مراكش = Marrakech
# the other Egyptian ما...ش shapes, perfect verbs (معرفش "didn't know", محصلش, مجاش, مقالوش): of
# the same shape as nouns (مغشوش، متوحش، مهمش), so a weak cue, one that may carry a negation
_DIALECT_MA_SH_LOOSE = re.compile(r"^(?:ما|م(?!ا))[\u0621-\u064A]{2,6}ش$")  # (not مارش = March)


def arabic_cues(text: str) -> list[Cue]:
    """Negation cues of an Arabic text (clitic و/ف/ب/ل stripped from the cue word)."""
    toks = tokenize(text)
    norms = [_strip_conj(t) for t in toks]
    cues: list[Cue] = []
    skip_until = -1
    for i, t in enumerate(toks):
        if i <= skip_until:
            continue
        starting = sorted({*_AR_IDIOMS_BY_FIRST.get(norms[i], ()), *_AR_IDIOMS_BY_FIRST.get(t.norm, ())})
        idiom = next((p for _, p in starting if tuple(norms[i:i + len(p)]) == p
                      or (len(p) > 1 and tuple([t.norm] + norms[i + 1:i + len(p)]) == p)),
                     None)
        if idiom == _MA_LAM and i and toks[i - 1].norm in _RELATIVE_MA_BEFORE:
            idiom = None  # وهو ما لم يتوفر = "which was not achieved": a relative ما, not "unless"
        if idiom in _CONTENT_WITH and not _BUT_LATER.match(text, toks[i + len(idiom) - 1].end):
            idiom = None  # لن تكتفي بهذا المشروع، إذ = "would not stop at this project": no "but" follows
        if idiom in _WITHOUT_DELAY and i + len(idiom) < len(toks) and toks[i + len(idiom)].norm == _GHAYR:
            idiom = None  # دون تأخير غير مبرر = "without unjustified delay": the دون negates
        if idiom in _BELIEVE and i + len(idiom) < len(toks) and toks[i + len(idiom)].norm in _BELIEVED:
            idiom = None  # لا تصدق تلك الأقاويل = "does not believe such talk": a verb with its object, batch 169
        if idiom in _UNDER_AGE and not _AGE_AHEAD.match(text, toks[i + len(idiom) - 1].end):
            idiom = None  # لم يتم تسجيل أي حالة = "no case was recorded": no age follows
        if idiom is None and norms[i] in ("لا", "ما") and i + 1 < len(toks) \
                and _AR_STILL.match(toks[i + 1].norm):
            idiom = (norms[i], toks[i + 1].norm)
        if idiom:
            j = i + len(idiom) - 1
            cues.append(Cue(t.start, toks[j].end, text[t.start:toks[j].end], False))
            skip_until = j
            continue
        slash = text[max(0, t.start - 1):t.start] == "/" or text[t.end:t.end + 1] == "/"
        bare = strip_diacritics(t.text)
        if "\u0651" in t.text and norms[i] in ("لم", "لا"):  # لمّ "gathering", not لم
            continue
        if t.norm == "لسن" and i + 1 < len(toks) and toks[i + 1].norm.startswith("ال"):
            continue  # لسن التقاعد = "for the retirement age" (لـ + سن), not "they are not"
        if bare in _AR_ASKING and _QUESTION.search(text, t.end):
            # ألا تعرف ...؟ / ألم أقل لك؟: a question that may or may not be put negatively in
            # English (Do you know ...? / Didn't I tell you?): a weak cue that may carry one
            cues.append(Cue(t.start, t.end, t.text, False))
        elif t.norm == "لم" and _QUESTION_AHEAD.match(text, t.end) and _OPENING.search(text, 0, t.start):
            # a question opening with لم is لِمَ "why" (لم اشتريت هذه السيارة؟): a weak cue
            cues.append(Cue(t.start, t.end, t.text, False))
        elif bare in _ALLA:
            cues.append(Cue(t.start, t.end, t.text, True))
        elif norms[i] == "ما" and i + 2 < len(toks) and toks[i + 1].norm in _KANA \
                and toks[i + 2].norm.startswith("ل") and len(toks[i + 2].norm) > 3:
            cues.append(Cue(t.start, t.end, t.text, True))  # ما كان ليصل = would not have reached
        elif _illa_anna(toks, norms, i):
            continue  # (على الرغم من ...) إلا أن, غير أن = "however" (or "only that"): no cue
        elif t.norm == "ولا" and _QUESTION_AHEAD.match(text, t.end):
            # Egyptian "or" in a question (عايز شاي ولا قهوة؟ = tea or coffee?): a weak cue
            cues.append(Cue(t.start, t.end, t.text, False))
        elif norms[i] in _WARNING_WORDS and _WARNED_THAT.match(text, t.end):
            continue  # حذرت من أن = "warned that": a report, no negation to carry
        elif norms[i] in _AR_DENIAL_WORDS and i and toks[i - 1].norm in _WITNESSES:
            continue  # شهود النفي = "defence witnesses" (batch 124): no denial
        elif norms[i] == "دون" and i + 1 < len(toks) and (toks[i + 1].norm in _DUN_BELOW
                                                          or toks[i + 1].norm[:1].isdigit()):
            continue  # دون سن = "under the age of": no negation
        elif _DUN_FORMS.match(norms[i]) and ((i and toks[i - 1].norm in _MIN) or (i + 1 < len(toks) and (
                toks[i + 1].norm in _ANNA or _DUN_MASDAR.match(toks[i + 1].norm) or toks[i + 1].norm in _DUN_WITHOUT
                and not (i + 2 < len(toks) and toks[i + 2].norm in _DUN_FREE)
                or i + 2 < len(toks) and _strip_conj(toks[i + 2]) in _ANY_AFTER))):
            cues.append(Cue(t.start, t.end, t.text, True))  # من دون(ها), دون أن = without (دون alone: also "under")
        elif norms[i] in _AR_EMPTY_OF and _EMPTY_OF_ANY.match(text, t.end) \
                and not (i and _strip_conj(toks[i - 1]) in _PARTICLES):
            cues.append(Cue(t.start, t.end, t.text, True))
        elif norms[i] in _AR_STRONG and not slash:  # نعم/لا = yes/no
            cues.append(Cue(t.start, t.end, t.text, True))
        elif norms[i] in _AR_WEAK and not (norms[i] == _ILLA_WORD and i + 1 < len(toks) and toks[i + 1].norm in _UNTIL) \
                and not (norms[i] == _DEFICIT and definite_noun(t.norm)):  # العجز = the deficit
            cues.append(Cue(t.start, t.end, t.text, False))
        elif (_DIALECT_MA_SH.match(t.norm) and t.norm not in _NOT_MA_SH) or (
                norms[i] == "ما" and i + 1 < len(toks) and toks[i + 1].norm.endswith("ش")
                and len(toks[i + 1].norm) >= 4):
            cues.append(Cue(t.start, t.end, t.text, True))
        elif _DIALECT_MA_SH_LOOSE.match(t.norm) and t.norm not in _NOT_MA_SH:
            cues.append(Cue(t.start, t.end, t.text, False))
    # لا/لم/ما ... إلا = "only": an exception, not a negation; لا/ليس ... فقط = "not only"
    illa = [t.start for k, (t, n) in enumerate(zip(toks, norms))
            if (n in _ILLA and strip_diacritics(t.text) not in _ALLA
                and not (k + 1 < len(toks) and toks[k + 1].norm in _ILLA_OPEN)  # إلا إذا = unless
                and not _concession(text, toks, norms, k))  # ...، إلا أن = however
            or n == _GHAYR and k and norms[k - 1] in _ANYTHING]  # لا أطلب شيئا غير = "nothing but"
    # a فقط that a بل / لكن follows is the "not only ... but" of any negation before it in the
    # sentence; another only of a negation in its own clause
    # (وحده، وحدها "alone" only before بل: ليس في غزة وحدها بل = "not only in Gaza but")
    # (a فقط right after a quantity says "only" of it: لم يكن يتخيل أن يتوفر ... على بعد ساعتين فقط
    # = "never imagined ... just two hours away")
    quantities = [(m.start, m.end) for m in extract_numbers(text, "ar")] if any(t.norm in _ONLY for t in toks) else []
    only = [(t.start, k + 1 < len(toks) and _strip_conj(toks[k + 1]) in _BUT) for k, t in enumerate(toks)
            if t.norm in _ONLY and not (k and any(a < toks[k - 1].end and toks[k - 1].start < b for a, b in quantities))
            or t.norm in _ALONE and k + 1 < len(toks) and _strip_conj(toks[k + 1]) in _BUT]
    out: list[Cue] = []
    last_strong = -1_000  # end of the last strong cue, or of a غير (a negation a ولا may go on with)
    listing = False  # the last cue was a لا that goes on with a negation before it
    strong_starts = [c.start for c in cues if c.strong]
    for c in cues:
        goes_on = False
        # an إلا or فقط past the next strong cue is that cue's (ولم تكشف ...، وأن المكالمات لا
        # تسجل إلا بموافقة: "did not disclose", then "not recorded without")
        reach = min((s for s in strong_starts if s > c.start), default=len(text))
        if c.strong and (any(0 < s - c.end <= 120 and s < reach and not _SENTENCE_END.search(text, c.end, s)
                             for s in illa)
                         or any(0 < s - c.end <= 120 and s < reach
                                and not (_SENTENCE_END if but else _CLAUSE_END).search(text, c.end, s)
                                for s, but in only)):
            c = Cue(c.start, c.end, c.text, False)
        elif c.strong and _strip_conj_norm(normalize_arabic(c.text)) == "لا" and not _SENTENCE_END.search(
                text, max(0, last_strong), c.start):
            # one negation that goes on: لم يجد لا ماء ولا كهرباء = "found no water, no electricity";
            # لا نملك الأكسجين ولا من الفيتامين = "we don't have oxygen or vitamin A" (weak: it may
            # carry a "nor" or "no" of its own). ولا before a verb is a negation of its own (ولا
            # ينطوي على = "and does not")
            if c.text.startswith("و"):
                goes_on = c.start - last_strong <= 80 and (listing or bool(_NOUN_AHEAD.match(text, c.end))) \
                    and not _ABSOLUTE_AHEAD.match(text, c.end)
            else:
                goes_on = c.start - last_strong <= 12
            if goes_on:
                c = Cue(c.start, c.end, c.text, False)
        listing = goes_on
        if out and _emphasis(out[-1], c, text):
            continue  # ترفض رفضاً قاطعاً = "categorically rejects": the verbal noun stresses its verb
        if c.strong or _strip_conj_norm(normalize_arabic(c.text)) == _GHAYR:
            last_strong = c.end  # (غير صالحة للشرب ولا حتى للغسيل = "not fit for drinking, or even for
            # washing": a ولا goes on with a غير's negation too, batch 167)
        out.append(c)
    return out


def _emphasis(before: Cue, c: Cue, text: str) -> bool:
    """Whether cue ``c`` is the verbal noun in the accusative (رفضاً, نفياً) right after the cue
    ``before`` whose root it repeats (ترفض رفضاً, نفى نفياً قاطعاً): an absolute object that stresses
    the verb, one negation with it."""
    word = strip_diacritics(c.text)
    return not text[before.end:c.start].strip() and len(word) >= 4 and word.endswith("ا") \
        and normalize_arabic(word[:-1]) in normalize_arabic(before.text)


_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?؟\n،,؛;])\s*$")


def _illa_anna(toks: Sequence[Token], norms: Sequence[str], k: int) -> bool:
    """إلا أن / غير أن at word ``k`` (``norms``: the words without clitics)."""
    return norms[k] in (_ILLA_WORD, _GHAYR) and k + 1 < len(toks) and toks[k + 1].norm in _ANNA


def _concession(text: str, toks: Sequence[Token], norms: Sequence[str], k: int) -> bool:
    """A clause that opens with إلا أن / غير أن at word ``k`` of ``text``: "however", which makes no
    negation before it "only" (ولم تستبعد ...، إلا أن = "did not rule out ..., but"); inside a
    clause, لا يملك إلا أن يتساءل = "can only wonder"."""
    return _illa_anna(toks, norms, k) and bool(_CLAUSE_BEFORE.search(text, 0, toks[k].start))


def _strip_conj(tok: Token) -> str:
    return _strip_conj_norm(tok.norm)


@lru_cache(maxsize=65536)
def _strip_conj_norm(w: str) -> str:
    """A normalised word without a clitic (و ف ل ب ال ...) in front of a negation cue, and a weak
    noun cue without the alif of its accusative (نقصاً حاداً = "a severe shortage", منعاً); a phrase
    without the clitic of its first word (وألا يقل = ألا يقل)."""
    if " " in w:
        first, rest = w.split(" ", 1)
        return f"{_strip_conj_norm(first)} {rest}"
    if w in _AR_STRONG or w in _AR_WEAK:
        return w
    for p in ("و", "ف", "ل", "ب", "ال", "وال", "لل", "بال", "ول", "وب", "فل"):
        rest = w[len(p):]
        if w.startswith(p) and len(rest) >= 2 and (rest in _AR_STRONG or rest in _AR_WEAK) \
                and (p in ("و", "ف") or rest not in _PARTICLES) \
                and not (p.endswith(("ال", "لل")) and rest in _DEPRIVED_VERBS):
            return rest
    if len(w) >= 4 and w.endswith("ا") and (rest := _strip_conj_norm(w[:-1])) in _AR_WEAK:
        return rest
    return w


_DEPRIVED_VERBS = _n(_AR_DEPRIVED)
"""Verbs take no article: الحرم is the campus or the sanctuary, no حُرم "was deprived"."""
_PARTICLES = _n("لا لم لن ليس ليست لست لسنا لستم ليسوا ليسا لسن ما")
"""Negation particles: only و or ف may stand in front of them (بليس is "Place", not ب + ليس)."""


_AFTER_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,?\s+$")
"""The end of a word in lower case (and its comma), right before a word."""
_TITLE_GOES_ON = re.compile(r"\s+(?:(?:a|an|the|of|to|in|for|and|me|my)\s+)?[A-Z]")
"""After the first word of a title: another capitalised one (a short word in lower case between)."""


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
            # a capital right after a word in lower case, followed by another, is a title or a
            # name (the comedy Nowhere Girl, starred in Without a Trace): a weak cue, one that may
            # still render a negation of the other side (a headline in title case keeps its Not
            # strong, and so does reported speech: It warns No one can ...)
            titled = (m.group()[0].isupper() and bool(_AFTER_LOWER.search(text, max(0, m.start() - 40), m.start()))
                      and bool(_TITLE_GOES_ON.match(text, m.end())))
            # "does not seek to compete in volume alone, but also": a "not only ... but", weak
            not_only = _NOT_X_ALONE_BUT.match(text, m.end()) is not None
            cues.append(Cue(m.start(), m.end(), m.group(), not titled and not not_only))
            taken.append((m.start(), m.end()))
    for m in _EN_WEAK.finditer(text):
        if m.group().isupper() and m.group()[:2] in ("UN", "NO"):
            continue  # an acronym (UNHCR, UNICEF, UNESCO), not an un- word
        if free(m.start(), m.end()) and not (_STOPPING.fullmatch(m.group())
                                             and _NEGATED_BEFORE.search(text, max(0, m.start() - 24), m.start())):
            cues.append(Cue(m.start(), m.end(), m.group(), False))
    cues.sort(key=lambda c: (c.start, c.end))
    return cues


_NOT_X_ALONE_BUT = re.compile(r"(?:(?!\bnot\b)[^.;!?]){0,80}?\b(?:alone|only|solely|merely|just|simply)"
                              r"(?:,?|[^.;!?,]{0,60},)\s+but\b", re.I)
"""What follows the "not" of a "not only ... but" put around its object ("not ... in volume alone,
but also in quality" = لا ... فقط، بل; "would not serve only the residents of Buraidah, but would
also receive" = لن يقتصر على ... وحدها، بل; not a "not" before another negation's "not only")."""
_STOPPING = re.compile(r"(?:stop|ceas|halt)\w*", re.I)
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?$", re.I)
"""A negation a word or two before an English verb: a verb of stopping so negated ("did not stop",
"never ceased") is the negated verb of an Arabic idiom that carries the negation (لم تتوقف عن), no
weak cue of its own; a "denied" so negated ("did not deny") denies nothing (``_undenied_denials``)."""


def negation_cues(text: str, lang: str) -> list[Cue]:
    """Cues of ``text`` in language ``lang`` ("ar" or "en")."""
    return arabic_cues(text) if lang == "ar" else english_cues(text)


# ----------------------------------------------------------------------------- cue removal

_EN_AUX_NT = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}
_EN_REPLACE = {"cannot": "can", "without": "with", "none": "all", "nobody": "somebody",
               "nothing": "something", "nowhere": "somewhere", "never": "", "not": "",
               "no": "", "neither": "either", "nor": "or"}


def without_cue(text: str, cue: Cue, lang: str) -> str:
    """``text`` with ``cue`` taken out (English auxiliaries keep their verb: didn't → did)."""
    if lang == "ar":
        rep = ""
    else:
        w = cue.text.lower().replace("’", "'")
        if w in _EN_REPLACE:
            rep = _EN_REPLACE[w]
            if rep and cue.text[:1].isupper():
                rep = rep[:1].upper() + rep[1:]
        elif w.endswith("n't"):
            rep = _EN_AUX_NT.get(w, cue.text[:-3])
        else:
            rep = ""
    out = text[:cue.start] + rep + text[cue.end:]
    return " ".join(out.split())


# ----------------------------------------------------------------------------- the check

@dataclass(frozen=True)
class _Candidate:
    """A pair whose polarity may differ: the heavier side, its strong cues, how sure counts are."""

    pair: Pair
    side: str  # "source" or "target": the side with more strong cues (or the tested side)
    cues: tuple[Cue, ...]
    kind: str  # "bare" (other side has no cue), "clear" (no cue that can carry it), "absorbed" (weak cues there),
    # "balanced", "denial" (a denial verb nothing renders), "negated-denial" ("did not deny" for نفى),
    # "flipped-rendering" (a negated word whose rendering stands un-negated, ``_flipped_renderings``),
    # "accepted-refusal" (a refusal where the English accepts, ``_accepted_refusals``, a ban where it
    # allows, ``_allowed_bans``, or an acquittal where it convicts, ``_convicted_acquittals``)
    carriers: tuple[Cue, ...] = ()  # the other side's cues that can hold a negation (strong, or weak that absorb)


_SCALAR = re.compile(r"(?i)little|few|less than")
"""English weak cues that may render a negation (ولا يكترث = pays little attention) but are
themselves rendered without one (قليل)."""


def _absorbs(cue: Cue, lang: str) -> bool:
    """Whether a weak cue may carry a negation of the other side (not an idiom, not ما)."""
    if cue.strong:
        return False
    if lang == "ar":
        toks = tokenize(cue.text)
        if len(toks) > 1:
            return tuple(_strip_conj(t) for t in toks) in _AR_ABSORB_IDIOMS
        # a demoted strong cue (لا ... إلا = "only", "not ... except") may carry one too
        return len(toks) == 1 and (_strip_conj(toks[0]) in _AR_ABSORB
                                   or _strip_conj(toks[0]) in _AR_STRONG
                                   or strip_diacritics(toks[0].text) in _AR_ASKING
                                   or bool(_DIALECT_MA_SH_LOOSE.match(toks[0].norm)))
    return not _EN_NEUTRAL.match(cue.text) and not _EN_PAIRED_ONLY.fullmatch(cue.text)


def _exception(c: Cue, lang: str) -> bool:
    """An exception word that makes the negation before it "only": إلا, سوى, فقط / except, without."""
    if lang == "ar":
        word = _strip_conj_norm(normalize_arabic(c.text))
        return word in _ILLA or word in _ONLY
    return bool(_EN_EXCEPTION.fullmatch(c.text))


def _strong_word(c: Cue, lang: str) -> bool:
    """A word that is a strong cue by itself (made weak or not)."""
    if lang == "ar":
        return _strip_conj_norm(normalize_arabic(c.text)) in _AR_STRONG
    return bool(_EN_STRONG.fullmatch(c.text))


_BUT_AHEAD = re.compile(rf"[\s،,]*{_AR_BUT}")
"""A "but" right after a فقط: ليس ... فقط، بل = "not only ..., but"."""


def _absorbing(cues: Sequence[Cue], lang: str, text: str) -> int:
    """How many negations of the other side the weak cues of one side (of ``text``) may carry
    (``_absorbs``): a negation made weak by the exception word after it carries one with it (لم تتلق
    سوى = "received only"; "not recorded without"), not two; with a فقط and a بل after it ("not
    only ... but"), none."""
    n = 0
    demoted = False  # the last absorbing cue was a strong word made weak
    for c in cues:
        if not _absorbs(c, lang):
            continue
        if demoted and _exception(c, lang):
            demoted = False
            if lang == "ar" and _strip_conj_norm(normalize_arabic(c.text)) in _ONLY and _BUT_AHEAD.match(text, c.end):
                n -= 1  # ليس ... فقط، بل = "not only ..., but", which carries none
            continue
        demoted = _strong_word(c, lang)
        n += 1
    return n


_EN_EXCEPTION = re.compile(r"(?i)without|except|unless|other\s+than|apart\s+from|save\s+for")
_EXCEPTION_REACH = 80
"""How far (characters) a negation may stand before the exception word that makes it "only"."""
_EXCEPTION_PLACE = 0.3
"""How far apart (as a share of each text's length) the two sides' "only" constructions may stand."""


_EN_MORE_THAN = re.compile(r"\b(?:more|longer)\s+than\b", re.I)
"""What makes an English negation before it a bound ("decided not to go out more than twice")."""


def _only_exceptions(ar: Sequence[Cue]) -> list[tuple[Cue, Cue]]:
    """The negations of ``ar`` made weak by the exception word right after them (لم ... سوى, لا ...
    إلا: "only"), each with that exception word."""
    return [(c, d) for c, d in zip(ar, ar[1:]) if not c.strong and _strong_word(c, "ar") and _exception(d, "ar")]


def _only_places(ar: Sequence[Cue], ar_text: str) -> list[tuple[Cue, float]]:
    """The negations of ``_only_exceptions``, each with its exception word's place, as a share of
    ``ar_text``'s length."""
    return [(c, d.start / max(len(ar_text), 1)) for c, d in _only_exceptions(ar)]


_AR_ILLA_UNTIL = re.compile(rf"(?<![\u0621-\u064A])[وف]?[إا]لا\s+(?:{'|'.join(sorted(_UNTIL, key=len, reverse=True))})"
                            r"(?![\u0621-\u064A])")
"""إلا before a time (إلا بعد, إلا عندما): "until", "only after", which leaves the negation before it
strong (``_UNTIL``)."""


_UNTIL_PLACE = 0.15
"""How near (a share of each text's length) an English exception word with no negation before it
must stand to an إلا بعد to be taken for its rendering (and no negation of its own), where the Arabic
has no دون."""


def _negations_before(ar: Sequence[Cue], ar_text: str, at: int) -> list[int]:
    """Indices of the strong cues of ``ar`` in the sentence of offset ``at`` of ``ar_text`` that stand before
    it, within ``_EXCEPTION_REACH`` + 40 characters: the negations an إلا بعد there follows."""
    return [i for i, c in enumerate(ar) if c.strong and 0 < at - c.end <= _EXCEPTION_REACH + 40
            and not _SENTENCE_END.search(ar_text, c.end, at)]


def _until_places(ar: Sequence[Cue], ar_text: str) -> list[float]:
    """Places (shares of ``ar_text``'s length) of an إلا بعد after a strong negation of its sentence
    (لن تُجرى الفحوصات إلا بعد الحصول على موافقة = "will not be conducted without the consent"): the
    English exception word there renders إلا, not a negation of its own."""
    return [m.start() / max(len(ar_text), 1) for m in _AR_ILLA_UNTIL.finditer(ar_text)
            if _negations_before(ar, ar_text, m.start())]


def _without_only_afters(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the Arabic negation before an إلا بعد (``_AR_ILLA_UNTIL``: لا يصلن إلى المستشفى إلا
    بعد = "only reach hospital after", batch 157) and the English "only" at about the place of that إلا
    (``_EXCEPTION_PLACE``) with no negation before it in its sentence: the one renders the other."""
    pairs: list[tuple[int, int]] = []
    used_ar: set[int] = set()
    used_en: set[int] = set()
    for m in _AR_ILLA_UNTIL.finditer(ar_text):
        neg = next((i for i in _negations_before(ar, ar_text, m.start()) if i not in used_ar), None)
        if neg is None:
            continue
        place = m.start() / max(len(ar_text), 1)
        for j, c in enumerate(en):
            near = abs(c.start / max(len(en_text), 1) - place) <= _EXCEPTION_PLACE
            if j in used_en or c.text.lower() != "only" or not near:
                continue
            start = _en_sentence_start(en_text, c.start)
            if not any(d.strong and start <= d.start < c.start for d in en):
                pairs.append((neg, j))
                used_ar.add(neg)
                used_en.add(j)
                break
    return _without_pairs(ar, en, pairs)


def _paired_exceptions(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> list[Cue]:
    """``en`` with a negation and the exception word after it in its sentence ("not recorded
    without", "nothing ... except") made weak where, at about the same place, ``ar`` has a negation
    made weak by its إلا, سوى or فقط (لا تسجل إلا بموافقة): the two constructions render each other
    ("only"). So is a negation with "more than" after it (قرروا عدم الخروج إلا مرتين = "decided not
    to go out more than twice"). Where the Arabic negation stays strong before إلا بعد, the English
    exception word after a negation is made weak ("will not be conducted without"), and one with no
    negation before it is dropped: it renders إلا, not the negation ("will be conducted without")."""
    places = [place for _, place in _only_places(ar, ar_text)]
    until = _until_places(ar, ar_text)
    without = any(_DUN_FORMS.match(_strip_conj_norm(normalize_arabic(c.text))) for c in ar)
    dropped: set[int] = set()
    out = list(en)
    for k, c in enumerate(out):
        if not places and not until:
            break
        if _EN_EXCEPTION.fullmatch(c.text):
            at = c.start
            before = [i for i in range(k) if out[i].strong and 0 <= c.start - out[i].end <= _EXCEPTION_REACH
                      and not _en_sentence_ends(en_text, out[i].end, c.start)]
            place = at / max(len(en_text), 1)
            if before and (near := [p for p in until if abs(p - place) <= _EXCEPTION_PLACE]):
                # "will not be conducted without" = لن تُجرى إلا بعد: the negation is the negation's
                out[k] = Cue(c.start, c.end, c.text, False)
                until.remove(min(near, key=lambda p: abs(p - place)))
                continue
            if not before and not without and any(abs(p - place) <= _UNTIL_PLACE for p in until):
                dropped.add(k)  # "will be conducted without": the إلا's word, the negation unrendered
                continue
        elif c.strong and (m := _EN_MORE_THAN.search(en_text, c.end, c.end + _EXCEPTION_REACH)) \
                and not _en_sentence_ends(en_text, c.end, m.start()):
            at, before = m.start(), [k]
        else:
            continue
        place = at / max(len(en_text), 1)
        near = [p for p in places if abs(p - place) <= _EXCEPTION_PLACE]
        if before and near:
            j = before[-1]
            out[j] = Cue(out[j].start, out[j].end, out[j].text, False)
            out[k] = Cue(c.start, c.end, c.text, False)
            places.remove(min(near, key=lambda p: abs(p - place)))
    return [c for k, c in enumerate(out) if k not in dropped]


_EN_ONLY = re.compile(r"\b(?:only|just|merely|solely|mere|barely|at\s+most|up\s+to)\b", re.I)
"""English words that render an Arabic "only" (لم ... سوى, لا ... إلا) without a negation."""


def _unbounded_exceptions(ar: list[Cue], en: Sequence[Cue], ar_text: str, en_text: str) -> list[Cue]:
    """``ar`` with a negation made weak by its exception word (لم تتمكن من تغطية سوى 40 = "could cover
    only 40", "could not cover more than 40") strong again where the English has, at about the same
    place, "more than" with no negation before it in its sentence and no word of "only" (``_EN_ONLY``)
    anywhere: "was able to cover more than 40 percent" says the opposite (batch 106); "no more than" is
    the negation itself (لن تكفي سوى لأسبوعين = "would last no more than two weeks", batch 135)."""
    places = _only_places(ar, ar_text)
    if not places or _EN_ONLY.search(en_text):
        return ar
    bounds = [m.start() / max(len(en_text), 1) for m in _EN_MORE_THAN.finditer(en_text)
              if not any(0 <= m.start() - c.end <= _EXCEPTION_REACH and not _en_sentence_ends(en_text, c.end, m.start())
                         or c.start <= m.start() < c.end for c in en)]
    unbounded = {c for c, place in places if any(abs(b - place) <= _EXCEPTION_PLACE for b in bounds)}
    return [Cue(c.start, c.end, c.text, True) if c in unbounded else c for c in ar]


_EN_SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s+[^a-z\s]|\s*$)")
"""Where an English sentence ends: not at the period of an abbreviation before a word in lower case
("between 11 a.m. and 4 p.m. unless necessary")."""


def _en_sentence_ends(text: str, start: int, end: int) -> bool:
    """Whether an English sentence of ``text`` ends in [start, end) (the period read with what
    follows it, past ``end``)."""
    m = _EN_SENTENCE_END.search(text, start)
    return m is not None and m.start() < end


_EN_PAIRED_ONLY = re.compile(r"at\s+most|up\s+to", re.I)
"""English bounds that render a negation only as the pair of a negated bound verb
(``_without_paired_bounds``); any other "up to" renders حتى or تصل إلى and carries none."""


_FOREIGN_ARTICLE = re.compile(r"\b(La|Las|Le|Les|Los)\s+([A-Z][a-z]+)")
"""A Romance article opening a name (La Scala, Los Angeles), written لا / لاس / لو in Arabic."""


def _without_articles(cues: list[Cue], text: str, other: str) -> list[Cue]:
    """Arabic cues (of ``text``) less as many لا as the English text ``other`` has Romance articles
    (لا سكالا = La Scala) that the Arabic does not write joined to their name (لامانشا = La Mancha)."""
    articles = [name_key_latin(m.group(1) + m.group(2)) for m in _FOREIGN_ARTICLE.finditer(other)]
    joined = {name_key_arabic(w) for w in text.split()} if articles else set()
    n = sum(1 for key in articles if key not in joined)
    return _less_first(cues, n, lambda c: c.strong and _strip_conj_norm(normalize_arabic(c.text)) == "لا")


def _less_first(cues: list[Cue], n: int, matches: Callable[[Cue], bool]) -> list[Cue]:
    """``cues`` less the first ``n`` of them that ``matches``."""
    out = []
    for c in cues:
        if n and matches(c):
            n -= 1
            continue
        out.append(c)
    return out


_EN_DE_LA = re.compile(r"\b(?:de|du)\s+la\b", re.I)
_AR_DE_BEFORE = re.compile(r"(?:^|\s)(?:دي|دو)\s+$")


def _without_names(cues: list[Cue], ar_text: str, en_text: str) -> list[Cue]:
    """``cues`` (of ``ar_text``) less the strong words of three letters or more that write a name of
    ``en_text`` best of the words its name matches, where no word but a strong cue does
    (``entities.best_writers``; أيت بلا = Ait Bella, مانيش = Manish): a loose key of Zayani matched
    لسنا as well as الزياني, and Adam عدم as well as آدم (حليمة آدم إبراهيم ... بسبب عدم توفر, batch 60).
    (A strong دون is "without" by its construction, دون احتساب, whatever name it spells: Dana.) A لا
    right after دي or دو, where the English writes "de la" or "du la", is the article of a Romance name
    (ماريا دي لا كروز = Maria de la Cruz, batch 73)."""
    if _EN_DE_LA.search(en_text):
        cues = [c for c in cues if not (_strip_conj_norm(normalize_arabic(c.text)) == "لا"
                                        and _AR_DE_BEFORE.search(ar_text, 0, c.start))]
    if not any(c.strong and len(_strip_conj_norm(normalize_arabic(c.text))) >= 3 for c in cues):
        return cues

    def cue_at(span: tuple[int, int]) -> bool:
        return any(c.strong and span[0] < c.end and c.start < span[1] for c in cues)

    spans = [span for writers in best_writers(ar_text, en_text) if all(map(cue_at, writers)) for span in writers]
    return [c for c in cues if not (c.strong and any(a < c.end and c.start < b for a, b in spans))
            or _DUN_FORMS.match(_strip_conj_norm(normalize_arabic(c.text)))]


@dataclass(frozen=True)
class _PairedCues:
    """English cues (``en``, matched at a cue's start) and the Arabic cue words (``ar``) that render
    each other; ``after``: what must follow the Arabic cue; ``near``: how far apart (a share of
    each text's length) the two may stand; ``before``: what must end the English before its cue."""

    en: re.Pattern
    ar: frozenset[str]
    after: re.Pattern | None = None
    near: float | None = None
    neutral: bool = False  # the English cue may be a neutral phrase ("not far")
    before: re.Pattern | None = None


_AR_ADAMS = _n("عدم بعدم لعدم وعدم")
"""عدم alone, or after a preposition or و."""
_AR_REFUSAL = _n("رفض يرفض ترفض نرفض أرفض رفضت رفضوا رفضه رفضها رفضهم رفضا برفض الرفض رفضن يرفضن يرفضون يرفضوا ترفضوا "
                 "رافض رافضة رافضين رافضون الرافض الرافضة الرافضين الرافضون "
                 f"مرفوض مرفوضا مرفوضة مرفوضين امتناع امتناعه امتناعها {_AR_REFUSING_IT} {_AR_REFRAINING}")
"""Refusing: رفض and its forms, امتناع "abstention" and امتنع "refrained"; "rejected", "refused",
"declined" render them."""


_AR_IMPOSSIBLE = _n("تعذر يتعذر تتعذر")
"""Being impossible: تعذر نقله = "he could not be taken", "it was not possible to take him", "it was
impossible to take him" (a "not" that no "could", "can" or "was" leads renders another negation)."""


_PAIRED_VERBS = (
    _PairedCues(re.compile(r"den(?:y|ies|ied|ying|ial)$", re.I), _n(f"{_AR_DENYING} {_AR_DENYING_MORE} {_AR_DEPRIVED}")),
    # لا علاقة له ب = "has nothing to do with", "is not related to", "is unrelated to"
    _PairedCues(re.compile(r"nothing$|no$|not$|n['’]t$|unrelated$", re.I), _n("لا ولا"),
                re.compile(r"\s+(?:علاقة|صلة)(?![\u0621-\u064A])")),
    _PairedCues(re.compile(r"fail", re.I), _n(f"{_AR_FAILING} {_AR_SHORTCOMING} فشله فشلها فشلهم")),
    # غير القادرين = "those unable" (or "who cannot") before عجزه عن = "they cannot afford"
    _PairedCues(re.compile(r"unable$|incapable$|cannot$|can['’]t$", re.I), _n("غير لغير بغير وغير"),
                re.compile(r"\s+(?:ال|لل)?قادر")),
    _PairedCues(re.compile(r"unable$", re.I), _n(_AR_UNABLE)),
    _PairedCues(re.compile(r"incapable$|cannot$|can['’]t$", re.I), _n(_AR_UNABLE),
                re.compile(r"\s+عن(?![\u0621-\u064A])")),
    _PairedCues(re.compile(r"re(?:ject|fus)|declin|turn|oppos|object", re.I), _AR_REFUSAL),
    # وهو ما نفته النيابة = "a claim the prosecution rejected" (a denial no refusal of the Arabic took)
    _PairedCues(re.compile(r"reject|refut|dismiss|rebut", re.I), _AR_DENIAL_WORDS),
    # تعذر نقله = "he could not be taken", "it was not possible to take him"
    _PairedCues(re.compile(r"cannot$|(?:could|can)n['’]t$|unable$|impossib", re.I), _AR_IMPOSSIBLE),
    _PairedCues(re.compile(r"not$", re.I), _AR_IMPOSSIBLE, before=re.compile(r"\b(?:could|can|was|were|is|been)\s+$", re.I)),
    # لا يقل عن = "no less than", "not less than", "no fewer than": a bound, not a negation (لا يقل جودة =
    # "no lower in quality", batch 152)
    _PairedCues(re.compile(r"(?:no|not)\s+(?:less|fewer|lower)\b", re.I),
                _n_phrases("لا يقل", "لا تقل", "لا يقلون", "ألا يقل", "ألا تقل", "ألا يقلوا", "ما لا يقل")),
    # عدم الاكتفاء بالتدريب = "going beyond training" (batch 155)
    _PairedCues(re.compile(r"go(?:es|ing)?\s+beyond|more\s+than\s+(?:just|merely|simply)", re.I), _AR_ADAMS,
                re.compile(r"\s+(?:ال)?اكتفاء")),
    # عدم الالتفات إلى الشائعات = "to ignore rumours"
    _PairedCues(re.compile(r"ignor|disregard", re.I), _AR_ADAMS,
                re.compile(r"\s+(?:ال)?(?:التفات|اكتراث|مبالاة|انتباه)")),
    # (لم يكن لينجح لولا = "would not have succeeded without"; لولا وجود الدار = "had it not been for the
    # house", batch 163)
    _PairedCues(re.compile(r"without$", re.I), _n("دون بدون وبدون دونما لولا")),
    _PairedCues(re.compile(r"not$", re.I), _n("لولا ولولا"),
                before=re.compile(r"\b(?:had|if|were)\s+(?:it|they|he|she)\s+$", re.I)),
    # دون أي تغيير = "with no change", "without any change"
    _PairedCues(re.compile(r"no$|without$", re.I), _n("دون ودون بدون وبدون"),
                re.compile(r"\s+(?:أي|أية)(?![\u0621-\u064A])")),
    # لم يخلُ من = "was not without"
    _PairedCues(re.compile(r"without$", re.I), _n("يخلو تخلو يخل تخل يخلوا")),
    # a negated غير and a litotes: ليست غير متوقعة = "not unexpected"
    _PairedCues(re.compile(r"not\s+un", re.I), _n("ليس ليست ليسوا لم لا"), re.compile(r"\s+(?:\S+\s+)?غير(?![\u0621-\u064A])")),
    # عدم + a verbal noun is an English word of a negative prefix at about the same place, where no
    # "not" stands: عدم انتظام = irregular, عدم الاستقرار = instability (not an "unjustified" that
    # renders a غير elsewhere, nor "unknown" beside the "not" of عدم شراء)
    _PairedCues(re.compile(r"(?:un|in|im|ir|il|non-?)[a-z]{3,}$", re.I), _AR_ADAMS, near=0.15),
    # ليس بعيدا عن = "not far from", a phrase that negates nothing in English (a flip to "far" counts)
    _PairedCues(re.compile(r"not\s+far$", re.I), _n("ليس ليست لسنا ليسوا"), re.compile(r"\s+(?:ب)?بعيد"),
                neutral=True),
    # لا تتناسب مع = "out of proportion to", "disproportionate to" (batches 81 and 82)
    _PairedCues(re.compile(r"out\s+of\s+proportion|disproportion|incommensurate", re.I), _n("لا ولا ليست ليس"),
                re.compile(r"\s+(?:ي|ت)تناسب")),
    # عدم شمول الصيادين = "the exclusion of fishermen" (batch 61)
    _PairedCues(re.compile(r"exclu", re.I), _AR_ADAMS,
                re.compile(r"\s+(?:ال)?(?:شمول|إدراج|ادراج|ضم|إشراك|اشراك|احتساب)")),
    _PairedCues(re.compile(r"anonym", re.I), _AR_ADAMS,
                re.compile(r"\s+(?:ال)?(?:كشف|ذكر|إفصاح|افصاح|إعلان|نشر)\s+(?:عن\s+)?(?:هوي|اسم|إسم|أسماء|اسماء)")),
)
"""English negative verbs and the Arabic verbs that render them (نُفي alone may be "was exiled",
فشل "failure": weak cues): a pair of them, denied = نفى, failed to = فشل في, is one rendering of
the other and leaves the counts (a "not" beside one of them still counts); declined, turned down,
turned away (weak cues), opposed, objected = رفض (رفض عدد منهم = "many of them were turned away"; لم يعبّر عن
رفضه = "did not express opposition", batch 91); "is not
rejected" = ليس مرفوضاً; "the child refuses to feed" = امتناع الطفل عن الرضاعة; "confirm or deny" = تأكيده أو نفيه; unable = عاجز عن,
"cannot afford" = عجزه عن, "those unable" = غير القادرين; "ignore" = عدم الالتفات; "the exclusion of" =
عدم شمول; "out of proportion to" = لا تتناسب مع;
without = دون, which alone may also be "under" (a weak cue) and so left an English "without" free
to stand for the لن of another clause whose negation the translation had dropped; "requested
anonymity" = طلب عدم الكشف عن هويته (``after``: what must follow the Arabic cue)."""


def _without(ar: list[Cue], en: list[Cue], drop_ar: set[int], drop_en: set[int]) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the cues at the indices ``drop_ar`` and ``drop_en``."""
    return [c for i, c in enumerate(ar) if i not in drop_ar], [c for j, c in enumerate(en) if j not in drop_en]


def _without_pairs(ar: list[Cue], en: list[Cue], pairs: Iterable[tuple[int, int]]) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the cues of ``pairs`` (index in ``ar``, index in ``en``): one the
    rendering of the other, neither counts."""
    pairs = list(pairs)
    return _without(ar, en, {i for i, _ in pairs}, {j for _, j in pairs})


_GHAYR_AHEAD = re.compile(r"(?:\s+[\u0621-\u064A\u064B-\u0652]+){1,3}?\s+(?:و|ب|ل)?غير(?![\u0621-\u064A])")
"""A غير within the three words after a cue: عدم استخدام أدوية غير موصوفة = "not to use non-prescribed
medicines", where the English word of a negative prefix renders غير, not عدم."""


def _without_paired_verbs(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the negative verbs that render each other (``_PAIRED_VERBS``), each
    cue in one pair at most."""
    pairs: list[tuple[int, int]] = []
    for row in _PAIRED_VERBS:
        used_ar, used_en = {i for i, _ in pairs}, {j for _, j in pairs}
        # (a strong cue first: "the refusal rate" beside "a marked decline" = نسبة الرفض)
        en_k = sorted((j for j, c in enumerate(en) if j not in used_en and (c.strong or row.neutral or _absorbs(c, "en"))
                       and row.en.match(c.text) and (row.before is None or row.before.search(en_text, 0, c.start))),
                      key=lambda j: not en[j].strong)
        ar_k = [i for i, c in enumerate(ar) if i not in used_ar and _strip_conj_norm(normalize_arabic(c.text)) in row.ar
                and (row.after is None or row.after.match(ar_text, c.end))]
        if row.near is None:
            pairs += zip(ar_k, en_k)
            continue
        for i in ar_k:
            if _GHAYR_AHEAD.match(ar_text, ar[i].end):
                continue  # the English word of a negative prefix renders that غير ("non-prescribed")
            place = ar[i].start / max(len(ar_text), 1)
            near = [j for j, c in enumerate(en) if abs(c.start / max(len(en_text), 1) - place) <= row.near]
            if any(en[j].strong for j in near):
                continue  # a "not" there renders it ("urged citizens not to buy birds of unknown origin")
            j = next((j for j in en_k if j in near), None)
            if j is not None:
                en_k.remove(j)
                pairs.append((i, j))
    return _without_pairs(ar, en, pairs)


_AR_BOUND_VERBS = _n("يتجاوز تتجاوز يتجاوزوا يتعدى تتعدى يتعد تتعد يتخطى تتخطى يتخط تتخط يزيد تزيد يزد تزد")
"""Verbs of an upper bound: لا تتجاوز نسبته ١٠٪ = "no more than 10%", لم يزد عن = "at most"."""
_AR_FALL_VERBS = _n("ينخفض تنخفض ينخفضوا يهبط تهبط يهبطوا ينزل تنزل ينزلوا يتراجع تتراجع")
"""Verbs of falling: negated, a lower bound (``_EN_LOWER_BOUND``)."""
_EN_LOWER_BOUND = re.compile(_LOWER_BOUND, re.I)


_AR_MORE = _n("أكثر لأكثر بأكثر")
"""A negated verb with "more than" in its next words is a bound too: لا يكفي لأكثر من ثلاثة أسابيع
= "would last no more than three weeks"."""
_EN_BOUND = re.compile(rf"no\s+(?:more|greater|higher|larger|bigger|longer)\s+(?:[a-z]+\s+)?than|"
                       rf"{_EN_PAIRED_ONLY.pattern}|less\s+than", re.I)
"""English bounds (weak cues) that render a negated bound verb."""


_EN_BOUND_VERB = r"\s+(?:[a-z]+\s+)?(?:exceed|surpass|top|(?:go|gone|went)\s+beyond|rise\s+above)"
"""What follows a negation in an English negated bound verb ("not exceed", "won't go beyond")."""
_NEGATED_BOUND_BEFORE = re.compile(rf"(?:\bnot|n['’]t|\bnever){_EN_BOUND_VERB}[a-z]*\b[^.;!?]*$", re.I)
"""An English negated bound verb right before a bound ("will not exceed two weeks at most"): the
verb renders the negation (لن تتجاوز أسبوعين على الأكثر), the bound renders على الأكثر."""
_BOUND_LOOKBACK = 60
_NEGATED_BOUND_VERB = re.compile(rf"(?:not|[a-z]*n['’]t|never){_EN_BOUND_VERB}", re.I)
"""An English negated bound verb at a cue ("does not exceed 400 doses"): it renders a negated
Arabic bound verb (لا يتجاوز ٤٠٠), itself only a bound (weak) where no number bounds it."""

_BOUND_REACH = {"ar": 40, "en": 25}
"""How far (characters) after a bound its number may stand (لا يتجاوز عدد الحالات 250 = "no more
than 250 cases")."""


def _bound_values(numbers: Sequence[NumberMention], lang: str, end: int) -> tuple[float, ...]:
    """The values of the first of ``numbers`` within ``_BOUND_REACH`` characters after offset ``end``."""
    m = next((m for m in numbers if end <= m.start <= end + _BOUND_REACH[lang]), None)
    return m.values if m else ()


def _without_paired_bounds(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less each لا / لم / لن right before a bound verb (``_AR_BOUND_VERBS``) or
    before "more than" (``_AR_MORE``) and an English bound that renders it (``_EN_BOUND``: لا
    تتجاوز نسبته ١٠٪ = "no more than 10%"), or an English negated bound verb (``_NEGATED_BOUND_VERB``:
    لا يتجاوز = "does not exceed"), in order. A bound that loses its negation ("exceeds 10%") has
    no English bound to pair with: still caught. Where both bounds are followed by a number, the
    numbers agree: "discounts of up to 30 percent" renders no لن يتجاوز 250 درهماً, it leaves that
    one to "will not exceed 250 dirhams"."""

    def bounded(end: int, verb_only: bool = False, verbs: frozenset[str] = _AR_BOUND_VERBS) -> bool:
        ahead = [normalize_arabic(w) for w in ar_text[end:].split(maxsplit=3)[:3]]
        return bool(ahead) and (ahead[0] in verbs or not verb_only and any(w in _AR_MORE for w in ahead))

    negations = [i for i, c in enumerate(ar) if _strip_conj_norm(normalize_arabic(c.text)) in ("لا", "لم", "لن")
                 or c.strong and strip_diacritics(c.text) in _ALLA]  # (على ألا تتجاوز = "provided it does not exceed")
    bounds = [i for i in negations if ar[i].strong and bounded(ar[i].end)]
    negated = [i for i in negations if bounded(ar[i].end, verb_only=True)]
    renders = [j for j, c in enumerate(en) if not c.strong and _EN_BOUND.fullmatch(c.text)
               and not _NEGATED_BOUND_BEFORE.search(en_text, max(0, c.start - _BOUND_LOOKBACK), c.start)]
    # a negated bound verb renders one: "does not exceed 400 doses" = لا يتجاوز ٤٠٠ جرعة (weak there)
    verbs = [j for j, c in enumerate(en) if c.strong and _NEGATED_BOUND_VERB.match(en_text, c.start)]
    verb_pairs = list(zip(negated, verbs))
    # a negated verb of falling renders a lower bound: لن تنخفض إلى ما دون 27 = "would not drop below
    # 27" (batch 113), like لا تقل عن
    verb_pairs += zip([i for i in negations if ar[i].strong and bounded(ar[i].end, True, _AR_FALL_VERBS)],
                      [j for j, c in enumerate(en) if not c.strong and _EN_LOWER_BOUND.fullmatch(c.text)])
    bounds = [i for i in bounds if i not in {i for i, _ in verb_pairs}]
    if not bounds or not renders:
        return _without_pairs(ar, en, verb_pairs)
    ar_numbers, en_numbers = extract_numbers(ar_text, "ar"), extract_numbers(en_text, "en")

    def agree(i: int, j: int, numbered: bool) -> bool:
        ours, theirs = _bound_values(ar_numbers, "ar", ar[i].end), _bound_values(en_numbers, "en", en[j].end)
        if numbered:
            return bool(set(ours) & set(theirs))
        return not ours or not theirs or bool(set(ours) & set(theirs))

    pairs = verb_pairs
    for numbered in (True, False):  # bounds of one number first (ألا تزيد ... عن 40 = "no longer than 40")
        for i in bounds:
            j = next((j for j in renders if agree(i, j, numbered)), None) if i not in {a for a, _ in pairs} else None
            if j is not None:
                renders.remove(j)
                pairs.append((i, j))
    return _without_pairs(ar, en, pairs)


_RENDERINGS = tuple((re.compile(rf"\b(?:{en})\b", re.I), _n(ar)) for en, ar in (
    (r"shortages?|shortfalls?|scarcity|deficits?|deficienc(?:y|ies)|lack(?:s|ed|ing)?",
     "نقص نقصا النقص شح الشح عجز العجز قلة القلة ندرة نفاد افتقار غياب"),
    (r"less\s+than|fewer\s+than", "أقل يقل تقل يقلون يقلان تقلان"),
    # "the next few years" = السنوات القليلة المقبلة (batch 70; not "little", which renders a دون:
    # "with little notice" = دون إشعار مسبق beside a قليل "fewer", tico19)
    (r"few", "قليل قليلة القليل القليلة قليلا قليلاً قلائل"),
    (r"(?<!urging )(?<!urged )(?<!urge )(?<!warned )(?<!warning )(?<!warn )(?<!advised )(?<!advising )"
     r"(?<!cautioned )(?<!decided )(?<!voted )(?<!voting )(?<!ruled )against|oppos(?:e|es|ed|ing|ition)|anti-[a-z]+",
     "ضد ضده ضدها ضدهم ضدهما معارضة المعارضة معارض معارضون معارضين يعارض تعارض يعارضون يعارضوا تعارضون "
     "عارض عارضت عارضوا بحق المنسوبة المنسوب منسوبة الموجهة الموجه موجهة المسندة المسند مسندة مقابل ومقابل بمقابل"),
    (r"exclud(?:e|es|ed|ing)|exclusion", "استثنى استثنت استثناء باستثناء يستثني تستثني يستثنى تستثنى نستثني "
     "استبعد استبعدت يستبعد تستبعد استبعاد إقصاء"),
    (r"non-?existent", "معدوم معدومة منعدم منعدمة انعدام"),
    (r"non-?governmental", "أهلي أهلية"),
    (r"outages?|cut(?:s|\s+off)?|interrupt(?:ed|ions?)?|blackouts?|disrupt(?:ed|ions?)?|lost|loss",
     "انقطاع انقطاعات انقطع انقطعت انقطعوا ينقطع تنقطع قطع لقطع بقطع وقطع القطع يقطع تقطع قطعت"),
    (r"impossible", "مستحيل مستحيلة استحالة"),
    (r"incomplete|deficient", "ناقص ناقصة ناقصا الناقص الناقصة منقوص منقوصة"),
    (r"fail(?:s|ed|ing)?", "راسب راسبة راسبين راسبون الراسب الراسبة الراسبين الراسبون رسب رسبت رسبوا يرسب ترسب"),
    (r"imbalances?", "اختلال الاختلال اختلالات الاختلالات خلل الخلل"),
    (r"unattainable|unachievable|unreachable|out\s+of\s+reach", "المنال"),
    (r"unharmed|unhurt|unscathed|uninjured", "سالما سالمة سالمين سالمون سالمات سليما سليمة سليمين"),
    (r"bann(?:ed|ing)|bans?|prohibit(?:s|ed|ing|ion)?|forbid(?:s|den)?",
     "حظر الحظر يحظر تحظر حظرت محظور محظورة ممنوع ممنوعة"),
    (r"stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|barr(?:ed|ing)", "منع المنع يمنع تمنع منعت منعوا يمنعون منعه منعها منعهم "
     "يمنعا تمنعا منعا يمنعوا"),
    (r"[a-z]+-free", "معفى معفاة معفية معفيين معفيون إعفاء الإعفاء خال خالية الخالي الخالية مجاني مجانية مجانا مجانيا"),
    # "ruled out" = استبعد (لم يستبعد = "did not rule out": its لم is the negation)
    (r"rul(?:e|es|ed|ing)\s+out", "استبعد يستبعد تستبعد استبعدت استبعدوا يستبعدون استبعاد"),
    # illegal connections = التجاوزات على الشبكة, illegal crossings = المعابر غير الشرعية (غير pairs first)
    (r"illegal(?:ly)?|unlawful(?:ly)?|illicit", "تجاوز تجاوزات التجاوزات تعد تعديات التعديات مخالف مخالفة مخالفات "
     "المخالفات مهرب مهربة المهربة المهربين تهريب"),
    # "would not be denied the chance" = لن يُحرَموا من: the denial renders the deprivation, so a negation dropped
    # before it is a flip (batch 123; the verbs of ``_AR_DEPRIVED``)
    (r"den(?:y|ies|ied|ying)|depriv(?:e|es|ed|ing)", _AR_DEPRIVED),
    # non-compliant containers = حاوية مخالفة (batch 121: its "non-" had balanced a dropped لن)
    (r"non-?complian(?:t|ce)|non-?conform(?:ing|ity|ant)", "مخالف مخالفة مخالفات المخالف المخالفة المخالفات مخالفين "
     "المخالفين"),
    (r"absen(?:ce|t)|missing", "غياب غائب غائبة مفقود مفقودة مفقودين"),
    # a court's acquittal (قضت ببراءة = "acquitted"), which may carry "not guilty" besides
    (r"acquit(?:s|ted|ting|tal)?|innocen(?:t|ce)|cleared", "براءة ببراءة البراءة بريء بريئا بريئة"),
    (r"instead|rather\s+than", "بدلا بدل عوضا"),
    (r"unknown|unidentified|anonymous", "مجهول مجهولة مجهولين"),
    (r"cautious(?:ly)?|wary|with\s+caution", "حذر بحذر حذرا حذرين"),
    (r"abstain(?:s|ed|ing)?|abstentions?", "امتناع امتنع امتنعت امتنعوا يمتنع"),
    (r"expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)", "يتوقع تتوقع توقع توقعت يتوقعون نتوقع أتوقع"),
    (r"(?:go(?:es|ing|ne)?|went)\s+beyond|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?",
     "تجاوز يتجاوز تتجاوز تجاوزت يتخطى تتخطى تخطي تتعدى يتعدى"),
    (r"shut\s*downs?|shut-downs?|stoppages?|halt(?:s|ed)?|suspension|pauses?|stop(?:s|ped|ping)?|breakdowns?",
     "توقف التوقف توقفت يتوقف تتوقف توقفه توقفها إيقاف الإيقاف وقف الوقف أوقف أوقفت يوقف توقيف"),
    (r"dissatisf[a-z]*|discontent(?:ed|ment)?|displeas[a-z]*|resent[a-z]*",
     "استياء استياءه استياءها استياءهم استيائه استيائها استيائهم الاستياء مستاء مستاءة مستاءين مستاؤون تذمر تذمره "
     "تذمرها التذمر سخط السخط امتعاض امتعاضه امتعاضها امتعاضهم"),
    # (not تجنب, a weak cue: لكي تتجنب ... أو حتى لا = "to avoid ... and", the "avoid" carries the لا)
    (r"avoid(?:s|ed|ing|able)?", "تفادي تفاديها تفاديه تفاديهم يتفادى تتفادى تفادى تفادت لتفادي وتفادي"),
    # لم يتراجع الطلب = "demand had not declined": "declined" renders the verb (batch 138)
    (r"declin(?:e|es|ed|ing)", "تراجع يتراجع تتراجع تراجعت تراجعه تراجعها التراجع بتراجع"),
    (r"lenien(?:t|tly|cy|ce)|toleran(?:t|ce)|tolerat(?:e|es|ed|ing)|complacen(?:t|cy)",
     "تهاون يتهاون تتهاون نتهاون التهاون تساهل يتساهل تتساهل نتساهل التساهل"),
    (r"ask(?:s|ed|ing)?|request(?:s|ed|ing)?|requir(?:e|es|ed|ing)", "يطلب تطلب يطالب تطالب يتطلب تتطلب "
     "يستلزم تستلزم استلزم يقتضي تقتضي"),
    (r"(?:limit|restrict|confin)(?:s|e|es|ed|ing)?(?:\s+(?:itself|themselves|himself|herself))?\s+to", "يقتصر تقتصر اقتصر اقتصرت يقتصرون "
     "تقتصرون يقتصران تقتصران الاقتصار اقتصار"),
    (r"includ(?:e|es|ed|ing)|count(?:s|ed|ing)?", "احتساب حساب يحتسب تحتسب"),
    # لم تؤثر على نسق الرحلات = "had not affected the flight schedule" (batch 142: turned positive, a warning)
    (r"affect(?:s|ed|ing)?|impact(?:s|ed|ing)?", "يؤثر تؤثر أثر أثرت يؤثرون تؤثران يؤثران"),
    # بقيت على حالها = "remained unchanged" (batch 87; not استقرت "stable", which stands beside a لم
    # تشهد أي تغيير that "unchanged" renders)
    (r"unchanged|unaltered", "حاله حالها حالهما حالهم حالهن"),
    # الأمراض المستعصية = "incurable diseases" (batch 87)
    (r"incurable|untreatable", "المستعصية مستعصية المستعصي مستعص عضال العضال"),
    (r"ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|neglect(?:s|ed|ing)?|overlook(?:s|ed|ing)?",
     "تجاهل يتجاهل تتجاهل نتجاهل أتجاهل تجاهلت تجاهلوا يتجاهلون تتجاهلون تجاهله تجاهلها تجاهلهم متجاهلا "
     "أهمل يهمل تهمل أهملت أهملوا يهملون إهمال"),
))
"""Weak cues and the plain words of the other language that render them: a shortage is نقص, شح
or العجز (لسد العجز = "to fill the shortage"), "less than" is أقل or يقل عن (الأشجار التي يقل عمرها عن
ثمانية أعوام = "trees less than eight years old"), "against" ضد or بحق (or the المنسوبة, الموجهة, المسندة
of التهم المنسوبة إليهم = "the charges against them", batch 84; مقابل of a comparison, "against a national
target of 95%", batch 95), "excluded"
استثنت, "non-existent" معدومة, "non-governmental" أهلية (مؤسسة ... الأهلية, batch 61), "banned" محظور,
"stopped" منعوا (منعوا ... من متابعة = "stopped ... from continuing"), "duty-free" معفاة (من الرسوم), "smoke-free" خالية, "toll-free" مجاني, انقطاع an outage (انقطعت الكهرباء = "power was lost"), بحذر
"cautiously", امتناع "abstaining", استياء "dissatisfaction", تفادي "avoid" (the word itself, not the
حتى لا that "to avoid" may render), تتجاوز "go beyond" or "exceed" (لم تتجاوز 41 = "did not exceed 41"), التوقف "the shutdown", وقف "to halt" or "to stop" (لوقف نزيف الكفاءات = "to stop the brain drain"), تتجاهل "ignore" (لم
تتجاهل = "has not ignored"), تتهاون "show leniency" (لن تتهاون = "will not tolerate"), يطلب "ask" or
"require" (لن يطلب من المراجعين = "visitors will not be asked"), احتساب "including" (دون احتساب =
"not including"), يستلزم "require" (لا يستلزم الرقود = "does not require hospitalisation", batch 78), يقتصر
"limited to" (لا يقتصر على = "is not limited to", batch 78), بعيد المنال "unattainable" (ليس هدفاً بعيد
المنال = "is not an unattainable goal", batch 79), سالماً "unharmed" (batch 84), على حالها
"unchanged", المستعصية "incurable" (batch 87), ناقصة "incomplete" and الراسبين "students who fail" (batch 115), "illegal connections" التجاوزات, "smuggled" or "illegal" مهربة,
الاختلالات "imbalances", منع "barred" (لن يُمنعوا = "will not be barred", batch 94). A weak cue so rendered carries no negation
of the other side (``_without_renderings``). Not so a word that may carry a negation besides: "warned" (حذّره من =
warned him not to), an "against" after a verb of advice (urging against = داعياً إلى عدم, voted
against), and verbs such as avoid, prevent, ban and stop ("to avoid falling afoul and being on the
hook" = لكي تتجنب ... وحتى لا تصبح)."""


def _ar_rows(table: Sequence[tuple[re.Pattern, frozenset[str]]]) -> dict[str, tuple[int, ...]]:
    """Arabic word -> the rows of ``table`` (``_RENDERINGS``, ``_NEGATED_ADJECTIVES``) it is in."""
    rows: dict[str, tuple[int, ...]] = {}
    for row, (_, words) in enumerate(table):
        for word in words:
            rows[word] = (*rows.get(word, ()), row)
    return rows


_AR_RENDERS = _ar_rows(_RENDERINGS)
_EXCEEDING = next(r for r, (en, _) in enumerate(_RENDERINGS) if en.search("exceeded"))
"""The row of the verbs of exceeding, which a negated كان may negate (لم تكن طاقته تتجاوز 35)."""


_FUTURE_VERB = re.compile("^س(?=[يتنأ])")
"""The future prefix س before a verb's person prefix (ستوقف "will stop", سيتجاوز "will exceed")."""


@lru_cache(maxsize=4096)
def _word_stems(ar_text: str) -> tuple[tuple[str, ...], ...]:
    """Per word of ``ar_text`` (``tokenize``): its stems, and a verb's without its future prefix
    (ستوقف = توقف, batch 113), read once per text for both tables."""
    return tuple(tuple(dict.fromkeys(f for stem in arabic_stems(t.norm) for f in (stem, _FUTURE_VERB.sub("", stem))))
                 for t in tokenize(ar_text))


@lru_cache(maxsize=4096)
def _rendering_kinds(ar_text: str, adjectives: bool = False) -> tuple[frozenset[int], ...]:
    """Per word of ``ar_text`` (``tokenize``): the rows of ``_RENDERINGS`` (of ``_NEGATED_ADJECTIVES``
    with ``adjectives``) it belongs to, by its stems (read once per text for ``_without_renderings``
    and ``_flipped_renderings``)."""
    index = _AR_ADJECTIVES if adjectives else _AR_RENDERS
    return tuple(frozenset(r for stem in stems for r in index.get(stem, ())) for stems in _word_stems(ar_text))


def _without_renderings(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the weak cues that a word of the other side renders (``_RENDERINGS``):
    per kind of word, weak cues of both sides pair first (neither counts), then a side's remaining
    weak cues pair with the other side's plain words of that kind (the cue counts no more)."""
    rows: dict[int, list[int]] = {}  # row -> offsets of the Arabic words of that kind
    for t, kinds in zip(tokenize(ar_text), _rendering_kinds(ar_text)):
        for row in sorted(kinds):
            rows.setdefault(row, []).append(t.start)
    weak_ar = {c.start: i for i, c in enumerate(ar) if not c.strong}
    weak_en = {c.start: j for j, c in enumerate(en) if not c.strong}
    drop_ar: set[int] = set()
    drop_en: set[int] = set()
    for row, ar_at in sorted(rows.items()):
        en_at = [m.start() for m in _RENDERINGS[row][0].finditer(en_text)]
        en_cues = [weak_en[p] for p in en_at if p in weak_en and weak_en[p] not in drop_en]
        ar_cues = [weak_ar[p] for p in ar_at if p in weak_ar and weak_ar[p] not in drop_ar]
        en_plain = sum(p not in weak_en for p in en_at)
        ar_plain = sum(p not in weak_ar for p in ar_at)
        both = min(len(en_cues), len(ar_cues))
        drop_en.update(en_cues[:both + min(len(en_cues) - both, ar_plain)])
        drop_ar.update(ar_cues[:both + min(len(ar_cues) - both, en_plain)])
    return _without(ar, en, drop_ar, drop_en)


_AR_NEGATORS = _PARTICLES - {"ما"} | _n("عدم دون بدون دونما")
"""What negates the Arabic word right after it, for ``_flipped_renderings`` (not ما: ما منع may be
"what prevented")."""
_EN_NEGATED_WORD = re.compile(r"(?:\bnot|\bnever|\bno|\bwithout|n['’]t|\b(?:none|neither)\s+of\s+\w+)\s+(?:\w+\s+)?"
                              r"(?:(?:in|into|on|from)\s+(?:(?:a|an|the)\s+)?|to\s+(?:a|an|the)\s+)?$", re.I)
"""A negation a word or two before an English word ("did not prevent", "without interruption", "none
of which exceeded"), or
before the verb whose preposition it follows ("will not lead to a halt"; not "had not decided to
stop", an infinitive, where لم تقرر وقف negates the verb before)."""
_EN_ADVISED_AGAINST = re.compile(r"\b(?:urg|warn|caution|advis|counsel)\w*\s+against\s+(?:\w+\s+)?$", re.I)
"""A verb of advice and "against" before an English word (urged against complacency, batch 91): the
word is negated, but by a weak cue."""
_EN_NEGATED_OBJECT = re.compile(r"\s+(?:(?:for|of)\s+)?(?=(?:no|nothing|none)\b)", re.I)
"""A negation of the object right after an English word, or after its preposition, which negates it
as well ("requires no advance booking" = لا يتطلب حجزا مسبقا, "will tolerate no delay", "is asking for no
more than" = لا تطلب أكثر من, batch 61)."""
_FLIP_PREPOSITIONS = _n("إلى الى في على عن")
"""The prepositions of a verb a negated word may depend on (لن يؤدي إلى توقف = "would not halt")."""
_FLIP_PLACE = 0.25
"""How far apart (a share of each text's length) a word and its rendering may stand."""
_FLIP_PLACE_ONE = 0.5
"""How far apart a word written once on each side and its rendering may stand: an Arabic sentence
opens on its verb, the English puts the subject first (ولم تتوقف الرحلات المنظمة إلى مقابر بني حسن ... =
"Organised trips to the Beni Hassan tombs ... have not stopped", batch 139)."""


def _adjective_forms(bases: str) -> str:
    """The forms of Arabic adjectives (مسؤول: مسؤولة، مسؤولا، مسؤولين، مسؤولون; =كاف: that word
    alone, كافة being "all")."""
    return " ".join(b[1:] if b.startswith("=") else f"{b} {b}ة {b}ا {b}ين {b}ون" for b in bases.split())


_NEGATED_ADJECTIVES = tuple((re.compile(rf"\b(?:(?P<neg>{prefixes})-?)?(?:{en})\b", re.I), _n(_adjective_forms(ar)))
                            for en, prefixes, ar in (
    ("responsible", "ir", "مسؤول"),
    ("sufficient|adequate|enough", "in", "=كاف كافي"),
    ("safe|secure", "un|in", "آمن"),
    ("legal|lawful|legitimate", "il|un", "قانوني شرعي"),
    ("licensed|authori[sz]ed|permitted|registered", "un", "مرخص مسجل مصرح"),
    ("fit|suitable|usable|potable|drinkable|valid|appropriate", "un|in", "صالح مناسب ملائم"),
    ("able|capable", "un|in", "قادر"),
    ("available", "un", "متوفر متاح متوافر"),
    ("possible|feasible", "im|in", "ممكن"),
    ("necessary|essential", "un", "ضروري"),
    ("stable|steady|constant|fixed", "un", "مستقر ثابت"),
    ("direct", "in", "مباشر"),
    ("regular", "ir", "منتظم"),
    ("complete|completed|finished", "in|un", "مكتمل منجز"),
    ("ready|prepared", "un", "جاهز مستعد مهيأ"),
    ("clear", "un", "واضح"),
    ("qualified", "un", "مؤهل"),
    ("vaccinated|immuni[sz]ed", "un", "ملقح محصن مطعم"),
    ("inhabited|populated", "un", "مأهول"),
    ("expected", "un", "متوقع"),
    ("acceptable", "un", "مقبول"),
    ("official", "un", "رسمي"),
    ("normal|natural", "ab|un", "طبيعي"),
    ("usual|ordinary", "un|extra", "عادي"),
    ("treated", "un", "معالج"),
    ("covered|included", "un", "مغطى مغطا مشمول"),
    ("confirmed", "un", "مؤكد"),
    ("sustainable", "un", "مستدام"),
    ("renewable", "non", "متجدد"),
    ("accurate|precise", "in|im", "دقيق"),
    ("true|correct", "un|in", "صحيح"),
    ("armed", "un", "مسلح"),
    ("fair", "un", "عادل منصف"),
    ("balanced", "un|im", "متوازن"),
    ("sterile|sterili[sz]ed", "un", "معقم"),
    ("equipped", "un|ill", "مجهز"),
    ("paved", "un", "معبد"),
    ("satisfied|satisfactory", "un|dis", "راض راضي"),
    ("profitable|profit", "non|un", "ربحي"),
    ("governmental", "non", "حكومي"),
    ("conventional|traditional", "un|non", "تقليدي"),
    ("limited", "un", "محدود"),
    ("specified|defined", "un", "محدد"),
    ("known", "un", "معروف"),
    ("willing", "un", "راغب"),
    ("aware", "un", "مدرك واع"),
    ("visible", "in", "مرئي"),
    ("effective", "in", "فعال"),
    ("dangerous|serious", "non", "خطير"),
    ("protected", "un", "محمي"),
    ("related|connected|linked|tied", "un|dis", "مرتبط"),
    ("harmful|hazardous", "non|un", "ضار"),
    ("justified", "un", "مبرر"),
    ("compliant|conforming", "non|un", "مطابق"),
    ("reliable", "un", "موثوق"),
    ("exploded", "un", "منفجر"),
    ("documented", "un", "موثق"),
    ("announced|declared", "un", "معلن"),
    ("pasteuri[sz]ed", "un", "مبستر"),
    ("paid", "un", "مدفوع"),
    ("compulsory|mandatory|obligatory", "non", "إلزامي"),
))
"""Adjectives that غير negates (غير مسؤولة = "not responsible", "irresponsible") and their English,
with the prefixes that negate it there (in-sufficient, ill-equipped, non-profit): a negated one
whose English stands un-negated is flipped (``_flipped_renderings``), as a negated word of
``_RENDERINGS`` is."""
_AR_ADJECTIVES = _ar_rows(_NEGATED_ADJECTIVES)
_AR_ADJECTIVE_NEGATORS = _AR_NEGATORS | _n("غير")
_EN_NEGATED_ADJECTIVE = re.compile(r"(?:\bnot|\bnever|n['’]t|\bno\s+longer)\s+(?:(?:be|been|being|become|remain|seem|very|fully|"
                                   r"entirely|completely|always|yet|quite|so|too|really|necessarily|sufficiently|"
                                   r"considered|deemed|made)\s+)?$", re.I)
"""A negation of an English adjective: right before it, or before a copula or an adverb ("not
enough", "would not be safe", "not fully equipped", "no longer able"; not "did not constitute
sufficient grounds", where it negates the verb, nor "no serious complications", the noun)."""
_EN_ADJECTIVE_REACH = (6, 2)
"""How many words before and after an English adjective a strong negation of its clause may stand and
still leave its polarity undecided (``_flipped_adjectives``: "not fully and officially registered",
"registered or not"); a weak cue anywhere in it does ("available inside the Sultanate only to a
limited extent" = لم تكن متاحة ... إلا بشكل محدود)."""
_AR_BEING = _KANA | _n("يكون تكون يكونوا يكونا تكونا سيكون ستكون يعد تعد يعودوا")
"""What stands between a negation and the adjective it negates: لن يكون كافيا، لم تعد آمنة."""
_NEAR_NEGATION = 4
"""How many words before an Arabic word a negation that does not negate it by ``_arabic_negator``
leaves its polarity undecided: عدم إنشاء محطة توقف = "no stop had been built", ولم تسجل أي حالة انقطاع =
"no service interruption was recorded" (batch 60; three words had been the reach)."""
_AR_NEGATION_BRIDGE = _n("أي أية يوجد توجد هناك ثمة")
"""Words a negation reaches a noun across: لا يوجد أي نقص، ليس هناك نقص = "there is no shortage"."""
_BEING_REACH = 6
"""How many words before an adjective a negated كان may stand (لم تكن قارورة الأقراص تلك كافية)."""


def _rendered_rows(kinds: Sequence[frozenset[int]], written: dict[int, list], toks: Sequence[Token], ar_text: str,
                   en_text: str) -> Iterable[tuple[int, list[int], list]]:
    """(row, Arabic word indices, English matches) of each row whose words both sides write the
    same number of times, at about the same places (each is the other's rendering; a word written
    once may stand farther, ``_FLIP_PLACE_ONE``), and whose
    Arabic words have no other kind the English writes too (غياب: "absence", "lack").
    ``kinds``: per Arabic token, its rows; ``written``: per row, the English matches (start first)."""
    for row in sorted({r for ks in kinds for r in ks}):
        ar_at = [k for k, ks in enumerate(kinds) if row in ks]
        en_at = written[row]
        if len(ar_at) != len(en_at) or any(written.get(other) for k in ar_at for other in kinds[k] if other != row):
            continue
        reach = _FLIP_PLACE_ONE if len(ar_at) == 1 else _FLIP_PLACE
        if all(abs(toks[k].start / max(len(ar_text), 1) - e[0] / max(len(en_text), 1)) <= reach
               for k, e in zip(ar_at, en_at)):
            yield row, ar_at, en_at


_AR_EXCEPTION = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:[إا]لا|سوى)(?![\u0621-\u064A])")


def _exception_follows(ar_text: str, end: int) -> bool:
    """An إلا or سوى after ``end`` in its sentence: the negation before it says "only"."""
    m = _AR_EXCEPTION.search(ar_text, end)
    return m is not None and not _SENTENCE_END.search(ar_text, end, m.start())


def _flips(ar_neg: list, en_neg: list) -> tuple[list[Cue], list[Cue]]:
    """The negations of the side that negates more words of a row than the other: (Arabic, English)."""
    if len(ar_neg) > len(en_neg):
        return [c for c in ar_neg if c is not None], []
    if len(en_neg) > len(ar_neg):
        return [], [c for c in en_neg if c is not None]
    return [], []


def _flipped_renderings(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str,
                       en_text: str) -> tuple[tuple[Cue, ...], tuple[Cue, ...]]:
    """The strong cues of ``ar`` and of ``en`` that negate a word of a kind of ``_RENDERINGS`` whose
    every rendering on the other side stands un-negated, and the cues that negate an adjective of
    ``_NEGATED_ADJECTIVES`` so (``_flipped_adjectives``): (Arabic cues, English cues). لم يمنعا =
    "did not prevent" against "had prevented", "did not rule out" against تستبعد. Only where both
    sides write that kind the same number of times, at about the same places, so that each word
    is the other's rendering (``_rendered_rows``); a negation the filters before took as the
    rendering of another counts for none. (An Arabic word is negated by a particle right before
    it, لم، لا، لن، ليس، عدم، دون, or before the verb whose preposition it follows, لن يؤدي إلى توقف; an
    English one by "not", "never", "no", "without", "n't" a word or two before it, or before its
    verb and preposition.)"""
    toks = tokenize(ar_text)
    flipped_ar, flipped_en = _flipped_adjectives(ar, en, ar_text, en_text, toks)
    kinds = _rendering_kinds(ar_text)
    written = {row: [(m.start(), m.end()) for m in _RENDERINGS[row][0].finditer(en_text)] for ks in kinds for row in ks}
    for row, ar_at, en_at in _rendered_rows(kinds, written, toks, ar_text, en_text):
        ar_neg = []
        undecided = False
        for k in ar_at:
            at = _arabic_negator(toks, k, ar_text, _AR_NEGATORS, being=row == _EXCEEDING)
            if at is not None:  # (a strong cue, or an idiom's: لم يتوقف = "kept on" against "stopped"; not
                # one an إلا makes "only": ولم تتوقف ... إلا مرات قليلة = "stopped only a few times", batch 140)
                ar_neg.append(next((c for c in ar if c.start == toks[at].start and (
                    c.strong or " " in c.text and not _exception_follows(ar_text, c.end))), None))
            else:  # a negation a few words before it, of the noun it depends on (عدم إنشاء محطة توقف)
                before = toks[max(0, k - _NEAR_NEGATION)].start
                undecided |= any(c.strong and before <= c.start < toks[k].start
                                 and not _CLAUSE_END.search(ar_text, c.end, toks[k].start) for c in ar)
        if undecided:
            continue
        en_neg = []
        for at, end in en_at:
            if _EN_ADVISED_AGAINST.search(en_text, max(0, at - 40), at):
                undecided = True  # "urged against complacency" = دعت إلى عدم التهاون: its "against" negates
                continue
            m = _EN_NEGATED_WORD.search(en_text, max(0, at - 40), at)
            after = None if m else _EN_NEGATED_OBJECT.match(en_text, end)
            if m or after:
                neg_at = m.start() if m else after.end()
                en_neg.append(next((c for c in en if c.strong and c.start <= neg_at < c.end), None))
            else:  # a negation earlier in its clause ("none of the displaced ... will be excluded")
                undecided |= any(c.strong and c.start < at and not _CLAUSE_END.search(en_text, c.end, at) for c in en)
        if undecided:
            continue
        more_ar, more_en = _flips(ar_neg, en_neg)
        flipped_ar += more_ar
        flipped_en += more_en
    return tuple(flipped_ar), tuple(flipped_en)


def _cues_around(cues: Sequence[Cue], text: str, start: int, end: int, bounds: re.Pattern) -> list[Cue]:
    """The cues of ``cues`` in the sentence or clause (``bounds``: what ends one) of ``text`` around
    [start, end)."""
    left = max((m.end() for m in bounds.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in bounds.finditer(text, end)), len(text))
    return [c for c in cues if left <= c.start < right]


_QUOTE_CLOSED = re.compile(r"[»”]")
"""A closing quotation mark: a negation inside the quotation negates nothing after it («لن يسمح
بعودة الفجوة»، مؤكداً أن الاحتياطيات ... كافية = "is sufficient")."""


def _flipped_adjectives(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str, en_text: str,
                        toks: Sequence[Token]) -> tuple[list[Cue], list[Cue]]:
    """The cues that negate an adjective of ``_NEGATED_ADJECTIVES`` whose rendering on the other side
    stands plainly un-negated (غير مسؤولة = "not responsible" against "was responsible"; "not
    enough" against كافية). An Arabic adjective is negated by غير or a negation right before it, or
    by a negated كان before it in its clause (لم تكن الإجراءات كافية، لم يعد قادرا); an English one by
    its prefix (insufficient, ill-equipped) or "not", "never", "n't" right before it or before a
    copula or an adverb ("would not be safe"). An adjective that is neither, with a negation in its
    sentence (Arabic: لم يستشاروا بشكل كاف، لم تكن بليثن، التي ...، متاحة) or clause (English: "no
    serious complications"), leaves the row undecided: the negation may be its own."""
    kinds = _rendering_kinds(ar_text, True)
    written = {row: [(m.start(), m.end(), bool(m.group("neg"))) for m in _NEGATED_ADJECTIVES[row][0].finditer(en_text)]
               for ks in kinds for row in ks}
    # a prefix that negates an adjective of the table negates that word alone ("the National Center
    # for Non-Profit Sector Development" leaves "is registered" decided, batch 78)
    prefixes = {start for row in written.values() for start, _, prefixed in row if prefixed}
    clause_cues = [c for c in en if c.strong or c.start not in prefixes]
    flipped_ar: list[Cue] = []
    flipped_en: list[Cue] = []
    for _, ar_at, en_at in _rendered_rows(kinds, written, toks, ar_text, en_text):
        ar_neg, en_neg, undecided = [], [], False
        for k in ar_at:
            at = _arabic_negator(toks, k, ar_text, _AR_ADJECTIVE_NEGATORS, being=not definite_noun(toks[k].norm))
            if at is not None:
                ar_neg.append(next((c for c in ar if c.start == toks[at].start), None))
            else:  # (a negation inside a quotation closed before the word does not reach it, batch 83)
                undecided |= any(not _QUOTE_CLOSED.search(ar_text, c.end, toks[k].start)
                                 for c in _cues_around(ar, ar_text, toks[k].start, toks[k].end, _SENTENCE_END))
        for start, end, prefixed in en_at:
            m = None if prefixed else _EN_NEGATED_ADJECTIVE.search(en_text, max(0, start - 40), start)
            if prefixed or m:
                place = start if prefixed else m.start()
                en_neg.append(next((c for c in en if c.start <= place < c.end), None))
            else:  # a negation of its clause may reach it, unless far from it ("the boats not
                # covered by the aid were those that were officially registered or whose owners had
                # not renewed", batch 60)
                undecided |= any(not c.strong or (len(en_text[end:c.start].split()) <= _EN_ADJECTIVE_REACH[1]
                                                  if c.start >= end else
                                                  len(en_text[c.end:start].split()) <= _EN_ADJECTIVE_REACH[0])
                                 for c in _cues_around(clause_cues, en_text, start, end, _CLAUSE_END))
        if not undecided:
            more_ar, more_en = _flips(ar_neg, en_neg)
            flipped_ar += more_ar
            flipped_en += more_en
    return flipped_ar, flipped_en


def _arabic_negator(toks: Sequence[Token], k: int, ar_text: str, negators: frozenset[str],
                    being: bool = False) -> int | None:
    """The token that negates word ``k``: one of ``negators`` (or ألا, لئلا: أن + لا) right before it
    (or before يوجد, هناك, أي ... before it: لا يوجد أي نقص), or before the verb whose preposition it
    follows (لن يؤدي إلى توقف = "would not halt"; not across a clause: وليس في غياب), or, with
    ``being`` (a predicate: an indefinite adjective, a verb of exceeding), a negation before a كان
    form earlier in its clause (لم تكن الإجراءات كافية، لن يكون كافيا، لم يعد قادرا، لم تكن طاقته تتجاوز
    35; not the subject, لم تكن نسبة النقص); None if none."""
    def negates(j: int) -> bool:
        return _strip_conj(toks[j]) in negators or strip_diacritics(toks[j].text) in _ALLA

    if k and negates(k - 1):
        return k - 1
    j = k - 1
    while j > 0 and toks[j].norm in _AR_NEGATION_BRIDGE:
        j -= 1
    if j < k - 1 and negates(j):
        return j  # لا يوجد أي نقص = "there is no shortage"
    if k > 1 and toks[k - 1].norm in _FLIP_PREPOSITIONS:
        for j in (k - 2, k - 3):
            if j >= 0 and negates(j) and not _CLAUSE_END.search(ar_text, toks[j].end, toks[k].start):
                return j
    for j in range(k - 1, max(0, k - _BEING_REACH) - 1, -1) if being else ():
        if _CLAUSE_END.search(ar_text, toks[j].end, toks[k].start):
            return None
        if j and toks[j].norm in _AR_BEING and negates(j - 1):
            return j - 1
    return None


_AR_DENIAL_VERBS = _n(f"{_AR_NAFA} نفوا ينفون نفي {_AR_DENYING_IT} {_AR_ANKARA}")
"""The verbs of a denial (نفى "denied", نافياً "denying"; نفي, the noun "denial", normalises as the
perfect; أنكر المتهمون = "the defendants denied", batch 80): an agency's denial is a statement of polarity (نفى ما تداولته = "denied reports") that a
translation keeps, so one that no word of the other side renders is a flipped negation ("confirmed
reports"), though the embedder hardly sees it."""
_AR_EXILE_AFTER = re.compile(r"\s+(?:إلى|الى|خارج)|ه(?:م|ما)?\s+(?:إلى|الى|خارج)")
"""What follows نُفي "was exiled" (نفي إلى مالطا, نفيه خارج البلاد), no denial."""
_EN_FALSEHOOD_WORDS = r"untrue|baseless|unfounded|groundless|false|fabricat|incorrect|inaccurate|misleading"
_EN_DENIAL = re.compile(r"(?i)\b(?:dismiss|refut|rebut|rul(?:e|es|ed|ing)\s+out|"
                        r"disput(?:ed|ing)|contradict|rebuff|brush(?:ed|es|ing)?\s+(?:aside|off)|play(?:ed|s|ing)?\s+down|"
                        rf"downplay|{_EN_FALSEHOOD_WORDS}|exile|banish)")
"""English words that render a denial (or an exile) and are no negation cue ("disputed" but not the
noun "a dispute", خلاف: "a dispute between the supplier and customs ... he confirmed that", batch 59)."""
_EN_DENIAL_CUE = re.compile(r"(?i)den(?:y|ies|ied|ying|ial)|reject")
"""English negation cues that render a denial: they do so only where no other Arabic cue took them
(a "rejected" that renders رفضت renders no نفى)."""


_AR_RULING_OUT = _n("استبعد استبعدت استبعدوا يستبعد تستبعد نستبعد أستبعد يستبعدون استبعاد")
"""Ruling out, which "rule out" renders before any denial (دون أن يستبعد = "without ruling out")."""


_AR_FALSEHOOD = re.compile("(?<![\u0621-\u064A])(?:" + "|".join(sorted((
    normalize_arabic(p) for p in ("عارية عن الصحة", "عارية من الصحة", "عار عن الصحة", "عارية تماما عن الصحة",
                                  "لا أساس لها", "لا أساس له", "غير صحيحة", "غير صحيح", "غير دقيقة", "غير دقيق",
                                  "كاذبة", "كاذب", "مفبركة", "ملفقة", "مضللة", "مغلوطة", "زائفة", "باطلة")),
    key=len, reverse=True)) + ")(?![\u0621-\u064A])")
"""Words of falsehood ("unfounded", "untrue", "baseless", "false" ...), which such an English word
renders before any denial (نفى ... واصفاً تلك الأنباء بأنها «عارية عن الصحة» = "denied ...,
describing them as 'completely unfounded'")."""
_EN_FALSEHOOD = re.compile(rf"(?i){_EN_FALSEHOOD_WORDS}")
"""The words of ``_EN_DENIAL`` that say "false" rather than "denied"."""


def _renders_denial(en_text: str, ar_text: str) -> bool:
    """Whether the English has a word that renders a denial (``_EN_DENIAL``), as many "rule out"s
    aside as the Arabic has words of ruling out (``_AR_RULING_OUT``): نفت المديرية الأرقام ... دون أن
    يستبعد against "confirmed the figures ... without ruling out" (batch 60); and as many words of
    falsehood ("unfounded") as the Arabic has (``_AR_FALSEHOOD``): نفى ... «عارية عن الصحة» against
    "confirmed reports ..., describing them as 'completely unfounded'" (batch 64)."""
    ruling_out = sum(_strip_conj_norm(t.norm) in _AR_RULING_OUT for t in tokenize(ar_text))
    falsehoods = len(_AR_FALSEHOOD.findall(normalize_arabic(ar_text)))
    for m in _EN_DENIAL.finditer(en_text):
        if m.group().lower().startswith("rul") and ruling_out:
            ruling_out -= 1
        elif _EN_FALSEHOOD.match(m.group()) and falsehoods:
            falsehoods -= 1
        else:
            return True
    return False


def _denial_word(word: str) -> bool:
    """Whether Arabic ``word`` is a denial verb (``_AR_DENIAL_VERBS``), a clitic in front or not."""
    return _strip_conj_norm(normalize_arabic(word)) in _AR_DENIAL_VERBS


def _denial_verb(c: Cue) -> bool:
    return _denial_word(c.text)


def _carried(ar: Sequence[Cue], denials: Iterable[int] = ()) -> int:
    """The negations of ``ar`` an English negation may render: its strong cues and its weak cues
    that carry one (غير صادرة = "not issued", ``_absorbs``), the denial verbs at ``denials`` aside."""
    skip = set(denials)
    return sum(c.strong or _absorbs(c, "ar") and not _denial_verb(c) for i, c in enumerate(ar) if i not in skip)


def _unrendered_denials(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str, en_text: str,
                        en_strong: int) -> tuple[Cue, ...]:
    """The Arabic denial verbs (``_AR_DENIAL_VERBS``) of ``ar`` (cues left once the verbs that
    render each other are paired) that nothing of the English renders: no denying word there
    (``_renders_denial``, or a cue of ``en``, the English cues left, that denies: ``_EN_DENIAL_CUE``), and
    no English negation more than the Arabic's other negations account for (نفى أن يكون = "said it
    was not"; غير صادرة = "not issued" accounts for a "not")."""
    if _renders_denial(en_text, ar_text) or any(_EN_DENIAL_CUE.match(c.text) for c in en):
        return ()
    denials = tuple(c for c in ar if _denial_verb(c) and not _AR_EXILE_AFTER.match(ar_text, c.end))
    return denials if en_strong <= _carried(ar) or _admits_instead(ar_text, en_text) else ()


_EN_ADMISSION = re.compile(r"\b(?:acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|conced(?:e|es|ed|ing)|"
                           r"confess(?:es|ed|ing)?)\b", re.I)
def _with_conjunctions(words: str) -> frozenset[str]:
    """The normalised ``words``, alone and after و or ف."""
    return frozenset(c + w for w in _n(words) for c in ("", "و", "ف"))


_AR_ADMISSION = _with_conjunctions("اعترف اعترفت اعترفوا يعترف تعترف معترفا معترفة اعتراف أقر أقرت أقروا يقر تقر مقرا "
                                   "مقرة إقرار")
"""Verbs of admitting, the opposite of a denial (after و or ف too)."""


def _admits_instead(ar_text: str, en_text: str) -> bool:
    """Whether the English admits (``_EN_ADMISSION``) where the Arabic admits nothing: its denials
    are then rendered by no negation of the English, which belongs to the admitted fact (نفى أن
    يكون هناك أي تقصير against "acknowledged that there had been a failure to")."""
    return _EN_ADMISSION.search(en_text) is not None and not any(t.norm in _AR_ADMISSION for t in tokenize(ar_text))


_AR_DENIED_CLAUSE = re.compile(r"(?:\s+\S+){0,4}?\s+(?:أن|ان|وجود|صحة)(?![\u0621-\u064A])")
"""What follows a denial verb whose object is a clause (نفى الوزير أن تكون = "the minister said it
was not", نفى وجود = "said there was no", نفى صحة = "said ... was not true")."""


def _without_denied_clauses(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the Arabic denial verbs of a clause (``_AR_DENIED_CLAUSE``) and as many
    English strong cues that no Arabic strong cue accounts for (a spare "not" renders the denial),
    each denial with the spare cue nearest its place (none where the English admits instead,
    ``_admits_instead``)."""
    if _admits_instead(ar_text, en_text):
        return list(ar), list(en)
    denials = [i for i, c in enumerate(ar)
               if not c.strong and _denial_verb(c) and _AR_DENIED_CLAUSE.match(ar_text, c.end)]
    spare = sum(c.strong for c in en) - _carried(ar, denials)
    pairs: list[tuple[int, int]] = []
    free = [j for j, c in enumerate(en) if c.strong]
    for i in denials[:max(0, spare)]:
        place = ar[i].start / max(len(ar_text), 1)
        j = min(free, key=lambda j: (abs(en[j].start / max(len(en_text), 1) - place), j))
        free.remove(j)
        pairs.append((i, j))
    return _without_pairs(ar, en, pairs)

_EN_ONLY_WORD = re.compile(r"only", re.I)


def _only_construction(ar_text: str) -> bool:
    """Whether ``ar_text`` says "only" with a negation: an exception word (لا ... إلا، لم ... سوى,
    لن ... إلا بعد; not إلا أن, "however"), فقط, or a negated bound (لم تتجاوز ٤٢ = "only 42").
    Without one an English "only" ("saying only that") renders none of its negations."""
    toks = tokenize(ar_text)
    norms = [_strip_conj(t) for t in toks]
    return any(n in _ILLA and not _concession(ar_text, toks, norms, k) or t.norm in _ONLY or n in _AR_BOUND_VERBS
               for k, (t, n) in enumerate(zip(toks, norms)))


_AR_CONTINUED = {normalize_arabic("وعدم"): _AR_ADAMS, normalize_arabic("ولن"): _n("لن ولن"),
                 normalize_arabic("ولم"): _n("لم ولم"), normalize_arabic("ولا"): _n("لا ولا")}
"""A negation that goes on with the same negation before it: وعدم after عدم, ولن after لن, ولم after
لم (لن تفقد قيمتها ولن تخضع لأي خصم = "will not lose their value or be subject to any deduction"), ولا
after لا (لا يعملون ولا يدرسون = "neither working nor studying", batch 98)."""
_EN_NOT_OR = re.compile(r"\b(?:(?:not|no|never)\b[^.;:!?]{1,80}?\bor|neither\b[^.;:!?]{1,80}?\bnor)\b", re.I)
"""A negation and an "or" after it in one clause ("not to approach ... or risk crossing them"), or
"neither ... nor": one negation of two verbs, or of one more for each comma between ("neither working,
studying nor following any training")."""


def _without_continued_negations(ar: list[Cue], en: list[Cue], ar_text: str, en_text: str) -> list[Cue]:
    """``ar`` less each وعدم that goes on with the عدم before it in its clause (عدم الاقتراب من مجاري
    الأودية وعدم المجازفة بعبورها), and each ولن or ولم so after its لن or لم (``_AR_CONTINUED``),
    where the English negates the two verbs once, with an "or" after
    its negation (``_EN_NOT_OR``: "not to approach valley watercourses or risk crossing them"), one
    such "or" for each, as many as the Arabic has strong cues more than the English ``en``. Where
    the English repeats its negation ("not to slaughter any sick or dead animal and not to sell"),
    both count."""
    ors = max(0, min(sum(1 + m.group().count(",") for m in _EN_NOT_OR.finditer(en_text)),
                     sum(c.strong for c in ar) - sum(c.strong for c in en)))
    out: list[Cue] = []
    before: Cue | None = None  # the last strong cue
    for c in ar:
        if ors and c.strong and normalize_arabic(c.text) in _AR_CONTINUED and before is not None \
                and normalize_arabic(before.text) in _AR_CONTINUED[normalize_arabic(c.text)] and c.start - before.end <= 80 \
                and not _CLAUSE_END.search(ar_text, before.end, c.start):
            ors -= 1
            continue
        if c.strong:
            before = c
        out.append(c)
    return out


_AR_OR = re.compile(r"\s(?:أو|او)\s")
_EN_AND_OR = re.compile(r"\b(?:and|or)\b", re.I)


def _without_repeated_negations(en: list[Cue], ar: list[Cue], en_text: str, ar_text: str) -> list[Cue]:
    """``en`` less each strong cue that repeats the one before it across an "and" or "or" in its
    clause, within 80 characters ("the subsidy is not misused and that subsidised fuel is not
    sold"), where an Arabic strong cue negates two words joined by أو in its clause (عدم إساءة استخدام
    الدعم أو بيع الوقود, batch 59): one for each such Arabic cue, as many as the English has strong
    cues more than the Arabic ``ar`` (the mirror of ``_without_continued_negations``)."""
    spare = sum(c.strong for c in en) - sum(c.strong for c in ar)
    if spare <= 0:
        return en
    ors = sum(1 for c in ar if c.strong and (m := _AR_OR.search(ar_text, c.end, c.end + 80)) is not None
              and not _CLAUSE_END.search(ar_text, c.end, m.start()))
    budget = min(spare, ors)
    out: list[Cue] = []
    before: Cue | None = None  # the last strong cue
    for c in en:
        if budget and c.strong and before is not None and c.start - before.end <= 80 \
                and _EN_AND_OR.search(en_text, before.end, c.start) and not _CLAUSE_END.search(en_text, before.end, c.start):
            budget -= 1
            continue
        if c.strong:
            before = c
        out.append(c)
    return out


_UNCUED_RENDERINGS = (
    # حرمانهم من صرف الأسمدة = "being denied subsidised fertiliser" (batch 155; not حرم, also "campus")
    (re.compile(r"(?i)den(?:y|ies|ied|ying)$"),
     re.compile(r"(?<![\u0621-\u064A])[وفلب]*(?:حرمان|[يت]حرم|محروم)[\u0621-\u064A]*")),
    # ردّت المحكمة حجة المصرف = "the court rejected the bank's argument" (batch 156)
    (re.compile(r"(?i)reject|dismiss|rebut|overrul"),
     re.compile(r"(?<![\u0621-\u064A])[وف]?(?:ردّ?|ردّ?ت|[يت]ردّ?)[\s\u064B-\u0652]+(?:\S+\s+)?"
                r"(?:ال)?(?:حج[ةه]|حجج|دفع|دفوع|طعن|طعون|دعو[ىي]|طلب|استئناف|اعتراض)")),
    # تعطل وصول الشاحنات = "trucks have been unable to get through" (batch 162)
    (re.compile(r"(?i)unable"),
     re.compile(r"(?<![\u0621-\u064A])[وفلب]*(?:ال)?(?:تعط[ّ]?ل|تعطي?ل|[يت]تعط[ّ]?ل)(?![\u0621-\u064A])")),
    # استبعد الأطباء ٣٤٠ رأسًا = "veterinarians rejected 340 head" (batch 162)
    (re.compile(r"(?i)reject|exclud"),
     re.compile(r"(?<![\u0621-\u064A])[وفلب]*(?:ال)?(?:استبعد|استبعاد|[يت]ستبعد|مستبعد)[\u0621-\u064A]*")),
    # منطقة بعيدة عن المشاريع العمرانية = "an area far from urban development projects": a distance (batch 162)
    (re.compile(r"(?i)far\s+from"),
     re.compile(r"(?<![\u0621-\u064A])[وفب]?(?:ال)?بعيد(?:ة|ه|ا|ًا|اً|ين|ون|تين|تان|ات)?\s+(?:كل\s+)?"
                r"عن(?![\u0621-\u064A])")),
)
"""English negative words (a cue) and the Arabic words, no cue, that render them: the Arabic word counts
for one English cue each (``_without_uncued_renderings``)."""


def _without_uncued_renderings(en: list[Cue], ar_text: str) -> list[Cue]:
    """``en`` less, per row of ``_UNCUED_RENDERINGS``, as many of its cues as ``ar_text`` has words of
    that row: they negate nothing the Arabic negates."""
    for en_word, ar_words in _UNCUED_RENDERINGS:
        en = _less_first(en, len(ar_words.findall(ar_text)), lambda c: bool(en_word.match(c.text)))
    return en


def _candidates(pair: Pair) -> list[_Candidate]:
    src = negation_cues(pair.source_text, pair.source_lang)
    tgt = negation_cues(pair.target_text, pair.target_lang)
    if pair.source_lang == "ar" and pair.target_lang == "en":
        src = _without_names(src, pair.source_text, pair.target_text)
        src, tgt = _without_paired_verbs(_without_articles(src, pair.source_text, pair.target_text), tgt,
                                         pair.source_text, pair.target_text)
        src, tgt = _without_paired_bounds(src, tgt, pair.source_text, pair.target_text)
        src, tgt = _without_denied_clauses(src, tgt, pair.source_text, pair.target_text)
        src, tgt = _without_renderings(src, tgt, pair.source_text, pair.target_text)
        src, tgt = _without_negated_adjectives(src, tgt, pair.source_text, pair.target_text)
        tgt = _without_uncued_renderings(tgt, pair.source_text)
        src = _without_continued_negations(src, tgt, pair.source_text, pair.target_text)
        tgt = _without_repeated_negations(tgt, src, pair.target_text, pair.source_text)
        src = _unbounded_exceptions(src, tgt, pair.source_text, pair.target_text)
        src, tgt = _without_only_afters(src, tgt, pair.source_text, pair.target_text)
        tgt = _paired_exceptions(src, tgt, pair.source_text, pair.target_text)
    elif pair.source_lang == "en" and pair.target_lang == "ar":
        tgt = _without_names(tgt, pair.target_text, pair.source_text)
        tgt, src = _without_paired_verbs(_without_articles(tgt, pair.target_text, pair.source_text), src,
                                         pair.target_text, pair.source_text)
        tgt, src = _without_paired_bounds(tgt, src, pair.target_text, pair.source_text)
        tgt, src = _without_denied_clauses(tgt, src, pair.target_text, pair.source_text)
        tgt, src = _without_renderings(tgt, src, pair.target_text, pair.source_text)
        tgt, src = _without_negated_adjectives(tgt, src, pair.target_text, pair.source_text)
        src = _without_uncued_renderings(src, pair.target_text)
        tgt = _without_continued_negations(tgt, src, pair.target_text, pair.source_text)
        src = _without_repeated_negations(src, tgt, pair.source_text, pair.target_text)
        tgt = _unbounded_exceptions(tgt, src, pair.target_text, pair.source_text)
        tgt, src = _without_only_afters(tgt, src, pair.target_text, pair.source_text)
        src = _paired_exceptions(tgt, src, pair.target_text, pair.source_text)
    s_carry = tuple(c for c in src if c.strong or _absorbs(c, pair.source_lang))
    t_carry = tuple(c for c in tgt if c.strong or _absorbs(c, pair.target_lang))
    s_strong = tuple(c for c in src if c.strong)
    t_strong = tuple(c for c in tgt if c.strong)
    return _counted(pair, src, tgt, s_strong, t_strong, s_carry, t_carry) + _denials(pair, src, tgt, s_strong, t_strong)


def _denials(pair: Pair, src: list[Cue], tgt: list[Cue], s_strong: tuple[Cue, ...],
             t_strong: tuple[Cue, ...]) -> list[_Candidate]:
    """A candidate of the Arabic side's unrendered denials (``_unrendered_denials``), if any."""
    if "ar" not in (pair.source_lang, pair.target_lang) or pair.source_lang == pair.target_lang:
        return []
    ar_side, en_side = ("source", "target") if pair.source_lang == "ar" else ("target", "source")
    ar, en, en_strong = (src, tgt, t_strong) if ar_side == "source" else (tgt, src, s_strong)
    denials = _unrendered_denials(ar, en, pair.text(ar_side), pair.text(en_side), len(en_strong))
    if denials:
        return [_Candidate(pair, ar_side, denials, "denial")]
    denied = _denied_denials(en, pair.text(ar_side), pair.text(en_side))
    if denied:
        return [_Candidate(pair, en_side, denied, "negated-denial")]
    undenied = _undenied_denials(ar, pair.text(ar_side), pair.text(en_side))
    if undenied:
        return [_Candidate(pair, ar_side, undenied, "negated-denial")]
    flipped_ar, flipped_en = _flipped_renderings(ar, en, pair.text(ar_side), pair.text(en_side))
    accepted = () if flipped_ar else (_accepted_refusals(ar, pair.text(ar_side), pair.text(en_side))
                                      or _allowed_bans(ar, pair.text(ar_side), pair.text(en_side))
                                      or _convicted_acquittals(pair.text(ar_side), pair.text(en_side)))
    if not accepted:
        flipped_ar = flipped_ar or _unnegated_exceptions(ar, en, pair.text(ar_side), pair.text(en_side))
    only_with = () if flipped_ar or accepted else _unnegated_withouts(ar, en, pair.text(ar_side), pair.text(en_side))
    undone = () if flipped_ar or accepted or only_with else _continued_endings(ar, en, pair.text(ar_side),
                                                                                 pair.text(en_side))
    flipped_en = flipped_en or _denied_admissions(ar, en, pair.text(ar_side), pair.text(en_side)) \
        or _ended_continuations(en, pair.text(ar_side), pair.text(en_side))
    return [_Candidate(pair, side, cues, kind)
            for side, cues, kind in ((ar_side, flipped_ar, "flipped-rendering"), (ar_side, accepted, "accepted-refusal"),
                                     (ar_side, only_with, "allowed-without"), (ar_side, undone, "continued-ending"),
                                     (en_side, flipped_en, "flipped-rendering"))
            if cues]


_EN_ACCEPTANCE = re.compile(r"\b(?:accept(?:s|ed|ing)?|agree(?:s|d|ing)?\s+to|approv(?:e|es|ed|ing)|"
                            r"consent(?:s|ed|ing)?\s+to)\b", re.I)
_EN_REFUSING = re.compile(r"(?i)\b(?:re(?:ject|fus)|declin|turn(?:s|ed|ing)?\s+down|oppos|dismiss|den(?:y|ie))")
_AR_ACCEPTANCE = _with_conjunctions("قبل قبلت قبلوا يقبل تقبل يقبلون قبول القبول بقبول وافق وافقت وافقوا يوافق توافق "
                                    "يوافقون موافقة الموافقة بموافقة موافقته موافقتها")
"""Words of accepting, the opposite of a refusal (قبل is also "before": such a word keeps the rule
quiet)."""


def _rendered_opposites(ar: Sequence[Cue], ar_text: str, en_text: str, word: Callable[[str], bool],
                        also: Callable[[str], bool], ar_opposite: frozenset[str], en_opposite: re.Pattern,
                        en_same: re.Pattern) -> tuple[Cue, ...]:
    """The cues of ``ar`` that are ``word``s (a refusal, a ban) where the English says the opposite: it
    has a word of ``en_opposite`` no negation stands before, fewer words of ``en_same`` than the Arabic
    has ``word``s (or words of ``also``: each English word renders one, paired with it or not), and the
    Arabic no word of ``ar_opposite``."""
    if any(t.norm in ar_opposite for t in tokenize(ar_text)):
        return ()
    if all(_EN_NEGATED_WORD.search(en_text, max(0, m.start() - 40), m.start()) for m in en_opposite.finditer(en_text)):
        return ()
    found = tuple(c for c in ar if word(c.text))
    said = sum(word(t.text) or also(t.text) for t in tokenize(ar_text) if t.arabic)
    return found if found and len(en_same.findall(en_text)) < said else ()


def _refusal(word: str) -> bool:
    """A refusal (``_AR_REFUSAL``), with its و or ف (ورفض, itself a cue of the list, keeps its و
    through ``_strip_conj_norm``)."""
    w = _strip_conj_norm(normalize_arabic(word))
    return w in _AR_REFUSAL or w[:1] in "وف" and w[1:] in _AR_REFUSAL


def _accepted_refusals(ar: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The refusals among the cues of ``ar`` where the English accepts instead (``_rendered_opposites``):
    a verb of accepting (``_EN_ACCEPTANCE``), fewer words of refusing or denying (``_EN_REFUSING``) than
    the Arabic has refusals and denials ("the defendants denied the charges ..., but the court accepted
    the plea" for أنكر ... رفضت, batch 68), no Arabic word of accepting (``_AR_ACCEPTANCE``): رفض ثلاثة
    ملاك فقط قيمة التعويض against "only three owners accepted the compensation"."""
    return _rendered_opposites(ar, ar_text, en_text, _refusal,
                               lambda w: _strip_conj_norm(normalize_arabic(w)) in _AR_DENIAL_WORDS,
                               _AR_ACCEPTANCE, _EN_ACCEPTANCE, _EN_REFUSING)


_AR_BANNING = _n("منع يمنع تمنع يمنعون منعت منعوا ممنوع ممنوعة حظر يحظر تحظر حظرت يحظرون محظور محظورة")
"""Forbidding: منع, حظر and their passives (يُمنع فيها نقل الطيور = "in which moving birds is banned")."""
_AR_PERMISSION = _with_conjunctions("سمح يسمح تسمح سمحت سمحوا يسمحون السماح بالسماح مسموح مسموحا أجاز يجيز تجيز "
                                    "أجازت يجوز تجوز جواز")
"""Words of allowing, the opposite of a ban (a pair with one keeps ``_allowed_bans`` quiet)."""
_EN_ALLOWING = re.compile(r"\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\b", re.I)
_EN_BANNING = re.compile(r"(?i)\b(?:bann?|prohibit|forbid|prevent|bar(?:s|red|ring)?\b|stop|restrict|outlaw|embargo)")
"""English words of banning ("the arms embargo" = حظر الأسلحة, batch 76, where "permit applications"
stood beside it)."""


def _allowed_bans(ar: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The bans (``_AR_BANNING``) among the cues of ``ar`` where the English allows instead
    (``_rendered_opposites``): an English "allowed" or "permitted", fewer English words of banning than
    the Arabic has bans, no Arabic word of allowing (يُمنع فيها نقل الطيور الحية دون تصريح = "in which
    moving live birds is allowed without prior permission", batch 69)."""
    return _rendered_opposites(ar, ar_text, en_text, lambda w: _strip_conj_norm(normalize_arabic(w)) in _AR_BANNING,
                               lambda w: False, _AR_PERMISSION, _EN_ALLOWING, _EN_BANNING)


_AR_ACQUITTAL = _with_conjunctions("بريء بريئا بريئة براءة ببراءة البراءة برأت برأ برأته برأتها برأتهم برأتهما تبرئة "
                                   "بتبرئة تبرئته تبرئتها تبرئتهم")
"""Acquitting: innocent (بريء), acquittal (براءة, تبرئة), "acquitted" (برّأت)."""
_AR_CONVICTION = _with_conjunctions("أدان أدانت أدانته أدانتها أدانتهم أدانتهما إدانة بإدانة الإدانة إدانته إدانتها "
                                    "إدانتهم مدان مدانا مدانة مدانين")
"""Words of convicting, the opposite of an acquittal (a pair with one keeps ``_convicted_acquittals``
quiet: أدانت ثلاثة وبرأت اثنين = "convicted three and acquitted two")."""
_EN_CONVICTING = re.compile(r"\b(?:convict(?:s|ed|ing|ion)?|found\s+(?:\w+\s+){0,2}(?<!not\s)guilty)\b", re.I)
_EN_ACQUITTING = re.compile(r"(?i)\b(?:acquit|clear(?:s|ed|ing)?\b|not\s+guilty|innocen|exonerat)")


def _acquittal(word: str) -> bool:
    """Whether Arabic ``word`` acquits (``_AR_ACQUITTAL``, after و or ف too)."""
    return _strip_conj_norm(normalize_arabic(word)) in _AR_ACQUITTAL


def _convicted_acquittals(ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The Arabic words of acquitting (``_AR_ACQUITTAL``, as cues: most are no negation cues) where
    the English convicts instead (``_rendered_opposites``): "convicted" or "found guilty", fewer English
    acquittals than the Arabic has, no Arabic word of convicting (وبرّأت المحكمة متهمين آخرين = "it
    convicted two other defendants", batch 90)."""
    acquittals = [Cue(t.start, t.end, t.text, False) for t in tokenize(ar_text) if t.arabic and _acquittal(t.text)]
    return _rendered_opposites(acquittals, ar_text, en_text, _acquittal, lambda w: False, _AR_CONVICTION,
                               _EN_CONVICTING, _EN_ACQUITTING)


def _denied_admissions(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The English denial (a "denied" no negation stands before) nearest the place of an Arabic
    admission (``_AR_ADMISSION``) where the English cues ``en`` deny more often than the Arabic
    cues ``ar`` (``_denial_verb``; the pairs that render each other already left out) and the
    English admits nothing (``_EN_ADMISSION``): ونفى ... لكنه أقر بأن عدم توفر الوقود قد يعرقل against
    "denied ... However, he denied that the irregular availability of fuel could hamper"."""
    if _EN_ADMISSION.search(en_text):
        return ()
    admissions = [t.start for t in tokenize(ar_text) if t.norm in _AR_ADMISSION]
    denials = [c for c in en if c.strong and _EN_DENIED.fullmatch(c.text)
               and not _NEGATED_BEFORE.search(en_text, max(0, c.start - 30), c.start)]
    if not admissions or len(denials) <= sum(map(_denial_verb, ar)):
        return ()
    place = admissions[0] / max(len(ar_text), 1)
    return (min(denials, key=lambda c: abs(c.start / max(len(en_text), 1) - place)),)


_AR_STILL_IDIOM = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:(?:لا|ما)\s+[يتنأ]?|ما)زال")
_AR_NO_LONGER = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:لم\s+[يتنأ]?عدن?|(?:لم|لن|لا)\s+[يتنأ]عود(?:وا|ون|ا|ان)?"
                           r"|ما\s+عاد(?:ت|وا)?)(?![\u0621-\u064A])")
_EN_NO_LONGER = re.compile(r"(?i)\bno\s+longer\b")
_EN_STILL = re.compile(r"(?i)\b(?:still|yet|remain(?:s|ed|ing)?|continu(?:e|es|ed|ing))\b")


def _ended_continuations(en: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The English "no longer"s beyond the Arabic's (لم يعد) where the Arabic says "still" (لا
    يزال, ما زال, an idiom that negates nothing) more often than the English does: لا يزال يعاني
    نقصاً against "no longer suffers from a shortage" (batch 113), the continuation ended."""
    ended = [m.start() for m in _EN_NO_LONGER.finditer(en_text)]
    if len(ended) <= len(_AR_NO_LONGER.findall(ar_text)) \
            or len(_AR_STILL_IDIOM.findall(ar_text)) <= len(_EN_STILL.findall(en_text)):
        return ()
    return tuple(c for c in en if c.strong and c.start in ended)


_EN_STILL_WORD = re.compile(r"(?i)\bstill\b")
_STILL_NEGATED_REACH = 40
"""How far (characters) after a "still" a negation of the English makes it a rendering of "no longer"
(still not, still unable)."""


def _continued_endings(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The Arabic negations of a "no longer" (لم تعد, ``_AR_NO_LONGER``) beyond the English's where the
    English says "still", with no negation in the ``_STILL_NEGATED_REACH`` after it, more often than the
    Arabic says it (لا يزال, ما زال): لم تعد في متناول الأسر against "was still affordable for families"
    (batch 155), the ending undone (the mirror of ``_ended_continuations``)."""
    ends = list(_AR_NO_LONGER.finditer(ar_text))
    stills = [m for m in _EN_STILL_WORD.finditer(en_text)
              if not any(0 <= c.start - m.end() <= _STILL_NEGATED_REACH for c in en)]
    if len(ends) <= len(_EN_NO_LONGER.findall(en_text)) or len(stills) <= len(_AR_STILL_IDIOM.findall(ar_text)):
        return ()
    return tuple(c for c in ar if c.strong and any(m.start() <= c.start < m.end() for m in ends))


_EN_BARE_EXCEPTION = re.compile(r"(?i)\b(?:except|other\s+than|apart\s+from|save\s+for)\b")
_EN_RESTRICTING = re.compile(r"(?i)\b(?:only|just|merely|solely|alone)\b")
_EN_WITHOUT = re.compile(r"(?i)\bwithout\b")
_AR_WITH_AFTER = re.compile(r"\s+ب(?!عد)[\u0621-\u064A]")
"""A word with the preposition بـ ("with", "by") right after an exception word: لن يُسمح ... إلا بتصاريح
= "will be allowed only with permits" (إلا بعد, "only after", is ``_UNTIL``'s)."""
_AR_WITHOUT_WORDS = _n("بدون دونما بلا")


def _unnegated_exceptions(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The Arabic negations made "only" by the exception word after them (لم يُطلب منهم إبراز أي
    وثائق سوى البطاقة) where the English keeps an exception word at about the place of that one
    (``_EXCEPTION_PLACE``) with no negation in the ``_EXCEPTION_REACH`` before it in its sentence
    and no "only" there: the English lost the negation and says the opposite ("were asked to show
    documents other than their smart card")."""
    places = _only_places(ar, ar_text)
    return _unmatched_exceptions(en, en_text, _EN_BARE_EXCEPTION, places, _EXCEPTION_REACH) if places else ()


def _unnegated_withouts(ar: Sequence[Cue], en: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The Arabic negations made "only with" by the exception word after them (``_AR_WITH_AFTER``:
    ولن يُسمح ... إلا بتصاريح مسبقة) where the English has, at about the place of that word, a
    "without" with no negation, "only" or word of banning before it in its sentence, and the Arabic
    no دون, بدون or بلا: "will be allowed ... without prior permits" says the opposite (batch 154)."""
    words = [_strip_conj_norm(t.norm) for t in tokenize(ar_text)]
    if any(_DUN_FORMS.match(w) or w in _AR_WITHOUT_WORDS for w in words):
        return ()
    withs = [(c, d.start / max(len(ar_text), 1)) for c, d in _only_exceptions(ar)
             if _AR_WITH_AFTER.match(ar_text, d.end)]
    return _unmatched_exceptions(en, en_text, _EN_WITHOUT, withs, len(en_text), _EN_BANNING) if withs else ()


def _unmatched_exceptions(en: Sequence[Cue], en_text: str, words: re.Pattern, places: Sequence[tuple[Cue, float]],
                          reach: int, also: re.Pattern | None = None) -> tuple[Cue, ...]:
    """The Arabic negations of ``places`` (each with its exception word's place) that an English
    exception word of ``words`` stands near (``_EXCEPTION_PLACE``) with no English negation in the
    ``reach`` before it in its sentence, and no "only" (or word of ``also``) there."""
    out: list[Cue] = []
    for m in words.finditer(en_text):
        start = _en_sentence_start(en_text, m.start())
        if _EN_RESTRICTING.search(en_text, start, m.start()) or (also and also.search(en_text, start, m.start())) \
                or any(_strong_word(c, "en") and max(start, m.start() - reach) <= c.start < m.start() for c in en):
            continue
        place = m.start() / max(len(en_text), 1)
        near = [c for c, p in places if abs(p - place) <= _EXCEPTION_PLACE and c not in out]
        if near:
            out.append(near[0])
    return tuple(out)


def _en_sentence_start(text: str, at: int) -> int:
    """Where the English sentence of ``text`` holding offset ``at`` begins."""
    start = 0
    for m in _EN_SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start


_EN_DENY_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:den(?:y|ies|ied)|rul(?:e|es|ed|ing)\s+out)\b", re.I)
"""A negation right before "deny" or "rule out" ("did not deny", "never denied", "did not rule
out")."""
_AR_NOT_DENYING = re.compile(r"(?:^|[\s\"'«“(])(?:و|ف)?(?:لم|لا|لن|ما)\s+(?:ينف|تنف|ينفي|تنفي|نفى|نفت|ينكر|تنكر|ننكر|أنكر|يستبعد|تستبعد|نستبعد|أستبعد)")
"""An Arabic denial that is itself negated (لم ينفِ, لم ينكر = "did not deny", لم يستبعد = "did not
rule out"), a quotation mark before it or not («لا تنكر وجود تحديات»)."""


def _denied_denials(en: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The English negations of a denial ("did not deny", "did not rule out") where the Arabic denies
    (نفى, نافياً) and does not negate a denial: the English flipped it."""
    if _AR_NOT_DENYING.search(ar_text) or not any(map(_denial_word, ar_text.split())):
        return ()
    return tuple(c for c in en if c.strong and _EN_DENY_AFTER.match(en_text, c.end))


_EN_DENIED = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.I)
"""An English verb of denial ("denied", "denies"), negated or not (``_NEGATED_BEFORE`` tells)."""


def _undenied_denials(ar: Sequence[Cue], ar_text: str, en_text: str) -> tuple[Cue, ...]:
    """The Arabic negations of a denial (لم ينف = "did not deny") where the English denies ("denied")
    and negates no denial: the English flipped it. (The Arabic's other denial verbs aside: where it
    also denies, نفى, the English "denied" may render that one.)"""
    m = _AR_NOT_DENYING.search(ar_text)
    if m is None or any(map(_denial_word, (ar_text[:m.start()] + " " + ar_text[m.end():]).split())):
        return ()
    negated = [bool(_NEGATED_BEFORE.search(en_text, max(0, d.start() - 30), d.start())) for d in _EN_DENIED.finditer(en_text)]
    if not negated or any(negated):
        return ()
    return tuple(c for c in ar if c.strong and m.start() <= c.start < m.end())


def _counted(pair: Pair, src: list[Cue], tgt: list[Cue], s_strong: tuple[Cue, ...], t_strong: tuple[Cue, ...],
             s_carry: tuple[Cue, ...], t_carry: tuple[Cue, ...]) -> list[_Candidate]:
    """The candidates by counts of strong cues: none where the sides agree and have none."""
    diff = len(s_strong) - len(t_strong)
    if diff == 0:
        out = []
        if s_strong:
            out.append(_Candidate(pair, "source", s_strong, "balanced", t_carry))
            out.append(_Candidate(pair, "target", t_strong, "balanced", s_carry))
        return out
    if diff > 0:
        side, cues, heavy, light, h_lang, l_lang = ("source", s_strong, src, tgt,
                                                    pair.source_lang, pair.target_lang)
    else:
        side, cues, heavy, light, h_lang, l_lang = ("target", t_strong, tgt, src,
                                                    pair.target_lang, pair.source_lang)
    if l_lang == "en" and not _only_construction(pair.text(side)):
        light = [c for c in light if not _EN_ONLY_WORD.fullmatch(c.text)]
    # weak cues of the lighter side that the heavier side's own weak cues don't account for
    # (a scalar word, few or little, is rendered without a negation: it accounts for none)
    free = (_absorbing(light, l_lang, pair.text("target" if side == "source" else "source"))
            - _absorbing([c for c in heavy if not _SCALAR.fullmatch(c.text)], h_lang, pair.text(side)))
    # (light weak cues that render the heavier side's own negated adjectives leave it as bare as none:
    # "unexploded" for غير منفجرة beside a dropped عدم, batch 94)
    bare = not light or _adjectives_paired(light, [c for c in heavy if not c.strong], l_lang,
                                           pair.text("target" if side == "source" else "source"), pair.text(side))
    kind = ("bare" if bare else "clear") if abs(diff) > max(0, free) else "absorbed"
    return [_Candidate(pair, side, cues, kind, t_carry if side == "source" else s_carry)]


def _en_adjective_row(word: str, negated: bool) -> int | None:
    """The ``_NEGATED_ADJECTIVES`` row of English ``word`` (with its negating prefix, where ``negated``:
    "unexploded"), or None."""
    return next((r for r, (rx, _) in enumerate(_NEGATED_ADJECTIVES)
                 if (m := rx.fullmatch(word)) and (m.group("neg") or not negated)), None)


def _adjective_row(c: Cue, lang: str, text: str) -> int | None:
    """The ``_NEGATED_ADJECTIVES`` row of cue ``c`` where it negates an adjective of the table (English: a
    prefixed one, "unexploded"; Arabic: غير before one, غير منفجرة), else None."""
    if lang == "en":
        return _en_adjective_row(c.text, True)
    after = _NEXT_WORD.match(text, c.end)
    if not after or _strip_conj_norm(normalize_arabic(c.text)) != "غير":
        return None
    # (by its stems, as the table is read elsewhere: غير المطعمين = "unvaccinated", batch 100)
    return next((rows[0] for stem in arabic_stems(normalize_arabic(after.group(1))) if (rows := _AR_ADJECTIVES.get(stem))),
                None)


_NEXT_WORD = re.compile(r"\s+([\u0621-\u064A\u064B-\u0652]+)")


_EN_ADJECTIVE_AFTER_NOT = re.compile(r"\s+(?:(?:be|been|being|become|remain|fully|entirely|completely|yet)\s+)?([a-z-]+)",
                                     re.I)
"""The adjective a "not" negates: right after it, or after a copula or an adverb ("not covered",
"would not be safe")."""


_EN_FAIL_OR_NOT = re.compile(r"(?i)not|never|fail(?:s|ed|ing)?\s+to")
_EN_COMPLY = re.compile(r"(?i)\s+(?:fully\s+)?(?:meet|comply|conform|match|satisfy)(?:s|es|ed|ing)?\b")
"""A verb of meeting a standard after a "not" or a "fail to" ("do not comply with", "fails to meet"):
English renders an Arabic غير مطابق so."""
_COMPLIANT_ROW = _en_adjective_row("compliant", False)


def _without_negated_adjectives(ar: list[Cue], en: list[Cue], ar_text: str,
                                en_text: str) -> tuple[list[Cue], list[Cue]]:
    """``ar`` and ``en`` less the غير and the "not" that negate the same adjective of
    ``_NEGATED_ADJECTIVES`` (غير مشمولة = "not covered", غير ممكن = "not possible", batch 97), in pairs."""
    ar_rows = {k: row for k, c in enumerate(ar) if not c.strong and (row := _adjective_row(c, "ar", ar_text)) is not None}
    if not ar_rows:
        return ar, en
    drop_ar: set[int] = set()
    drop_en: set[int] = set()
    for j, c in enumerate(en):
        m = _EN_ADJECTIVE_AFTER_NOT.match(en_text, c.end) if c.strong and c.text.lower() in ("not", "never") else None
        row = _en_adjective_row(m.group(1), False) if m else None
        if row is None and c.strong and _EN_FAIL_OR_NOT.fullmatch(c.text) and _EN_COMPLY.match(en_text, c.end):
            row = _COMPLIANT_ROW  # "fails to meet the specifications" = غير مطابقة للمواصفات (batch 159)
        k = next((k for k, r in ar_rows.items() if r == row and k not in drop_ar), None)
        if row is not None and k is not None:
            drop_ar.add(k)
            drop_en.add(j)
    return _without(ar, en, drop_ar, drop_en)


def _adjectives_paired(light: Sequence[Cue], heavy_weak: Sequence[Cue], l_lang: str, l_text: str, h_text: str) -> bool:
    """Whether every cue of the lighter side is a negated adjective that renders one the heavier side
    negates with a weak cue (``_adjective_row``: the same row, as many times)."""
    h_lang = "ar" if l_lang == "en" else "en"
    mine = [_adjective_row(c, l_lang, l_text) for c in light]
    theirs = [row for c in heavy_weak if (row := _adjective_row(c, h_lang, h_text)) is not None]
    return None not in mine and all(mine.count(r) <= theirs.count(r) for r in mine)


def _gains(cands: Sequence[_Candidate], embedder) -> list[list[float]]:
    """Per candidate, per cue: similarity(other side, side without cue) - similarity(pair)."""
    cases, sizes = [], []
    for c in cands:
        p = c.pair
        mine, other = p.text(c.side), p.text("target" if c.side == "source" else "source")
        cases += [(mine, other, without_cue(mine, cue, p.lang(c.side))) for cue in c.cues]
        sizes.append(len(c.cues))
    flat = iter(similarity_gains(embedder, cases))
    return [[round(next(flat), 4) for _ in range(size)] for size in sizes]


FRAGMENT_WORDS = 5
"""A clause of fewer words than this (a relative clause cut from its noun) is also read joined with
each neighbour (``_held_spans``)."""
_RELATIVE_OPENER = re.compile(r"(?:that|which|who|whom|whose)\b", re.I)


def _held_spans(text: str, clauses: Sequence[tuple[int, int]], held: Sequence[int]) -> list[tuple[int, int]]:
    """The spans of ``text`` that hold a cue: its ``held`` clauses, and each one of fewer than
    ``FRAGMENT_WORDS`` words, or opening with a relative pronoun, joined with the clause before it and
    with the one after it ("companies | that failed to comply" renders شركات لم تلتزم; "an agreement
    in April 2022 | that has yet to be finalised" renders اتفاق ... في نيسان 2022 لم يُستكمل, an
    Arabic relative clause without a pronoun, in one clause)."""
    spans = []
    for k in held:
        a, b = clauses[k]
        spans.append((a, b))
        if len(text[a:b].split()) < FRAGMENT_WORDS or _RELATIVE_OPENER.match(text, a):
            spans += [(clauses[j][0], b) if j < k else (a, clauses[j][1])
                      for j in (k - 1, k + 1) if 0 <= j < len(clauses)]
    return spans


def _displacements(cands: Sequence[_Candidate], embedder) -> list[list[float]]:
    """Per candidate, per cue: how much better the cue's clause matches some clause of the other
    side than it matches the best clause there that holds one of the candidate's ``carriers`` (a
    short one also joined with a neighbour, ``_held_spans``).
    0.0 when the best match holds one, or when either side is a single clause (then
    counts say all there is to say).

    A faithful negation sits in the clause that renders a negated clause of the other side; an
    inserted one usually sits in a clause whose counterpart has none, even when the counts of the
    two sides agree because the other side negates something else. Clauses come from the
    coverage check's splitter and are pooled from each text's one forward pass.
    """
    plans = []
    for c in cands:
        p = c.pair
        other = "target" if c.side == "source" else "source"
        mine, theirs = p.text(c.side), p.text(other)
        mine_cl = split_clauses(mine, p.lang(c.side))
        their_cl = split_clauses(theirs, p.lang(other))
        if len(mine_cl) < 2 or len(their_cl) < 2:
            plans.append(None)
            continue
        held = [k for k, (a, b) in enumerate(their_cl) if any(a <= q.start < b for q in c.carriers)]
        at = [next((k for k, (a, b) in enumerate(mine_cl) if a <= q.start < b), None) for q in c.cues]
        # a cue whose clause holds no other cue may render a fragment's negation joined to a
        # neighbour (``_held_spans``); one beside another cue leaves the fragment to that one
        # ("are not continually establishing ... its endless potential" for باستمرار ... التي لا نهاية لها)
        cues_at = [q.start for q in negation_cues(mine, p.lang(c.side))]
        alone = [k is not None and sum(mine_cl[k][0] <= a < mine_cl[k][1] for a in cues_at) <= 1 for k in at]
        held_spans = [their_cl[k] for k in held]
        joined = _held_spans(theirs, their_cl, held) if any(alone) else held_spans
        plans.append((mine, mine_cl, theirs, their_cl, held_spans, joined, at, alone))
    parts = list(dict.fromkeys((text, (span,)) for plan in plans if plan
                               for text, spans in ((plan[0], plan[1]), (plan[2], plan[3]), (plan[2], plan[5]))
                               for span in spans))
    vectors = dict(zip(parts, encode_parts(embedder, parts))) if parts else {}
    out = []
    for c, plan in zip(cands, plans):
        if plan is None:
            out.append([0.0] * len(c.cues))
            continue
        mine, mine_cl, theirs, their_cl, held_spans, joined, at, alone = plan
        row = []
        for k, lone in zip(at, alone):
            if k is None:
                row.append(0.0)
                continue
            clause = vectors[(mine, (mine_cl[k],))]
            best = max(float(clause @ vectors[(theirs, (span,))]) for span in their_cl)
            best_held = max((float(clause @ vectors[(theirs, (span,))]) for span in (joined if lone else held_spans)),
                            default=-1.0)
            row.append(round(best - best_held, 4))
        out.append(row)
    return out


class NegationCheck:
    """Polarity: a negation on one side with no counterpart on the other."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        th = ctx.thresholds
        embedder = ctx.embedder if hasattr(ctx.embedder, "encode") else None
        # pairs of several sentences a side are also weighed sentence bead by sentence bead: in a
        # paragraph, counts over the whole say nothing of a negation moved between sentences, and
        # one cue barely moves the similarity of the whole
        weighed = [*pairs, *sentence_pairs(pairs, embedder)] if embedder is not None else pairs
        cands = [c for p in weighed if p.source and p.target for c in _candidates(p)]
        if embedder is None:
            seen: set[tuple] = set()  # (a flipped word whose negation the counts found too: one finding)
            for c in cands:
                at = {(c.pair.alignment, c.side, q.start) for q in c.cues}
                if c.kind in ("bare", "clear", "denial", "negated-denial", "flipped-rendering", "accepted-refusal",
                              "allowed-without", "continued-ending") \
                        and not at <= seen:
                    seen |= at
                    yield self._issue(c, list(c.cues), "error", 0.0, None)
            return
        limits = {
            "bare": (th.get("negation_bare_error_gain", -0.03),
                     th.get("negation_bare_warning_gain", -0.06)),
            "clear": (th.get("negation_error_gain", -0.008),
                      th.get("negation_warning_gain", -0.02)),
            "absorbed": (th.get("negation_absorbed_error_gain", 0.06),
                         th.get("negation_absorbed_warning_gain", 0.012)),
            # an unrendered denial is a flip whatever the embedder says; a clear loss of similarity
            # without it (the other side renders it in words of its own) makes it a warning
            "denial": (th.get("negation_denial_error_gain", -0.03),
                       th.get("negation_denial_warning_gain", -1.0)),
            # "did not deny" where the Arabic denies: a flip in so many words
            "negated-denial": (-1.0, -1.0),
            # a refusal where the English accepts: an antonym, which the embedder finds close
            "accepted-refusal": (-1.0, -1.0),
            # "only with" where the English says "without": an opposite the embedder finds close
            "allowed-without": (-1.0, -1.0),
            # "still" where the Arabic says "no longer": likewise
            "continued-ending": (-1.0, -1.0),
            # a negated word whose rendering stands un-negated: a flip as an unrendered denial is
            "flipped-rendering": (th.get("negation_denial_error_gain", -0.03),
                                  th.get("negation_denial_warning_gain", -1.0)),
            "balanced": (th.get("negation_balanced_error_gain", 0.06),
                         th.get("negation_balanced_warning_gain", 0.03)),
        }
        gains = _gains(cands, embedder)
        verdicts = [_verdict(g, limits[c.kind]) for c, g in zip(cands, gains)]
        # counts that agree (or weak cues that might carry the negation) and no clear gain:
        # a cue whose clause matches a clause without negation is the inserted one
        doubtful = [k for k, (c, v) in enumerate(zip(cands, verdicts))
                    if c.kind in ("balanced", "absorbed") and v[0] != "error"]
        moved = _displacements([cands[k] for k in doubtful], embedder)
        margin = th.get("negation_unplaced_margin", 0.3)
        floor = th.get("negation_unplaced_error_gain", 0.005)
        for k, row in zip(doubtful, moved):
            unplaced = [x for x, d in zip(gains[k], row) if d >= margin and x >= floor]
            if unplaced:
                at = gains[k].index(max(unplaced))
                verdicts[k] = ("error", at, gains[k][at], row[at])
        # a clear excess of several cues: the one whose clause matches a clause of the other side
        # without negation is the one to point at (لا ينوي = "intends", beside a kept لن يتجاوز)
        several = [k for k, (c, v) in enumerate(zip(cands, verdicts)) if c.kind in ("bare", "clear")
                   and v[0] and len(c.cues) > 1]
        for k, row in zip(several, _displacements([cands[k] for k in several], embedder)):
            # (or whose clause is placed that much better than every other cue's: a لم beside a
            # خلو من أي that the English renders as "no", batch 79)
            if max(row) >= margin or max(row) - sorted(row)[-2] >= margin:
                at = row.index(max(row))
                verdicts[k] = (verdicts[k][0], at, gains[k][at], 0.0)
        chosen_by_pair: dict[int, int] = {}
        for k, (c, v) in enumerate(zip(cands, verdicts)):
            held = chosen_by_pair.get(c.pair.alignment)
            if v[0] and (held is None or (v[0] == "error" and verdicts[held][0] != "error")):
                chosen_by_pair[c.pair.alignment] = k
        for k in sorted(chosen_by_pair.values()):
            sev, at, best, moved_by = verdicts[k]
            yield self._issue(cands[k], [cands[k].cues[at]], sev, best, cands[k].cues, moved_by)

    @staticmethod
    def _issue(c: _Candidate, chosen: list[Cue], sev: str, gain: float | None,
               all_cues: Sequence[Cue] | None, moved_by: float = 0.0) -> Issue:
        pair = c.pair
        spans = tuple(pair.span(c.side, q.start, q.end) for q in chosen)
        other = "target" if c.side == "source" else "source"
        if moved_by:
            msg = (f"negation {_quote(chosen)} in the {c.side} sits in a clause whose counterpart in the "
                   f"{other} is not negated (its best match there without a negation is {moved_by:.2f} closer)")
        elif c.kind == "negated-denial":
            msg = (f"the {c.side} negates a denial ({_quote(chosen)} ... deny) that the {other} states "
                   f"(نفى without a negation)")
        elif c.kind == "flipped-rendering":
            msg = (f"the {c.side} negates ({_quote(chosen)}) a word that the {other} renders without a "
                   f"negation")
        elif c.kind == "continued-ending":
            msg = (f"the {c.side} says \"no longer\" ({_quote(chosen)}) where the {other} says \"still\"")
        elif c.kind == "allowed-without":
            msg = (f"the {c.side} allows only with something ({_quote(chosen)} ... إلا بـ) that the {other} "
                   f"says is not needed (\"without\", no negation)")
        elif c.kind == "accepted-refusal":
            msg = (f"the {c.side} refuses, forbids or acquits ({_quote(chosen)}) where the {other} accepts, allows "
                   f"or convicts")
        elif c.kind == "denial":
            msg = (f"the {c.side} denies ({_quote(chosen)}) but nothing in the {other} renders the denial "
                   f"(no \"denied\", \"rejected\", \"dismissed\" or negation in its place)")
        elif c.kind in ("bare", "clear"):
            msg = (f"the {c.side} is negated ({_quote(chosen)}) but the {other} has no matching "
                   f"negation")
        elif c.kind == "absorbed":
            msg = (f"the {c.side} has more negations ({_quote(all_cues or chosen)}) than the "
                   f"{other}; {_quote(chosen)} seems to have no counterpart")
        else:
            msg = f"negation {_quote(chosen)} in the {c.side} seems to have no counterpart"
        if gain is not None:
            msg += f" (similarity {gain:+.3f} without it)"
        score = 0.0 if sev == "error" else 0.5
        # a warning where the other side's weak cues may carry the negation (substandard = لا تستوفي
        # معايير الجودة) is no evidence that a clause around it was dropped: the embedder that
        # misses the paraphrase here misses it in the coverage check too
        anchors = not (c.kind == "absorbed" and sev == "warning")
        return Issue(CODE, sev, pair.alignment, spans if c.side == "source" else (),
                     spans if c.side == "target" else (), score, msg, anchors)


def _verdict(gains: Sequence[float], limits: tuple[float, float]) -> tuple[str | None, int, float, float]:
    """(severity or None, index of the cue with the largest gain, that gain, 0.0) by gain alone."""
    best = max(gains)
    err, warn = limits
    return ("error" if best >= err else "warning" if best >= warn else None), list(gains).index(best), best, 0.0


def _quote(cues: Sequence[Cue]) -> str:
    return ", ".join(f"'{c.text}'" for c in cues)
