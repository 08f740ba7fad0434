"""``amanah fit``: fit the active model's thresholds on the dev data and write its profile.

Dev data: ``tico19_dev`` and ``flores200_devtest``, and for the coverage model also MT-GenEval's
dev split and Tatoeba (``COVERAGE_SETS``); the held-out sets ``wmt24pp_en_ar_EG`` and
``xquad_ar_en`` are never read here (``amanah bench detect`` reports on them).

* ``mistranslation_error`` / ``_warning``: low percentiles (0.1 / 0.5) of faithful-pair cosine;
  ``mistranslation_{error,warning}_len_{a,b}``: the same percentiles as a curve ``a + b / words``
  of the shorter side's word count (faithful pairs of three words score far lower than pairs of
  thirty), fitted on the dev sentences and Tatoeba's short everyday ones (``LENGTH_SET``).
* ``coverage_{ratio,words}_{prior,var0,var1}``: the typical Arabic/English character and word
  ratios and their spread as a function of length (``var0 + var1 / words``), so that the
  length evidence is a z-score that means the same for a sentence and a paragraph.
* ``omission_*`` / ``addition_*``: a logistic model over the coverage features and the products
  of its embedding features (``checks.coverage.MODEL_INPUTS``), fitted on standardised inputs
  (so that the ridge weighs them alike), separating faithful pairs from pairs whose English lost a
  clause (omission) or gained one (addition), built by the seeded perturbations of
  ``bench.perturb``; the error / warning thresholds are high percentiles (99.9 / 99) of the
  faithful pairs' log-odds, so that clean text raises few findings (the false-alarm rate is
  what is fixed; recall is what the features buy). Paragraphs whose sentences pair up are also
  weighed sentence bead by sentence bead (``checks.base.sentence_beads``) and report their
  highest log-odds; being the highest of several, it gets percentiles of its own
  (``omission_parts_error`` ...), over the dev paragraphs weighed that way.

The fit sees sentences and "paragraphs" (2-4 consecutive dev lines of one document joined), so
the model also holds on the paragraph-level held-out data.

Everything is seeded and sorted: the same data and model give the same profile.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np  # noqa: F401

DEV_SETS = ("tico19_dev", "flores200_devtest")
LENGTH_SET = "tatoeba_challenge_ara_eng"
"""Short sentences for the length curve of the mistranslation thresholds (none in DEV_SETS)."""
COVERAGE_SETS = DEV_SETS + ("mtgeneval_dev/dev", LENGTH_SET)
"""The coverage model's data: the dev sets, Wikipedia biographies and short everyday sentences,
so that its error / warning percentiles hold beyond news and health text (fitted on the dev
sets alone, other faithful text crossed the addition error threshold at 0.5-1 %, not 0.1 %)."""
LENGTH_BINS = 8
ERROR_QUANTILE = 99.9
WARNING_QUANTILE = 99.0
MISTRANSLATION_ERROR_QUANTILE = 0.1
MISTRANSLATION_WARNING_QUANTILE = 0.5


def dev_rows(data: Path, per_set: int, sets: Sequence[str] = DEV_SETS, max_chars: int = 400) -> list[tuple[str, str]]:
    """(arabic, english) line pairs, the first ``per_set`` usable lines of each set."""
    from .bench.data import parallel_lines

    rows = []
    for name in sets:
        ar, en, _ = parallel_lines(data / name)
        good = [(a.strip(), e.strip()) for a, e in zip(ar, en)
                if a.strip() and e.strip() and len(e) <= max_chars and len(a) <= max_chars]
        rows += good[:per_set]
    return rows


def make_pairs(rows: Sequence[tuple[str, str]], start_id: int = 0) -> list:
    from .checks.base import Pair
    from .model import Bead, Segment

    pairs = []
    for k, (ar, en) in enumerate(rows):
        src = (Segment(0, ar, 0, len(ar), 0),)
        tgt = (Segment(0, en, 0, len(en), 0),)
        pairs.append(Pair(Bead(start_id + k, (0,), (0,), 1.0, None), src, tgt, "ar", "en"))
    return pairs


def logistic_fit(x: np.ndarray, y: np.ndarray, ridge: float = 0.1, steps: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (Newton steps, deterministic)."""
    import numpy as np

    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) * ridge
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + reg + np.eye(len(w)) * 1e-9
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[:-1], float(w[-1])


