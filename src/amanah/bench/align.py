"""``amanah bench align``: bead precision/recall/F1 on perturbed real documents, and a scaling table.

Test documents come from ../shared/data (tico19_dev, flores200_devtest, wmt24pp_en_ar_EG), split by
their doc ids into documents of at most ``--doc-size`` segments. Each document gets one perturbation
(in rotation) with a known gold alignment: a run of 1-5 sentences deleted on one side, 1-5 sentences
from another document inserted on one side, 2-3 adjacent sentences merged into one, or sentences
split at a comma (or left clean). tico19 + flores are the tuning set (the defaults in
``AlignParams`` were chosen on them); wmt24pp is held out and reported separately.
"""

from __future__ import annotations

import argparse

PERTURBATIONS = ("clean", "delete_ar", "delete_en", "insert_ar", "insert_en", "merge_ar", "merge_en",
                 "split_ar", "split_en")
TUNE_SETS = ("tico19_dev", "flores200_devtest")
HELD_OUT_SETS = ("wmt24pp_en_ar_EG",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", help="shared data folder (default: ../shared/data or $AMANAH_DATA)")
    parser.add_argument("--quick", action="store_true", help="a short run: fewer documents, scaling up to 10,000")
    parser.add_argument("--rounds", type=int, default=3,
                        help="perturbation rounds: each perturbs every document anew (default 3; --quick: 1)")
    parser.add_argument("--doc-size", type=int, default=40, help="segments per test document at most (default 40)")
    parser.add_argument("--sizes", default=None, help="comma-separated scaling sizes (default 100,1000,10000,50000)")
    parser.add_argument("--threads", type=int, default=None, help="model threads (default: one per core, at most 8)")
    parser.add_argument("--no-ablation", action="store_true", help="skip the ablation table")
    parser.add_argument("--no-checks", action="store_true", help="skip the full-pipeline run on split-only documents")


# --- test documents with gold alignments -------------------------------------------------------

def documents(dataset, doc_size: int):
    """(name, [(ar, en), ...]) documents of a data set, in file order, split into chunks of doc_size."""
    from .data import parallel_lines

    ar, en, docs = parallel_lines(dataset)
    out, order = {}, []
    for a, e, d in zip(ar, en, docs):
        if d not in out:
            out[d] = []
            order.append(d)
        out[d].append((a, e))
    result = []
    for d in order:
        pairs = out[d]
        for k in range(0, len(pairs), doc_size):
            chunk = pairs[k:k + doc_size]
            if len(chunk) >= 4:
                result.append((f"{d}#{k // doc_size}", chunk))
    return result


def _split_at_comma(text: str, comma: str) -> tuple[str, str] | None:
    """Split at the comma nearest the middle, when both halves have at least 3 words.

    A comma between digits (118,381) groups thousands: it is not a clause boundary.
    """
    best = None
    for pos, ch in enumerate(text):
        if ch in comma and not (text[pos - 1:pos].isdigit() and text[pos + 1:pos + 2].isdigit()):
            left, right = text[:pos + 1].strip(), text[pos + 1:].strip()
            if len(left.split()) >= 3 and len(right.split()) >= 3:
                score = abs(pos - len(text) / 2)
                if best is None or score < best[0]:
                    best = (score, left, right)
    return None if best is None else (best[1], best[2])


def perturb(pairs, kind: str, rng, donor):
    """Units [(ar_parts, en_parts)] after applying ``kind``; ``donor``: (ar, en) pairs of another document."""
    units = [([a], [e]) for a, e in pairs]
    side = 0 if kind.endswith("_ar") else 1
    if kind.startswith("delete"):
        for _ in range(rng.integers(1, 3)):
            run = int(rng.integers(1, 6))
            start = int(rng.integers(0, max(1, len(units) - run + 1)))
            for u in units[start:start + run]:
                u[side].clear()
    elif kind.startswith("insert"):
        run = int(rng.integers(1, 6))
        at = int(rng.integers(0, len(units) + 1))
        picks = [donor[int(rng.integers(0, len(donor)))] for _ in range(run)]
        new = [([p[0]], []) if side == 0 else ([], [p[1]]) for p in picks]
        units[at:at] = new
    elif kind.startswith("merge"):
        for _ in range(max(1, len(units) // 8)):
            size = int(rng.integers(2, 4))
            cands = [i for i in range(len(units) - size + 1)
                     if all(len(u[0]) == 1 and len(u[1]) == 1 for u in units[i:i + size])]
            if not cands:
                break
            i = cands[int(rng.integers(0, len(cands)))]
            group = units[i:i + size]
            merged = " ".join(u[side][0] for u in group)
            other = [u[1 - side][0] for u in group]
            units[i:i + size] = [([merged], other) if side == 0 else (other, [merged])]
    elif kind.startswith("split"):
        comma = "،," if side == 0 else ","
        for u in units:
            if len(u[0]) == 1 and len(u[1]) == 1 and rng.random() < 0.5:
                parts = _split_at_comma(u[side][0], comma)
                if parts:
                    u[side][:] = list(parts)
    return units


def flatten(units):
    """Units -> (ar segments, en segments, gold beads as ((src ids), (tgt ids)) with skips one per segment)."""
    ar, en, gold = [], [], set()
    for a_parts, e_parts in units:
        s = tuple(range(len(ar), len(ar) + len(a_parts)))
        t = tuple(range(len(en), len(en) + len(e_parts)))
        ar += a_parts
        en += e_parts
        if s and t:
            gold.add((s, t))
        else:
            gold.update(((i,), ()) for i in s)
            gold.update(((), (j,)) for j in t)
    return ar, en, gold


def predicted(beads):
    out = set()
    for b in beads:
        s = tuple(range(b.src_start, b.src_start + b.src_len))
        t = tuple(range(b.tgt_start, b.tgt_start + b.tgt_len))
        if s and t:
            out.add((s, t))
        else:
            out.update(((i,), ()) for i in s)
            out.update(((), (j,)) for j in t)
    return out


def build_cases(data, names, doc_size: int, quick: bool, rounds: int = 1):
    """Perturbed documents with gold beads; round r perturbs every document anew (seed 7 + r), so
    more rounds measure the same documents on more damage (an error is then not a 0.3-point step)."""
    import numpy as np

    cases = []
    for name in names:
        docs = documents(data / name, doc_size)
        if quick:
            docs = docs[:len(PERTURBATIONS) * 3]
        for r in range(rounds):
            rng = np.random.default_rng(7 + r)
            for k, (doc_name, pairs) in enumerate(docs):
                kind = PERTURBATIONS[(k + r) % len(PERTURBATIONS)]
                donor = docs[(k + len(docs) // 2) % len(docs)][1]
                ar, en, gold = flatten(perturb(pairs, kind, rng, donor))
                if ar and en:
                    cases.append((name, f"{doc_name}@{r}", kind, ar, en, gold))
    return cases


# --- evaluation --------------------------------------------------------------------------------

class Scorer:
    """Bead precision/recall/F1 accumulated per group."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, group: str, pred: set, gold: set) -> None:
        c = self.counts.setdefault(group, [0, 0, 0])
        c[0] += len(pred & gold)
        c[1] += len(pred)
        c[2] += len(gold)

    def prf(self, group: str) -> tuple[float, float, float]:
        hit, npred, ngold = self.counts.get(group, [0, 0, 0])
        p = hit / npred if npred else 1.0
        r = hit / ngold if ngold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _group(kind: str) -> str:
    return kind.split("_")[0]


def evaluate(cases, embedder, params):
    """Align every case on the product's path (``align_texts``).

    Returns (Scorer, align seconds); embedding time is left out (the scaling table has memory).
    """
    from ..align import align_texts

    scorer = Scorer()
    seconds = 0.0
    for name, _doc, kind, ar, en, gold in cases:
        timer = _Laps()
        beads = align_texts(ar, en, [0] * len(ar), [0] * len(en), embedder, params, lap=timer.lap)
        seconds += timer.seconds.get("align", 0.0)
        pred = predicted(beads)
        for group in (f"{name}", f"{name}/{_group(kind)}", "all", f"all/{_group(kind)}"):
            scorer.add(group, pred, gold)
    return scorer, seconds


class _SentenceVectorsOnly:
    """An embedder seen through ``encode`` alone: the aligner then builds windows from sentence
    vectors (and re-embeds them near doubtful beads) instead of pooling them (``encode_windows``)."""

    def __init__(self, embedder) -> None:
        self.encode = embedder.encode
        self.name = embedder.name


class _Laps:
    """Seconds per stage, added up (the ``lap`` callback of ``align_texts``)."""

    def __init__(self) -> None:
        import time

        self._clock = time.perf_counter
        self._last = self._clock()
        self.seconds: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = self._clock()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


def print_table(title: str, scorer: Scorer, names, seconds: float) -> None:
    print(f"\n{title}  (align time {seconds:.2f} s in all)")
    print(f"{'set':<22}{'perturbation':<14}{'beads':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for name in names:
        for group in ("clean", "delete", "insert", "merge", "split"):
            key = f"{name}/{group}"
            if key in scorer.counts:
                p, r, f = scorer.prf(key)
                print(f"{name:<22}{group:<14}{scorer.counts[key][2]:>7}{p:>8.4f}{r:>8.4f}{f:>8.4f}")
        p, r, f = scorer.prf(name)
        print(f"{name:<22}{'ALL':<14}{scorer.counts[name][2]:>7}{p:>8.4f}{r:>8.4f}{f:>8.4f}")


# --- scaling -----------------------------------------------------------------------------------

def _scaling_child(size: int, seed_file: str, conn) -> None:
    """Runs in a fresh process: align a size x size synthetic-but-realistic pair, report time and memory."""
    import resource
    import time
    import tracemalloc

    import numpy as np

    from ..align import AlignParams, dp_align, windows_from_vectors

    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover
        threadpool_limits = None
    z = np.load(seed_file)
    src1, tgt1, ls1, lt1 = z["src"], z["tgt"], z["ls"], z["lt"]
    rng = np.random.default_rng(size)
    reps = -(-size // len(src1)) + 1
    idx = np.tile(np.arange(len(src1)), reps)[:size + size // 50]
    # each copy of the real pairs is turned by its own random rotation (the same on both sides), so
    # copies are as unrelated as different documents while pairs within a copy keep their similarity
    src0, tgt0 = src1[idx].copy(), tgt1[idx].copy()
    copies = np.arange(len(idx)) // len(src1)
    for c in np.unique(copies)[1:]:
        q, _ = np.linalg.qr(rng.standard_normal((src1.shape[1], src1.shape[1])))
        rows = copies == c
        src0[rows] = src0[rows] @ q.astype(np.float32)
        tgt0[rows] = tgt0[rows] @ q.astype(np.float32)
    # and its own noise
    noise = 0.25
    src = src0 + noise * rng.standard_normal((len(idx), src1.shape[1])).astype(np.float32) / np.sqrt(src1.shape[1])
    tgt = tgt0 + noise * rng.standard_normal((len(idx), src1.shape[1])).astype(np.float32) / np.sqrt(src1.shape[1])
    keep_s = np.ones(len(idx), bool)
    keep_t = np.ones(len(idx), bool)
    for keep in (keep_s, keep_t):  # about 1% of each side deleted in runs of 1-5
        for _ in range(max(1, len(idx) // 300)):
            r = int(rng.integers(1, 6))
            at = int(rng.integers(0, len(idx) - r))
            keep[at:at + r] = False
    src, tgt = src[keep_s][:size], tgt[keep_t][:size]
    ls, lt = ls1[idx][keep_s][:size], lt1[idx][keep_t][:size]
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    tgt /= np.linalg.norm(tgt, axis=1, keepdims=True)
    params = AlignParams()
    sw = windows_from_vectors(src, 3)
    tw = windows_from_vectors(tgt, 3)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def run():
        if threadpool_limits is None:  # pragma: no cover
            return dp_align(sw, tw, params, src_lens=ls, tgt_lens=lt)
        with threadpool_limits(1):
            return dp_align(sw, tw, params, src_lens=ls, tgt_lens=lt)

    # timed without tracemalloc (it slows every numpy allocation several-fold), then run again
    # under tracemalloc for the peak
    start, cpu = time.perf_counter(), time.process_time()
    beads = run()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # gold: kept original ids match
    sid, tid = np.flatnonzero(keep_s)[:size], np.flatnonzero(keep_t)[:size]
    spos = {int(v): i for i, v in enumerate(sid)}
    tpos = {int(v): j for j, v in enumerate(tid)}
    gold = {(spos[v], tpos[v]) for v in spos if v in tpos}
    pred = {(b.src_start, b.tgt_start) for b in beads if b.src_len == 1 and b.tgt_len == 1}
    recall = len(gold & pred) / max(1, len(gold))
    conn.send((seconds, cpu, peak, rss, base_rss, recall, len(beads)))
    conn.close()


def scaling(sizes, seed_file: str) -> list[tuple]:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    rows = []
    for size in sizes:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_scaling_child, args=(size, seed_file, child))
        proc.start()
        result = parent.recv()
        proc.join()
        rows.append((size, *result))
    return rows


# --- main --------------------------------------------------------------------------------------

def main(args: argparse.Namespace) -> int:
    import os
    import tempfile
    import time
    from dataclasses import replace

    import numpy as np

    from ..align import AlignParams, align_texts
    from ..embed import USEEmbedder
    from .data import data_dir, parallel_lines

    data = data_dir(args.data)
    names = TUNE_SETS + HELD_OUT_SETS
    rounds = 1 if args.quick else args.rounds
    cases = build_cases(data, names, args.doc_size, args.quick, rounds)
    embedder = USEEmbedder(threads=args.threads)
    print(f"model {embedder.name}; {len(cases)} perturbed documents from {', '.join(names)} "
          f"({rounds} round{'s' if rounds > 1 else ''} of damage)")

    start = time.perf_counter()
    for _n, _d, _k, ar, en, _g in cases:  # sentences; windows are embedded on demand (and cached)
        embedder.encode(ar)
        embedder.encode(en)
    print(f"embedding the test documents' sentences: {time.perf_counter() - start:.1f} s")

    params = AlignParams()
    tune = [i for i, c in enumerate(cases) if c[0] in TUNE_SETS]
    held = [i for i, c in enumerate(cases) if c[0] in HELD_OUT_SETS]
    for title, subset, sets in (("TUNING SET (tico19_dev + flores200_devtest; defaults chosen here)", tune, TUNE_SETS),
                                ("HELD-OUT SET (wmt24pp_en_ar_EG; not used for tuning)", held, HELD_OUT_SETS)):
        scorer, seconds = evaluate([cases[i] for i in subset], embedder, params)
        print_table(title, scorer, sets, seconds)
        for group in ("clean", "delete", "insert", "merge", "split"):
            p, r, f = scorer.prf(f"all/{group}")
            print(f"{'(all sets)':<22}{group:<14}{scorer.counts.get('all/' + group, [0, 0, 0])[2]:>7}{p:>8.4f}{r:>8.4f}{f:>8.4f}")
        p, r, f = scorer.prf("all")
        print(f"{'(all sets)':<22}{'ALL':<14}{scorer.counts['all'][2]:>7}{p:>8.4f}{r:>8.4f}{f:>8.4f}")

    if not args.no_ablation:
        print("\nABLATION on the tuning set (bead F1; each row changes one thing from the defaults)")
        sentence_vectors = _SentenceVectorsOnly(embedder)
        variants = [
            ("defaults", params, embedder),
            ("no hubness margin (1 - cos)", replace(params, hubness=False), embedder),
            ("no length term", replace(params, length_weight=0.0), embedder),
            ("length ratio from the totals, not the anchors", replace(params, ratio_anchor_sim=None), embedder),
            ("skip calibrated per document (2nd percentile of random pairs)", replace(params, skip=None), embedder),
            ("no gain term (merge beads may swallow a deleted neighbour)", replace(params, gain_weight=0.0), embedder),
            ("no open-junction bonus (segments ending in , ; : are not run-ons)", replace(params, join_bonus=0.0),
             embedder),
            ("windows = sums of sentence vectors, re-embedded near doubts", params, sentence_vectors),
            ("windows = sums of sentence vectors, one pass", replace(params, refine=False), sentence_vectors),
            ("beads 1-1/1-0/0-1/1-2/2-1/2-2 only",
             replace(params, bead_types=((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))), embedder),
            ("vecalign-style: hub, skip 0.45, no length, no gain",
             replace(params, length_weight=0.0, skip=0.45, multi_penalty=0.05, gain_weight=0.0), embedder),
        ]
        for label, variant, model in variants:
            row = []
            scorer, _s = evaluate([cases[i] for i in tune], model, variant)
            for group in ("delete", "insert", "merge", "split", "clean"):
                row.append(scorer.prf(f"all/{group}")[2])
            print(f"  {label:<62} all {scorer.prf('all')[2]:.4f}  " +
                  "  ".join(f"{g} {v:.4f}" for g, v in zip(("del", "ins", "merge", "split", "clean"), row)))

    if not args.no_checks:
        from ..pipeline import CheckOptions, run_check

        split_cases = [c for c in cases if c[2].startswith("split")][:6 if args.quick else 24]
        errors, total, start = 0, 0, time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            for k, (_n, _d, _kind, ar, en, _g) in enumerate(split_cases):
                a, e = os.path.join(tmp, f"{k}.ar.txt"), os.path.join(tmp, f"{k}.en.txt")
                with open(a, "w", encoding="utf-8") as fh:
                    fh.write("\n".join(ar) + "\n")
                with open(e, "w", encoding="utf-8") as fh:
                    fh.write("\n".join(en) + "\n")
                report = run_check([a, e], CheckOptions(segmented=True), embedder=embedder)
                errors += sum(1 for f in report.findings if f.severity == "error")
                total += 1
        print(f"\nfull pipeline on {total} faithful documents whose only change is sentence splitting: "
              f"{errors} error findings ({time.perf_counter() - start:.1f} s)")

    # embedding time on real segments, a fresh model (no cache)
    ar_all, en_all = [], []
    for name in names:
        a, e, _ = parallel_lines(data / name)
        ar_all += a
        en_all += e
    emb_sizes = [1000] if args.quick else [1000, len(ar_all)]
    print("\nEMBED + ALIGN ON THE PRODUCT PATH (real line-aligned segments, fresh model, no cache)")
    for size in emb_sizes:
        fresh = USEEmbedder(threads=args.threads)
        timer = _Laps()
        align_texts(ar_all[:size], en_all[:size], [0] * size, [0] * size, fresh, params, lap=timer.lap)
        print(f"  {size:>6} x {size:<6} segments: embed {timer.seconds.get('embed', 0):7.1f} s, "
              f"align {timer.seconds.get('align', 0):6.2f} s")

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([100, 1000, 10000] if args.quick else
                                                                       [100, 1000, 10000, 50000])
    vec_s = np.concatenate([embedder.encode(c[3]) for c in cases])
    vec_t = np.concatenate([embedder.encode(c[4]) for c in cases])
    ls = np.array([len(t) for c in cases for t in c[3]], dtype=np.float64)
    lt = np.array([len(t) for c in cases for t in c[4]], dtype=np.float64)
    # only real pairs (1-1 gold beads) seed the synthetic documents
    pairs = [(s[0] + off_s, t[0] + off_t) for c, off_s, off_t in _offsets(cases) for s, t in c[5] if len(s) == 1 and len(t) == 1]
    ps = np.array([p[0] for p in pairs])
    pt = np.array([p[1] for p in pairs])
    with tempfile.TemporaryDirectory() as tmp:
        seed_file = os.path.join(tmp, "seed.npz")
        np.savez(seed_file, src=vec_s[ps], tgt=vec_t[pt], ls=ls[ps], lt=lt[pt])
        rows = scaling(sizes, seed_file)
    print(f"\nSCALING (alignment only, embedding excluded; real sentence embeddings of {len(pairs)} pairs, "
          "cycled, each copy randomly rotated and noised, ~1% deleted on each side in runs of 1-5; one BLAS thread)")
    print(f"{'segments/side':>14}{'wall s':>9}{'cpu s':>9}{'peak MiB (tracemalloc)':>24}{'maxrss MiB':>12}{'1-1 recall':>12}")
    for size, seconds, cpu, peak, rss, _base, recall, _nb in rows:
        print(f"{size:>14}{seconds:>9.2f}{cpu:>9.2f}{peak / 2**20:>24.1f}{rss / 1024:>12.0f}{recall:>12.4f}")
    by = {r[0]: r for r in rows}
    if 1000 in by and 10000 in by:
        print(f"time ratio 10k / 1k: {by[10000][1] / by[1000][1]:.1f} (linear = 10)")
    return 0


def _offsets(cases):
    off_s = off_t = 0
    for c in cases:
        yield c, off_s, off_t
        off_s += len(c[3])
        off_t += len(c[4])
