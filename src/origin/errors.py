"""Errors with one-line messages that name the input and the reason."""
from __future__ import annotations

import errno
import re
import unicodedata

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Bidirectional embeddings, overrides and isolates: printed as they are, one reorders the rest of
# the terminal's line ('shop\u202e' showed the message after it reversed)
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """``text`` safe to print on one line: control characters, line separators, bidirectional
    controls and undecodable bytes (surrogates) escaped as in Python literals; everything else,
    CJK included, as is."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable() or char == " ":
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif "\udc80" <= char <= "\udcff":               # a byte os/surrogateescape kept
            out.append(f"\\x{ord(char) - 0xdc00:02x}")
        elif unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs") or char in BIDI_CONTROLS:
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)                               # e.g. a zero-width joiner
    return "".join(out)


# FAISS's C++ messages open with the function's signature and source line:
# "Error in bool faiss::read_vector_base(...) at /project/faiss/impl/index_read.cpp:189: Error:
# 'nread == (size)' failed: read error in : -3 != 80 (Success)"
_CPP_PREFIX = re.compile(r"^Error in .*? at \S+:\d+: (?:Error: '.*?' failed: )?")


def reason_of(error: BaseException, limit: int = 200) -> str:
    """An exception's reason for a one-line message: its first line, a library's C++ location
    cut off, at most ``limit`` characters; the exception's type when it says nothing."""
    text = str(error).strip()
    if not text:
        return type(error).__name__
    return _CPP_PREFIX.sub("", text.splitlines()[0])[:limit]


class OriginError(Exception):
    """Base class: the CLI prints ``str(error)`` as a one-line message."""


class InputError(OriginError):
    """One input (a file, a row, a record) cannot be used; the batch goes on."""

    def __init__(self, source: str, reason: str):
        self.source = printable(str(source))
        self.reason = printable(reason)
        super().__init__(f"{self.source or repr('')}: {self.reason}")   # not ': reason'


def from_environment(error: InputError, variable: str) -> InputError:
    """``error`` (its type kept) naming the environment variable its input came from: a value
    nobody typed on the command line (``ORIGIN_DB=nonsense``) was named alone, and the user
    looked for it among the arguments."""
    return type(error)(f"{error.source} ({variable}, set in the environment)", error.reason)


class NotAWorkspace(InputError):
    """A folder given as the workspace that holds none (a mistyped path): the CLI exits 2,
    as for an argument nobody can mean."""


class OutOfSpace(InputError):
    """The disk under the database has no room even to open it: the CLI exits 2, as for a disk
    that fills during a command (nothing done; free some and run the same command again)."""


class WorkspaceBusy(OriginError):
    """Another process holds the workspace lock for longer than we were willing to wait."""


# SQLSTATEs of a server refusing a write: insufficient_privilege (a role that may only read),
# read_only_sql_transaction (a hot standby, default_transaction_read_only)
_WRITE_REFUSED_STATES = {"42501", "25006"}


def write_refused(error: BaseException) -> str | None:
    """The database's reason when ``error`` is a database refusing this command's write (a
    read-only role or standby on PostgreSQL, a SQLite file opened read-only), else None.
    Those were tracebacks: ``brands add`` on ``--db 'sqlite:///file:...?mode=ro&uri=true'``,
    ``scan`` as a SELECT-only PostgreSQL role."""
    cause = getattr(error, "orig", None) or error       # SQLAlchemy wraps the driver's error
    if getattr(cause, "sqlstate", None) in _WRITE_REFUSED_STATES \
            or getattr(cause, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
        return reason_of(cause)
    return None


# SQLSTATE disk_full (PostgreSQL), SQLite's SQLITE_FULL, and the OS's ENOSPC / EDQUOT from the
# workspace's own files (index segments, attachments)
_OUT_OF_SPACE_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


def out_of_space(error: BaseException) -> str | None:
    """The reason when ``error`` is a disk (or quota) that is full, else None. A full disk under
    the workspace was a traceback ending in ``sqlite3.OperationalError: database or disk is
    full``."""
    cause = getattr(error, "orig", None) or error       # SQLAlchemy wraps the driver's error
    if getattr(cause, "sqlstate", None) == "53100" \
            or getattr(cause, "sqlite_errorname", "") == "SQLITE_FULL" \
            or (isinstance(cause, OSError) and cause.errno in _OUT_OF_SPACE_ERRNOS):
        return reason_of(cause)
    return None
