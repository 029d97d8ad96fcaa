"""Would pypinyin's heteronym readings gain homophone recall, and at what cost? (issue 13, round 7)

On the independent suite's ``tune`` part only (never a held-out part): for each homophone offer
the guard misses, is there a window of its text whose every character has SOME reading of
pypinyin's (``heteronym=True``) matching the offer's mark while usual readings (the guard's:
pypinyin's first reading of the character alone) do not; and for each benign text, is there a
window matching some loaded mark by such readings only? ``--listed``: look for the named brands
only (not the 10 000 - 180 synthetic ones). Counts only.

    python benchmarks/brand_heteronyms.py [--listed]
"""
from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypinyin import Style, lazy_pinyin, pinyin  # noqa: E402

from benchmarks.bench_brands import SEVERITY, real_brands, synthetic_brands  # noqa: E402
from benchmarks.brand_suite import (cases, held_out_3_brands, held_out_4_brands,  # noqa: E402
                                    held_out_5_brands, suite_brands)
from origin.brands.guard import BrandGuard  # noqa: E402
from origin.brands.records import ScanRecord  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]+")


class Readings:
    """Marks keyed by their syllables; windows of a text matched by usual or by any reading."""

    def __init__(self, guard: BrandGuard, looked_for) -> None:
        self.syllable = guard.normalizer.syllable
        self.keys: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for brand in looked_for:
            if 2 <= len(brand.mark) <= 6 and HAN.fullmatch(brand.mark):
                self.keys[tuple(map(self.syllable, lazy_pinyin(brand.mark)))].add(brand.mark)
                self.keys[tuple(self.syllable(lazy_pinyin(c)[0]) for c in brand.mark)].add(
                    brand.mark)
        self.cache: dict[str, tuple[set[str], set[str]]] = {}

    def of(self, char: str) -> tuple[set[str], set[str]]:
        if char not in self.cache:
            self.cache[char] = ({self.syllable(lazy_pinyin(char)[0])},
                                {self.syllable(r) for r in
                                 pinyin(char, style=Style.NORMAL, heteronym=True)[0]})
        return self.cache[char]

    def marks(self, text: str, every: bool) -> set[str]:
        found: set[str] = set()
        for run in HAN.findall(text):
            for size in range(2, 7):
                for at in range(len(run) - size + 1):
                    sets = [self.of(c)[every] for c in run[at:at + size]]
                    for combo in itertools.product(*sets):
                        found |= self.keys.get(combo, set())
        return found


def main() -> None:
    real = real_brands()
    listed = (real + suite_brands() + held_out_3_brands() + held_out_4_brands()
              + held_out_5_brands())
    brands = listed + synthetic_brands(10_000, 10_000, random.Random(7))[: 10_000 - len(listed)]
    guard = BrandGuard(brands)
    readings = Readings(guard, listed if "--listed" in sys.argv else brands)
    offers = missed = recoverable = 0
    benign, widened = Counter(), Counter()
    for case in cases():
        if case.part != "tune":
            continue
        text = case.title + "\n" + case.description
        if case.family == "homophones":
            offers += 1
            result = guard.scan(ScanRecord("s", case.account, case.account_name, case.title,
                                           case.description))
            if not any(hit.brand.mark == case.brand.mark and SEVERITY[hit.decision] >= 1
                       for hit in result.hits):
                missed += 1
                recoverable += (case.brand.mark in readings.marks(text, True)
                                and case.brand.mark not in readings.marks(text, False))
        elif case.brand is None:
            benign[case.family] += 1
            widened[case.family] += bool(readings.marks(text, True) - readings.marks(text, False))
    print(f"tune homophone offers {offers}, missed {missed}, of which a window of the right mark "
          f"by some heteronym reading: {recoverable}")
    for family, count in sorted(benign.items()):
        print(f"tune benign {family}: {count} texts, {widened[family]} with a window of some "
              f"looked-for mark by heteronym readings only")


if __name__ == "__main__":
    main()
