"""signpost.background.LatestOnly, the serve preview's search index and link check after a rebuild: a
rebuild during the check is not an error, a failure is one report and never a traceback, no failure
stops the checks that follow, and a check is told when a rebuild overtakes it or the preview stops. Deterministic: each job waits on events the test sets, no timing."""
import threading

import pytest

from signpost.background import LatestOnly


@pytest.fixture
def uncaught(monkeypatch):
    """Exceptions that would end a thread with a traceback (threading.excepthook)."""
    seen = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_value))
    return seen


def test_a_check_a_rebuild_overtakes_reports_nothing_and_the_rebuilds_check_runs(uncaught):
    reports, ran = [], []
    checks = LatestOnly(reports.append)
    reading, rebuilt = threading.Event(), threading.Event()

    def racing_check(overtaken):  # reads the site while the next rebuild rewrites it
        reading.set()
        assert rebuilt.wait(10)
        raise FileNotFoundError("site/services/index.html")

    thread = checks.submit(racing_check)
    assert reading.wait(10)
    checks.rebuild_started()
    assert checks.submit(lambda overtaken: ran.append("after the rebuild")) is None  # the running thread takes it
    rebuilt.set()
    thread.join(10)
    assert not thread.is_alive()
    assert ran == ["after the rebuild"] and reports == [] and uncaught == []


def test_a_rebuild_that_began_during_a_check_makes_its_failure_stale_even_before_it_is_queued(uncaught):
    reports = []
    checks = LatestOnly(reports.append)
    reading, rebuilt = threading.Event(), threading.Event()

    def racing_check(overtaken):
        reading.set()
        assert rebuilt.wait(10)
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "a page half written")

    thread = checks.submit(racing_check)
    assert reading.wait(10)
    checks.rebuild_started()  # the rebuild has begun; its own check comes when it ends
    rebuilt.set()
    thread.join(10)
    assert reports == [] and uncaught == []


def test_a_failure_no_rebuild_overtook_is_reported_once_and_the_next_check_still_runs(uncaught):
    reports, ran = [], []
    checks = LatestOnly(reports.append)

    def broken(overtaken):
        raise RuntimeError("pagefind failed")

    checks.submit(broken).join(10)
    assert [str(error) for error in reports] == ["pagefind failed"] and uncaught == []
    thread = checks.submit(lambda overtaken: ran.append("next"))
    assert thread is not None  # not wedged by the failure
    thread.join(10)
    assert ran == ["next"] and len(reports) == 1


def test_a_report_that_fails_does_not_end_the_thread_with_a_traceback(uncaught):
    def failing_report(error):
        raise ValueError("the log is closed")

    checks = LatestOnly(failing_report)
    checks.submit(lambda overtaken: 1 / 0).join(10)
    ran = []
    checks.submit(lambda overtaken: ran.append("next")).join(10)
    assert ran == ["next"] and uncaught == []


def test_of_jobs_submitted_while_one_runs_only_the_latest_runs_and_idle_says_when_all_is_done(uncaught):
    started, release, ran = threading.Event(), threading.Event(), []
    checks = LatestOnly(lambda error: None)
    assert checks.idle.is_set()

    def first(overtaken):
        ran.append(1)
        started.set()
        release.wait(10)
    checks.submit(first)
    assert started.wait(10) and not checks.idle.is_set()
    for job in (2, 3, 4):
        checks.submit(lambda overtaken, job=job: ran.append(job))
    release.set()
    assert checks.idle.wait(10)
    assert ran == [1, 4] and uncaught == []


def test_a_running_check_is_told_when_a_rebuild_overtakes_it_and_the_next_one_starts_untold(uncaught):
    reading, told, ran = threading.Event(), [], []
    checks = LatestOnly(lambda error: None)

    def check(overtaken):
        reading.set()
        told.append(overtaken.wait(10))
    checks.submit(check)
    assert reading.wait(10)
    checks.rebuild_started()
    checks.submit(lambda overtaken: ran.append(overtaken.is_set()))
    assert checks.idle.wait(10)
    assert told == [True] and ran == [False] and uncaught == []


def test_stopping_tells_the_running_check_waits_for_it_and_runs_and_reports_nothing_after(uncaught):
    reading, reports, ran = threading.Event(), [], []
    checks = LatestOnly(reports.append)

    def check(overtaken):  # ends once told, as the search index does (Pagefind ended)
        reading.set()
        assert overtaken.wait(10)
        raise RuntimeError("Pagefind was stopped")
    checks.submit(check)
    assert reading.wait(10)
    checks.submit(lambda overtaken: ran.append("queued before the stop"))
    assert checks.stop(10) is True
    assert checks.submit(lambda overtaken: ran.append("after the stop")) is None
    assert checks.idle.is_set() and ran == [] and reports == [] and uncaught == []


def test_stopping_says_so_when_the_running_check_does_not_end_in_time(uncaught):
    reading, release = threading.Event(), threading.Event()
    checks = LatestOnly(lambda error: None)

    def deaf(overtaken):
        reading.set()
        release.wait(10)
    checks.submit(deaf)
    assert reading.wait(10)
    assert checks.stop(0.2) is False
    release.set()
    assert checks.idle.wait(10)
