"""TOML policy files: the shipped defaults, overlaid by a workspace's (or an operator's) file.

The enforcement policy, the associated-accounts policy and the brand rules are read the same way:
an override names only what it changes, tables merge key by key and lists replace. A key the
defaults do not have is refused with its dotted name: a typo (``[penaltys]``,
``sla_working_day``) used to be ignored silently, so the operator believed a rule was in force
that nothing read.
"""
from __future__ import annotations

import difflib
import tomllib
from pathlib import Path
from typing import Any

from origin.errors import InputError


def read_toml(path: Path) -> dict[str, Any]:
    """The file's tables, or an InputError naming the file and why it cannot be used."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
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
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = overlay(base[key], value, open_tables=open_tables,
                                  _where=f"{_where}{key}.")
        else:
            merged[key] = value
    return merged
