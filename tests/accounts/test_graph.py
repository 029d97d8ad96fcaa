"""The graph API: binding rules, the recursive-CTE walk, config overrides."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from origin.accounts.config import load_config
from origin.accounts.graph import (AccountError, AccountRow, Graph, LinkRow, identity_hash,
                                   parse_row, walk)
from origin.enforcement.config import load_policy
from origin.errors import InputError
from origin.rows import FieldError
from origin.workspace import Workspace

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    return Workspace(tmp_path / "ws")


def graph(session, **overrides) -> Graph:
    return Graph(session, load_config(), load_policy().penalties, now=NOW, actor="test")


def accounts(session, *specs: tuple[str, str, str | None]) -> None:
    graph(session).add_accounts([(n, AccountRow(id, kind, entity))
                                 for n, (id, kind, entity) in enumerate(specs)])


def test_walk_follows_types_and_depth_prefers_short_strong_paths_and_never_loops(workspace):
    with workspace.session() as session:
        accounts(session, *[(name, "channel", None) for name in "abcdef"])
        g = graph(session)
        for a, b, kind, strength in [("a", "b", "device", None), ("b", "c", "phone", None),
                                     ("c", "d", "payment", None), ("c", "a", "admin", None),
                                     ("a", "e", "ip", None), ("b", "f", "device", 0.1)]:
            g.link(a, b, kind, strength)
        reached = {r.account: r for r in walk(session, "a", ["device", "phone", "payment",
                                                             "admin"], 2)}
        assert set(reached) == {"b", "c", "f", "d"}           # e only by IP (not walked)
        assert reached["c"].depth == 1 and [h.type for h in reached["c"].path] == ["admin"]
        assert reached["d"].depth == 2 and [(h.source, h.target) for h in reached["d"].path] == [
            ("a", "c"), ("c", "d")]
        assert reached["f"].strength == pytest.approx(0.6 * 0.1)
        strong = {r.account for r in walk(session, "a", ["device", "phone", "admin"], 5, 0.3)}
        assert strong == {"b", "c"}                           # f is below the path strength
        assert walk(session, "a", ["device"], 0) == []


def test_an_account_row_that_contradicts_the_stored_account_is_an_error_not_a_silent_exists(
        workspace):
    with workspace.session() as session:
        g = graph(session)
        results = g.add_accounts([(1, AccountRow("shop", "channel", "E1")),
                                  (2, AccountRow("shop", "channel")),           # the same again
                                  (3, AccountRow("shop", "personal")),          # in one file
                                  (4, AccountRow("boss", "personal"))])
        results = sorted(results, key=lambda r: r.line)
        assert [(r.line, r.status, r.field) for r in results] == [
            (1, "added", None), (2, "exists", None), (3, "error", "kind"), (4, "added", None)]
        assert "kind 'channel', this row 'personal'" in results[2].error
        (later,) = g.add_accounts([(1, AccountRow("shop", "channel", "E2"))])   # a later import
        assert (later.status, later.field) == ("error", "legal_entity")
        assert "legal_entity 'E1', this row 'E2': not changed" in later.error



def test_a_legal_entity_is_one_however_its_accents_were_typed(workspace):
    """An official account of 'Société X' (é one character, NFC) could not certify the channel
    of 'Société X' typed with combining accents (macOS): "their legal entities differ"."""
    official = parse_row({"id": "oa", "kind": "official", "legal_entity": "Soci\u00e9t\u00e9 X"})
    channel = parse_row({"id": "ch", "kind": "channel", "legal_entity": "Socie\u0301te\u0301 X"})
    assert channel.legal_entity == official.legal_entity == "Soci\u00e9t\u00e9 X"
    with workspace.session() as session:
        g = graph(session)
        g.add_accounts([(1, official), (2, channel)])
        (result,) = g.add_links([(3, LinkRow("oa", "ch", "certification"))])
        assert result.status == "added", result.error


def test_a_link_row_with_another_strength_than_the_stored_link_is_an_error_not_an_exists(
        workspace):
    with workspace.session() as session:
        accounts(session, ("x", "channel", None), ("y", "channel", None))
        g = graph(session)
        results = g.add_links([(1, LinkRow("x", "y", "device", 0.4)),
                               (2, LinkRow("y", "x", "device", 0.4)),    # the same, either way
                               (3, LinkRow("x", "y", "device")),         # strength not said
                               (4, LinkRow("x", "y", "device", 0.9))])   # in one file
        assert [(r.line, r.status, r.field) for r in results] == [
            (1, "added", None), (2, "exists", None), (3, "exists", None),
            (4, "error", "strength")]
        with pytest.raises(AccountError, match="strength 0.4, this row 1: not changed"):
            g.link("y", "x", "device", 1.0)                               # a later link
        assert g.link("x", "y", "phone").status == "added"               # another type

def test_link_rules_and_duplicates(workspace):
    with workspace.session() as session:
        accounts(session, ("ch", "channel", "E1"), ("ch2", "channel", "E2"),
                 ("me", "personal", None), ("oa", "official", "E1"), ("oa2", "official", None))
        g = graph(session)
        assert g.link("ch", "me", "certification").status == "added"   # stored certifier first
        assert g.link("me", "ch", "certification").status == "exists"
        with pytest.raises(AccountError, match="already certifies channel account ch"):
            g.link("me", "ch2", "certification")
        with pytest.raises(AccountError, match="both channel accounts"):
            g.link("ch", "ch2", "certification")
        with pytest.raises(AccountError, match="same legal entity"):
            g.link("oa", "ch2", "certification")
        with pytest.raises(AccountError, match="legal entity none"):
            g.link("oa2", "ch", "certification")
        assert g.link("oa", "ch", "certification").status == "added"
        with pytest.raises(AccountError, match="legal entities differ"):
            g.link("ch", "ch2", "same_entity")
        with pytest.raises(AccountError, match="itself"):
            g.link("ch", "ch", "device")
        with pytest.raises(AccountError, match=r"within \[0.01, 1\]"):
            g.link("ch", "ch2", "device", 2.0)
        with pytest.raises(AccountError, match="link type must be one of"):
            g.link("ch", "ch2", "friendship")


def test_rows_are_validated_and_markers_hashed():
    row = parse_row({"id": "x1", "kind": "channel", "phone": "+86 138-0000-0000;+1 555 0100"})
    assert [kind for kind, _ in row.identities] == ["phone", "phone"]
    assert row.identities[0][1] == identity_hash("phone", "+8613800000000")
    assert "138" not in "".join(value for _, value in row.identities)
    with pytest.raises(FieldError, match="id: 'has space' is no account id"):
        parse_row({"id": "has space", "kind": "channel"})
    with pytest.raises(FieldError, match="kind: account kind must be one of"):
        parse_row({"id": "x", "kind": "bot"})


@pytest.mark.parametrize("row, message", [
    ({"id": "x"}, "kind: is required: one of channel, personal, official"),
    ({"a": "x", "b": "y"}, "type: is required: a link type, one of certification, "),
])
def test_a_missing_kind_or_type_is_required_not_none(row, message):
    """Stop 43's new user: a row without its kind said "account kind must be one of channel,
    personal, official, not None" (Python's word for nothing)."""
    with pytest.raises(FieldError) as raised:
        parse_row(row)
    assert str(raised.value).startswith(message)


