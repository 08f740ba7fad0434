"""The checks' work shared by several processes: forks of this one (``processes``).

A *pairwise* check (``Check.pairwise``: the coverage check, the costliest) gives, for slices of
the pairs in order, the issues it gives for all of them, once ``Check.prepare`` has fixed its
document-wide inputs; its pairs are cut into one slice per process. The other checks read the
whole document (a story's own country, a document's length ratios) and run whole in the last
process, beside a smaller slice. Every embedding is the same whatever batch it is computed in
(``use_pooling.matmul``), so the findings are the same for any number of workers (tested).
"""

from __future__ import annotations

from typing import Sequence

from ..processes import can_fork, start
from .base import Check, CheckContext, Issue, Pair

SPLIT_MIN_PAIRS = 300
"""Pairs below which the checks run in this process only. Two processes on this machine's two
cores run each ~1.4 times slower than one alone, and both build the checks' word tables: on
tico19 (new processes) the check stage of 256 pairs took as long split as not, of 400 pairs 12 %
less, of 600 25 % less, of 971 27 % less."""
OTHER_CHECKS_COST = 0.62
"""Time of the checks that are not pairwise relative to the pairwise ones', in a forked process
(it sizes the last process's slice): on ``bench speed``'s 971 pairs of tico19, 0.55 left the
last process 0.3 s behind the first, 0.65 0.1 s ahead."""


def check_issues(pairs: Sequence[Pair], ctx: CheckContext, checks: Sequence[Check], workers: int = 1) -> list[Issue]:
    """Every check's issues, in check order, a pairwise check's in pair order; in ``workers``
    processes where there are ``SPLIT_MIN_PAIRS`` pairs or more and a pairwise check, the system
    can fork and the embedder may be forked."""
    pairwise = [k for k, check in enumerate(checks) if getattr(check, "pairwise", False)]
    if workers < 2 or len(pairs) < SPLIT_MIN_PAIRS or not pairwise or not can_fork(ctx.embedder):
        return [issue for check in checks for issue in check.run(pairs, ctx)]
    for k in pairwise:
        ctx = checks[k].prepare(pairs, ctx)
    bounds = slice_bounds(len(pairs), workers, OTHER_CHECKS_COST if len(pairwise) < len(checks) else 0.0)
    children = [start(lambda w=w: _work(pairs, ctx, checks, pairwise, bounds, w), ctx.embedder)
                for w in range(1, workers)]
    threads = getattr(ctx.embedder, "threads", None)
    try:
        if threads is not None:
            ctx.embedder.threads = 1  # one process per core: more BLAS threads only wait for each other
        parts = [_work(pairs, ctx, checks, pairwise, bounds, 0)]
        while children:
            w = len(parts)
            parts.append(children.pop(0).result(lambda w=w: _work(pairs, ctx, checks, pairwise, bounds, w)))
    finally:  # an error here: the children still running stop at their next write
        if threads is not None:
            ctx.embedder.threads = threads
        for child in children:
            child.abandon()
    return [issue for k in range(len(checks)) for part in parts for issue in part.get(k, ())]


def slice_bounds(n: int, workers: int, others: float) -> list[int]:
    """(workers + 1,) pair offsets: worker w checks pairs ``bounds[w]:bounds[w + 1]`` of the
    pairwise checks; the last also runs the others, which cost ``others`` times as much per pair,
    so its slice is that much smaller (none when they alone take a worker's share)."""
    share = (1.0 + others) / workers  # each worker's share of the work, in units of all the pairwise checks
    last = max(0.0, share - others)
    bounds = [round(n * (1.0 - last) * w / (workers - 1)) for w in range(workers)]
    return bounds + [n]


def _work(pairs: Sequence[Pair], ctx: CheckContext, checks: Sequence[Check], pairwise: Sequence[int],
          bounds: Sequence[int], worker: int) -> dict[int, list[Issue]]:
    """Worker ``worker``'s issues per check index: its slice of the pairwise checks, and every
    other check when it is the last."""
    out = {k: list(checks[k].run(pairs[bounds[worker]:bounds[worker + 1]], ctx)) for k in pairwise}
    if worker == len(bounds) - 2:
        out.update((k, list(check.run(pairs, ctx))) for k, check in enumerate(checks) if k not in pairwise)
    return out
