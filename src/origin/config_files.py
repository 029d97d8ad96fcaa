"""TOML policy files: the shipped defaults, overlaid by a workspace's (or an operator's) file.

The enforcement policy, the associated-accounts policy and the brand rules are read the same way:
an override names only what it changes, tables merge key by key and lists replace. A key the
defaults do not have is refused with its dotted name: a typo (``[penaltys]``,
``sla_working_day``) used to be ignored silently, so the operator believed a rule was in force
that nothing read. A value must also be of the kind the default is (a number where a number
goes, a list where a list goes: ``allow = "bob"`` was read as the accounts b and o) and finite
(TOML has ``nan`` and ``inf``: a ``min_score = nan`` made its rule match everything, an
``inf`` count was a traceback).
"""
from __future__ import annotations

import difflib
import math
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

from origin.errors import InputError


MAX_BYTES = 16 * 1024 * 1024   # a policy file is a page or two; the shipped ones are < 10 kB


def read_toml(path: Path) -> dict[str, Any]:
    """The file's tables, or an InputError naming the file and why it cannot be used. At most
    ``MAX_BYTES`` are read: ``--rules /dev/zero`` read until memory ran out (a traceback); a
    device is refused as one, as an intake file is (``/dev/zero`` was "over 16 MB"), and a
    pipe is read (``--rules <(...)``)."""
    try:
        with open(path, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
                raise InputError(str(path), "not a regular file (a device): a policy file is "
                                            "read from a file or a pipe")
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(str(path), f"over {MAX_BYTES // 2**20} MB: not a policy file")
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InputError(str(path), f"not valid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start}), so not TOML") from None
    except OSError as error:                  # a folder of that name, no permission
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


def overlay(base: dict[str, Any], override: dict[str, Any], *,
            open_tables: frozenset[str] = frozenset(), _where: str = "") -> dict[str, Any]:
    """``override`` merged over ``base``; ValueError for a key ``base`` does not have, except
    directly under the dotted tables in ``open_tables`` (maps whose keys the user names:
    jurisdiction codes, owner labels, emoji)."""
    merged = dict(base)
    free = _where.rstrip(".") in open_tables
    for key, value in override.items():
        if key not in base and not free:
            close = difflib.get_close_matches(key, list(base), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"unknown key '{_where}{key}'{hint}; known: {', '.join(base)}")
        _check_finite(value, f"{_where}{key}")
        if key in base:
            _check_kind(base[key], value, f"{_where}{key}")
        elif base:                              # a new key in an open table: like its siblings
            _check_like_siblings(list(base.values()), value, f"{_where}{key}", open_tables)
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = overlay(base[key], value, open_tables=open_tables,
                                  _where=f"{_where}{key}.")
        else:
            merged[key] = value
    return merged


def _check_like_siblings(siblings: list[Any], value: Any, where: str,
                         open_tables: frozenset[str]) -> None:
    """A new entry of an open table (a jurisdiction a workspace adds) is checked as its
    siblings are, at every depth: a table by the keys any sibling has, each value by that
    key's kind (``restore_after = 14.5`` in a new jurisdiction was read as 14, a misspelt key
    in it was ignored)."""
    _check_kind(siblings[0], value, where, shallow=True)
    if isinstance(value, dict) and all(isinstance(sibling, dict) for sibling in siblings):
        template = {key: item for sibling in siblings for key, item in sibling.items()}
        if template:
            overlay(template, value, open_tables=open_tables, _where=f"{where}.")
    else:
        _check_kind(siblings[0], value, where)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"          # TOML dates and times


def _check_kind(default: Any, value: Any, where: str, *, shallow: bool = False) -> None:
    """ValueError unless ``value`` is what ``default`` is (an integer also where a number goes);
    the items of a list are checked against the default's items, key by key for tables."""
    wanted, got = _kind(default), _kind(value)
    if got != wanted and not (wanted == "a number" and got == "an integer"):
        raise ValueError(f"{where} must be {wanted}, not {got} ({value!r})"[:300])
    if shallow or not isinstance(value, list) or not default:
        return
    if all(isinstance(item, dict) for item in default):
        # tables in a list (rules, upload_bans): each key as any default table has it
        fields = {key: item[key] for item in reversed(default) for key in item}
        for index, item in enumerate(value):
            _check_kind({}, item, f"{where}[{index}]", shallow=True)
            for key, field_value in item.items():
                if key in fields:
                    _check_kind(fields[key], field_value, f"{where}[{index}].{key}")
    else:
        for index, item in enumerate(value):
            _check_kind(default[0], item, f"{where}[{index}]")


def _check_finite(value: Any, where: str) -> None:
    """ValueError for a NaN or infinity anywhere in ``value`` (TOML reads ``nan``, ``inf``)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where} must be a finite number, not {value}")
    if isinstance(value, dict):
        for key, item in value.items():
            _check_finite(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_finite(item, f"{where}[{index}]")