def test_workspace_config_overrides_and_bad_values_are_named(tmp_path):
    (tmp_path / "accounts.toml").write_text("[joint]\nmax_depth = 3\n[evidence]\nthreshold = 5\n")
    config = load_config(tmp_path)
    assert (config.max_depth, config.threshold, config.severity) == (3, 5.0, "serious")
    (tmp_path / "accounts.toml").write_text('[ban_evasion]\naction = "shoot"\n')
    with pytest.raises(InputError, match="ban_evasion.action"):
        load_config(tmp_path)
    (tmp_path / "accounts.toml").write_text('[joint]\nlink_types = ["telepathy"]\n')
    with pytest.raises(InputError, match="unknown telepathy"):
        load_config(tmp_path)


SPECIAL_IDS = ["%", "_", "%%", "s_art", "st%", "!", "!%", "\\", "\\%", "'", "''", '"', "[a]",
               "^", "*", "?", "$1", ".", "(", ")", "{x}", "+", ";", "--", "/*", ":start", "@",
               "=", "<>", "&", "~", "`", ",", "耐克", "🅽", "START", "Start", "start_", "tart"]


def test_walk_reaches_ids_with_every_special_character(workspace):
    """The cycle check is a substring test: no id is a pattern, and case counts."""
    with workspace.session() as session:
        accounts(session, ("start", "channel", None), ("far", "channel", None),
                 *[(name, "channel", None) for name in SPECIAL_IDS])
        g = graph(session)
        for name in SPECIAL_IDS:
            g.link("start", name, "device")
        g.link("%", "far", "device")                      # two hops through a '%'
        reached = {r.account: r for r in walk(session, "start", ["device"], 2)}
        assert set(reached) == set(SPECIAL_IDS) | {"far"}
        assert all(reached[name].depth == 1 for name in SPECIAL_IDS)
        assert [hop.target for hop in reached["far"].path] == ["%", "far"]
        back = {r.account: r.depth for r in walk(session, "%", ["device"], 2)}
        assert back["start"] == 1 and back["far"] == 1 and "%" not in back
        assert back["_"] == 2 and back["Start"] == 2


@pytest.mark.parametrize("strength", [1e-320, 0.0, 0.005, "1e-320"])
def test_a_link_strength_below_one_in_a_hundred_is_refused_naming_strength(strength):
    """A subnormal strength (1e-320) was taken: it multiplies along paths into noise."""
    with pytest.raises(FieldError, match="must be within") as raised:
        parse_row({"a": "x", "b": "y", "type": "ip", "strength": strength})
    assert raised.value.field == "strength"
    assert parse_row({"a": "x", "b": "y", "type": "ip", "strength": 0.01}).strength == 0.01
