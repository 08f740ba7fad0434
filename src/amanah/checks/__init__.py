"""Pluggable checks. ``DEFAULT_CHECKS`` runs in order; findings are sorted and numbered here."""

from __future__ import annotations

from typing import Sequence

from ..model import SEVERITY_RANK, Finding
from .base import FAINT, HINT, TRACE, Check, CheckContext, Issue, Pair, spans_overlap
from .organizations import ORGANISATION_NOTE
from .coverage import CoverageCheck
from .dates import DateCheck
from .entities import EntityCheck
from .length import LengthCheck
from .negation import NegationCheck
from .split import check_issues
from .numbers import NumberCheck
from .structure import MistranslationCheck, UnalignedCheck
from .terminology import TerminologyCheck
from .untranslated import UntranslatedCheck

DEFAULT_CHECKS: tuple[Check, ...] = (
    UnalignedCheck(), MistranslationCheck(), CoverageCheck(), NumberCheck(), DateCheck(), EntityCheck(), NegationCheck(),
    UntranslatedCheck(), LengthCheck(), TerminologyCheck(),
)


CORROBORATING = ("number", "date", "entity", "negation")
"""Codes of lexical findings (at any severity) that confirm a clause omission or addition
around them: a number, date, name or negation of the clause without its counterpart. A finding
with ``anchors`` false does not (a negation warning whose other side's weak cues may carry it)."""
VANISHING = ("number", "date", "negation")
"""Codes whose findings (errors and warnings), with no span on the other side and no finding of
their code there (nothing took their place), say that something of one side is gone: they
confirm a hint or a faint clause (``_vanished``). A negation finding has spans on its own side
only: a negation that went with its dropped clause ("which means investigators do not rule out
arson") confirms that clause."""
GONE = ("number", "date", "entity")
"""Codes whose error findings, with no span on the other side and no finding of their code there,
confirm a ``TRACE`` clause: a name the source holds and the target lacks is gone as well (a
swapped place leaves a finding on both sides). Not a negation: a flipped one leaves no finding on
the other side either, and its clause sits as low as a dropped one's (on the evaluation articles,
14 of 146 flips would have had an omission error besides); only where the other side covers the
clause poorly, as it does a dropped clause and not a flipped one, does a negation error confirm it
(``_unsaid``)."""
ADDED = ("number", "date")
"""Codes whose error findings, with no span in the source and no finding of their code there,
confirm a ``TRACE`` clause of the target: a number or date the translation added ("an increase of
6% over the previous year"). Not a name: an English name without counterpart is as often one a
translator supplies ("Saudi nationals" = الكوادر الوطنية)."""
CORROBORATION = "corroborate14"
"""The rule of ``corroborate`` (in the checks signature; bump it when the rule changes)."""


def _gone(anchor: Issue, other: str, anchors: Sequence[Issue]) -> bool:
    """``anchor`` is an error of ``GONE`` with no span on the ``other`` side and no error of its
    code there (a warning there, a capitalised word of a title such as Directorate, took no
    name's place)."""
    return anchor.severity == "error" and anchor.code in GONE and not getattr(anchor, other) and not any(
        b.code == anchor.code and b.severity == "error" and getattr(b, other) for b in anchors)


def _unsaid(anchor: Issue, other: str) -> bool:
    """``anchor`` is a negation error with no span on the ``other`` side: a negation of the clause
    that the other side lacks. It confirms a ``TRACE`` clause that the other side covers poorly
    (``Issue.unrendered``): a flipped negation's clause is still rendered, a dropped one's is not
    (فيما لم تسجل أي حالة وفاة حتى الآن, gone from the English, 0.22)."""
    return anchor.code == "negation" and anchor.severity == "error" and not getattr(anchor, other)


def _vanished(anchor: Issue, other: str, anchors: Sequence[Issue], codes: Sequence[str] = VANISHING) -> bool:
    """``anchor`` (a finding of ``codes``) has no span on the ``other`` side (``source_spans``
    or ``target_spans``) and no finding of its code there: a number or date of its side is gone
    (a weekday the English dropped, a number that appears fewer times)."""
    return anchor.code in codes and not getattr(anchor, other) and not any(
        b.code == anchor.code and getattr(b, other) for b in anchors)


def _organisation_note(anchor: Issue, other: str) -> bool:
    """``anchor`` is the note of an organisation its side names and the ``other`` side does not (none
    of the table's there either): it confirms a *hint* around it ("including the Ministry of Awqaf and
    Islamic Affairs" added, batch 90)."""
    return anchor.code == "entity" and anchor.severity == "info" and anchor.message.startswith(ORGANISATION_NOTE) \
        and not getattr(anchor, other)


