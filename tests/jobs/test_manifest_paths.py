"""A manifest row's file that cannot be used is named as the row gave it, through a symlinked
folder and a relative path alike: workers read resolved paths, and their errors come back
renamed by ``jobs.inputs.as_given`` before the manifest adds the line."""
import subprocess
import sys

import pytest
from click.testing import CliRunner

from origin import synthetic_audio
from origin.cli import main
from origin.workspace import Workspace


@pytest.mark.parametrize("command, header", [
    (["scan"], "path,upload_id\nbad.mp4,u1\nmissing.mp4,u2\nsong.wav,u3\n"),
    (["originals", "add"], "path\nbad.mp4\nmissing.mp4\nsong.wav\n"),
])
def test_a_bad_file_is_named_as_the_row_gave_it(tmp_path, monkeypatch, command, header):
    real = tmp_path / "real"
    real.mkdir()
    (real / "bad.mp4").write_bytes(b"not a video at all")
    synthetic_audio.write_audio(real / "song.wav", synthetic_audio.melody(4, 6))
    (tmp_path / "link").symlink_to(real)
    (real / "m.csv").write_text(header)
    monkeypatch.chdir(tmp_path)
    Workspace(tmp_path / "ws").close()             # scan refuses a folder that is no workspace
    result = CliRunner().invoke(main, ["-w", "ws", *command, "--manifest", "link/m.csv"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert [line.split(": ")[1] for line in errors] == ["link/m.csv line 2", "link/m.csv line 3"]
    assert errors[0].startswith("error: link/m.csv line 2: link/bad.mp4: ")
    assert errors[1] == "error: link/m.csv line 3: link/missing.mp4: no such file"
    assert str(real) not in result.stderr


@pytest.mark.parametrize("piped", [True, False])
def test_a_manifest_read_from_stdin_reads_relative_paths_from_where_it_is(tmp_path, piped):
    """``cat m.csv | origin scan --manifest /dev/stdin`` looked for its uploads in /dev
    ("/dev/a.mp4: no such file"): a pipe has no folder, so the current one is used; a file
    redirected to stdin keeps its own folder."""
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    manifest = there / "m.csv"
    manifest.write_text("path,upload_id\na.mp4,u1\n")
    code = ("import sys; from origin.jobs.manifest import read_manifest; "
            "print(read_manifest('/dev/stdin')[0].item.path)")
    with open(manifest) as file:
        run = subprocess.run([sys.executable, "-c", code], cwd=here, capture_output=True,
                             text=True, timeout=60, check=True,
                             **({"input": manifest.read_text()} if piped else {"stdin": file}))
    assert run.stdout.strip() == str((here if piped else there) / "a.mp4")
