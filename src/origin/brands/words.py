"""Is a sound-alike just an ordinary Chinese word? jieba's dictionary (349 000 words with their
frequencies) says, through its segmentation of the text around the hit.

大江 sounds like 大疆 and 的复 (in 对经典的复刻) like 德芙: a homophone that is itself a common
word, or that cuts through one, is weaker evidence than an invented spelling like 乃克.

jieba itself costs 0.8 s CPU to load its prefix dictionary (580 000 Python strings unmarshalled)
in every process that meets a sound-alike, 40 % of a 100 000-record scan's budget. ``WordTable``
holds the same dictionary as one text per first character (jieba's ``dict.txt`` read once, when
the guard is built, and kept in the guard's cache, where it unpickles in milliseconds) and
segments exactly as ``jieba.cut(text, HMM=False)`` does: same DAG, same route, same ties.
"""
from __future__ import annotations

import re
from functools import lru_cache
from math import log
from pathlib import Path

# jieba 0.42's own patterns: runs it segments, the whitespace it yields, a "Latin" character
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ENG = re.compile("[a-zA-Z0-9]")
# jieba's tags for common nouns (n), other proper nouns (nz: product names such as 遮阳伞) and
# noun morphemes (ng); person and place names (nr, ns) name no goods. A noun seen fewer than
# NOUN_MIN_COUNT times is as likely a mis-tag as a word.
NOUN_TAGS = frozenset({"n", "nz", "ng"})
NOUN_MIN_COUNT = 3
NOUN_LONGEST = 6
COUNTS_KEPT = 65536             # fragments whose dictionary count is kept (cleared when full)
BLOCKS_KEPT = 16384             # runs of word characters whose segmentation is kept
_UNSEEN = object()


