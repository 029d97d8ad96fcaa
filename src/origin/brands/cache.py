"""The compiled guard kept on disk in the workspace, so a scan does not rebuild it every start.

Building a ``BrandGuard`` for 10 000 brands costs seconds of CPU (the character tables read
OpenCC and Unicode data for 200 000 code points, pypinyin reads every Chinese character and every
mark, the automata take 60 000 keys); unpickling the result costs a fraction of that. The file is
keyed by everything the build reads: the brands as stored (their canonical form, so any change
to a mark, alias, knock-off, authorised account or cue makes a new key), the rules, the guard's
own source, and the versions of the libraries and Unicode data it folds with. A stale or
unreadable file is simply rebuilt; only the newest one is kept.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import sys
import unicodedata
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from origin.brands.automaton import Brand
from origin.brands.config import Rules
from origin.brands.guard import BrandGuard
from origin.brands.learnt import MODEL_FILE
from origin.errors import printable

FOLDER = "brands"                # inside the workspace
PREFIX = "guard-"
# what the compiled guard depends on besides brands and rules
LIBRARIES = ("pypinyin", "opencc-python-reimplemented", "confusable-homoglyphs", "pyahocorasick",
             "jieba", "wordfreq")
SOURCES = ("automaton.py", "normalize.py", "guard.py", "config.py", "cache.py", "words.py")


def _inputs_digest(rules: Rules):
    """A digest of the guard's inputs besides the brands: its source, the libraries and Unicode
    data it folds with, the rules."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in SOURCES:
        digest.update((here / name).read_bytes())
    if MODEL_FILE.exists():          # the shipped model's weights are kept in the file too
        digest.update(MODEL_FILE.read_bytes())
    versions = [sys.version, unicodedata.unidata_version] + installed_versions(LIBRARIES)
    digest.update(json.dumps(versions).encode())
    # what the rules say, not where their file is: a checkout or install in another folder
    # reads the same shipped rules and should not rebuild (~5 s)
    digest.update(json.dumps(dict(asdict(rules), source=None), sort_keys=True,
                             ensure_ascii=False, default=sorted).encode())
    return digest


def installed_versions(libraries: tuple[str, ...]) -> list[str]:
    """"name version" of each library as installed ("name -" when it is not), from the
    ``*.dist-info`` folder names on ``sys.path`` (``importlib.metadata.version`` cost ~10 ms
    each: a tenth of a second of start-up for five names)."""
    wanted = {_canonical(name): name for name in libraries}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and "-" in name:
                project, version = name[:-len(".dist-info")].rsplit("-", 1)
                found.setdefault(_canonical(project), version)   # the first on the path wins
    return [f"{name} {found.get(key, '-')}" for key, name in wanted.items()]


def _canonical(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def cache_key(brands: list[Brand], rules: Rules) -> str:
    """A digest of every input of ``BrandGuard(brands, rules)``."""
    digest = _inputs_digest(rules)
    digest.update(json.dumps([(b.id, b.mark, b.owner, b.aliases, b.knockoffs, sorted(b.authorized),
                               b.common_word, b.context_words, b.price_floor) for b in brands],
                             ensure_ascii=False).encode())
    return digest.hexdigest()[:32]


def stored_key(rows, rules: Rules) -> str:
    """A digest of every input of the guard of the brands stored as ``rows``
    (``scan_db.read_brand_rows``): a scan rebuilds Brand objects only when the file is missing."""
    digest = _inputs_digest(rules)
    digest.update(b"rows")
    digest.update(repr(rows).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


Warn = Callable[[str], None]


def cached_guard(brands: list[Brand], rules: Rules, workspace: Path | str,
                 warn: Warn | None = None) -> BrandGuard:
    """The guard for ``brands`` and ``rules``: read from the workspace's cache when it holds this
    exact build, else built and written there (a workspace that cannot be written only costs the
    build). ``warn`` is told, in one line, of a cache file that exists but does not read as a
    guard (truncated, corrupt), which is rebuilt and replaced."""
    return _cached(cache_key(brands, rules), lambda: BrandGuard(brands, rules), workspace, warn)


def stored_guard(rows, rules: Rules, workspace: Path | str,
                 warn: Warn | None = None) -> BrandGuard:
    """``cached_guard`` of the brands stored as ``rows`` (``scan_db.read_brand_rows``)."""
    from origin.brands.scan_db import brands_from_rows

    return _cached(stored_key(rows, rules),
                   lambda: BrandGuard(brands_from_rows(rows), rules), workspace, warn)


def _cached(key: str, build: Callable[[], BrandGuard], workspace: Path | str,
            warn: Warn | None) -> BrandGuard:
    folder = Path(workspace) / FOLDER
    path = folder / f"{PREFIX}{key}.pickle"
    collecting = gc.isenabled()
    gc.disable()             # 100 000s of small objects: the collector would triple the load time
    try:
        with open(path, "rb") as handle:
            guard = pickle.load(handle)
        if not isinstance(guard, BrandGuard):
            raise TypeError(f"holds a {type(guard).__name__}")
        return guard
    except FileNotFoundError:    # the first scan of these brands, rules and code
        pass
    except Exception as error:   # truncated by a crash, corrupt, unreadable: never used
        if warn is not None:
            warn(f"warning: {path}: the brand guard's cache does not read "
                 f"({type(error).__name__}: {printable(str(error)[:80])}); rebuilding it")
    finally:
        if collecting:
            gc.enable()
    guard = build()
    import tempfile     # here: with shutil, bz2, lzma and random, 5-10 ms of every scan's start

    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", delete=False) as handle:
            temporary = handle.name
            pickle.dump(guard, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)            # readers see the old file or the whole new one
        temporary = None
        for old in folder.glob(f"{PREFIX}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
    return guard
