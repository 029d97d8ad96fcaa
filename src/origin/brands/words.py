"""Is a sound-alike just an ordinary Chinese word? jieba's dictionary (349 000 words with their
frequencies) says, through its segmentation of the text around the hit.

大江 sounds like 大疆 and 的复 (in 对经典的复刻) like 德芙: a homophone that is itself a common
word, or that cuts through one, is weaker evidence than an invented spelling like 乃克. jieba
builds its prefix dictionary in about a second, so it is loaded once per process and only when
the first sound-alike hit needs it.
"""
from __future__ import annotations

import logging
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def _tokenizer():
    # jieba finds its dictionary through pkg_resources when it can import it, which scans every
    # installed distribution (~0.5 s CPU); without it jieba opens the file next to its module
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None      # type: ignore[assignment]  (import fails)
    try:
        import jieba
    finally:
        if blocked:
            sys.modules.pop("pkg_resources", None)

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def frequency(word: str) -> int:
    """How often jieba's corpus saw ``word`` (0: not a word)."""
    return _tokenizer().FREQ.get(word, 0)


@lru_cache(maxsize=4096)
def segments(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each word of two or more characters in jieba's segmentation of ``text``."""
    spans, position = [], 0
    for word in _tokenizer().cut(text, HMM=False):
        if len(word) >= 2:
            spans.append((position, position + len(word)))
        position += len(word)
    return tuple(spans)


def ordinary(text: str, start: int, end: int, min_frequency: int) -> bool:
    """Is ``text[start:end]`` a common word (seen ``min_frequency`` times or more), or mostly
    made of common words that cross its edges (品钱 in 新品钱包 lies across 新品 and 钱包)?

    At least half of the hit's characters must lie in such words: one word reaching one
    character in is not enough (原始 in 还原始俎鸟 takes the first character of 始俎鸟, a
    sound-alike of 始祖鸟; 还原卡 the first of 卡敌亚, one of 卡地亚)."""
    if frequency(text[start:end]) >= min_frequency:
        return True
    covered = [False] * (end - start)
    crossing = False
    for word_start, word_end in segments(text):
        if word_start < end and start < word_end \
                and frequency(text[word_start:word_end]) >= min_frequency:
            crossing = crossing or not start <= word_start < word_end <= end
            for index in range(max(word_start, start), min(word_end, end)):
                covered[index - start] = True
    return crossing and 2 * sum(covered) >= len(covered)
