"""Copy-detection scores, as Meta's Video Similarity Challenge 2022 counts them, plus what a
platform needs to know at a system's default threshold.

- µAP (descriptor track): every predicted (query, reference) pair ranked by score, one
  precision-recall curve over all queries, recall denominator = all true pairs (a pair never
  predicted counts as missed).
- recall at precision >= 0.99: the most a system finds while almost never accusing wrongly.
- At the system's own default decision: recall per transform family, false matches on negatives
  (queries that copy nothing), matches to the wrong original.
- Mean temporal IoU of the segments found with the true ones, for systems that give segments,
  and the copies found at another moment: a hand-held film of a photograph shows the same
  picture at every instant, so a copy of it can be found at full score and laid on the wrong
  stretch of the original, which a ticket would then name (``seconds_off``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

Span = tuple[float, float, float, float]   # upload_start, upload_end, original_start, original_end

OFF_MOMENT = 1.0   # s: a found copy with a segment placed further than this off the truth is
                   # found at another moment (``seconds_off``)


@dataclass(frozen=True)
class QueryTruth:
    """What a query really is: which originals it copies (with the segments), or nothing."""

    query: str
    family: str
    copies: dict[str, tuple[Span, ...]] = field(default_factory=dict)   # original id -> segments
    ignore: frozenset[str] = frozenset()   # originals neither right nor wrong (same camera/scene)
    tags: tuple[str, ...] = ()

    @property
    def negative(self) -> bool:
        return not self.copies


@dataclass(frozen=True)
class Prediction:
    """A system's claim about one pair: a score for ranking and its default yes/no."""

    query: str
    reference: str
    score: float
    is_match: bool
    segments: tuple[Span, ...] = ()


@dataclass
class SystemScores:
    system: str
    micro_ap: float
    recall_at_p99: float
    threshold_at_p99: float | None
    true_pairs: int
    found_at_default: int
    recall_at_default: float
    precision_at_default: float
    recall_by_family: dict[str, float]
    recall_by_tag: dict[str, float]
    negatives: int
    false_matches_on_negatives: int          # (negative query, original) pairs matched
    negatives_with_a_match: int              # negative queries with at least one match
    wrong_original_matches: int              # copies matched to an original they do not copy
    mean_segment_iou: float | None           # over true pairs found with segments
    segment_pairs: int
    # true pairs found at the default threshold with a segment more than OFF_MOMENT off the
    # truth (``seconds_off``), as (query, original, seconds off); recall without them
    off_moment: list[tuple[str, str, float]] = field(default_factory=list)
    recall_at_moment: float | None = None


def ranked_curve(scored: Sequence[tuple[float, bool]], total_true: int) -> list[tuple[float, float, float]]:
    """(threshold, recall, precision) at each distinct score, highest first.

    Ties are one step: a system cannot separate pairs it scores equally, so they enter together.
    """
    if total_true <= 0:
        return []
    if any(score != score for score, _true in scored):     # NaN: it equals no threshold, so the loop below
        raise ValueError("a score is NaN: a system must give every pair a number "    # would never advance
                         "(TMK+PDQF's NaN on held_out_17 grew this curve to 23.7 GB)")
    ordered = sorted(scored, key=lambda item: -item[0])
    curve: list[tuple[float, float, float]] = []
    true_positives = false_positives = 0
    index = 0
    while index < len(ordered):
        threshold = ordered[index][0]
        while index < len(ordered) and ordered[index][0] == threshold:
            if ordered[index][1]:
                true_positives += 1
            else:
                false_positives += 1
            index += 1
        curve.append((threshold, true_positives / total_true,
                      true_positives / (true_positives + false_positives)))
    return curve


def micro_average_precision(scored: Sequence[tuple[float, bool]], total_true: int) -> float:
    """Σ (recall step × precision) down the ranking; unpredicted true pairs add no recall."""
    average = previous_recall = 0.0
    for _threshold, recall, precision in ranked_curve(scored, total_true):
        average += (recall - previous_recall) * precision
        previous_recall = recall
    return average


def recall_at_precision(scored: Sequence[tuple[float, bool]], total_true: int,
                        min_precision: float = 0.99) -> tuple[float, float | None]:
    """Best recall at any threshold whose precision is >= ``min_precision``, and that threshold."""
    best, best_threshold = 0.0, None
    for threshold, recall, precision in ranked_curve(scored, total_true):
        if precision >= min_precision and recall > best:
            best, best_threshold = recall, threshold
    return best, best_threshold


