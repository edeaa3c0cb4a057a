"""Sealed submissions in SQLite (WAL, synchronous=FULL): a reply goes out only after its row is committed.

One writer thread commits submissions in groups (every submission waiting when a commit starts goes in
the next one), so many concurrent posts share each fsync instead of queueing for one each."""
from __future__ import annotations

import asyncio
import contextlib
import datetime
import queue
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from signpost.receiver.problems import OperatorError

DATABASE = "submissions.db"
BATCH = 256
SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    form TEXT NOT NULL,
    received TEXT NOT NULL,   -- UTC, ISO 8601: for purging old submissions
    sealed BLOB NOT NULL      -- the submission, sealed to the team's public key
)
"""


@dataclass(frozen=True)
class Row:
    id: int
    form: str
    received: str
    sealed: bytes


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(SCHEMA)
    return connection


def check_database(path: Path, create: bool = True) -> None:
    """Opens the database and takes (then drops) its write lock, so a corrupt file, a read-only one or a
    folder that cannot be written is found at start-up. Raises OperatorError naming the file."""
    if not create and not path.is_file():
        raise OperatorError(f"{path}: no such file: expected the receiver's submissions database; check --data")
    try:
        connection = connect(path)
        try:
            connection.execute("SELECT COUNT(*) FROM submissions").fetchone()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "readonly" in str(error) or "unable to open" in str(error):
            raise OperatorError(f"{path} cannot be written ({error}): give the user running the receiver write "
                                f"access to {path.parent} and the files in it, or pass another --data") from None
        raise OperatorError(f"{path} is not a readable submissions database ({error}): restore it from a backup, "
                            "or move it aside (keep it) to start a new one") from None


def utc_now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


class Writer:
    """Commits submissions from event loops; `await writer.add(...)` returns the row's id once committed.

    `seal` (bytes -> bytes) turns what `add` is given into what is stored, in the writer's thread: libsodium
    releases the GIL, so sealing runs beside the event loop on another core. Each group's posts are told
    with one wake-up of their loop, not one each."""

    def __init__(self, path: Path, seal: Callable[[bytes], bytes] | None = None):
        self.path = path
        self._seal = seal
        self._queue: queue.Queue = queue.Queue()
        connect(path).close()  # creates the file and table now, so a bad path fails at start-up
        self._thread = threading.Thread(target=self._run, name="submission writer", daemon=True)
        self._thread.start()

    async def add(self, form: str, received: str, data: bytes) -> int:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((form, received, data, loop, future))
        return await future

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        connection = connect(self.path)
        try:
            while True:
                first = self._queue.get()
                if first is None:
                    return
                batch = [first]
                while len(batch) < BATCH:
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is None:
                        self._queue.put(None)  # stop after this batch
                        break
                    batch.append(item)
                _tell(batch, self._commit(connection, batch))
        finally:
            connection.close()

    def _commit(self, connection: sqlite3.Connection, batch: list) -> list[int] | Exception:
        try:
            rows = [(form, received, self._seal(data) if self._seal else data) for form, received, data, *_ in batch]
            connection.execute("BEGIN IMMEDIATE")
            ids = [connection.execute("INSERT INTO submissions (form, received, sealed) VALUES (?, ?, ?)", row).lastrowid
                   for row in rows]
            connection.execute("COMMIT")
            return ids
        except Exception as error:  # the posts are refused, and their senders know to try again
            with contextlib.suppress(sqlite3.Error):  # a failed rollback must not stop the writer's thread
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
            return error


def _tell(batch: list, outcome: list[int] | Exception) -> None:
    """Settles each post's future in its own loop: one call_soon_threadsafe a loop a group."""
    by_loop: dict[asyncio.AbstractEventLoop, list] = {}
    for index, (*_, loop, future) in enumerate(batch):
        by_loop.setdefault(loop, []).append((future, outcome if isinstance(outcome, Exception) else outcome[index]))
    for loop, settled in by_loop.items():
        try:
            loop.call_soon_threadsafe(_settle, settled)
        except RuntimeError:  # that loop has closed: nobody is waiting for these
            pass


def _settle(settled: list) -> None:
    for future, result in settled:
        if future.done():  # cancelled: its request went away
            continue
        if isinstance(result, Exception):
            future.set_exception(result)
        else:
            future.set_result(result)


def read_rows(path: Path) -> list[Row]:
    connection = connect(path)
    try:
        return [Row(*row) for row in connection.execute("SELECT id, form, received, sealed FROM submissions ORDER BY id")]
    finally:
        connection.close()


def purge(path: Path, older_than_days: int, now: datetime.datetime | None = None) -> int:
    """Deletes submissions received more than `older_than_days` days ago; returns how many."""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    cutoff = (now - datetime.timedelta(days=older_than_days)).isoformat(timespec="seconds")
    connection = connect(path)
    try:
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            deleted = connection.execute("DELETE FROM submissions WHERE received < ?", (cutoff,)).rowcount
        connection.execute("VACUUM")  # the deleted rows' pages do not linger in the file
        return deleted
    finally:
        connection.close()
