"""Policy files: an override key the defaults do not have is refused, named, never ignored."""
from __future__ import annotations

import os
import re
import threading

import pytest

from origin.accounts.config import load_config
from origin.brands.config import load_rules
from origin.config_files import overlay
from origin.enforcement.config import load_policy
from origin.errors import InputError


def test_overlay_merges_tables_replaces_lists_and_names_an_unknown_key_with_a_hint():
    base = {"platform": {"sla_working_days": 5, "allow": ["a"]}, "codes": {"CN": {"tz": "x"}}}
    merged = overlay(base, {"platform": {"allow": ["b"]}, "codes": {"US": {"tz": "y"}}},
                     open_tables=frozenset({"codes"}))
    assert merged == {"platform": {"sla_working_days": 5, "allow": ["b"]},
                      "codes": {"CN": {"tz": "x"}, "US": {"tz": "y"}}}
    with pytest.raises(ValueError, match=r"unknown key 'platform.sla_working_day' \(did you "
                                         r"mean 'sla_working_days'\?\)"):
        overlay(base, {"platform": {"sla_working_day": 3}})
    with pytest.raises(ValueError, match="unknown key 'codes.CN.zone'"):
        overlay(base, {"codes": {"CN": {"zone": "z"}}}, open_tables=frozenset({"codes"}))


@pytest.mark.parametrize("file, text, fragment", [
    ("enforcement.toml", "[penaltys]\nminor = 1\n", "did you mean 'penalties'"),
    ("enforcement.toml", "[platform]\nsla_working_day = 3\n", "sla_working_days"),
    ("enforcement.toml", '[owners."studio-a"]\nalow = ["x"]\n', "owners.studio-a: unknown keys alow"),
    ("accounts.toml", "[joint]\nmax_dept = 5\n", "did you mean 'max_depth'"),
])
def test_a_typo_in_a_workspace_policy_is_refused_naming_the_file_and_the_key(tmp_path, file, text,
                                                                              fragment):
    (tmp_path / file).write_text(text)
    load = load_policy if file == "enforcement.toml" else load_config
    with pytest.raises(InputError, match=fragment) as raised:
        load(tmp_path)
    assert str(raised.value).startswith(str(tmp_path / file))


def test_what_users_name_themselves_is_still_accepted(tmp_path):
    (tmp_path / "enforcement.toml").write_text(
        '[jurisdictions.DE]\ncalendar = "DE"\ntimezone = "Europe/Berlin"\nrestore_after = 14\n'
        '[owners."studio-a"]\nallow = ["licensee-1"]\n')
    policy = load_policy(tmp_path)
    assert "DE" in policy.jurisdictions and policy.allowed("studio-a", "licensee-1")
    rules = tmp_path / "rules.toml"
    rules.write_text('[emoji_words]\n"👟" = "鞋"\n[weights]\nimpersonation = 2\n')
    loaded = load_rules(rules)
    assert loaded.emoji_words["👟"] == "鞋" and loaded.weights["impersonation"] == 2
    rules.write_text('[scoring]\ntakedwon = 4\n')
    with pytest.raises(InputError, match="did you mean 'takedown'"):
        load_rules(rules)
    rules.write_text('[words]\ncounterfiet = ["x"]\n')
    with pytest.raises(InputError, match="words: unknown kinds counterfiet"):
        load_rules(rules)


