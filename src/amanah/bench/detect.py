"""``amanah bench detect``: does amanah catch damaged translations, and stay quiet on clean ones?

Builds seeded, perturbed copies of faithful Arabic-English pairs (the English side is damaged:
clause omission and addition, number change, name swap, negation flip, untranslated copy;
sentence omission and addition inside 3-sentence documents, which go through the aligner),
runs the real ``DEFAULT_CHECKS`` with the real embedder and the model's profile, and prints per
type: recall at severity error with the expected code, recall at warning or above, ROC-AUC of
the pair score (damaged vs. clean), and the same recall for sentence cosine alone with fixed
thresholds (0.40 error, 0.52 warning). Then the finding rates on the clean pairs and the
Spearman correlation of the pair score with the human scores of STS17 ar-en.

Default data: the held-out ``wmt24pp_en_ar_EG`` (thresholds are fitted on tico19/flores200 by
``amanah fit``); ``--set`` picks another (``xquad_ar_en``, the other held-out set, is
paragraph-level: lines up to 1,600 characters are used there).
"""

from __future__ import annotations

import argparse

BASELINE_ERROR = 0.40
BASELINE_WARNING = 0.52
MAX_CHARS = {"xquad_ar_en": 1600}
"""Longest usable line per data set (default 400)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", help="shared data folder (default: ../shared/data or $AMANAH_DATA)")
    parser.add_argument("--set", dest="dataset", default="wmt24pp_en_ar_EG",
                        help="line-aligned data set to damage (default: wmt24pp_en_ar_EG, held out from fitting); "
                             "mtgeneval_dev/dev: the faithful biography sentences of MT-GenEval's dev split "
                             "(development data: the lexical checks' false alarms were studied there)")
    parser.add_argument("--pairs", type=int, default=400, help="clean pairs, and damaged pairs per type (default: 400)")
    parser.add_argument("--docs", type=int, default=150, help="3-sentence documents per sentence-level type (default: 150)")
    parser.add_argument("--max-chars", type=int, default=None,
                        help="longest usable line (default: 400; 1600 for xquad_ar_en, whose lines are paragraphs)")
    parser.add_argument("--seed", type=int, default=1, help="perturbation seed (default: 1)")
    parser.add_argument("--documents", type=int, default=30,
                        help="clean documents checked whole through amanah check's path (default: 30; 0: skip)")
    parser.add_argument("--quick", action="store_true", help="small run: 60 pairs, 20 documents per type")
    parser.add_argument("--model", default=None, help="embedding model (default: use-m3)")


# ----------------------------------------------------------------------------- statistics

def roc_auc(damaged, clean) -> float:
    """P(score of a damaged pair < score of a clean pair), ties counting half (Mann-Whitney)."""
    import numpy as np

    d, c = np.asarray(damaged, float), np.asarray(clean, float)
    if not len(d) or not len(c):
        return float("nan")
    less = (d[:, None] < c[None, :]).sum()
    ties = (d[:, None] == c[None, :]).sum()
    return float((less + 0.5 * ties) / (len(d) * len(c)))


def spearman(x, y) -> float:
    """Spearman's rho with average ranks for ties."""
    import numpy as np

    def ranks(v):
        v = np.asarray(v, float)
        order = np.argsort(v, kind="mergesort")
        r = np.empty(len(v))
        r[order] = np.arange(len(v), dtype=float)
        for value in np.unique(v):
            idx = v == value
            r[idx] = r[idx].mean()
        return r

    rx, ry = ranks(x), ranks(y)
    return float(np.corrcoef(rx, ry)[0, 1])


# ----------------------------------------------------------------------------- data

def usable_rows(ar, en, docs, min_chars: int = 20, max_chars: int = 400):
    """(arabic, english, doc id) lines with text on both sides within the length limits."""
    return [(a.strip(), e.strip(), d) for a, e, d in zip(ar, en, docs)
            if min_chars <= len(a.strip()) <= max_chars and min_chars <= len(e.strip()) <= max_chars]