def corroborate(issues: Sequence[Issue]) -> list[Issue]:
    """Omission and addition *warnings* raised to errors where a number, date, name or negation
    finding (of any severity, an "info" orphan name included) lies inside the same clause on the
    same side; *hints* (weaker evidence: the weakest clause of a side, or any other clause of it
    whose own evidence reaches the hint level) where such an error finding does, a number,
    date or negation of theirs vanished from the other side (an error or warning with no span
    there, and no finding of its code there: nothing took its place, ``_vanished``), or an
    organisation of theirs that the other side does not name (``_organisation_note``); *faint*
    clauses (weaker again) only where such a vanished number, date or negation lies inside, or an
    error of a name, number or date gone from the other side (``_gone``: an added "as well as souvenir
    shops in Jericho" holds a name the Arabic lacks, with no name of the Arabic left over);
    *trace* source clauses (weakest) only where an error finding of a name, number or date gone
    from the target lies inside (``GONE``: the rest of the sentence is there, so the clause barely
    moves the embeddings, but its listed countries left with it), or a negation error gone from
    the target where the target covers the clause poorly (``_unsaid``); *trace* target clauses
    only where an error finding of a number or date the source lacks lies inside (``ADDED``); and
    dropped otherwise.

    The coverage check weighs embeddings and lengths; the lexical checks read the words: two
    independent checks agreeing on one span is stronger evidence than either alone (measured on
    the dev sets: one of 1,200 faithful pairs holds a warning and such a finding, one of 1,600 a
    hint and such an error, while a dropped or added clause often carries a number, a name or a
    negation).
    """
    anchors: dict[int | None, list[Issue]] = {}
    for x in issues:
        if x.code in CORROBORATING and x.anchors:
            anchors.setdefault(x.alignment, []).append(x)
    out = []
    spent: set[int] = set()  # anchors that raised a hint already: one clause per anchor
    for x in issues:
        if x.code in ("omission", "addition") and x.severity in ("warning", HINT, FAINT, TRACE) and x.alignment in anchors:
            side, other = ("source_spans", "target_spans") if x.code == "omission" else ("target_spans", "source_spans")
            here = anchors[x.alignment]
            inside = [a for a in here
                      if (x.severity == "warning" or id(a) not in spent and (
                          a.severity == "error" or a.severity == "warning" and _vanished(a, other, here)
                          or x.severity == HINT and _organisation_note(a, other)))
                      and (x.severity != FAINT or _vanished(a, other, here) or _gone(a, other, here))
                      and (x.severity != TRACE or _gone(a, other, here) and (x.code == "omission" or a.code in ADDED)
                           or x.unrendered and _unsaid(a, other))
                      and any(spans_overlap(p, q) for p in getattr(a, side) for q in getattr(x, side))]
            if inside and x.severity != "warning":
                spent.update(id(a) for a in inside)
            if inside:
                codes = "/".join(sorted({a.code for a in inside}))
                x = Issue(x.code, "error", x.alignment, x.source_spans, x.target_spans, x.score,
                          f"{x.message}; the {codes} finding inside this part confirms it")
        if x.severity not in (HINT, FAINT, TRACE):
            out.append(x)
    return out


def run_checks(pairs: Sequence[Pair], ctx: CheckContext, checks: Sequence[Check] = DEFAULT_CHECKS,
               workers: int = 1) -> list[Finding]:
    """Run every check (in ``workers`` processes on a long document, ``split.check_issues``: the
    same findings), ``corroborate`` their issues; return findings in a stable order (alignment,
    then severity, code, spans)."""
    issues = corroborate(check_issues(pairs, ctx, checks, workers))
    issues.sort(key=lambda x: (
        x.alignment if x.alignment is not None else -1, -SEVERITY_RANK[x.severity], x.code,
        x.source_spans, x.target_spans, x.message))
    return [Finding(i, x.code, x.severity, x.alignment, x.source_spans, x.target_spans, round(float(x.score), 4), x.message)
            for i, x in enumerate(issues)]


def checks_signature(checks: Sequence[Check] = DEFAULT_CHECKS) -> str:
    return "+".join([*(check.name for check in checks), CORROBORATION])


__all__ = ["Check", "CheckContext", "Issue", "Pair", "DEFAULT_CHECKS", "corroborate", "run_checks", "checks_signature"]
