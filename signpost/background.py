"""Work a preview server does after a rebuild without keeping the page waiting (the search index and the
link check of the whole site): run in one background thread, for the latest rebuild only.

The work reads the built site while the next rebuild may be writing it. A run that a rebuild overtakes
(one began while it ran, or a newer run is waiting) checks a site that no longer exists: whatever it
found, a file gone or half written, a link to a page not yet rewritten, is not reported, and the run
after that rebuild checks again. Any other failure is reported as one line, never as a traceback, and
never stops the runs that follow."""
from __future__ import annotations

import threading
from typing import Callable

Job = Callable[[], None]


class LatestOnly:
    """Runs submitted jobs one at a time in a background thread; of the jobs submitted while one runs,
    only the latest runs next. `report(error)` is told of a failure that no rebuild overtook."""

    def __init__(self, report: Callable[[BaseException], None]):
        self._report = report
        self._lock = threading.Lock()
        self._next: Job | None = None
        self._running = False
        self._generation = 0  # rebuilds begun so far
        self.idle = threading.Event()  # set while no job runs or waits
        self.idle.set()

    def rebuild_started(self) -> None:
        """A rebuild began: a job running now reads a site being rewritten."""
        with self._lock:
            self._generation += 1

    def submit(self, job: Job) -> threading.Thread | None:
        """Runs `job` soon; returns the thread started for it, or None when the running thread takes it."""
        with self._lock:
            self._next = job
            self.idle.clear()
            if self._running:
                return None
            self._running = True
        thread = threading.Thread(target=self._drain, name="signpost-after-rebuild", daemon=True)
        thread.start()
        return thread

    def _drain(self) -> None:
        while True:
            with self._lock:
                job, self._next = self._next, None
                if job is None:
                    self._running = False
                    self.idle.set()
                    return
                generation = self._generation
            try:
                job()
            except Exception as error:  # noqa: BLE001 (the thread must outlive any failure, and say it in one line)
                with self._lock:
                    overtaken = self._generation != generation or self._next is not None
                if not overtaken:
                    self._tell(error)

    def _tell(self, error: BaseException) -> None:
        try:
            self._report(error)
        except Exception:  # noqa: BLE001 (a report that fails must not end the thread either)
            pass