def _union(intervals: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for start, end in sorted((min(a, b), max(a, b)) for a, b in intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def interval_iou(predicted: Iterable[tuple[float, float]], truth: Iterable[tuple[float, float]]) -> float:
    """Intersection over union of two sets of time intervals (each set merged first)."""
    first, second = _union(predicted), _union(truth)
    intersection = 0.0
    for a_start, a_end in first:
        for b_start, b_end in second:
            intersection += max(0.0, min(a_end, b_end) - max(a_start, b_start))
    union = sum(b - a for a, b in first) + sum(b - a for a, b in second) - intersection
    return intersection / union if union > 0 else 0.0


def segment_iou(predicted: Sequence[Span], truth: Sequence[Span]) -> float:
    """Mean of the IoU on the upload's time axis and on the original's."""
    upload = interval_iou(((s[0], s[1]) for s in predicted), ((s[0], s[1]) for s in truth))
    original = interval_iou(((s[2], s[3]) for s in predicted), ((s[2], s[3]) for s in truth))
    return (upload + original) / 2


def seconds_off(predicted: Sequence[Span], truth: Sequence[Span]) -> float | None:
    """How far the predicted segments lay the upload on the original from where the truth
    does: for each predicted segment whose middle upload instant lies inside a true segment,
    the distance between the original instant the prediction gives it (the middle of its
    original stretch) and the one the true segment gives it; the largest, or None if no
    predicted segment's middle lies inside a true one (IoU judges those)."""
    worst = None
    for upload_start, upload_end, original_start, original_end in predicted:
        middle = (upload_start + upload_end) / 2
        for true_start, true_end, true_original_start, true_original_end in truth:
            if true_start <= middle <= true_end:
                speed = ((true_original_end - true_original_start) / (true_end - true_start)
                         if true_end > true_start else 1.0)
                there = true_original_start + (middle - true_start) * speed
                off = abs((original_start + original_end) / 2 - there)
                worst = off if worst is None else max(worst, off)
                break
    return worst


def evaluate(system: str, truths: Sequence[QueryTruth], predictions: Iterable[Prediction],
             min_precision: float = 0.99) -> SystemScores:
    """Score one system's predictions against the suite's ground truth."""
    by_query = {truth.query: truth for truth in truths}
    grouped: dict[tuple[str, str], list[Prediction]] = defaultdict(list)
    for prediction in predictions:
        truth = by_query.get(prediction.query)
        if truth is not None and prediction.reference not in truth.ignore:
            grouped[(prediction.query, prediction.reference)].append(prediction)
    best: dict[tuple[str, str], Prediction] = {}
    for (query, reference), group in grouped.items():     # one pair, one prediction
        top = max(group, key=lambda p: p.score)
        matching = [p for p in group if p.is_match]
        with_segments = max(matching, key=lambda p: p.score) if matching else top
        best[(query, reference)] = Prediction(query, reference, top.score, bool(matching),
                                              with_segments.segments)

    def is_true(prediction: Prediction) -> bool:
        return prediction.reference in by_query[prediction.query].copies

    true_pairs = sum(len(truth.copies) for truth in truths)
    scored = [(p.score, is_true(p)) for p in best.values()]
    micro_ap = micro_average_precision(scored, true_pairs)
    recall_p99, threshold_p99 = recall_at_precision(scored, true_pairs, min_precision)

    found = {key for key, p in best.items() if p.is_match and is_true(p)}
    matched = [p for p in best.values() if p.is_match]
    family_totals: dict[str, int] = defaultdict(int)
    family_found: dict[str, int] = defaultdict(int)
    tag_totals: dict[str, int] = defaultdict(int)
    tag_found: dict[str, int] = defaultdict(int)
    ious: list[float] = []
    off_moment: list[tuple[str, str, float]] = []
    for truth in truths:
        for original, spans in truth.copies.items():
            hit = (truth.query, original) in found
            family_totals[truth.family] += 1
            family_found[truth.family] += hit
            for tag in truth.tags:
                tag_totals[tag] += 1
                tag_found[tag] += hit
            prediction = best.get((truth.query, original))
            if hit and prediction is not None and prediction.segments:
                ious.append(segment_iou(prediction.segments, spans))
                off = seconds_off(prediction.segments, spans)
                if off is not None and off > OFF_MOMENT:
                    off_moment.append((truth.query, original, round(off, 2)))

    negatives = [truth for truth in truths if truth.negative]
    negative_ids = {truth.query for truth in negatives}
    false_on_negatives = [p for p in matched if p.query in negative_ids]
    wrong_original = [p for p in matched if p.query not in negative_ids and not is_true(p)]
    return SystemScores(
        system=system,
        micro_ap=micro_ap,
        recall_at_p99=recall_p99,
        threshold_at_p99=threshold_p99,
        true_pairs=true_pairs,
        found_at_default=len(found),
        recall_at_default=len(found) / true_pairs if true_pairs else 0.0,
        precision_at_default=len(found) / len(matched) if matched else 1.0,
        recall_by_family={family: family_found[family] / total for family, total in sorted(family_totals.items())},
        recall_by_tag={tag: tag_found[tag] / total for tag, total in sorted(tag_totals.items())},
        negatives=len(negatives),
        false_matches_on_negatives=len(false_on_negatives),
        negatives_with_a_match=len({p.query for p in false_on_negatives}),
        wrong_original_matches=len(wrong_original),
        mean_segment_iou=sum(ious) / len(ious) if ious else None,
        segment_pairs=len(ious),
        off_moment=off_moment,
        recall_at_moment=((len(found) - len(off_moment)) / true_pairs if true_pairs else 0.0),
    )