@pytest.mark.parametrize("file, text, fragment", [
    ("enforcement.toml", "[platform]\nsla_working_days = inf\n",
     "platform.sla_working_days must be a finite number, not inf"),
    ("enforcement.toml", '[platform]\nsla_working_days = "5"\n',
     "platform.sla_working_days must be an integer, not a string"),
    ("enforcement.toml", "[platform]\nsla_working_days = 99999999999999999\n", "at most 3660"),
    ("enforcement.toml", '[platform]\nallow = "bob"\n', "platform.allow must be a list"),
    ("enforcement.toml", "rules = {a = 1}\n", "rules must be a list, not a table"),
    ("enforcement.toml", '[[rules]]\nname = "x"\ndecision = "takedown"\nmin_score = nan\n',
     r"rules\[0\].min_score must be a finite number, not nan"),
    ("enforcement.toml", '[[rules]]\nname = "x"\ndecision = "takedown"\nmin_score = "nan"\n',
     r"rules\[0\].min_score must be a number, not a string"),
    ("enforcement.toml", "[penalties]\nupload_bans = [{strikes = 1.5, days = 3}]\n",
     r"penalties.upload_bans\[0\].strikes must be an integer"),
    ("enforcement.toml", "[jurisdictions]\nDE = 5\n", "jurisdictions.DE must be a table"),
    # a new key of an open table is checked at every depth as its siblings are (14.5 read as 14)
    ("enforcement.toml", '[jurisdictions.DE]\ncalendar = "DE"\ntimezone = "Europe/Berlin"\n'
                         'restore_after = 14.5\n',
     r"jurisdictions.DE.restore_after must be an integer, not a number \(14.5\)"),
    ("enforcement.toml", '[jurisdictions.DE]\ncalendar = "DE"\ntimezone = "Europe/Berlin"\n'
                         'restore_after = 14\nrestore_unit = 3\n',
     "jurisdictions.DE.restore_unit must be a string"),
    ("enforcement.toml", '[jurisdictions.DE]\ncalendar = "DE"\ntimezone = "Europe/Berlin"\n'
                         'restore_after = 14\nrestore_afterr = 3\n',
     "unknown key 'jurisdictions.DE.restore_afterr' \\(did you mean 'restore_after'"),
    ("enforcement.toml", '[owners.bob]\nrules = [{name = "x", decision = "takedown", '
                         'min_score = "nan"}]\n', "rule 'x': min_score must be a finite number"),
    ("enforcement.toml", '[owners.bob]\nrules = [{name = "x", decision = "demote", '
                         'exposure = "0.5"}]\n', "rule 'x': exposure must be a finite number"),
    ("enforcement.toml", '[owners.bob]\nrules = [{name = "x", decision = "review", '
                         'declared = "false"}]\n', "declared must be true or false"),
    ("enforcement.toml", '[owners.bob]\ninherit = "no"\n', "owners.bob.inherit must be true"),
    ("enforcement.toml", "[penalties]\nstrike_expiry_days = 99999999999\n",
     "penalties.strike_expiry_days must be within 0..36500"),
    ("enforcement.toml", "[penalties]\nupload_bans = [{strikes = 0, days = 7}]\n",
     r"upload_bans\[0\].strikes must be within"),
    ("enforcement.toml", "[priority]\nconflict_overlap = -0.5\n", "conflict_overlap must be within"),
    ("enforcement.toml", "[claimants]\nfast_track_accuracy = 5\n", "fast_track_accuracy must be"),
    ("enforcement.toml", "[penalties]\nserious = -20\n", "penalties.serious must be within"),
    ("accounts.toml", "[joint]\nmax_depth = -3\n", "joint.max_depth must be within 0..100"),
    ("accounts.toml", "[joint]\nmin_path_strength = -1\n", "within 0..1"),
    ("accounts.toml", "[ban_evasion]\nnew_account_days = 99999999999\n", "new_account_days"),
    ("accounts.toml", "[evidence]\nthreshold = nan\n", "evidence.threshold must be a finite"),
    ("accounts.toml", "[links]\nstrength = [1]\n", "links.strength must be a table"),
    ("accounts.toml", "[links]\nstrength = {ip = 1e-320}\n", "within 0.01..1"),
])
def test_a_wrong_kind_a_non_finite_or_an_out_of_range_value_is_refused_by_key(tmp_path, file,
                                                                              text, fragment):
    (tmp_path / file).write_text(text)
    load = load_policy if file == "enforcement.toml" else load_config
    with pytest.raises(InputError, match=fragment) as raised:
        load(tmp_path)
    assert str(raised.value).startswith(str(tmp_path / file))


def test_an_integer_is_a_number_and_brand_rules_refuse_nan_and_strings(tmp_path):
    (tmp_path / "enforcement.toml").write_text("[priority]\nconflict_overlap = 1\n")
    assert load_policy(tmp_path).conflict_overlap == 1.0
    rules = tmp_path / "rules.toml"
    rules.write_text("[scoring]\nwindow = inf\n")
    with pytest.raises(InputError, match="scoring.window must be a finite number"):
        load_rules(rules)
    rules.write_text('[weights]\ncounterfeit = "3"\n')
    with pytest.raises(InputError, match="weights.counterfeit must be an integer"):
        load_rules(rules)


@pytest.mark.parametrize("text, fragment", [
    ("[scoring]\ntakedown = -1\n", "need 1 <= review <= demote <= takedown"),   # every mention
    ("[scoring]\nreview = 9\n", "need 1 <= review <= demote <= takedown"),      # was a takedown
    ("[scoring]\nwindow = -5\n", "window must be at least 1"),     # read no context, silently
    ("[matching]\ntied_window = -1\n", "tied_window must not be negative"),
])
def test_brand_scoring_values_no_reviewer_can_mean_are_refused(tmp_path, text, fragment):
    rules = tmp_path / "rules.toml"
    rules.write_text(text)
    with pytest.raises(InputError, match=re.escape(fragment)):
        load_rules(rules)


def test_an_endless_or_huge_rules_file_is_refused_without_reading_it_all(tmp_path):
    """``brands scan --rules /dev/zero`` read until memory ran out: a MemoryError traceback;
    then it was "over 16 MB", which /dev/zero is not: it is a device."""
    with pytest.raises(InputError, match=r"^/dev/zero: not a regular file \(a device\)"):
        load_rules("/dev/zero")
    huge = tmp_path / "huge.toml"
    with open(huge, "wb") as handle:
        handle.truncate(17 * 2**20)
    with pytest.raises(InputError, match="over 16 MB: not a policy file"):
        load_rules(huge)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_rules_file_from_a_pipe_is_read(tmp_path):
    """``--rules <(...)`` names a pipe: it is read like a file (only devices are refused)."""
    pipe = tmp_path / "rules.pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=("",))
    writer.start()
    try:
        assert load_rules(pipe).source == str(pipe)
    finally:
        writer.join()
