"""Upload metadata and brand lists as the guard reads them, validated row by row.

Files are read by ``origin.rows`` (every intake's reader: one line's bad bytes, numbers, nesting
or encoding cost that row only); this module turns its rows into ``ScanRecord`` and
``BrandSpec`` or a ``RowError`` naming the line and field.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from origin.errors import InputError, printable
from origin.rows import (FieldError, RowError, flag, kind, misspelt, number, one_spelling,
                         text_problem, texts)

TEXT_FIELDS = ("account_name", "title", "description")
LIST_SEPARATORS = "|;"
MAX_ID_CHARS = 200          # record ids, accounts, marks and terms live in String(200) columns
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class ScanRecord(NamedTuple):
    """One upload's metadata as the guard reads it (a named tuple: one is made per row, and a
    frozen dataclass's ``__init__`` cost ~1.5 µs, a twentieth of a row's budget at 50 000/s)."""

    id: str
    account: str
    account_name: str = ""
    title: str = ""
    description: str = ""

    @property
    def texts(self) -> tuple[str, str, str]:
        return self[2:]


TEXTS = itemgetter(slice(2, None))      # ``ScanRecord.texts`` as a function (for ``map``)


@dataclass(frozen=True)
class BrandSpec:
    """A brand as a rights holder submits it (``brands add`` or one row of ``brands import``)."""

    mark: str
    owner: str
    aliases: tuple[str, ...] = ()
    knockoffs: tuple[str, ...] = ()
    authorized: tuple[str, ...] = ()
    context_words: tuple[str, ...] = ()
    common_word: bool = False
    price_floor: int | None = None        # yuan: the lowest price its genuine goods sell at

    def __post_init__(self) -> None:
        """The mark, like the owner and the authorised accounts, in one spelling: a brand added
        again with its mark's accent typed as a combining mark (macOS) was a second brand, and
        the first one's authorised shop was taken down by it for its own goods."""
        object.__setattr__(self, "mark", one_spelling(self.mark))
        object.__setattr__(self, "owner", one_spelling(self.owner))
        object.__setattr__(self, "authorized", tuple(map(one_spelling, self.authorized)))


def _text(row: dict, key: str) -> str:
    """A text field as written (not stripped: hits point into it); a JSON number as spelled."""
    value = row.get(key)
    if value is None:
        return ""
    if type(value) is int or type(value) is float:
        return str(value)
    if not isinstance(value, str):
        raise FieldError(key, f"must be text, got {kind(value)}")
    problem = text_problem(value)
    if problem:
        raise FieldError(key, problem)
    return value


def _identifier(row: dict, key: str) -> str:
    value = _text(row, key).strip()
    if not value:
        raise FieldError(key, "is required")
    if len(value) > MAX_ID_CHARS:
        raise FieldError(key, f"{len(value)} characters, over the {MAX_ID_CHARS} limit")
    if not value.isprintable():
        raise FieldError(key, "holds control characters")
    return value


def record_label(row: object) -> str:
    """The id a refused row's result carries: its own when usable, else empty."""
    try:
        return _identifier(row, "id") if isinstance(row, dict) else ""
    except FieldError:
        return ""


FIELDS = frozenset(("id", "account") + TEXT_FIELDS)


def well_formed(row: dict) -> ScanRecord | None:
    """The record of a row that needs no further check (text fields only, ids and accounts
    printable, something to scan: most rows), else None. One expression, no loop: at 50 000
    records/s a row has 20 µs for everything."""
    get = row.get
    record_id, account = get("id"), get("account")
    name, title, description = get("account_name", ""), get("title", ""), get("description", "")
    if type(record_id) is str and type(account) is str and type(name) is str \
            and type(title) is str and type(description) is str \
            and record_id and account and (name or title or description) \
            and len(record_id) <= MAX_ID_CHARS and len(account) <= MAX_ID_CHARS \
            and (record_id + account).isprintable() and "\x00" not in name + title + description \
            and record_id == record_id.strip() and account == account.strip():
        return ScanRecord(record_id, one_spelling(account), name, title, description)
    return None


