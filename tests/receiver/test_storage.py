"""Storage: committed before acknowledged, so a receiver killed mid-run loses no acknowledged submission."""
from __future__ import annotations

import asyncio
import datetime
import threading
import time

import httpx2 as httpx
import pytest
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey

from receiver.support import free_port, running_receiver
from signpost.receiver.sealing import unseal
from signpost.receiver.storage import DATABASE, Writer, connect, purge, read_rows
from sites import PROJECT

CLIENTS = 12
ATTEMPTS = 40  # a client: bounded, on loopback only


def test_concurrent_writes_all_commit_with_their_own_ids(tmp_path):
    writer = Writer(tmp_path / DATABASE)

    async def many():
        return await asyncio.gather(*(writer.add("f", "2026-01-01T00:00:00+00:00", bytes([n])) for n in range(200)))

    ids: list[int] = []
    # Its own thread and event loop: the session may already run one (Playwright's sync API).
    thread = threading.Thread(target=lambda: ids.extend(asyncio.run(many())))
    thread.start()
    thread.join(timeout=60)
    writer.close()
    rows = read_rows(tmp_path / DATABASE)
    assert sorted(ids) == [row.id for row in rows] and len(set(ids)) == 200
    assert {row.id: row.sealed for row in rows} == {row_id: bytes([n]) for n, row_id in enumerate(ids)}


def in_own_loop(coroutine_function) -> list:
    """Runs it on a new event loop in its own thread: the session may already run one (Playwright's sync API)."""
    results: list = []
    thread = threading.Thread(target=lambda: results.append(asyncio.run(coroutine_function())))
    thread.start()
    thread.join(timeout=60)
    return results[0]


def test_the_writer_seals_in_its_thread_and_a_failed_group_fails_only_its_own_posts(tmp_path):
    """What is stored is `seal(data)`, made in the writer's thread; when a group cannot be committed each of
    its posts gets the error (the sender is told to try again) and later posts are still committed."""
    calls: list[str] = []

    def seal(data: bytes) -> bytes:
        calls.append(threading.current_thread().name)
        if data == b"poison":
            raise OSError("disk full")
        return b"sealed:" + data

    writer = Writer(tmp_path / DATABASE, seal=seal)

    async def posts():
        failed = await asyncio.gather(writer.add("f", "2026-01-01T00:00:00+00:00", b"poison"), return_exceptions=True)
        later = await asyncio.gather(*(writer.add("f", "2026-01-01T00:00:00+00:00", b"%d" % n) for n in range(20)))
        return failed, later

    failed, later = in_own_loop(posts)
    writer.close()
    assert isinstance(failed[0], OSError)
    rows = read_rows(tmp_path / DATABASE)
    assert {row.id: row.sealed for row in rows} == {row_id: b"sealed:%d" % n for n, row_id in enumerate(later)}
    assert set(calls) == {"submission writer"}


def test_the_database_is_in_wal_mode_with_full_synchronous_commits(tmp_path):
    connection = connect(tmp_path / DATABASE)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_purge_deletes_only_submissions_older_than_the_limit(tmp_path):
    connection = connect(tmp_path / DATABASE)
    connection.execute("INSERT INTO submissions (form, received, sealed) VALUES ('f', '2026-01-01T10:00:00+00:00', x'00')")
    connection.execute("INSERT INTO submissions (form, received, sealed) VALUES ('f', '2026-03-01T10:00:00+00:00', x'01')")
    connection.close()
    now = datetime.datetime(2026, 3, 10, tzinfo=datetime.timezone.utc)
    assert purge(tmp_path / DATABASE, 30, now) == 1
    assert [row.received for row in read_rows(tmp_path / DATABASE)] == ["2026-03-01T10:00:00+00:00"]


def test_every_acknowledged_submission_survives_a_sigkill_mid_run_and_stays_sealed(tmp_path):
    port = free_port()
    acknowledged: list[str] = []
    lock = threading.Lock()
    with running_receiver(PROJECT / "content", tmp_path, port,
                          extra=["--per-address", "1000000/60", "--per-form", "1000000/60"]) as receiver:
        def client(number: int) -> None:
            answered, attempt, deadline = 0, 0, time.monotonic() + 60
            with httpx.Client(base_url=receiver.url, timeout=10) as http:
                while answered < ATTEMPTS and time.monotonic() < deadline:  # bounded in count and time
                    attempt += 1
                    name = f"Load Tester {number:02d}-{attempt:03d}"
                    body = {"full-name": name, "date-of-birth": "1985-03-27", "phone": "020 7946 0123",
                            "needs": ["food"], "language": "en", "consent": "yes"}
                    try:
                        response = http.post("/f/self-referral", json=body, headers={"Accept": "application/json"})
                    except httpx.TransportError:
                        time.sleep(0.02)  # the receiver is down: this one was never acknowledged
                        continue
                    answered += 1
                    if response.status_code == 200 and response.json()["ok"]:
                        with lock:
                            acknowledged.append(name)

        threads = [threading.Thread(target=client, args=(number,)) for number in range(CLIENTS)]
        for thread in threads:
            thread.start()
        while len(acknowledged) < CLIENTS * ATTEMPTS // 4:
            time.sleep(0.005)
        receiver.kill()  # mid-run, with posts in flight
        killed_after = len(acknowledged)
        time.sleep(0.3)
        receiver.start()
        for thread in threads:
            thread.join(timeout=60)
        records = receiver.records()

    stored = {record["answers"]["full-name"] for record in records}
    assert killed_after > 0 and len(acknowledged) > killed_after  # it was killed mid-run, and came back
    assert set(acknowledged) <= stored, f"lost {len(set(acknowledged) - stored)} acknowledged submissions"
    rows = read_rows(tmp_path / DATABASE)
    stranger = PrivateKey.generate()
    for row in rows:
        with pytest.raises(CryptoError):
            unseal(stranger, row.sealed)
    on_disk = b"".join(path.read_bytes() for path in tmp_path.glob(f"{DATABASE}*"))
    assert b"Load Tester" not in on_disk