def build_pair_cases(rows, n: int, seed: int):
    """{type name: (code, [(arabic, damaged english)])} for the pair-level perturbations."""
    import random

    from .perturb import PAIR_PERTURBATIONS, add_clause, name_pool, split_pool

    english = [e for _, e, _ in rows]
    pools = split_pool(name_pool(english))
    cases = {}
    for t, kind in enumerate(PAIR_PERTURBATIONS):
        built = []
        for k, (ar, en, _) in enumerate(rows):
            rng = random.Random(seed * 1_000_003 + t * 10_007 + k)
            if kind.build is add_clause:
                out = add_clause(ar, en, rng, english[max(0, k - 40):k] + english[k + 1:k + 40])
            elif kind.pool:
                out = kind.build(ar, en, rng, pools[kind.pool])
            else:
                out = kind.build(ar, en, rng)
            if out and out != en:
                built.append((ar, out))
            if len(built) >= n:
                break
        cases[kind.name] = (kind.code, built)
    return cases


def build_doc_cases(rows, n: int, seed: int):
    """3-sentence documents (consecutive lines of one doc): (name, code, [(ar lines, en lines, index)])."""
    import random

    windows = [i for i in range(len(rows) - 2) if rows[i][2] == rows[i + 1][2] == rows[i + 2][2]]
    rng = random.Random(seed)
    omit, add = [], []
    for i in windows[: n]:
        ar = [rows[i + j][0] for j in range(3)]
        en = [rows[i + j][1] for j in range(3)]
        omit.append((ar, en[:1] + en[2:], 1))
        donors = [r for r in rows if r[2] != rows[i][2]]
        extra = donors[rng.randrange(len(donors))][1]
        add.append((ar, en[:1] + [extra] + en[1:], 1))
    return [("sentence omission", "omission", omit), ("sentence addition", "addition", add)]


# ----------------------------------------------------------------------------- running

def make_pairs(items, embedder):
    """1-1 Pairs with the bead similarity the pipeline would give them."""
    import numpy as np

    from ..checks.base import Pair
    from ..model import Bead, Segment

    if not items:
        return []
    s = embedder.encode([a for a, _ in items])
    t = embedder.encode([e for _, e in items])
    sims = np.sum(s * t, axis=1)
    pairs = []
    for k, ((ar, en), sim) in enumerate(zip(items, sims)):
        sim = round(float(sim), 4)
        pairs.append(Pair(Bead(k, (0,), (0,), max(0.0, sim), sim), (Segment(0, ar, 0, len(ar), 0),),
                          (Segment(0, en, 0, len(en), 0),), "ar", "en"))
    return pairs


def check_pairs(pairs, ctx, checks):
    """Findings per pair id and the final pair scores (pipeline.finalize_beads)."""
    from ..checks import run_checks
    from ..pipeline import finalize_beads

    findings = run_checks(pairs, ctx, checks)
    beads = finalize_beads([p.bead for p in pairs], findings)
    by_pair: dict[int, list] = {}
    for f in findings:
        by_pair.setdefault(f.alignment, []).append(f)
    return by_pair, [b.score for b in beads]


def check_document(ar_lines, en_lines, embedder, ctx, checks):
    """Align a small document the way ``run_check`` does and run the checks on its beads."""
    from ..align import AlignParams, align_texts
    from ..checks import run_checks
    from ..model import Segment, Side
    from ..pipeline import make_pairs as pipeline_pairs
    from ..pipeline import to_beads
    from ..model import Document

    def side(lang, lines):
        segs, pos = [], 0
        for k, line in enumerate(lines):
            segs.append(Segment(k, line, pos, pos + len(line), k))
            pos += len(line) + 1
        return Side(lang, None, "\n".join(lines), tuple(segs))

    src, tgt = side("ar", ar_lines), side("en", en_lines)
    raw = align_texts(ar_lines, en_lines, [s.paragraph for s in src.segments], [s.paragraph for s in tgt.segments],
                      embedder, AlignParams())
    beads = to_beads(raw, src, tgt)
    return src, tgt, run_checks(pipeline_pairs(beads, Document(src, tgt)), ctx, checks)