ORDER = ("id", "account") + TEXT_FIELDS
_ORDERED = itemgetter(*ORDER)


def well_formed_many(rows: list) -> list[ScanRecord | None]:
    """``well_formed`` of each row (as ``orjson`` reads it) that is a dict of the scanned fields
    only, else None.

    Checked a batch at a time where every row holds the five fields and no other (most files):
    each check is one C call over the batch (a join fails on a field that is not text, one
    ``isprintable`` of every id and account, one search for NUL...) instead of a dozen
    operations a row, ~1 µs of a row's 20. A batch any row of which fails a check is checked
    row by row, so every row's answer is ``well_formed``'s."""
    try:
        if set(map(type, rows)) == {dict} and set(map(len, rows)) == {len(ORDER)}:
            # a KeyError if a row lacks one: then it has another field
            ids, accounts, names, titles, descriptions = zip(*map(_ORDERED, rows))
            keys = "".join(ids) + "".join(accounts)
            if all(ids) and all(accounts) and all(map(any, zip(names, titles, descriptions))) \
                    and max(map(len, ids)) <= MAX_ID_CHARS \
                    and max(map(len, accounts)) <= MAX_ID_CHARS \
                    and keys.isprintable() and " " not in keys \
                    and all("\x00" not in "".join(texts)
                            for texts in (names, titles, descriptions)):
                # printable and no space: no id or account has whitespace to strip
                return list(map(tuple.__new__, repeat(ScanRecord), zip(
                    ids, map(one_spelling, accounts), names, titles, descriptions)))
    except (KeyError, TypeError):       # another field; a field that is not text (a number, null)
        pass
    return [well_formed(row) if type(row) is dict and row.keys() <= FIELDS else None
            for row in rows]


def to_scan_record(line: int, row: dict) -> ScanRecord:
    """One row of upload metadata, or a ``RowError`` naming the line and the field."""
    record = well_formed(row)
    if record is not None:
        return record
    try:
        problem = misspelt(row, FIELDS)        # ``titel``: a title not scanned; ``acount``: an
        if problem is not None:                # authorised shop taken for any account
            raise problem
        record = ScanRecord(_identifier(row, "id"), one_spelling(_identifier(row, "account")),
                            *(_text(row, key) for key in TEXT_FIELDS))
    except FieldError as error:
        raise error.at(line) from None
    if not any(record.texts):
        raise RowError(line, "no text to scan: account_name, title and description are all empty")
    return record


MARK_TOO_SHORT = ("a one-character mark would match everywhere, and one read as none nothing "
                  "(zero-width, format and combining characters, symbols and punctuation are "
                  "not read); give at least two letters or digits")
UNREAD = "(zero-width, format and combining characters, symbols and punctuation are not read)"
READ_AS_THEY_ARE = frozenset(("Lu", "Ll", "Lt", "Lo", "Nd"))


def too_short(spec: BrandSpec) -> bool:
    """A mark no guard can use: read as one character or none, and no alias to look for
    instead (``brands add --mark é`` typed with a combining accent, or '...', made no pattern:
    a brand stored and guarded by nothing)."""
    return not spec.aliases and read_chars(spec.mark) < 2


def read_chars(term: str) -> int:
    """How many characters of ``term`` the guard reads (``Normalizer.word_skeleton``,
    uncollapsed), counted up to 2: it makes no pattern of fewer (``BrandIndex._pattern``).
    Zero-width, format and combining characters, symbols and punctuation are deleted, and an
    emoji or a ligature may stand for letters, so a term without two plain letters or digits
    asks the guard's character table, which costs ~1 s CPU to build."""
    if sum(unicodedata.category(char) in READ_AS_THEY_ARE
           and not unicodedata.name(char, "").endswith("FILLER") for char in term) >= 2:
        return 2
    from origin.brands.config import load_rules
    from origin.brands.normalize import normalizer

    rules = load_rules()
    return min(2, len(normalizer(rules.emoji_words, rules.fuzzy_pinyin)
                      .word_skeleton(term, collapse=False)))


