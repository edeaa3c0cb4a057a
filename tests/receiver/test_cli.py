"""`signpost receiver keygen | export | purge | serve` from the command line."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess

from receiver.support import SIGNPOST
from signpost.receiver.cli import to_csv
from signpost.receiver.sealing import load_public_key, seal
from signpost.receiver.storage import DATABASE, connect


def main(argv: list[str]) -> int:
    """The CLI in a subprocess, as an operator runs it: nothing process-wide leaks into pytest."""
    result = subprocess.run([str(SIGNPOST), *argv], capture_output=True, text=True, timeout=60)
    print(result.stdout, end="")
    return result.returncode


def store(data, record: dict, received: str = "2026-11-01T10:00:00+00:00") -> None:
    connection = connect(data / DATABASE)
    sealed = seal(load_public_key(data / "team.pub"), json.dumps(record).encode())
    connection.execute("INSERT INTO submissions (form, received, sealed) VALUES (?, ?, ?)", (record["form"], received, sealed))
    connection.close()


FOOD, HOUSING = "Food", "Housing"  # the sample's labels of the needs food and housing
RECORD = {"form": "self-referral", "lang": "ar", "received": "2026-11-01T10:00:00+00:00",
          "answers": {"full-name": "آمنة مثال", "needs": ["food", "housing"], "about": "=HYPERLINK(1)", "consent": "yes"}}


def test_keygen_makes_a_key_pair_and_if_missing_keeps_an_existing_one(tmp_path):
    assert main(["receiver", "keygen", "--out", str(tmp_path)]) == 0
    public = (tmp_path / "team.pub").read_bytes()
    assert main(["receiver", "keygen", "--out", str(tmp_path), "--if-missing"]) == 0
    assert (tmp_path / "team.pub").read_bytes() == public and (tmp_path / "team.key").exists()


def test_export_decrypts_to_json_and_to_csv_for_the_team(tmp_path, capsys):
    main(["receiver", "keygen", "--out", str(tmp_path)])
    store(tmp_path, RECORD)
    capsys.readouterr()
    main(["receiver", "export", "--data", str(tmp_path), "--private-key", str(tmp_path / "team.key"), "--format", "json"])
    assert json.loads(capsys.readouterr().out) == [{"reference": 1, **RECORD}]
    output = tmp_path / "out.csv"
    main(["receiver", "export", "--data", str(tmp_path), "--private-key", str(tmp_path / "team.key"), "--output", str(output)])
    [row] = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    # Choices by their labels in the site's default language (the JSON keeps the ids).
    assert row["full-name"] == "آمنة مثال" and row["needs"] == f"{FOOD}; {HOUSING}" and row["lang"] == "ar"
    assert row["about"] == "'=HYPERLINK(1)"  # never a spreadsheet formula
    assert oct(output.stat().st_mode)[-3:] == "600"


def test_csv_has_a_column_for_every_answer_of_every_form():
    first = {"reference": 1, **RECORD}
    other = {**first, "reference": 2, "form": "partner-referral", "answers": {"person-agreed": "yes"}}
    header = to_csv([first, other]).splitlines()[0]
    assert header == "reference,form,lang,received,full-name,needs,about,consent,person-agreed"


def test_purge_deletes_old_submissions(tmp_path, capsys):
    main(["receiver", "keygen", "--out", str(tmp_path)])
    store(tmp_path, RECORD, received="2000-01-01T00:00:00+00:00")
    store(tmp_path, RECORD, received="2999-01-01T00:00:00+00:00")
    assert main(["receiver", "purge", "--older-than", "30", "--data", str(tmp_path)]) == 0
    assert "deleted 1 submissions" in capsys.readouterr().out
    assert sqlite3.connect(tmp_path / DATABASE).execute("SELECT COUNT(*) FROM submissions").fetchone()[0] == 1


def test_serve_refuses_to_start_without_the_public_key(tmp_path):
    result = subprocess.run([str(SIGNPOST), "receiver", "serve", "--data", str(tmp_path), "--port", "1"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "signpost receiver keygen" in result.stderr
