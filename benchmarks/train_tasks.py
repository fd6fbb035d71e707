"""Train the learned filter over the rules' candidate tasks: `python benchmarks/train_tasks.py`.

Trains on the development part of PEMA's coding only (never the held-out part, see
`pema.is_held_out`), with logistic regression over `mandates.task_model.features`, L2
penalty and threshold chosen by cross-validation grouped by mission (averaged over ten
fixed splits of the missions into folds), and prints how the filter compares with the rules
alone on development (out of fold) and held-out data. Deterministic: full-batch Newton
steps, fixed splits, no randomness.

The weights are shipped (mandates/task_model.json): scored on paragraphs they were not
trained on, the filtered coding beats the rules alone (`python -m benchmarks.score_tasks`
scores development resolutions with filters trained without their mission, held-out ones
with the installed filter; `--rules-only` scores the rules alone). After any change to the
rules, retrain with `--install`, which writes mandates/task_model.json; `--out PATH` writes
it elsewhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pema
from score_tasks import another_operation, norm_mission, norm_ref

from mandates.task_model import MODEL_PATH, TaskModel, features
from mandates.task_rules import PEMA_KEY
from mandates.tasks import candidate_tasks

PENALTIES = (10.0, 30.0)
THRESHOLDS = tuple(round(0.20 + 0.025 * i, 3) for i in range(17))  # 0.20 … 0.60
FOLDS = 5
REPEATS = 10  # splits of the missions into folds that the threshold is chosen over
MIN_COUNT = 2
# Tasks whose codebook definition PEMA's coders did not follow (they almost never coded an
# authorization to use force, arms-embargo monitoring or offensive operations as such): the
# filter would learn to drop them, but the report needs them, so the rules decide alone.
RULES_DECIDE = frozenset({"use_of_force", "arms_embargo", "offensive_operations"})


@dataclass(frozen=True)
class Example:
    """One candidate as a training example; `pair` is the (resolution, task, paragraph) it codes."""

    feats: tuple[str, ...]
    label: int
    pair: tuple[int, str, str, str]
    group: str  # the mission, for grouped folds


def examples(held_out: bool = False) -> tuple[list[Example], dict[str, int]]:
    """Candidates of the chosen part with PEMA labels, and the gold pair count per mission."""
    out: list[Example] = []
    gold_count: dict[str, int] = defaultdict(int)
    golds = [g for g in pema.load_gold() if pema.find_document(g.number) is not None]
    all_missions = {norm_mission(g.mission) for g in golds}
    cache: dict[int, list] = {}
    for g in golds:
        if g.held_out is not held_out or not g.paragraphs_scorable:
            continue
        gold = {(k, top) for k, refs in g.refs.items() for top, _ in refs}
        gold_count[g.mission] += len(gold)
        if g.number not in cache:
            path = pema.find_document(g.number)
            assert path is not None
            paragraphs, missions, _ = pema.read_paragraphs(path)
            cache[g.number] = candidate_tasks(paragraphs, missions)
        for ref, mission, cand in cache[g.number]:
            if another_operation(mission, g.mission, all_missions):
                continue
            key = PEMA_KEY.get(cand.category)
            if key is None or cand.category in RULES_DECIDE:
                continue
            top, _ = norm_ref(ref)
            out.append(Example(tuple(features(cand)), int((key, top) in gold),
                               (g.number, g.mission, key, top), g.mission))
    return out, dict(gold_count)


def fit(rows: list[Example], vocab: dict[str, int], penalty: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Newton's method (bias unpenalised)."""
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, 0] = 1.0
    for i, r in enumerate(rows):
        for f in r.feats:
            j = vocab.get(f)
            if j is not None:
                x[i, j + 1] = 1.0
    y = np.array([r.label for r in rows], dtype=float)
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return w[1:], float(w[0])


