"""The whole path: ingest -> segment -> embed + align -> check -> Report, timed per stage."""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .align import AlignParams, RawBead, align_texts
from .checks import DEFAULT_CHECKS, Check, CheckContext, Pair, checks_signature, run_checks
from .defaults import DEFAULT_WORKERS, NORMALIZATION_VERSION, SEGMENTER_VERSION
from .embed import Embedder, cpu_threads, load_embedder
from .ingest import ALIGNED_SUFFIXES, RawDocument, load, load_aligned
from .model import SEVERITY_RANK, Bead, Document, Finding, Report, Segment, Side
from .profiles import profile_for
from .segment import segment_side


@dataclass(frozen=True)
class CheckOptions:
    """What a user chooses on the command line (defaults live in ``defaults.py``)."""

    model: str | None = None
    segmented: bool = False
    source_lang: str | None = None
    target_lang: str | None = None
    glossary: tuple[tuple[str, str], ...] = ()
    align: AlignParams = field(default_factory=AlignParams)
    workers: int | None = None
    """Processes that share a long document's checks (``checks.split``); None: ``DEFAULT_WORKERS``,
    at most one per core."""

    def processes(self) -> int:
        return self.workers if self.workers is not None else min(DEFAULT_WORKERS, cpu_threads())


Progress = Callable[[str], None]


def _silent(_: str) -> None:
    return None


class Timer:
    """Collects (stage, seconds) in order."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []
        self._start = time.perf_counter()

    def lap(self, stage: str) -> None:
        """Time since the last lap goes to ``stage`` (added up when a stage recurs)."""
        now = time.perf_counter()
        for k, (name, seconds) in enumerate(self.stages):
            if name == stage:
                self.stages[k] = (name, seconds + now - self._start)
                break
        else:
            self.stages.append((stage, now - self._start))
        self._start = now


def segment_document(raw: RawDocument, segmented: bool) -> Document:
    return Document(segment_side(raw.source, segmented), segment_side(raw.target, segmented), raw.metadata)


def to_beads(raw_beads: Sequence[RawBead], source: Side, target: Side) -> list[Bead]:
    """Index ranges -> Beads holding segment ids; score is the similarity (0 for skips)."""
    beads = []
    for k, rb in enumerate(raw_beads):
        src = tuple(s.id for s in source.segments[rb.src_start:rb.src_start + rb.src_len])
        tgt = tuple(s.id for s in target.segments[rb.tgt_start:rb.tgt_start + rb.tgt_len])
        sim = None if rb.similarity is None else round(float(rb.similarity), 4)
        beads.append(Bead(k, src, tgt, score=max(0.0, sim) if sim is not None else 0.0, similarity=sim))
    return beads


def make_pairs(beads: Sequence[Bead], doc: Document) -> list[Pair]:
    src, tgt = doc.source.by_id(), doc.target.by_id()
    return [Pair(b, tuple(src[i] for i in b.source), tuple(tgt[j] for j in b.target), doc.source.lang, doc.target.lang)
            for b in beads]


DAMAGE: dict[str, tuple[float, float]] = {"error": (0.6, 0.3), "warning": (0.35, 0.3), "info": (0.0, 0.1)}
"""A finding's probability-like damage: ``base + slope * (1 - finding.score)`` by severity (a
finding's own score is in [0, 1], lower = surer)."""

FAITHFUL_FLOOR = 0.5
"""Similarity at the lower edge of faithful pairs (dev: 1st percentile 0.48). Damage shrinks only
the part of a bead's similarity above it: a pair already this dissimilar is ranked by its
similarity alone (findings there say nothing its similarity does not; STS17 measures this)."""

SIMILARITY_CODES = frozenset({"mistranslation"})
"""Findings that restate the similarity itself: already in the bead's score, not counted again."""


def finalize_beads(beads: Sequence[Bead], findings: Sequence[Finding]) -> tuple[Bead, ...]:
    """A bead's score is a probability-like faithfulness; its status its worst severity.

    ``score = s`` for a bead with no finding (``s``: similarity clipped to [0, 1]; 0 for a bead
    with an empty side), else ``floor + (s - floor) * prod(1 - damage)`` over its findings when
    ``s`` is above ``FAITHFUL_FLOOR``: an error takes 60-90 % of the excess, a warning 35-65 %,
    an info note up to 10 %. So a damaged pair that looks faithful by similarity ranks below
    faithful pairs (ROC-AUC in ``bench detect``), while pairs keep their similarity order
    elsewhere (STS17 Spearman in ``bench detect``).
    """
    worst: dict[int, str] = {}
    keep: dict[int, float] = {}
    for f in findings:
        if f.alignment is None:
            continue
        if SEVERITY_RANK[f.severity] > SEVERITY_RANK.get(worst.get(f.alignment, ""), 0):
            worst[f.alignment] = f.severity
        if f.severity in DAMAGE and f.code not in SIMILARITY_CODES:
            base, slope = DAMAGE[f.severity]
            damage = base + slope * (1.0 - min(1.0, max(0.0, f.score)))
            keep[f.alignment] = keep.get(f.alignment, 1.0) * (1.0 - damage)

    def score(b: Bead) -> float:
        s = min(1.0, max(0.0, b.score))
        if s <= FAITHFUL_FLOOR or b.id not in keep:
            return round(s, 4)
        return round(FAITHFUL_FLOOR + (s - FAITHFUL_FLOOR) * keep[b.id], 4)

    return tuple(Bead(b.id, b.source, b.target, score(b), b.similarity, worst.get(b.id, "ok")) for b in beads)