def standardised_fit(x: np.ndarray, y: np.ndarray, ridge: float = 0.1) -> tuple[np.ndarray, float]:
    """``logistic_fit`` on standardised (n, k) inputs, its weights folded back to the raw inputs, so
    that the ridge weighs every input alike whatever its scale (a gain spans 0.1, a z-score 10); an
    input that never varies (a side a feature is not measured on) gets weight 0."""
    import numpy as np

    mean, spread = x.mean(axis=0), x.std(axis=0)
    varies = spread > 0
    w = np.zeros(x.shape[1])
    w_std, b = logistic_fit((x[:, varies] - mean[varies]) / spread[varies], y, ridge)
    w[varies] = w_std / spread[varies]
    return w, b - float(w[varies] @ mean[varies])


def dev_paragraphs(data: Path, per_set: int, sets: Sequence[str] = DEV_SETS, seed: int = 13,
                   max_chars: int = 400) -> list[tuple[str, str]]:
    """(arabic, english) "paragraphs": 2-4 consecutive usable lines of one document joined,
    built from the first ``per_set`` lines of each dev set (seeded, non-overlapping)."""
    from .bench.data import parallel_lines

    out = []
    for name in sets:
        ar, en, docs = parallel_lines(data / name)
        rows = [(a.strip(), e.strip(), d) for a, e, d in zip(ar, en, docs)
                if a.strip() and e.strip() and len(e) <= max_chars and len(a) <= max_chars][:per_set]
        rng = random.Random(seed)
        i = 0
        while i < len(rows):
            size = rng.randint(2, 4)
            run = rows[i:i + size]
            if len(run) == size and all(r[2] == run[0][2] for r in run):
                out.append((" ".join(r[0] for r in run), " ".join(r[1] for r in run)))
                i += size
            else:
                i += 1
    return out


def spread_fit(logs: np.ndarray, words: np.ndarray, bins: int = 10) -> tuple[float, float]:
    """``var0, var1`` of the length-aware spread ``var0 + var1 / words`` of log ratios around
    their median: robust variances (1.4826 MAD, squared) in ``bins`` length bins, then least
    squares of those on ``[1, 1 / mean words]`` (outliers - misaligned dev lines - don't count)."""
    import numpy as np

    dev = np.asarray(logs, float) - np.median(logs)
    words = np.asarray(words, float)
    order = np.argsort(words, kind="mergesort")
    rows, target = [], []
    for chunk in np.array_split(order, bins):
        if len(chunk) < 5:
            continue
        d = dev[chunk]
        rows.append([1.0, 1.0 / float(np.mean(words[chunk]))])
        target.append((1.4826 * float(np.median(np.abs(d - np.median(d))))) ** 2)
    (v0, v1), *_ = np.linalg.lstsq(np.array(rows), np.array(target), rcond=None)
    return max(float(v0), 1e-4), max(float(v1), 1e-3)


def perturbed(items: Sequence[tuple[str, str]], seed: int) -> tuple[list, list]:
    """(clause omissions, clause additions) of ``items``' English, seeded per item."""
    from .bench.perturb import add_clause, omit_clause

    english = [e for _, e in items]
    omitted, added = [], []
    for k, (ar, en) in enumerate(items):
        out = omit_clause(ar, en, random.Random(seed * 1_000_003 + k))
        if out:
            omitted.append((ar, out))
        out = add_clause(ar, en, random.Random(seed * 2_000_003 + k), english[max(0, k - 40):k] + english[k + 1:k + 40])
        if out:
            added.append((ar, out))
    return omitted, added


def fit_features(data: Path, embedder, per_set: int = 600, seed: int = 13, progress=print):
    """(length thresholds, cosines of faithful pairs, {code: (faithful features, damaged features)}).

    Each dev set is one "document": its median ratios centre the length z-scores, as a
    document's own median does at run time."""
    import numpy as np

    from .checks.coverage import log_ratios, side_evidence

    per = {name: dev_rows(data, per_set, (name,)) + dev_paragraphs(data, per_set, (name,), seed)
           for name in COVERAGE_SETS}
    progress(f"dev data: {sum(map(len, per.values()))} faithful pairs (sentences and 2-4 sentence paragraphs) "
             f"from {', '.join(COVERAGE_SETS)}")
    th: dict[str, float] = {}
    logs = {name: np.array([log_ratios(a, e) for a, e in per[name]]) for name in COVERAGE_SETS}
    for key, col in (("ratio", 0), ("words", 1)):
        th[f"coverage_{key}_prior"] = round(float(np.exp(np.median(np.concatenate([lr[:, col] for lr in logs.values()])))), 4)
        centred = np.concatenate([lr[:, col] - np.median(lr[:, col]) for lr in logs.values()])
        v0, v1 = spread_fit(centred, np.concatenate([lr[:, 2] for lr in logs.values()]))
        th[f"coverage_{key}_var0"], th[f"coverage_{key}_var1"] = round(v0, 5), round(v1, 4)
    clean = make_pairs([it for name in DEV_SETS for it in per[name]])
    vecs = embedder.encode([p.source_text for p in clean] + [p.target_text for p in clean])
    sims = np.sum(vecs[:len(clean)] * vecs[len(clean):], axis=1)
    feats: dict[str, list] = {"clean": [], "omission": [], "addition": []}
    for name in COVERAGE_SETS:
        ratios = (float(np.exp(np.median(logs[name][:, 0]))), float(np.exp(np.median(logs[name][:, 1]))))
        omitted, added = perturbed(per[name], seed)
        progress(f"{name}: {len(omitted)} clause omissions, {len(added)} clause additions; embedding clauses")
        for key, items in (("clean", per[name]), ("omission", omitted), ("addition", added)):
            feats[key] += side_groups(side_evidence(make_pairs(items), embedder, th, ratios))
    out = {}
    for code, side in (("omission", "source"), ("addition", "target")):
        out[code] = ([g for s, g in feats["clean"] if s == side], [g for s, g in feats[code] if s == side])
    return th, sims, out