def predict(rows: list[Example], vocab: dict[str, int], w: np.ndarray, b: float) -> np.ndarray:
    """Probabilities for rows."""
    z = np.array([b + sum(w[vocab[f]] for f in r.feats if f in vocab) for r in rows])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def pair_f1(rows: list[Example], probs: np.ndarray, threshold: float, gold_total: int) -> float:
    """Paragraph-level F1 as the scorer counts it: a pair is predicted if any candidate is kept."""
    best: dict[tuple, tuple[float, int]] = {}
    for r, p in zip(rows, probs, strict=True):
        q, lab = best.get(r.pair, (0.0, r.label))
        best[r.pair] = (max(q, float(p)), lab)
    tp = sum(1 for q, lab in best.values() if q >= threshold and lab)
    fp = sum(1 for q, lab in best.values() if q >= threshold and not lab)
    fn = gold_total - tp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def vocabulary(rows: list[Example]) -> dict[str, int]:
    """Features seen at least MIN_COUNT times, in sorted order."""
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for f in set(r.feats):
            counts[f] += 1
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def select(rows: list[Example], total: int, grid: bool = False) -> tuple[float, float, float]:
    """(penalty, threshold, cross-validated F1), folds grouped by mission, the F1 averaged over
    REPEATS splits of the missions into folds."""
    missions = sorted({r.group for r in rows})
    results: dict[tuple[float, float], float] = defaultdict(float)
    # one split of 31 missions into folds is noisy enough to move the chosen threshold when
    # two codings change: average over REPEATS splits (the first is the alphabetical one)
    for repeat in range(REPEATS):
        order = missions if repeat == 0 else sorted(
            missions, key=lambda m: hashlib.sha256(f"{repeat}:{m}".encode()).hexdigest())
        folds = {m: i % FOLDS for i, m in enumerate(order)}
        for penalty in PENALTIES:
            probs = np.zeros(len(rows))
            for k in range(FOLDS):
                train = [r for r in rows if folds[r.group] != k]
                test_idx = [i for i, r in enumerate(rows) if folds[r.group] == k]
                vocab = vocabulary(train)
                w, b = fit(train, vocab, penalty)
                probs[test_idx] = predict([rows[i] for i in test_idx], vocab, w, b)
            for t in THRESHOLDS:
                results[(penalty, t)] += pair_f1(rows, probs, t, total) / REPEATS
    if grid:
        for penalty in PENALTIES:
            print(f"  penalty {penalty:5}: " + " ".join(
                f"{results[(penalty, t)]:.3f}" for t in THRESHOLDS))
    penalty, threshold = choose(results)
    return penalty, threshold, results[(penalty, threshold)]


def choose(results: dict[tuple[float, float], float]) -> tuple[float, float]:
    """(penalty, threshold) from cross-validated F1 by (penalty, threshold).

    The grid is flat and noisy: the threshold is the best on average over penalties and over
    its two neighbours (the middle of the plateau, not its highest bump: with 5 splits and no
    smoothing, one changed coding moved it between 0.40, 0.425 and 0.45), then the penalty
    the best at that threshold.
    """
    total_at = [sum(results[(p, t)] for p in PENALTIES) for t in THRESHOLDS]
    smoothed = {t: sum(total_at[max(0, i - 1):i + 2]) / len(total_at[max(0, i - 1):i + 2])
                for i, t in enumerate(THRESHOLDS)}
    threshold = max(THRESHOLDS, key=lambda t: (smoothed[t], t))
    penalty = max(PENALTIES, key=lambda p: (results[(p, threshold)], p))
    return penalty, threshold


def train(rows: list[Example], penalty: float, threshold: float) -> TaskModel:
    """The filter fitted on rows."""
    vocab = vocabulary(rows)
    w, b = fit(rows, vocab, penalty)
    return TaskModel({f: float(w[i]) for f, i in vocab.items() if abs(w[i]) >= 1e-4}, b,
                     threshold, frozenset(PEMA_KEY) - RULES_DECIDE, penalty)


def fold_models() -> dict[str, TaskModel]:
    """For each development mission, the filter trained without that mission's fold; under
    "*", the filter trained on all development data (for the held-out part)."""
    rows, gold_count = examples()
    penalty, threshold, _ = select(rows, sum(gold_count.values()))
    missions = sorted({r.group for r in rows})
    folds = {m: i % FOLDS for i, m in enumerate(missions)}
    out: dict[str, TaskModel] = {}
    for k in range(FOLDS):
        model = train([r for r in rows if folds[r.group] != k], penalty, threshold)
        out.update({m: model for m in missions if folds[m] == k})
    out["*"] = train(rows, penalty, threshold)
    return out


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, fit on all development data, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="write the model to this file")
    parser.add_argument("--install", action="store_true",
                        help=f"write the model to {MODEL_PATH} so that code_tasks uses it")
    parser.add_argument("--grid", action="store_true", help="print the cross-validation grid")
    args = parser.parse_args(argv)
    rows, gold_count = examples()
    total = sum(gold_count.values())
    print(f"{len(rows)} candidates, {sum(r.label for r in rows)} coded by PEMA, "
          f"{total} gold pairs, {len({r.group for r in rows})} missions")
    penalty, threshold, f1 = select(rows, total, args.grid)
    keep_all = pair_f1(rows, np.ones(len(rows)), 0.5, total)
    print(f"cross-validated paragraph F1 on development: rules alone {keep_all:.3f}, "
          f"with filter {f1:.3f} (penalty {penalty}, threshold {threshold})")
    model = train(rows, penalty, threshold)
    held, held_gold = examples(held_out=True)
    held_total = sum(held_gold.values())
    hp = np.array([model.probability_of(r.feats) for r in held]) if held else np.zeros(0)
    alone = pair_f1(held, np.ones(len(held)), 0.5, held_total)
    print(f"held-out candidate pairs: rules alone {alone:.3f}, "
          f"with filter {pair_f1(held, hp, threshold, held_total):.3f}")
    out = MODEL_PATH if args.install else args.out
    if out is None:
        return 0
    text = json.dumps(model.to_json(), indent=0, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(text) // 1024} KB, {len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
