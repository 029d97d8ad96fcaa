"""A damaged index snapshot (index/index.json) is what ``index status`` says it is: repaired by
the next ``originals add`` or ``index reshard`` from the database. Both failed on it, naming
the very damage they were said to repair."""
import json

import pytest
from click.testing import CliRunner

from origin.cli import main


def cli(workspace, *args):
    return CliRunner().invoke(main, ["-w", str(workspace), *map(str, args)])


@pytest.mark.parametrize("damage", [b"{not json", b""], ids=["garbled", "empty"])
@pytest.mark.parametrize("repair", [["originals", "add", "{unrelated}"],
                                    ["index", "reshard", "--shards", "2"]])
def test_a_garbled_snapshot_is_rebuilt_by_the_next_writer(tmp_path, media, damage, repair):
    workspace = tmp_path / "ws"
    assert cli(workspace, "originals", "add", media["original_a"]).exit_code == 0
    (workspace / "index" / "index.json").write_bytes(damage)
    status = cli(workspace, "index", "status", "--json")
    assert status.exit_code == 1 and json.loads(status.stdout)["problems"]

    repaired = cli(workspace, *[part.format(unrelated=media["unrelated"]) for part in repair])
    assert repaired.exit_code == 0, repaired.output
    status = cli(workspace, "index", "status", "--json")
    assert status.exit_code == 0 and json.loads(status.stdout)["state"] == "ok", status.output
    scanned = cli(workspace, "scan", media["original_a"], "--json")
    assert json.loads(scanned.stdout)["matches"][0]["score"] > 0.9


@pytest.mark.parametrize("folder", ["index", "audio"])
def test_a_file_where_an_index_folder_belongs_is_named_not_a_traceback(tmp_path, media, folder):
    """``index`` or ``audio`` replaced by a file: writers ended in FileExistsError (after an add
    had registered its file); now they stop before writing, naming the path, and once the file
    is moved away the next writer rebuilds the folder from the database."""
    workspace = tmp_path / "ws"
    assert cli(workspace, "originals", "add", media["original_a"]).exit_code == 0
    target = workspace / folder
    target.rename(tmp_path / "moved")
    target.write_text("not a folder")
    for command in (["originals", "add", media["unrelated"]], ["index", "reshard", "--shards", "2"]):
        refused = cli(workspace, *command)
        assert refused.exit_code != 0 and "Traceback" not in refused.output
        assert f"{target}: not a folder" in refused.output, refused.output
    target.unlink()
    assert cli(workspace, "index", "reshard", "--shards", "1").exit_code == 0
    status = cli(workspace, "index", "status", "--json")
    assert status.exit_code == 0 and json.loads(status.stdout)["state"] == "ok", status.output