def side_groups(evidence) -> list[tuple[str, np.ndarray]]:
    """(side, (parts, k) features) per pair and side: the whole pair's first, then its sentence beads'."""
    import numpy as np

    groups: dict[tuple[int, str], list] = {}
    for ev in sorted(evidence, key=lambda e: e.part):
        groups.setdefault((ev.pair_index, ev.side), []).append(ev.features)
    return [(side, np.array(rows)) for (_, side), rows in groups.items()]


def fit(data: Path, embedder, per_set: int = 600, seed: int = 13, progress=print) -> dict:
    """The fitted thresholds (a dict) for ``embedder`` on the dev data."""
    import numpy as np

    from .checks.coverage import MODEL_INPUTS, model_inputs
    from .checks.structure import shorter_words

    th, sims, feats = fit_features(data, embedder, per_set, seed, progress)
    for code, (neg_groups, pos_groups) in feats.items():
        # the model is fitted on whole pairs; a side's log-odds is its highest over its parts
        neg = np.array([model_inputs(g[0]) for g in neg_groups])
        pos = np.array([model_inputs(g[0]) for g in pos_groups])
        x = np.vstack([neg, pos])
        y = np.r_[np.zeros(len(neg)), np.ones(len(pos))]
        w, b = standardised_fit(x, y)
        for name, value in zip(MODEL_INPUTS, w):
            th[f"{code}_w_{name}"] = round(float(value), 4)
        th[f"{code}_bias"] = round(b, 4)

        def side_z(groups):
            return np.array([max(np.array(model_inputs(f)) @ np.round(w, 4) for f in g) for g in groups]) + round(b, 4)

        # sides weighed whole and sides also weighed by their sentence beads get thresholds of their own
        for key, parts in ((code, False), (f"{code}_parts", True)):
            z_neg = side_z([g for g in neg_groups if (len(g) > 1) == parts])
            z_pos = side_z([g for g in pos_groups if (len(g) > 1) == parts])
            th[f"{key}_error"] = round(float(np.percentile(z_neg, ERROR_QUANTILE)), 3)
            th[f"{key}_warning"] = round(float(np.percentile(z_neg, WARNING_QUANTILE)), 3)
            progress(f"{key}: {len(z_neg)} faithful sides, dev recall at error {np.mean(z_pos >= th[f'{key}_error']):.3f}, "
                     f"at warning {np.mean(z_pos >= th[f'{key}_warning']):.3f} ({len(z_pos)} damaged)")
    th["mistranslation_error"] = round(float(np.percentile(sims, MISTRANSLATION_ERROR_QUANTILE)), 2)
    th["mistranslation_warning"] = round(float(np.percentile(sims, MISTRANSLATION_WARNING_QUANTILE)), 2)
    rows = dev_rows(data, 3 * per_set) + dev_rows(data, 3 * per_set, (LENGTH_SET,))
    vecs = embedder.encode([a for a, _ in rows] + [e for _, e in rows])
    cosines = np.sum(vecs[:len(rows)] * vecs[len(rows):], axis=1)
    words = np.array([shorter_words(a, e) for a, e in rows], dtype=float)
    for key, q in (("error", MISTRANSLATION_ERROR_QUANTILE), ("warning", MISTRANSLATION_WARNING_QUANTILE)):
        a, b = length_curve(cosines, words, q)
        th[f"mistranslation_{key}_len_a"], th[f"mistranslation_{key}_len_b"] = round(a, 3), round(b, 3)
    progress(f"mistranslation: error below {th['mistranslation_error']} and below "
             f"{th['mistranslation_error_len_a']} {th['mistranslation_error_len_b']:+} / words")
    return th


