"""Work handed to a forked copy of this process, so that a build uses a second core.

A build holds the portal, the theme and the configuration in memory: a forked child starts with all
of it (no reloading, and its pages are shared with the parent until either writes them), does its
share, sends back a small picklable result, and exits. Fork only from a process that runs no threads
(a build, not a preview server).
"""
from __future__ import annotations

import os
import pickle
import shutil
import signal
import sys
import tempfile
from typing import Callable


class ForkedWorkFailed(RuntimeError):
    """The child stopped without a result; the message is what it raised (str of the exception)."""


def processes() -> int:
    """How many processes a build may use: the cores this process may run on, or SIGNPOST_PROCESSES
    (a whole number, at least 1) where set; 1 where fork does not exist (Windows)."""
    if not hasattr(os, "fork"):
        return 1
    setting = os.environ.get("SIGNPOST_PROCESSES", "").strip()
    if setting.isdigit() and int(setting) >= 1:
        return int(setting)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class ForkedWork:
    """Runs `work()` in a forked child at once; `result()` waits for the value it returned.

    An exception in the child is sent back as its message (result() raises ForkedWorkFailed with it)
    and the child exits with status 1; the child never returns into the caller's code. Call `stop()`
    when the parent gives up on the build."""

    def __init__(self, work: Callable[[], object]):
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # or the child would write the parent's buffered text again
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read)
            os._exit(_run_child(work, write))
        os.close(write)
        self.pid: int | None = pid
        self._read = read
        self._parent = os.getpid()  # only the parent waits for or stops the child (a copy of this object
        # lives on in the child, where a failed build's clean-up would otherwise stop the child itself)

    def result(self) -> object:
        """The child's return value; ForkedWorkFailed, with the message of what it raised, if it raised
        or was killed."""
        with os.fdopen(self._read, "rb") as pipe:
            data = pipe.read()
        status = self._reap()
        outcome, value = pickle.loads(data) if data else ("failed", f"the forked process ended with status {status}")
        if outcome != "done" or status != 0:
            raise ForkedWorkFailed(value)
        return value

    def stop(self) -> None:
        """Ends the child if it still runs (the parent's build failed); nothing in any other process."""
        if self.pid is None or os.getpid() != self._parent:
            return
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self._reap()
        try:
            os.close(self._read)
        except OSError:
            pass

    def _reap(self) -> int:
        if self.pid is None:
            return -1
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return os.waitstatus_to_exitcode(status)


def _run_child(work: Callable[[], object], write: int) -> int:
    status = 0
    try:
        data = pickle.dumps(("done", work()))
    except BaseException as error:  # noqa: BLE001 — whatever it is, the parent must learn the child failed
        data, status = pickle.dumps(("failed", str(error) or error.__class__.__name__)), 1
    try:
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
    except OSError:
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            pass
    return status


class Claims:
    """Work shared by processes forked after it is made: each item (a name) is done by the process that
    claims it first. A claim is an empty file created exclusively (O_EXCL: exactly one process succeeds)
    in a folder of its own, so a process that runs out of work takes the next item whichever process
    would have been slower. `close()` removes the folder (in the process that made it)."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="signpost-claims-")
        self._maker = os.getpid()

    def claim(self, name: str) -> bool:
        """True in the one process that claims `name` first; False in any other, on a second claim, and
        once the claims are closed (the work is over)."""
        try:
            os.close(os.open(os.path.join(self.folder, name), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except (FileExistsError, FileNotFoundError):
            return False
        return True

    def close(self) -> None:
        """Removes the folder, in the process that made it only (a forked process's copy does nothing)."""
        if os.getpid() == self._maker:
            shutil.rmtree(self.folder, ignore_errors=True)