class WordTable:
    """jieba's dictionary: a word's corpus count, and which strings begin a word.

    Each first character keys one text of ``\\nword\\tcount`` lines, so a lookup is a dict get
    and a substring search (prefix test: ``"\\n" + fragment`` occurs), and the whole table
    pickles as ~7 000 strings instead of 580 000.
    """

    def __init__(self, entries):
        """``entries``: (word, count, part of speech) in dictionary order; a later line wins,
        as in jieba."""
        grouped: dict[str, dict[str, int]] = {}
        nouns: dict[str, dict[str, None]] = {}
        total = 0
        for word, count, tag in entries:
            grouped.setdefault(word[0], {})[word] = count
            total += count
            if tag in NOUN_TAGS and len(word) >= 2 and count >= NOUN_MIN_COUNT:
                nouns.setdefault(word[0], {})[word] = None
        self.nouns = {first: "\n" + "\n".join(words) + "\n" for first, words in nouns.items()}
        self.total = total
        self.log_total = log(total) if total else 0.0
        self.buckets = {first: "\n" + "\n".join(f"{w}\t{c}" for w, c in words.items()) + "\n"
                        for first, words in grouped.items()}
        by_last: dict[str, list[str]] = {}
        for words in grouped.values():
            for word, count in words.items():
                by_last.setdefault(word[-1], []).append(f"{word}\t{count}")
        self.ends = {last: "\n" + "\n".join(lines) + "\n" for last, lines in by_last.items()}
        self._segments: dict[str, tuple[tuple[int, int], ...]] = {}
        self._counts: dict[str, int | None] = {}
        self._blocks: dict[str, tuple[int, ...]] = {}

    def __getstate__(self) -> dict:
        return dict(self.__dict__, _segments={}, _counts={}, _blocks={})

    def _lookup(self, fragment: str) -> int | None:
        """The count of ``fragment`` (0 for a mere prefix of a word), None when no word begins
        with it (jieba's ``FREQ.get``), kept per fragment: a bucket's substring search walks
        all of a common first character's words, and the same fragments come back text after
        text (a 100 000-record scan asks 24 700 times for 3 100 fragments: 0.049 s -> 0.010 s)."""
        found = self._counts.get(fragment, _UNSEEN)
        if found is _UNSEEN:
            if len(self._counts) >= COUNTS_KEPT:
                self._counts.clear()
            found = self._counts[fragment] = self._search(fragment)
        return found

    def _search(self, fragment: str) -> int | None:
        bucket = self.buckets.get(fragment[0])
        if bucket is None or ("\n" + fragment) not in bucket:
            return None
        at = bucket.find("\n" + fragment + "\t")
        if at < 0:
            return 0
        start = at + len(fragment) + 2
        return int(bucket[start:bucket.index("\n", start)])

    def noun_at(self, text: str, start: int) -> bool:
        """Does a noun of the dictionary (two characters or more: 眉笔, 吹风机) begin at
        ``start``? Goods are nouns; a listing names them right after their brand."""
        bucket = self.nouns.get(text[start:start + 1])
        if bucket is None:
            return False
        return any("\n" + text[start:end] + "\n" in bucket
                   for end in range(start + 2, min(len(text), start + NOUN_LONGEST) + 1))

    def frequency(self, word: str) -> int:
        """How often jieba's corpus saw ``word`` (0: not a word)."""
        return (self._lookup(word) or 0) if word else 0

    def inside(self, part: str) -> int:
        """How often jieba's corpus saw longer words that begin or end with ``part``: 万死 is
        no entry of its own, but 万死不辞 (42) and 罪该万死 (96) are."""
        total = 0
        bucket = self.buckets.get(part[0], "")
        at = bucket.find("\n" + part)
        while at >= 0:
            tab = bucket.index("\t", at)
            if tab > at + 1 + len(part):                    # longer than ``part`` itself
                total += int(bucket[tab + 1:bucket.index("\n", tab)])
            at = bucket.find("\n" + part, tab)
        bucket = self.ends.get(part[-1], "")
        at = bucket.find(part + "\t")
        while at >= 0:
            if bucket[at - 1] != "\n":                        # longer than ``part`` itself
                tab = at + len(part)
                total += int(bucket[tab + 1:bucket.index("\n", tab)])
            at = bucket.find(part + "\t", at + 1)
        return total

    def _cut_block(self, block: str) -> list[str]:
        """jieba's ``__cut_DAG_NO_HMM`` on one run of word characters."""
        size = len(block)
        dag: list[list[tuple[int, int]]] = []
        for k in range(size):
            ends = []
            i = k
            count = self._lookup(block[k])
            while count is not None:
                if count:
                    ends.append((i, count))
                i += 1
                if i >= size:
                    break
                count = self._lookup(block[k:i + 1])
            dag.append(ends or [(k, 0)])
        route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
        log_total = self.log_total
        for index in range(size - 1, -1, -1):
            route[index] = max((log(count or 1) - log_total + route[x + 1][0], x)
                               for x, count in dag[index])
        words, x, buffer = [], 0, ""
        while x < size:
            y = route[x][1] + 1
            word = block[x:y]
            if len(word) == 1 and _ENG.match(word):
                buffer += word
            else:
                if buffer:
                    words.append(buffer)
                    buffer = ""
                words.append(word)
            x = y
        if buffer:
            words.append(buffer)
        return words

    def _block_words(self, block: str) -> tuple[int, ...]:
        """The lengths of ``_cut_block``'s words, kept per block: jieba segments each run of
        word characters on its own, and texts that differ share runs (a hashtag, a shop's
        phrase, a sentence quoted again), each a DAG over the dictionary to build."""
        lengths = self._blocks.get(block)
        if lengths is None:
            if len(self._blocks) >= BLOCKS_KEPT:
                self._blocks.clear()
            lengths = self._blocks[block] = tuple(map(len, self._cut_block(block)))
        return lengths

    def segments(self, text: str) -> tuple[tuple[int, int], ...]:
        """(start, end) of each word of two or more characters in jieba's segmentation of
        ``text`` (positions counted in ``text``: jieba drops symbols it does not segment)."""
        cached = self._segments.get(text)
        if cached is not None:
            return cached
        spans, position = [], 0
        for block in _HAN.split(text):
            if block and _HAN.match(block):
                for length in self._block_words(block):
                    if length >= 2:
                        spans.append((position, position + length))
                    position += length
            else:
                position += len(block)      # \r\n is jieba's only longer token there: no word
        if len(self._segments) > 4096:
            self._segments.clear()
        self._segments[text] = result = tuple(spans)
        return result

    def ordinary(self, text: str, start: int, end: int, min_frequency: int,
                 part_min_frequency: int | None = None,
                 crossing_min_frequency: int | None = None) -> bool:
        """Is ``text[start:end]`` a common word (seen ``min_frequency`` times or more), the start
        or end of common longer words (seen ``part_min_frequency`` times together: 万死, which
        jieba lists only inside 万死不辞 and 罪该万死), or mostly made of common words that
        cross its edges (品钱 in 新品钱包 lies across 新品 and 钱包)?

        At least half of the hit's characters must lie in such crossing words: one word reaching
        one character in is not enough (原始 in 还原始俎鸟 takes the first character of 始俎鸟, a
        sound-alike of 始祖鸟; 还原卡 the first of 卡敌亚, one of 卡地亚)."""
        hit = text[start:end]
        if self.frequency(hit) >= min_frequency:
            return True
        if part_min_frequency is not None and self.inside(hit) >= part_min_frequency:
            return True
        covered = [False] * (end - start)
        crossing = False
        cross_min = min_frequency if crossing_min_frequency is None else crossing_min_frequency
        for word_start, word_end in self.segments(text):
            if word_start < end and start < word_end \
                    and self.frequency(text[word_start:word_end]) >= cross_min:
                crossing = crossing or not start <= word_start < word_end <= end
                for index in range(max(word_start, start), min(word_end, end)):
                    covered[index - start] = True
        return crossing and 2 * sum(covered) >= len(covered)


