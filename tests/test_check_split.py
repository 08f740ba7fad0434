"""The checks shared by several processes (``checks.split``): the same findings as one process,
on a real document with real damage, a child that fails, an error in the parent's share."""

from __future__ import annotations

import os
import random
import pytest

from amanah.bench.perturb import change_number, flip_negation, omit_clause
from amanah.checks import DEFAULT_CHECKS, CheckContext, Issue, split
from amanah.pipeline import CheckOptions, run_check
from amanah.profiles import profile_for


@pytest.fixture(scope="module")
def damaged_pair_files(shared_data, tmp_path_factory) -> tuple[str, str]:
    """60 tico19 sentences, one in four of the English damaged (a clause dropped, a number
    changed, a negation flipped), as two files of one segment per line."""
    from amanah.bench.data import parallel_lines

    ar, en, _ = parallel_lines(shared_data / "tico19_dev")
    ar, en = ar[100:160], list(en[100:160])
    rng = random.Random(7)
    damages = (omit_clause, change_number, flip_negation)
    for k in range(0, len(en), 4):
        for damage in damages[k % 3:] + damages[:k % 3]:
            changed = damage(ar[k], en[k], rng)
            if changed:
                en[k] = changed
                break
    folder = tmp_path_factory.mktemp("split")
    (folder / "doc.ar.txt").write_text("\n".join(ar) + "\n", encoding="utf-8")
    (folder / "doc.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    return str(folder / "doc.ar.txt"), str(folder / "doc.en.txt")


def _findings(report) -> list[tuple]:
    return [(f.code, f.severity, f.alignment, f.source_spans, f.target_spans, f.score, f.message)
            for f in report.findings]


def test_two_and_three_workers_find_what_one_finds(damaged_pair_files, embedder, monkeypatch):
    monkeypatch.setattr(split, "SPLIT_MIN_PAIRS", 8)
    forks = []
    fork = split.start
    monkeypatch.setattr(split, "start", lambda *args: forks.append(1) or fork(*args))
    threads = embedder.threads
    reports = [run_check(list(damaged_pair_files), CheckOptions(segmented=True, workers=w), embedder=embedder)
               for w in (1, 2, 3)]
    assert len(forks) == 1 + 2
    codes = {f.code for f in reports[0].findings if f.severity == "error"}
    assert {"omission", "number", "negation"} <= codes  # the coverage check and the lexical ones
    assert _findings(reports[0]) == _findings(reports[1]) == _findings(reports[2])
    assert reports[0].alignments == reports[1].alignments == reports[2].alignments
    assert embedder.threads == threads  # restored after the split


class _FailsInAChild:
    """A pairwise check that dies in any process but the one that made it."""

    name = "fails-in-a-child"
    pairwise = True

    def __init__(self) -> None:
        self.home = os.getpid()

    def prepare(self, pairs, ctx):
        return ctx

    def run(self, pairs, ctx):
        if os.getpid() != self.home:
            raise RuntimeError("a child's failure")
        return [Issue("length", "warning", p.alignment, (), (), 0.5, f"pair {p.alignment}") for p in pairs]


def _pairs(n: int) -> list:
    from amanah.checks import Pair
    from amanah.model import Bead, Segment

    ar, en = "قال الوزير إن المدارس ستغلق", "The minister said the schools will close"
    return [Pair(Bead(k, (k,), (k,), 0.9, 0.9), (Segment(k, ar, 0, len(ar), 0),),
                 (Segment(k, en * (1 + (k % 5 == 0) * 3), 0, len(en) * (1 + (k % 5 == 0) * 3), 0),), "ar", "en")
            for k in range(n)]


def test_a_failed_child_share_is_redone_here(embedder, monkeypatch):
    pairs = _pairs(30)
    ctx = CheckContext(thresholds=profile_for(embedder.name).as_dict(), embedder=None)
    checks = (_FailsInAChild(), DEFAULT_CHECKS[-2])  # and the length check, whole
    serial = split.check_issues(pairs, ctx, checks, workers=1)
    monkeypatch.setattr(split, "SPLIT_MIN_PAIRS", 2)
    for workers in (2, 3):
        assert split.check_issues(pairs, ctx, checks, workers=workers) == serial
    assert any(x.code == "length" and "pair" not in x.message for x in serial)
    assert [x.message for x in serial[:len(pairs)]] == [f"pair {p.alignment}" for p in pairs]
    with pytest.raises(ChildProcessError):  # every child was waited for
        os.waitpid(-1, os.WNOHANG)


class _FailsHere(_FailsInAChild):
    def run(self, pairs, ctx):
        if os.getpid() == self.home:
            raise ValueError("the parent's failure")
        return []


def test_an_error_in_this_process_share_is_raised_and_no_child_is_left(monkeypatch):
    monkeypatch.setattr(split, "SPLIT_MIN_PAIRS", 2)
    pairs = _pairs(6)
    with pytest.raises(ValueError, match="parent's failure"):
        split.check_issues(pairs, CheckContext(thresholds={}), (_FailsHere(), _FailsHere()), workers=2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize("n", [0, 1, 7, 128, 971, 10_000])
@pytest.mark.parametrize("workers", [2, 3, 4, 8])
@pytest.mark.parametrize("others", [0.0, 0.62, 3.0])
def test_slices_cover_every_pair_once_in_order_and_the_last_is_lighter(n, workers, others):
    bounds = split.slice_bounds(n, workers, others)
    assert len(bounds) == workers + 1 and bounds[0] == 0 and bounds[-1] == n
    assert bounds == sorted(bounds)
    sizes = [b - a for a, b in zip(bounds, bounds[1:])]
    if n >= 128:
        assert sizes[-1] <= min(sizes[:-1]) + 1  # the last also runs the other checks
        assert max(sizes[:-1]) - min(sizes[:-1]) <= 1
    if others >= 1.0:
        assert sizes[-1] == 0