def clean_documents(rows, n_docs: int, embedder) -> dict:
    """The first ``n_docs`` documents of ``rows`` (all their usable lines, one paragraph per line),
    checked whole as two files by ``run_check``: segmented into sentences, aligned, checked."""
    import tempfile
    from pathlib import Path

    from ..pipeline import run_check

    by_doc: dict[str, list[tuple[str, str]]] = {}
    for ar, en, doc in rows:
        by_doc.setdefault(doc, []).append((ar, en))
    docs = [lines for lines in by_doc.values() if len(lines) >= 2][:n_docs]
    findings, segments = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, lines in enumerate(docs):
            src, tgt = Path(tmp, f"{k}.ar.txt"), Path(tmp, f"{k}.en.txt")
            src.write_text("\n\n".join(a for a, _ in lines) + "\n", encoding="utf-8")
            tgt.write_text("\n\n".join(e for _, e in lines) + "\n", encoding="utf-8")
            report = run_check([str(src), str(tgt)], embedder=embedder)
            segments += len(report.document.source.segments)
            findings += report.findings
    errors = [f for f in findings if f.severity == "error"]
    per = 100.0 / max(1, segments)
    return {"docs": len(docs), "lines": sum(len(d) for d in docs), "segments": segments, "errors": per * len(errors),
            "warnings": per * sum(f.severity == "warning" for f in findings), "error_findings": errors}


def _rate(hits: int, n: int) -> str:
    return f"{100.0 * hits / n:6.1f}%" if n else "     - "


