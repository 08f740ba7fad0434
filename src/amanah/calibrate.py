"""``amanah fit``: fit the active model's thresholds on the dev data and write its profile.

Dev data: ``tico19_dev`` and ``flores200_devtest`` (the held-out sets ``wmt24pp_en_ar_EG`` and
``xquad_ar_en`` are never read here; ``amanah bench detect`` reports on them).

* ``mistranslation_error`` / ``_warning``: low percentiles of faithful-pair cosine.
* ``omission_*`` / ``addition_*``: a logistic model over the coverage features
  (``checks.coverage.FEATURES``) separating faithful pairs from pairs whose English lost a
  clause (omission) or gained one (addition), built by the seeded perturbations of
  ``bench.perturb``; the error / warning thresholds are high percentiles of the faithful
  pairs' log-odds, so that clean text raises few findings.

Everything is seeded and sorted: the same data and model give the same profile.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

DEV_SETS = ("tico19_dev", "flores200_devtest")
ERROR_QUANTILE = 99.8
WARNING_QUANTILE = 98.5


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


def fit(data: Path, embedder, per_set: int = 600, seed: int = 13, progress=print) -> dict:
    """The fitted thresholds (a dict) for ``embedder`` on the dev data."""
    import numpy as np

    from .bench.perturb import add_clause, omit_clause
    from .checks.coverage import FEATURES, document_ratio, side_evidence

    rows = dev_rows(data, per_set)
    clean = make_pairs(rows)
    progress(f"dev data: {len(rows)} faithful pairs from {', '.join(DEV_SETS)}")
    ratio = document_ratio(clean, 0.88)
    sims = np.array([float(a @ b) for a, b in zip(embedder.encode([p.source_text for p in clean]),
                                                   embedder.encode([p.target_text for p in clean]))])
    english = [e for _, e in rows]
    omitted, added = [], []
    for k, (ar, en) in enumerate(rows):
        out = omit_clause(ar, en, random.Random(seed * 1_000_003 + k))
        if out:
            omitted.append((ar, out))
        out = add_clause(ar, en, random.Random(seed * 2_000_003 + k), english[max(0, k - 40):k + 40])
        if out:
            added.append((ar, out))
    progress(f"perturbed: {len(omitted)} clause omissions, {len(added)} clause additions; embedding clauses")
    ev_clean = side_evidence(clean, embedder, ratio=ratio)
    ev_omit = side_evidence(make_pairs(omitted), embedder, ratio=ratio)
    ev_add = side_evidence(make_pairs(added), embedder, ratio=ratio)
    th: dict[str, float] = {"coverage_ratio_prior": round(ratio, 4)}
    for code, side, damaged in (("omission", "source", ev_omit), ("addition", "target", ev_add)):
        neg = np.array([e.features for e in ev_clean if e.side == side])
        pos = np.array([e.features for e in damaged if e.side == side])
        x = np.vstack([neg, pos])
        y = np.r_[np.zeros(len(neg)), np.ones(len(pos))]
        w, b = logistic_fit(x, y)
        for name, value in zip(FEATURES, w):
            th[f"{code}_w_{name}"] = round(float(value), 4)
        th[f"{code}_bias"] = round(b, 4)
        z_neg = neg @ np.round(w, 4) + round(b, 4)
        th[f"{code}_error"] = round(float(np.percentile(z_neg, ERROR_QUANTILE)), 3)
        th[f"{code}_warning"] = round(float(np.percentile(z_neg, WARNING_QUANTILE)), 3)
    th["mistranslation_error"] = round(float(np.percentile(sims, 0.5)), 2)
    th["mistranslation_warning"] = round(float(np.percentile(sims, 2.0)), 2)
    return th


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
    data["fitted_on"] = (f"{' + '.join(DEV_SETS)} (first {per_set} line pairs of each, ≤ 400 characters); "
                         f"held out for reporting: wmt24pp_en_ar_EG, xquad_ar_en; seed {seed}")
    data["method"] = (
        "`amanah fit`: mistranslation_error/warning = 0.5th/2nd percentile of faithful-pair cosine; "
        "omission_*/addition_*: logistic regression (L2 0.1) of faithful pairs vs. pairs whose English lost "
        "(omission) or gained (addition) a clause of 25-60% of the sentence, over the features sim, ratio, gain, "
        f"coverage (see checks/coverage.py); error/warning = {ERROR_QUANTILE}th/{WARNING_QUANTILE}th percentile "
        "of the faithful pairs' log-odds; coverage_ratio_prior = median Arabic/English character ratio")
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
