"""`amanah fit` pieces: the logistic fit, profile writing, and a small real fit on the dev data."""

from __future__ import annotations

import json

import numpy as np

from amanah.calibrate import (dev_paragraphs, dev_rows, fit, logistic_fit, side_groups, spread_fit, standardised_fit,
                              write_profile)

from conftest import SHARED_DATA


def test_logistic_fit_separates_and_is_deterministic():
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(-1, 1, (200, 2)), rng.normal(1, 1, (200, 2))])
    y = np.r_[np.zeros(200), np.ones(200)]
    w1, b1 = logistic_fit(x, y)
    w2, b2 = logistic_fit(x, y)
    assert np.array_equal(w1, w2) and b1 == b2
    assert (w1 > 0.5).all() and abs(b1) < 0.5


def test_standardised_fit_does_not_depend_on_the_inputs_scale():
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(-1, 1, (200, 3)), rng.normal(1, 1, (200, 3))])
    x[:, 2] = 5.0  # never varies: weight 0
    y = np.r_[np.zeros(200), np.ones(200)]
    w, b = standardised_fit(x, y)
    scaled = x * np.array([0.01, 100.0, 1.0])
    w_s, b_s = standardised_fit(scaled, y)
    assert w[2] == 0.0 and w_s[2] == 0.0
    assert np.allclose(x @ w + b, scaled @ w_s + b_s)
    # the plain fit's ridge holds back the input of small scale
    w_p, b_p = logistic_fit(scaled, y)
    assert not np.allclose(x @ w + b, scaled @ w_p + b_p, atol=0.05)


def test_dev_rows_come_from_the_dev_sets_only():
    rows = dev_rows(SHARED_DATA, 5)
    assert len(rows) == 10
    tico = (SHARED_DATA / "tico19_dev" / "en.txt").read_text(encoding="utf-8")
    assert rows[0][1] in tico


def test_write_profile_keeps_other_keys_and_bumps_the_version(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"profile": "m.v3", "model": "m", "thresholds": {"entity_x": 1.0}}), encoding="utf-8")
    data = write_profile(path, "m@1", {"omission_error": 4.0}, 10, 1)
    assert data["profile"] == "m.v4"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["thresholds"] == {"entity_x": 1.0, "omission_error": 4.0}
    assert "tico19_dev" in saved["fitted_on"] and saved["method"]
    write_profile(path, "m@1", {"omission_error": 4.0}, 10, 1)
    assert json.loads(path.read_text(encoding="utf-8"))["profile"] == "m.v4"  # same values: same version


def test_small_fit_orders_thresholds_and_weights(embedder):
    th = fit(SHARED_DATA, embedder, per_set=60, progress=lambda m: None)
    for code in ("omission", "addition"):
        assert th[f"{code}_warning"] < th[f"{code}_error"]
        # sides weighed by their sentence beads too: their own percentiles, of a max over parts
        assert th[f"{code}_parts_warning"] < th[f"{code}_parts_error"]
        # a longer tested side means more content missing on the other
        assert th[f"{code}_w_ratio"] + th[f"{code}_w_ratio_pos"] > 0
    assert th["coverage_ratio_var0"] > 0 and th["coverage_ratio_var1"] > 0
    assert 0.2 < th["mistranslation_error"] <= th["mistranslation_warning"] < 0.8
    assert th["mistranslation_error_len_b"] < 0 < th["mistranslation_error_len_a"]  # short pairs score lower
    assert th == fit(SHARED_DATA, embedder, per_set=60, progress=lambda m: None)


def test_dev_paragraphs_join_consecutive_lines_of_one_document():
    paras = dev_paragraphs(SHARED_DATA, 40, ("tico19_dev",))
    rows = dev_rows(SHARED_DATA, 40, ("tico19_dev",))
    assert paras and paras == dev_paragraphs(SHARED_DATA, 40, ("tico19_dev",))
    english = [e for _, e in rows]
    joined = {(" ".join(a for a, _ in rows[i:i + k]), " ".join(english[i:i + k]))
              for i in range(len(rows)) for k in (2, 3, 4) if i + k <= len(rows)}
    assert all(p in joined for p in paras)


def test_spread_fit_recovers_a_length_dependent_spread():
    rng = np.random.default_rng(1)
    words = rng.integers(5, 120, 20000).astype(float)
    logs = rng.normal(0.0, np.sqrt(0.01 + 0.3 / words))
    v0, v1 = spread_fit(logs, words)
    assert abs(v0 - 0.01) < 0.003 and abs(v1 - 0.3) < 0.06


def test_side_groups_put_the_whole_pair_first_then_its_sentence_beads():
    from amanah.checks.coverage import SideEvidence

    evidence = [SideEvidence(0, "source", (2.0,), (0, 1), part=1), SideEvidence(0, "target", (5.0,), (0, 1)),
                SideEvidence(0, "source", (1.0,), (0, 1)), SideEvidence(1, "source", (3.0,), (0, 1))]
    groups = side_groups(evidence)
    assert sorted((side, g[:, 0].tolist()) for side, g in groups) == [("source", [1.0, 2.0]), ("source", [3.0]),
                                                                     ("target", [5.0])]