def signature_fields(embedder: Embedder, options: CheckOptions, checks: Sequence[Check], profile: str,
                     align_signature: str | None = None) -> tuple[tuple[str, str], ...]:
    return (
        ("model", embedder.name),
        ("seg", "lines" if options.segmented else SEGMENTER_VERSION),
        ("norm", NORMALIZATION_VERSION),
        ("align", align_signature or options.align.signature(pooled_windows=hasattr(embedder, "encode_windows"))),
        ("checks", checks_signature(checks)),
        ("profile", profile),
        *((("glossary", _glossary_digest(options.glossary)),) if options.glossary else ()),
        ("version", __version__),
    )


def _glossary_digest(glossary: tuple[tuple[str, str], ...]) -> str:
    """Entry count and a short content hash: the glossary changes findings, so it is signed."""
    digest = hashlib.sha256("\n".join(f"{a}\t{b}" for a, b in glossary).encode("utf-8")).hexdigest()[:8]
    return f"{len(glossary)}@{digest}"


def _load_model(options: CheckOptions, progress: Progress) -> Embedder:
    progress("loading model")
    return load_embedder(options.model)


def run_check(paths: Sequence[str], options: CheckOptions = CheckOptions(), embedder: Embedder | None = None,
              checks: Sequence[Check] = DEFAULT_CHECKS, progress: Progress = _silent) -> Report:
    """Check one bilingual file, two files or one file of pre-aligned pairs; return the report.

    Raises AmanahError subclasses (InputError, ModelError) for bad input or an unloadable model.
    """
    timer = Timer()
    if len(paths) == 1 and Path(paths[0]).suffix.lower() in ALIGNED_SUFFIXES:
        return _run_aligned(paths[0], options, embedder, checks, progress, timer)
    raw = load(list(paths), options.source_lang, options.target_lang)
    embedder = embedder or _load_model(options, progress)
    timer.lap("load")
    doc = segment_document(raw, options.segmented)
    timer.lap("segment")
    n, m = len(doc.source.segments), len(doc.target.segments)
    progress(f"embedding and aligning {n} source and {m} target segments")
    params = options.align
    raw_beads = align_texts([s.text for s in doc.source.segments], [s.text for s in doc.target.segments],
                            [s.paragraph for s in doc.source.segments], [s.paragraph for s in doc.target.segments],
                            embedder, params, lap=timer.lap)
    return _check_and_report(doc, to_beads(raw_beads, doc.source, doc.target), embedder, options, checks, progress, timer)


def _run_aligned(path: str, options: CheckOptions, embedder: Embedder | None, checks: Sequence[Check],
                 progress: Progress, timer: Timer) -> Report:
    """Pre-aligned pairs (TSV/CSV/JSONL/TMX/XLIFF): each row is a bead; only similarities are computed."""
    aligned = load_aligned(path, options.source_lang)
    embedder = embedder or _load_model(options, progress)
    timer.lap("load")
    target_lang = "en" if aligned.source_lang == "ar" else "ar"
    source_col = 0 if aligned.source_lang == "ar" else 1
    sides = []
    for col, lang in ((source_col, aligned.source_lang), (1 - source_col, target_lang)):
        segments = tuple(Segment(b.line, aligned.text[b.start:b.end], b.start, b.end, b.line)
                         for b in (row[col] for row in aligned.rows) if b is not None)
        sides.append(Side(lang, aligned.path, aligned.text, segments))
    doc = Document(sides[0], sides[1], ())
    timer.lap("segment")
    full = [(row[source_col], row[1 - source_col]) for row in aligned.rows]
    both = [(a, b) for a, b in full if a is not None and b is not None]
    progress(f"embedding {len(both)} pairs")
    src_vecs = embedder.encode([aligned.text[a.start:a.end] for a, _ in both])
    tgt_vecs = embedder.encode([aligned.text[b.start:b.end] for _, b in both])
    sims = iter((src_vecs * tgt_vecs).sum(axis=1).tolist())
    timer.lap("embed")
    beads = []
    for k, (a, b) in enumerate(full):
        sim = round(float(next(sims)), 4) if a is not None and b is not None else None
        beads.append(Bead(k, (a.line,) if a else (), (b.line,) if b else (),
                          score=max(0.0, sim) if sim is not None else 0.0, similarity=sim))
    timer.lap("align")
    return _check_and_report(doc, beads, embedder, replace(options, segmented=True), checks, progress, timer,
                             align_signature="given")


def _check_and_report(doc: Document, beads: list[Bead], embedder: Embedder, options: CheckOptions,
                      checks: Sequence[Check], progress: Progress, timer: Timer, align_signature: str | None = None) -> Report:
    profile = profile_for(embedder.name)
    ctx = CheckContext(thresholds=profile.as_dict(), embedder=embedder, glossary=options.glossary)
    progress("checking pairs")
    findings = run_checks(make_pairs(beads, doc), ctx, checks, options.processes())
    timer.lap("check")
    fields = signature_fields(embedder, options, checks, profile.name, align_signature)
    return Report(
        tool_version=__version__,
        signature="|".join(f"{k}:{v}" for k, v in fields),
        signature_fields=fields,
        document=doc,
        alignments=finalize_beads(beads, findings),
        findings=tuple(findings),
        thresholds=profile.thresholds,
        timings=tuple(timer.stages),
    )


def stderr_progress(enabled: bool) -> Progress:
    """Progress lines on stderr when ``enabled`` (the CLI enables it when stderr is a terminal)."""
    if not enabled:
        return _silent
    return lambda message: print(f"amanah: {message}…", file=sys.stderr, flush=True)