def check_spec(spec: BrandSpec) -> None:
    """Refuse a brand no guard can use, as ``brands import`` refuses its rows and ``brands add``
    did not (apart, so the command line refuses it before it opens, and would create, a
    workspace): a mark or a term over the 200 characters its column holds (a traceback on
    PostgreSQL); a mark or an authorised account that is not printable, as no record's account
    is (a format character: a bidirectional override, a zero-width space); a control character
    (U+0000-001F, U+007F-009F) in a term, in no record's text; a term the guard reads as
    nothing."""
    if spec.price_floor is not None and not 1 <= spec.price_floor <= MAX_PRICE_FLOOR:
        raise InputError(spec.mark, f"the price floor must be a whole number of yuan from 1 to "
                                    f"{MAX_PRICE_FLOOR}, not {spec.price_floor}")
    if not spec.mark.isprintable():
        raise InputError(printable(spec.mark), "the mark holds control characters")
    if len(spec.mark) > MAX_ID_CHARS:
        raise InputError(spec.mark[:60] + "...", f"the mark has {len(spec.mark)} characters, "
                                                 f"over the {MAX_ID_CHARS} limit")
    if too_short(spec):
        raise InputError(spec.mark or "(empty mark)", MARK_TOO_SHORT)
    for what, items in (("alias", spec.aliases), ("knock-off", spec.knockoffs),
                        ("authorised account", spec.authorized),
                        ("context word", spec.context_words)):
        if any(not item.strip() for item in items):     # stored, it names nothing to look for
            raise InputError(spec.mark, f"a blank {what}: give its text or leave it out")
        for item in items:
            named = f"the {what} '{printable(item[:60])}{'...' if len(item) > 60 else ''}'"
            if len(item) > MAX_ID_CHARS:
                raise InputError(spec.mark, f"{named} has {len(item)} characters, over the "
                                            f"{MAX_ID_CHARS} limit")
            if CONTROL.search(item) or what == "authorised account" and not item.isprintable():
                raise InputError(spec.mark, f"{named} holds control characters")
            if what != "authorised account" and not read_chars(item):
                raise InputError(spec.mark, f"{named} is read as nothing {UNREAD}: give its "
                                            f"letters or leave it out")


SPEC_FIELDS = frozenset(("mark", "owner", "aliases", "alias", "knockoffs", "knockoff",
                         "authorized", "authorized_accounts", "context_words", "common_word",
                         "price_floor"))
MAX_PRICE_FLOOR = 100_000_000     # yuan (a floor is the price of the brand's cheapest goods)


def _price_floor(row: dict) -> int | None:
    """The row's ``price_floor``: a whole number of yuan, or None when absent or blank."""
    value = number(row, "price_floor", low=1, high=MAX_PRICE_FLOOR)
    if value is None:
        return None
    if value != int(value):
        raise FieldError("price_floor", f"must be a whole number of yuan, not {value:g}")
    return int(value)


def to_brand_spec(line: int, row: dict) -> BrandSpec:
    """One row of ``brands import``: mark and owner required, lists as JSON arrays or a|b|c."""
    def terms(*keys: str) -> tuple[str, ...]:
        key = next((k for k in keys if k in row), keys[0])
        return texts(row, key, separators=LIST_SEPARATORS, max_chars=MAX_ID_CHARS)

    try:
        spec = BrandSpec(
            mark=_identifier(row, "mark"), owner=_identifier(row, "owner"),
            aliases=terms("aliases", "alias"), knockoffs=terms("knockoffs", "knockoff"),
            authorized=terms("authorized", "authorized_accounts"),
            context_words=terms("context_words"), common_word=bool(flag(row, "common_word")),
            price_floor=_price_floor(row))
    except FieldError as error:
        raise error.at(line) from None
    if too_short(spec):         # named by its line, as every refused row ("b.csv x: ..." was not)
        raise RowError(line, MARK_TOO_SHORT, "mark")
    try:
        check_spec(spec)
    except InputError as error:
        raise RowError(line, str(error)) from None
    return spec
