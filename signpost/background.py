"""Work a preview server does after a rebuild without keeping the page waiting (the search index and the
link check of the whole site): run in one background thread, for the latest rebuild only.

The work reads the built site while the next rebuild may be writing it. A run that a rebuild overtakes
(one began while it ran, or a newer run is waiting) checks a site that no longer exists: whatever it
found, a file gone or half written, a link to a page not yet rewritten, is not reported, and the run
after that rebuild checks again. Any other failure is reported as one line, never as a traceback, and
never stops the runs that follow.

Each job is given an event that is set once its run is overtaken (a rebuild began) or the preview
stops (`stop`): a job should end soon after, since what it would make is made again or not wanted.
The search index looks at it: Pagefind whose pages are removed under it can wait for good."""
from __future__ import annotations

import threading
from typing import Callable

Job = Callable[[threading.Event], None]  # given the event that says its run is overtaken or stopped


class LatestOnly:
    """Runs submitted jobs one at a time in a background thread; of the jobs submitted while one runs,
    only the latest runs next. A job is called with an event set once a rebuild overtakes it or the
    preview stops. `report(error)` is told of a failure that no rebuild overtook."""

    def __init__(self, report: Callable[[BaseException], None], stopping: threading.Event | None = None):
        self._report = report
        self._lock = threading.Lock()
        self._next: Job | None = None
        self._running = False
        self._generation = 0  # rebuilds begun so far
        self._overtaken = threading.Event()  # the running job's
        # Set by `stop`, or at once by a signal handler (`stopping`, shared): a failure from then on is
        # the stop's doing (Ctrl-C reaches Pagefind and the PDF worker too), not reported.
        self.stopping = stopping if stopping is not None else threading.Event()
        self.idle = threading.Event()  # set while no job runs or waits
        self.idle.set()

    def rebuild_started(self) -> None:
        """A rebuild began: a job running now reads a site being rewritten."""
        with self._lock:
            self._generation += 1
            self._overtaken.set()

    def stop(self, seconds: float) -> bool:
        """The preview stops: no job runs after the running one, which is told to end (its event is
        set) and waited for up to `seconds`; nothing is reported from now on. False if it still runs."""
        with self._lock:
            self.stopping.set()
            self._next = None
            self._overtaken.set()
        return self.idle.wait(seconds)

    def submit(self, job: Job) -> threading.Thread | None:
        """Runs `job` soon; returns the thread started for it, or None when the running thread takes it
        (or the preview stopped)."""
        with self._lock:
            if self.stopping.is_set():
                return None
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
                overtaken = self._overtaken = threading.Event()
            try:
                job(overtaken)
            except Exception as error:  # noqa: BLE001 (the thread must outlive any failure, and say it in one line)
                with self._lock:
                    stale = self.stopping.is_set() or self._generation != generation or self._next is not None
                if not stale:
                    self._tell(error)

    def _tell(self, error: BaseException) -> None:
        try:
            self._report(error)
        except Exception:  # noqa: BLE001 (a report that fails must not end the thread either)
            pass
