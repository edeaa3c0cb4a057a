"""An operator's mistakes get one line naming the file and what to do, and a non-zero exit, never a
traceback: at start-up (the keys, the data folder, the database) and on export."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from receiver.support import SIGNPOST, free_port
from signpost.receiver.sealing import generate_keys, load_public_key, seal
from signpost.receiver.storage import DATABASE, connect
from sites import PROJECT


def run(argv: list[str], prefix: list[str] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, str(SIGNPOST), *argv], capture_output=True, text=True, timeout=60)


def serve(data: Path, prefix: list[str] = ()) -> subprocess.CompletedProcess:
    return run(["receiver", "serve", "--content", str(PROJECT / "content"), "--data", str(data),
                "--port", str(free_port())], prefix)


def assert_one_clear_line(result: subprocess.CompletedProcess, *names: str) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name in names:
        assert name in line, line
    return line


@pytest.fixture
def data(tmp_path) -> Path:
    """A receiver's data folder as deployed: team.pub only, the private key kept elsewhere."""
    generate_keys(tmp_path / "keys")
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(tmp_path / "keys" / "team.pub", folder / "team.pub")
    return folder


@pytest.mark.parametrize("content", ["", "not a key at all\n", "QUJD\n"], ids=["empty", "text", "short"])
def test_a_corrupt_or_empty_public_key_is_named(data, content):
    (data / "team.pub").write_text(content)
    line = assert_one_clear_line(serve(data), str(data / "team.pub"), "keygen")
    assert "not a key" in line


def test_a_private_key_where_the_public_key_belongs_is_refused(data, tmp_path):
    shutil.copy(tmp_path / "keys" / "team.key", data / "team.pub")
    assert "PRIVATE" in assert_one_clear_line(serve(data), str(data / "team.pub"))


def test_an_unlabelled_private_key_copied_over_the_public_key_is_refused_too(data, tmp_path):
    # Key files from before they carried a label: base64 alone, told apart only by the pair beside it.
    private = (tmp_path / "keys" / "team.key").read_text().splitlines()[-1]
    (data / "team.pub").write_text(private + "\n")
    (data / "team.key").write_text(private + "\n")
    assert "PRIVATE" in assert_one_clear_line(serve(data), str(data / "team.pub"))


def test_a_corrupt_database_is_named(data):
    (data / DATABASE).write_bytes(b"this is not SQLite" * 100)
    line = assert_one_clear_line(serve(data), str(data / DATABASE))
    assert "backup" in line


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="needs setpriv (util-linux) as root")
def test_a_data_folder_that_cannot_be_written_is_named():
    # As root, permissions do not stop a write: the receiver then runs as `nobody`, as a service would.
    top = Path(tempfile.mkdtemp())
    try:
        top.chmod(0o755)
        generate_keys(top / "keys")
        data = top / "data"
        data.mkdir()
        shutil.copy(top / "keys" / "team.pub", data / "team.pub")
        (data / "team.pub").chmod(0o644)
        data.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        line = assert_one_clear_line(serve(data, prefix), str(data), "write access")
        assert "cannot be written" in line
    finally:
        (top / "data").chmod(0o755)
        shutil.rmtree(top)


def test_export_with_the_wrong_private_key_or_a_missing_one_is_named(data, tmp_path):
    connection = connect(data / DATABASE)
    connection.execute("INSERT INTO submissions (form, received, sealed) VALUES ('f', '2026-01-01', ?)",
                       (seal(load_public_key(data / "team.pub"), b'{"answers": {}}'),))
    connection.close()
    generate_keys(tmp_path / "other")
    wrong = run(["receiver", "export", "--data", str(data), "--private-key", str(tmp_path / "other" / "team.key")])
    assert "does not open" in assert_one_clear_line(wrong, str(tmp_path / "other" / "team.key"))
    missing = run(["receiver", "export", "--data", str(data), "--private-key", str(tmp_path / "nowhere.key")])
    assert "no such file" in assert_one_clear_line(missing, str(tmp_path / "nowhere.key"))
    public = run(["receiver", "export", "--data", str(data), "--private-key", str(data / "team.pub")])
    assert "public key" in assert_one_clear_line(public, str(data / "team.pub"))
    right = run(["receiver", "export", "--data", str(data), "--private-key", str(tmp_path / "keys" / "team.key"),
                 "--format", "json"])
    assert right.returncode == 0 and '"reference": 1' in right.stdout


def test_export_from_a_folder_without_a_database_is_named(data, tmp_path):
    result = run(["receiver", "export", "--data", str(data), "--private-key", str(tmp_path / "keys" / "team.key")])
    assert "--data" in assert_one_clear_line(result, str(data / DATABASE))
    assert not (data / DATABASE).exists()  # not created by looking