def length_curve(cosines, words, q: float, bins: int = LENGTH_BINS) -> tuple[float, float]:
    """``a, b`` of the curve ``a + b / words`` through the ``q``-th percentile of ``cosines`` in
    ``bins`` bins of equal counts by ``words`` (least squares on [1, 1 / mean words])."""
    import numpy as np

    order = np.argsort(np.asarray(words), kind="mergesort")
    rows, target = [], []
    for chunk in np.array_split(order, bins):
        rows.append([1.0, 1.0 / float(np.mean(words[chunk]))])
        target.append(float(np.percentile(cosines[chunk], q)))
    (a, b), *_ = np.linalg.lstsq(np.array(rows), np.array(target), rcond=None)
    return float(a), float(b)


def profile_path(model_name: str) -> Path:
    base = model_name.split("@", 1)[0]
    return Path(__file__).resolve().parent / "profiles" / f"{base.replace(':', '_').replace('/', '_')}.json"


def write_profile(path: Path, model_name: str, thresholds: dict, per_set: int, seed: int) -> dict:
    """Merge ``thresholds`` into the profile at ``path`` (other keys kept) and bump its version."""
    base = model_name.split("@", 1)[0]
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {
        "profile": f"{base}.v0", "model": base, "thresholds": {}}
    name, _, version = data["profile"].rpartition(".v")
    merged = {**data.get("thresholds", {}), **thresholds}
    if merged != data.get("thresholds"):
        data["profile"] = f"{name or base}.v{int(version or 0) + 1}"
    data["fitted_on"] = (f"{' + '.join(COVERAGE_SETS)} (mistranslation: {' + '.join(DEV_SETS)}): the first "
                         f"{per_set} line pairs of each (≤ 400 characters) and "
                         "2-4 consecutive lines of one document joined into paragraphs; held out for reporting: "
                         f"wmt24pp_en_ar_EG, xquad_ar_en; seed {seed}")
    data["method"] = (
        "`amanah fit`: mistranslation_error/warning = "
        f"{MISTRANSLATION_ERROR_QUANTILE}th/{MISTRANSLATION_WARNING_QUANTILE}th percentile of faithful-pair cosine, "
        f"and mistranslation_*_len_a/b = the same percentiles as a curve a + b / words of the shorter side, "
        f"least squares over {LENGTH_BINS} bins of the dev sentences and {LENGTH_SET}; "
        "coverage_*_prior/var0/var1 = median character and word ratios and their length-aware spread "
        "(var0 + var1/words, least squares around each set's median); omission_*/addition_*: logistic regression "
        "(L2 0.1, on standardised inputs, weights folded back to raw ones) of faithful pairs vs. pairs whose English "
        "lost (omission) or gained (addition) a clause of 25-60% of the text, over checks/coverage.py MODEL_INPUTS "
        "(the FEATURES and the PRODUCTS of its embedding features), fitted on whole pairs; error/warning = "
        f"{ERROR_QUANTILE}th/{WARNING_QUANTILE}th percentile of the faithful pairs' log-odds, for sides weighed "
        "whole; *_parts_error/warning: the same for sides also weighed by their sentence beads (paragraphs: "
        "the highest log-odds of the whole and its beads)")
    data["thresholds"] = dict(sorted(merged.items()))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return data


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None, help="model to fit (default: use-m3)")
    parser.add_argument("--data", help="shared data folder (default: ../shared/data or $AMANAH_DATA)")
    parser.add_argument("--per-set", type=int, default=600, help="line pairs taken from each dev set (default: 600)")
    parser.add_argument("--seed", type=int, default=13, help="perturbation seed (default: 13)")
    parser.add_argument("-o", "--output", help="profile file to write (default: the model's profile in the package)")
    parser.add_argument("--dry-run", action="store_true", help="print the thresholds, write nothing")


def main(args: argparse.Namespace) -> int:
    import sys

    from .bench.data import data_dir
    from .embed import load_embedder

    embedder = load_embedder(args.model)
    th = fit(data_dir(args.data), embedder, args.per_set, args.seed,
             progress=lambda m: print(f"amanah fit: {m}", file=sys.stderr))
    print(json.dumps(th, indent=2, sort_keys=True))
    if not args.dry_run:
        path = Path(args.output) if args.output else profile_path(embedder.name)
        data = write_profile(path, embedder.name, th, args.per_set, args.seed)
        print(f"amanah fit: wrote {data['profile']} to {path}", file=sys.stderr)
    return 0