def _dictionary() -> Path:
    """jieba's dictionary file, found without importing jieba (which would load it)."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed (the brand guard reads its dictionary)")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


@lru_cache(maxsize=1)
def word_table() -> WordTable:
    """jieba's dictionary, read once per process (0.5 s) and then kept in the guard's cache."""
    def entries():
        with open(_dictionary(), "rb") as handle:
            for line in handle:
                word, count, tag = (line.strip().decode("utf-8").split(" ") + [""])[:3]
                yield word, int(count), tag
    return WordTable(entries())


@lru_cache(maxsize=4)
def english_words(min_zipf: float) -> str:
    """The English words (ASCII letters) at least ``min_zipf`` frequent on wordfreq's Zipf scale
    (3: once in a million words; 2.5 keeps ~51 000), one a line between newlines: read when the
    guard is built and kept in its cache, where one 0.4 MB string unpickles at once (wordfreq
    loads its whole list, 0.2 s, and a lookup is a ~60 µs substring search, made only for a Latin
    hit glued to other letters)."""
    from wordfreq import get_frequency_dict

    least = 10 ** (min_zipf - 9)            # Zipf = log10 of the frequency per 10⁹ words
    return "\n" + "\n".join(word for word, frequency in get_frequency_dict("en").items()
                             if frequency >= least and word.isascii() and word.isalpha()) + "\n"


@lru_cache(maxsize=1)
def accented_words() -> frozenset[str]:
    """The words of wordfreq's English list written with a letter outside ASCII (lancôme,
    hermès, nestlé, häagen, moët, pokémon: 5 000 names and loanwords as English text spells them),
    lower case: a Latin name accented as no such word is (Lõngines, Givênchy, Hãìer) is spelled
    so by nobody but an evader. Read when the guard is built (the same list ``english_words``
    loads) and kept in its cache."""
    from wordfreq import get_frequency_dict

    return frozenset(word for word in get_frequency_dict("en")
                     if not word.isascii() and word.isalpha())


@lru_cache(maxsize=4)
def everyday_characters(min_zipf: float) -> frozenset[str]:
    """The Chinese characters wordfreq's Chinese list sees at least ``min_zipf`` often on its
    Zipf scale, alone (2.5: 4 600 characters, Cantonese's 唔 咗 喺 among them; 伲 霤 悳 郖 not):
    what everyday text is written with. A sound-alike of a mark made of characters outside them
    was picked for its sound (``BrandGuard._disguised``). Read when the guard is built (0.6 s)
    and kept in its cache."""
    from wordfreq import get_frequency_dict

    least = 10 ** (min_zipf - 9)
    return frozenset(word for word, frequency in get_frequency_dict("zh").items()
                     if len(word) == 1 and frequency >= least and "\u3400" <= word <= "\u9fff")
