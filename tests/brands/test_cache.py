"""The compiled guard cached in the workspace: the same decisions, rebuilt when anything changes."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from origin.brands.cache import FOLDER, cache_key, cached_guard
from origin.brands.config import load_rules
from origin.errors import InputError

from tests.brands.conftest import BRANDS, record

OFFERS = ["高仿耐@克 1:1 加微", "高仿乃克运动鞋", "高仿 N1KE 包邮", "我买的耐克开箱", "高仿 ad 运动鞋 包邮"]


def decisions(guard) -> list:
    return [(r.decision, r.rule, [(h.brand.mark, h.via, h.start, h.end) for h in r.hits])
            for r in map(guard.scan, map(record, OFFERS))]


def test_cached_guard_decides_like_the_built_one_and_is_rebuilt_on_change(tmp_path, guard):
    rules = load_rules()
    built = cached_guard(BRANDS, rules, tmp_path)
    (cache,) = (tmp_path / FOLDER).glob("guard-*.pickle")
    loaded = cached_guard(BRANDS, rules, tmp_path)
    assert loaded is not built                          # read back from the file
    assert decisions(loaded) == decisions(built) == decisions(guard)
    # one brand's patterns share that brand object after loading, as after building
    nike = [p for _, entries in loaded.index.hot.values for p in entries
            if getattr(p, "brand", None) is not None and p.brand.id == 1]
    assert len({id(p.brand) for p in nike}) == 1

    authorised = [dataclasses.replace(b, authorized=b.authorized | {"seller1"})
                  if b.id == 1 else b for b in BRANDS]
    changed = cached_guard(authorised, rules, tmp_path)
    assert changed.scan(record(OFFERS[0])).decision == "none"      # seller1 may use 耐克 now
    (newer,) = (tmp_path / FOLDER).glob("guard-*.pickle")           # only the newest is kept
    assert newer != cache


def test_the_same_rules_read_from_another_folder_share_the_cache():
    """The rules file's path is not an input of the build (a moved checkout keeps its cache);
    what the rules say is."""
    rules = load_rules()
    assert cache_key(BRANDS, dataclasses.replace(rules, source="/elsewhere/rules.toml")) \
        == cache_key(BRANDS, rules)
    changed = dataclasses.replace(rules, window=rules.window + 1)
    assert cache_key(BRANDS, changed) != cache_key(BRANDS, rules)


def test_unreadable_cache_is_rebuilt_with_one_warning_line(tmp_path):
    """A cache file that is truncated, corrupt or holds something else is never used: it is
    rebuilt and replaced, with one warning line; a missing one is built silently."""
    rules = load_rules()
    warnings: list[str] = []
    cached_guard(BRANDS, rules, tmp_path, warnings.append)
    assert warnings == []                                           # missing: built silently
    (cache,) = (tmp_path / FOLDER).glob("guard-*.pickle")
    whole = cache.read_bytes()
    for damaged in (whole[:1000],                                   # truncated by a crash
                    whole[:500] + bytes(200) + whole[700:],         # overwritten in the middle
                    b"not a pickle", pickle.dumps({"brands": []})):
        cache.write_bytes(damaged)
        guard = cached_guard(BRANDS, rules, tmp_path, warnings.append)
        assert guard.scan(record(OFFERS[0])).decision == "takedown"
        assert cache.stat().st_size > 100_000                        # written again whole
        assert len(warnings) == 1 and str(cache) in warnings[0] and "\n" not in warnings[0]
        warnings.clear()
    cached_guard(BRANDS, rules, tmp_path, warnings.append)
    assert warnings == []


def test_stored_brands_key_the_cache():
    """``brands scan`` keys its guard by the brands as stored: a changed mark, an added alias
    or knock-off, a cue and an authorised account each make a new build, which decides by
    them."""
    from origin.brands.cache import stored_guard, stored_key
    from origin.brands.scan_db import ALIAS, CONTEXT, KNOCKOFF

    rules = load_rules()
    rows = ([(1, "耐克", "nike_official", 0, None)], [(1, ALIAS, "Nike")], [])
    variants = [([(1, "耐克x", "nike_official", 0, None)], rows[1], []),
                ([(1, "耐克", "nike_official", 0, 300)], rows[1], []),     # a price floor
                (rows[0], rows[1] + [(1, KNOCKOFF, "乃克")], []),
                (rows[0], rows[1] + [(1, CONTEXT, "球鞋")], []),
                (rows[0], rows[1], [(1, "seller1")])]
    keys = {stored_key(variant, rules) for variant in [rows, *variants]}
    assert len(keys) == 6 and stored_key(rows, rules) == stored_key(
        ([(1, "耐克", "nike_official", 0, None)], [(1, ALIAS, "Nike")], []), rules)
    assert decisions_of_stored(stored_guard, rows, rules) == "takedown"
    assert decisions_of_stored(stored_guard, variants[-1], rules) == "none"   # seller1's own


def decisions_of_stored(stored_guard, rows, rules) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        stored_guard(rows, rules, folder)
        return stored_guard(rows, rules, folder).scan(record(OFFERS[0])).decision


@pytest.mark.parametrize("content", [b"weights = 5\n", b"\xff\xfe", b"[scoring]\nwindow = 'x'\n",
                                     b"[scoring]\nreview = 9\n"])
def test_malformed_rule_file_is_one_input_error_naming_it(tmp_path, content):
    """A rules override that is not UTF-8 or has the wrong shape names the file, never a traceback."""
    path = tmp_path / "rules.toml"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_rules(path)
    assert str(path) in str(caught.value)
    assert "Error(" not in str(caught.value)          # a sentence, not an exception's repr
