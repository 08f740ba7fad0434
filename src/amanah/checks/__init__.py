"""Pluggable checks. ``DEFAULT_CHECKS`` runs in order; findings are sorted and numbered here."""

from __future__ import annotations

from typing import Sequence

from ..model import SEVERITY_RANK, Finding
from .base import Check, CheckContext, Issue, Pair
from .coverage import CoverageCheck
from .dates import DateCheck
from .entities import EntityCheck
from .length import LengthCheck
from .negation import NegationCheck
from .numbers import NumberCheck
from .structure import MistranslationCheck, UnalignedCheck
from .terminology import TerminologyCheck
from .untranslated import UntranslatedCheck

DEFAULT_CHECKS: tuple[Check, ...] = (
    UnalignedCheck(), MistranslationCheck(), CoverageCheck(), NumberCheck(), DateCheck(), EntityCheck(), NegationCheck(),
    UntranslatedCheck(), LengthCheck(), TerminologyCheck(),
)


def run_checks(pairs: Sequence[Pair], ctx: CheckContext, checks: Sequence[Check] = DEFAULT_CHECKS) -> list[Finding]:
    """Run every check; return findings in a stable order (alignment, then severity, code, spans)."""
    issues: list[Issue] = [issue for check in checks for issue in check.run(pairs, ctx)]
    issues.sort(key=lambda x: (
        x.alignment if x.alignment is not None else -1, -SEVERITY_RANK[x.severity], x.code,
        x.source_spans, x.target_spans, x.message))
    return [Finding(i, x.code, x.severity, x.alignment, x.source_spans, x.target_spans, round(float(x.score), 4), x.message)
            for i, x in enumerate(issues)]


def checks_signature(checks: Sequence[Check] = DEFAULT_CHECKS) -> str:
    return "+".join(check.name for check in checks)


__all__ = ["Check", "CheckContext", "Issue", "Pair", "DEFAULT_CHECKS", "run_checks", "checks_signature"]
