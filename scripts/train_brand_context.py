"""Build the brand guard's context model (src/origin/brands/context_model.npz), or estimate it
leave-one-hand-out.

    python scripts/train_brand_context.py [--parts tune,held_out,...] [--out FILE]
    python scripts/train_brand_context.py --loho [--json FILE]
    python scripts/train_brand_context.py --check     # exit 1 unless it rebuilds the file exactly

Every hit the guard finds in the named parts of ``benchmarks/brand_suite.py`` (10 000 brands
loaded, as ``bench_brands.py --suite-only`` loads them) becomes one example: the rules' evidence
and verdict and the text around the hit (``learnt.feature_names``), labelled 1 when the case is a
counterfeit offer of that hit's brand. L2-regularised logistic regression, fitted by L-BFGS from
zero: deterministic, the same file from the same parts. The decision thresholds are chosen on
out-of-fold probabilities (each hand scored by a model trained on the others), for precision.

``--check`` builds the model as the plain command does and compares it byte for byte with the
file (``--out``, the shipped one by default) instead of writing it: the file must be what this
checkout's rules and suite build, not a cached extraction's (run it after any change to the rules
or the suite's spent parts; a difference is exit 1, retrain then).

``--loho`` trains, for each hand, on the other hands and scores the left-out hand's parts next to
the rules alone, thresholds chosen inside the training hands the same way. Only the parts in HANDS
are ever read; a sealed part is not among them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from origin.brands.config import SEVERITY, load_rules  # noqa: E402
from origin.brands.context import Evidence, Signal, Verdict  # noqa: E402
from origin.brands.guard import BrandGuard  # noqa: E402
from origin.brands.learnt import (BITS, HARD_RULES, MODEL_FILE, ContextModel,  # noqa: E402
                                  ceiling, feature_names, hashed, rules_only, save_model, settle)
from origin.brands.records import ScanRecord  # noqa: E402

# who wrote each spent part (the comment block above each part in brand_suite.py): the suite's
# first author wrote tune, held_out, held_out_2 and held_out_3 (and the rounds' tune templates
# are in tune); every later part is a hand of its own
HANDS = {"tune": 1, "held_out": 1, "held_out_2": 1, "held_out_3": 1, "held_out_4": 2,
         "held_out_5": 3, "held_out_6": 4, "held_out_7": 5, "held_out_8": 6, "held_out_9": 7,
         "held_out_10": 8, "held_out_11": 9, "held_out_12": 10}
COUNTERFEIT_FAMILIES = ("no_evasion", "separators", "initials", "pinyin", "homophones",
                        "confusables", "digit_swaps")
L2 = 1.0                       # on the sum of log losses; about 50 000 examples
ITERATIONS = 60                # L-BFGS steps (100 came within 0.2 % of 200's loss)
INNER_FOLDS = 2                # the training hands' out-of-fold probabilities: 2 models


@dataclass
class Example:
    """One hit of one case, as the rules decided it."""

    case: int
    label: int
    columns: list[int]
    verdict: Verdict
    evidence: Evidence
    hard: bool
    # an example the model learns from: not decided by a hard rule, and not another brand's hit
    # in an offer (whether a candidate is the offer's brand is candidate generation's question,
    # and the same offer text would be labelled both ways)
    learnable: bool = True


@dataclass
class CaseRow:
    part: str
    family: str
    counterfeit: bool
    flagged_anyway: bool             # the record's own review (advertising law), not a hit's
    hits: list[int]                  # indices into the examples
    right: list[bool]                # per hit: the case's brand


class _Recorder(ContextModel):
    """Stands in for a model: keeps the features of each verdict the rules gave, changes none."""

    def __init__(self) -> None:
        self.calls: dict[tuple, tuple[list[int], Verdict, Evidence, bool]] = {}

    def judge(self, evidence: Evidence, verdict: Verdict, signals: list[Signal], text: str,
              rules) -> Verdict:
        key = (evidence.field, evidence.via, evidence.position, evidence.length)
        self.calls[key] = (hashed(feature_names(evidence, verdict, signals, text)), verdict,
                           evidence, rules_only(verdict, signals))
        return verdict


def suite_guard() -> BrandGuard:
    from benchmarks.bench_brands import suite_guard as build

    return build(model=None)


def extract(parts: set[str]) -> tuple[list[Example], list[CaseRow]]:
    """Every hit of every case of ``parts``, with its rules verdict and features."""
    from benchmarks.brand_suite import cases

    guard = suite_guard()
    recorder = _Recorder()
    guard.use_model(recorder)
    examples: list[Example] = []
    rows: list[CaseRow] = []
    for case in cases():
        if case.part not in parts:
            continue
        recorder.calls = {}
        guard._readings.clear()            # every case's verdicts seen by the recorder
        texts = (case.account_name, case.title, case.description)
        result = guard.scan(ScanRecord("s", case.account, *texts))
        bases = {"account_name": 0, "title": len(texts[0]) + 1,
                 "description": len(texts[0]) + len(texts[1]) + 2}
        row = CaseRow(case.part, case.family, case.brand is not None,
                      result.rule == "advertising_law_art9", [], [])
        for hit in result.hits:
            key = (hit.field, hit.via, bases[hit.field] + hit.start, hit.end - hit.start)
            columns, verdict, evidence, fixed = recorder.calls[key]
            if hit.rule != verdict.rule:        # decided again for this account (authorised)
                verdict = Verdict(hit.decision, hit.rule, hit.score, hit.signals)
                evidence = replace(evidence, authorised=hit.rule == "authorised_account")
            right = case.brand is not None and hit.brand.mark == case.brand.mark
            row.hits.append(len(examples))
            row.right.append(right)
            hard = verdict.rule in HARD_RULES or fixed
            examples.append(Example(len(rows), int(right), columns, verdict, evidence, hard,
                                    not hard and (right or case.brand is None)))
        rows.append(row)
    return examples, rows


def matrix(examples: list[Example]) -> sparse.csr_matrix:
    indptr = np.cumsum([0] + [len(e.columns) for e in examples])
    indices = np.fromiter((c for e in examples for c in e.columns), dtype=np.int64,
                          count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(examples), 1 << BITS))


def fit(examples: list[Example]) -> np.ndarray:
    """L2-regularised logistic regression by L-BFGS from zero weights (deterministic)."""
    learnable = [e for e in examples if e.learnable]
    x = matrix(learnable)
    y = np.array([e.label for e in learnable], dtype=np.float64)
    used = np.unique(x.indices)
    x = x[:, used]
    sign = 2 * y - 1

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        margin = sign * z
        value = np.logaddexp(0, -margin).sum() + 0.5 * L2 * w @ w
        slope = -sign / (1 + np.exp(np.clip(margin, -50, 50)))
        return value, x.T @ slope + L2 * w

    found = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B",
                     options={"maxiter": ITERATIONS})
    weights = np.zeros(1 << BITS, dtype=np.float32)
    weights[used] = found.x.astype(np.float32)
    return weights


def probabilities(weights: np.ndarray, examples: list[Example]) -> np.ndarray:
    z = matrix(examples) @ weights.astype(np.float64)
    return 1 / (1 + np.exp(-np.clip(z, -50, 50)))


def outcomes(rows: list[CaseRow], examples: list[Example], chances: np.ndarray | None,
             model: ContextModel | None, rules) -> list[str]:
    """Each case as bench_brands scores it: caught / caught+ / missed, or the benign decision."""
    out = []
    for row in rows:
        decisions = []
        for index in row.hits:
            example = examples[index]
            verdict = example.verdict
            if model is not None and not example.hard:
                verdict = settle(verdict, example.evidence, float(chances[index]), model, rules)
            decisions.append(verdict.decision)
        top = max(decisions, key=SEVERITY.__getitem__, default="none")
        if row.counterfeit:
            found = any(r and SEVERITY[d] >= SEVERITY["review"]
                        for r, d in zip(row.right, decisions))
            out.append(("caught" if found else "missed")
                       + ("+" if found and SEVERITY[top] >= SEVERITY["demote"] else ""))
        else:
            out.append("review" if top == "none" and row.flagged_anyway else top)
    return out


def summary(rows: list[CaseRow], verdicts: list[str]) -> dict:
    by_family: dict[str, list[str]] = defaultdict(list)
    for row, verdict in zip(rows, verdicts):
        by_family[row.family].append(verdict)
    caught = sum(v.startswith("caught") for v in verdicts)
    offers = sum(row.counterfeit for row in rows)
    flagged = sum(not row.counterfeit and v != "none" for row, v in zip(rows, verdicts))
    benign = len(rows) - offers
    families = {}
    for family, got in sorted(by_family.items()):
        if family in COUNTERFEIT_FAMILIES:
            families[family] = {"n": len(got),
                                "recall": sum(v.startswith("caught") for v in got) / len(got)}
        else:
            families[family] = {"n": len(got), "flagged": sum(v != "none" for v in got) / len(got),
                                "demote+": sum(v in ("demote", "takedown") for v in got),
                                "takedown": got.count("takedown")}
    return {"offers": offers, "recall": caught / max(1, offers), "benign": benign,
            "flagged": flagged / max(1, benign),
            "precision": caught / max(1, caught + flagged), "families": families}


def thresholds(rows: list[CaseRow], examples: list[Example], chances: np.ndarray,
               rules) -> tuple[float, float, float, float]:
    """Thresholds from out-of-fold probabilities, precision first: veto, the highest that costs
    at most 0.2 % of the offers the rules catch; review, the lowest that keeps precision at
    least the rules' and 0.995; demote, the lowest at which at most 0.1 % of benign texts are
    demoted; takedown, the lowest with no benign takedown (and never below 0.95)."""
    grid = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999]
    benign = [i for i, row in enumerate(rows) if not row.counterfeit]
    ruled = summary(rows, outcomes(rows, examples, None, None, rules))

    def read(review: float, demote: float, takedown: float, veto: float) -> tuple[dict, list]:
        model = ContextModel(np.zeros(1), review, demote, takedown, veto)
        verdicts = outcomes(rows, examples, chances, model, rules)
        return summary(rows, verdicts), verdicts

    def measured(verdicts: list[str], decisions: tuple[str, ...]) -> int:
        return sum(verdicts[i] in decisions for i in benign)

    veto = max((t for t in (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3)
                if read(2, 2, 2, t)[0]["recall"] >= ruled["recall"] - 0.002), default=0.0)
    floor = max(0.995, ruled["precision"])
    review = next((t for t in grid if read(t, 2, 2, veto)[0]["precision"] >= floor), 2.0)
    demote = next((t for t in grid if t >= review and measured(
        read(review, t, 2, veto)[1], ("demote", "takedown")) <= 0.001 * len(benign)), 2.0)
    takedown = next((t for t in grid if t >= max(demote, 0.95) and not measured(
        read(review, demote, t, veto)[1], ("takedown",))), 2.0)
    return review, demote, takedown, veto


def out_of_fold(examples: list[Example], rows: list[CaseRow], hands: list[int]) -> np.ndarray:
    """Each hand's examples scored by a model trained without it: ``hands`` dealt round in
    ``INNER_FOLDS`` folds, each fold scored by a model of the others."""
    chances = np.zeros(len(examples))
    for fold in range(INNER_FOLDS):
        left = set(hands[fold::INNER_FOLDS])
        train = [e for e in examples if HANDS[rows[e.case].part] in hands
                 and HANDS[rows[e.case].part] not in left]
        scored = [i for i, e in enumerate(examples) if HANDS[rows[e.case].part] in left]
        weights = fit(train)
        chances[scored] = probabilities(weights, [examples[i] for i in scored])
    return chances


def choose(examples: list[Example], rows: list[CaseRow], hands: list[int], rules,
           chances: np.ndarray) -> tuple[float, float, float, float]:
    """``thresholds`` on the cases of ``hands`` alone, from their out-of-fold ``chances``."""
    inside = [i for i, row in enumerate(rows) if HANDS[row.part] in hands]
    keep = {i: n for n, i in enumerate(inside)}
    picked = [i for i, e in enumerate(examples) if e.case in keep]
    renumber = {old: new for new, old in enumerate(picked)}
    sub_rows = [replace(rows[i], hits=[renumber[h] for h in rows[i].hits]) for i in inside]
    sub_examples = [replace(examples[i], case=keep[examples[i].case]) for i in picked]
    return thresholds(sub_rows, sub_examples, chances[picked], rules)


def build(examples: list[Example], rows: list[CaseRow], hands: list[int], rules) -> ContextModel:
    """Weights trained on ``hands``; thresholds from their out-of-fold probabilities."""
    chosen = choose(examples, rows, hands, rules, out_of_fold(examples, rows, hands))
    weights = fit([e for e in examples if HANDS[rows[e.case].part] in hands])
    return ContextModel(weights, *chosen)


def loho(examples: list[Example], rows: list[CaseRow], rules,
         folds: dict[int, tuple[np.ndarray, np.ndarray]]) -> dict:
    """For each hand: trained on the others, its parts scored, beside the rules alone.
    ``folds`` keeps each hand's (inner out-of-fold, outer) probabilities: a hand's given, it is
    not trained again; each trained is added."""
    report = {}
    every = sorted({HANDS[row.part] for row in rows})
    for hand in every:
        others = [h for h in every if h != hand]
        if hand not in folds:
            inner = out_of_fold(examples, rows, others)
            weights = fit([e for e in examples if HANDS[rows[e.case].part] in others])
            folds[hand] = (inner, probabilities(weights, examples))
        inner, chances = folds[hand]
        model = ContextModel(np.zeros(1), *choose(examples, rows, others, rules, inner))
        inside = [i for i, row in enumerate(rows) if HANDS[row.part] == hand]
        by_rules = outcomes(rows, examples, None, None, rules)
        learnt = outcomes(rows, examples, chances, model, rules)
        sub = [rows[i] for i in inside]
        report[hand] = {
            "parts": sorted({row.part for row in sub}),
            "thresholds": [model.review, model.demote, model.takedown, model.veto],
            "rules": summary(sub, [by_rules[i] for i in inside]),
            "learnt": summary(sub, [learnt[i] for i in inside]),
            "held": held(rows, examples, chances, model, rules, inside, learnt)}
        print(_line(hand, report[hand]), flush=True)
    return report


def held(rows: list[CaseRow], examples: list[Example], chances: np.ndarray, model: ContextModel,
         rules, inside: list[int], verdicts: list[str]) -> dict[str, dict[str, int]]:
    """Why the model did not catch or measure the offers of ``inside`` it left: "missed" counts
    each missed offer once, by its most probable hit of the offer's brand (no such hit: no
    candidate; every one decided by a hard rule; the model below its review threshold; or the
    ceiling that kept it at none); "unmeasured", each caught offer the model would have demoted
    or taken down but a ceiling kept at review or demote."""
    missed: dict[str, int] = defaultdict(int)
    unmeasured: dict[str, int] = defaultdict(int)
    for i in inside:
        row = rows[i]
        if not row.counterfeit:
            continue
        own = [h for h, right in zip(row.hits, row.right) if right]
        soft = [h for h in own if not examples[h].hard]
        if verdicts[i] == "missed":
            if not own:
                missed["no candidate of its brand"] += 1
                continue
            if not soft:
                missed["hard rule"] += 1
                continue
        best = max(soft, key=lambda h: chances[h], default=None)
        if best is None:
            continue
        example, chance = examples[best], float(chances[best])
        top, why = ceiling(example.verdict, example.evidence, rules)
        if why == "everyday_word":
            why += f" ({example.evidence.weak_sound or 'common word without cue'})"
        if verdicts[i] == "missed":
            if chance < model.veto and SEVERITY[example.verdict.decision] >= SEVERITY["review"]:
                why = "vetoed"
            elif chance < max(model.review, model.veto):
                why = "below review"
            missed[why] += 1
        elif verdicts[i] == "caught" and chance >= model.demote and SEVERITY[top] < SEVERITY[
                "takedown" if chance >= model.takedown else "demote"]:
            unmeasured[why] += 1
    return {"missed": dict(missed), "unmeasured": dict(unmeasured)}


def rebuilds(model: ContextModel, path: Path) -> bool:
    """Whether ``model`` saved is ``path``, byte for byte."""
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / path.name
        save_model(built, model)
        return built.read_bytes() == path.read_bytes()


def _line(hand: int, entry: dict) -> str:
    rules, learnt = entry["rules"], entry["learnt"]
    return (f"hand {hand} {','.join(entry['parts'])}: recall {rules['recall']:.3f} -> "
            f"{learnt['recall']:.3f}, precision {rules['precision']:.3f} -> "
            f"{learnt['precision']:.3f}, benign flagged {rules['flagged']:.3f} -> "
            f"{learnt['flagged']:.3f} (thresholds {entry['thresholds']}); left by cause "
            f"{entry['held']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default=",".join(HANDS),
                        help="the spent parts to train on (default: all of HANDS)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--loho", action="store_true",
                        help="the leave-one-hand-out estimate instead of building the file")
    parser.add_argument("--json", type=Path, help="with --loho: write the table here too")
    parser.add_argument("--folds", type=Path,
                        help="with --loho: each hand's probabilities, read from this file if it "
                             "exists (no training: the same rules and parts only), else kept there")
    parser.add_argument("--check", action="store_true",
                        help="compare the model these parts build with --out byte for byte "
                             "instead of writing it (exit 1 if they differ)")
    args = parser.parse_args()
    if args.check and not args.out.is_file():
        parser.exit(2, f"{args.out}: no model file to check\n")
    parts = [p for p in args.parts.split(",") if p]
    unknown = [p for p in parts if p not in HANDS]
    if unknown:
        parser.error(f"--parts: {', '.join(unknown)} is no spent part ({', '.join(HANDS)})")
    random.seed(0)
    np.random.seed(0)
    rules = load_rules()
    examples, rows = extract(set(parts))
    print(f"{len(rows)} cases, {len(examples)} hits, "
          f"{sum(e.label for e in examples)} of them the offer's brand", flush=True)
    if args.loho:
        folds: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        if args.folds and args.folds.is_file():
            with np.load(args.folds) as kept:
                folds = {int(key[5:]): (kept[key], kept[f"outer{key[5:]}"])
                         for key in kept.files if key.startswith("inner")}
        fresh = not folds
        report = loho(examples, rows, rules, folds)
        if args.folds and fresh:
            np.savez(args.folds, **{f"{side}{hand}": pair[n] for hand, pair in folds.items()
                                    for n, side in enumerate(("inner", "outer"))})
        if args.json:
            args.json.write_text(json.dumps(report, indent=1))
        return
    hands = sorted({HANDS[p] for p in parts})
    model = build(examples, rows, hands, rules)
    if args.check:
        if not rebuilds(model, args.out):
            parser.exit(1, f"{args.out}: not what {','.join(parts)} build with this checkout's "
                           "rules (retrain: python scripts/train_brand_context.py)\n")
        print(f"{args.out}: rebuilt byte for byte from {','.join(parts)}")
        return
    save_model(args.out, model)
    print(f"wrote {args.out}: thresholds review {model.review}, demote {model.demote}, "
          f"takedown {model.takedown}, veto {model.veto}, "
          f"{int(np.count_nonzero(model.weights))} weights")


if __name__ == "__main__":
    main()