def main(args: argparse.Namespace) -> int:
    import sys

    from ..checks import DEFAULT_CHECKS, CheckContext
    from ..checks.coverage import document_ratios
    from ..checks.structure import MistranslationCheck, UnalignedCheck
    from ..embed import load_embedder
    from ..profiles import profile_for
    from .data import data_dir, parallel_lines, read_lines

    n_pairs, n_docs = (60, 20) if args.quick else (args.pairs, args.docs)
    data = data_dir(args.data)
    embedder = load_embedder(args.model)
    profile = profile_for(embedder.name)
    max_chars = args.max_chars or MAX_CHARS.get(args.dataset, 400)
    rows = usable_rows(*parallel_lines(data / args.dataset), max_chars=max_chars)
    clean_items = [(a, e) for a, e, _ in rows[:n_pairs]]
    clean = make_pairs(clean_items, embedder)
    ctx = CheckContext(thresholds=profile.as_dict(), embedder=embedder,
                       extra={"document_ratios": document_ratios(clean, profile.as_dict())})
    base_ctx = CheckContext(thresholds={"mistranslation_error": BASELINE_ERROR, "mistranslation_warning": BASELINE_WARNING})
    baseline = (UnalignedCheck(), MistranslationCheck(acronyms=False))
    print(f"amanah bench detect: {embedder.name}, profile {profile.name}, data {args.dataset}, seed {args.seed}",
          file=sys.stderr)

    clean_findings, clean_scores = check_pairs(clean, ctx, DEFAULT_CHECKS)
    base_clean, _ = check_pairs(clean, base_ctx, baseline)

    def flagged(found, code, severities):
        return any(f.severity in severities and (code is None or f.code == code) for f in found)

    rows_out = []
    for name, (code, items) in build_pair_cases(rows, n_pairs, args.seed).items():
        pairs = make_pairs(items, embedder)
        found, scores = check_pairs(pairs, ctx, DEFAULT_CHECKS)
        base_found, _ = check_pairs(pairs, base_ctx, baseline)
        n = len(pairs)
        err = sum(flagged(found.get(p.alignment, []), code, ("error",)) for p in pairs)
        warn = sum(flagged(found.get(p.alignment, []), code, ("error", "warning")) for p in pairs)
        b_err = sum(flagged(base_found.get(p.alignment, []), None, ("error",)) for p in pairs)
        rows_out.append((name, code, n, err, warn, roc_auc(scores, clean_scores), b_err))
    for name, code, docs in build_doc_cases(rows, n_docs, args.seed):
        err = warn = b_err = 0
        for ar_lines, en_lines, index in docs:
            src, tgt, found = check_document(ar_lines, en_lines, embedder, ctx, DEFAULT_CHECKS)
            seg = (src if code == "omission" else tgt).segments[index]

            def at(f):
                spans = f.source_spans if code == "omission" else f.target_spans
                return any(a < seg.end and b > seg.start for a, b in spans)

            err += any(f.code == code and f.severity == "error" and at(f) for f in found)
            warn += any(f.code == code and f.severity in ("error", "warning") and at(f) for f in found)
            _, _, base_found = check_document(ar_lines, en_lines, embedder, base_ctx, baseline)
            b_err += any(f.severity == "error" for f in base_found)
        rows_out.append((name, code, len(docs), err, warn, float("nan"), b_err))

    print(f"amanah bench detect — {args.dataset} ({len(clean)} clean pairs), {embedder.name}, "
          f"profile {profile.name}, seed {args.seed}")
    print(f"{'damage':<19}{'expected code':<14}{'n':>5}  {'error':>7}  {'warning+':>8}  {'AUC':>5}  {'cosine-only error':>17}")
    for name, code, n, err, warn, auc, b_err in rows_out:
        auc_s = f"{auc:5.3f}" if auc == auc else "    -"
        print(f"{name:<19}{code:<14}{n:>5}  {_rate(err, n)}  {_rate(warn, n):>8}  {auc_s}  {_rate(b_err, n):>17}")
    n = len(clean)
    all_clean = [f for fs in clean_findings.values() for f in fs]
    errors = [f for f in all_clean if f.severity == "error"]
    warnings = [f for f in all_clean if f.severity == "warning"]
    base_errors = sum(f.severity == "error" for fs in base_clean.values() for f in fs)

    def by_code(fs):
        counts: dict[str, int] = {}
        for f in fs:
            counts[f.code] = counts.get(f.code, 0) + 1
        return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"

    print(f"clean pairs: {100.0 * len(errors) / n:.2f} errors and {100.0 * len(warnings) / n:.2f} warnings "
          f"per 100 segments (targets ≤ 0.5 and ≤ 5); cosine alone: {100.0 * base_errors / n:.2f} errors")
    print(f"  errors by code: {by_code(errors)}; warnings by code: {by_code(warnings)}")

    if args.documents:
        docs_out = clean_documents(rows, 10 if args.quick else args.documents, embedder)
        print(f"clean documents through amanah check ({docs_out['docs']} documents, {docs_out['lines']} lines split into "
              f"{docs_out['segments']} source sentences, aligned): {docs_out['errors']:.2f} errors and "
              f"{docs_out['warnings']:.2f} warnings per 100 source segments")
        print(f"  errors by code: {by_code(docs_out['error_findings'])}")

    sts = data / "sts17_ar_en_labelled"
    ar, en = read_lines(sts / "ar.txt"), read_lines(sts / "en.txt")
    human = [float(x) for x in read_lines(sts / "score.txt")]
    sts_pairs = make_pairs(list(zip(ar, en)), embedder)
    _, sts_scores = check_pairs(sts_pairs, ctx, DEFAULT_CHECKS)
    cos = [p.bead.similarity for p in sts_pairs]
    print(f"STS17 ar-en ({len(human)} pairs): Spearman of pair score with human scores {spearman(sts_scores, human):.3f} "
          f"(sentence cosine alone {spearman(cos, human):.3f})")
    return 0
