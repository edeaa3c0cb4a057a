"""A new portal's `make serve` runs the site and a local form receiver beside it, on whatever ports the
team chooses, so a form filled in the preview is sealed and stored; the key pair it makes is never
committed. Run as a team runs it: `make serve` as a subprocess, the form posted over real HTTP."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .support import SIGNPOST, add_self_referral_form, new_portal

FILLED = {"full-name": "Ann Example", "date-of-birth-day": "27", "date-of-birth-month": "3",
          "date-of-birth-year": "1985", "phone": "020 7946 0123", "language": "en", "consent": "yes"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


@pytest.fixture
def served(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    add_self_referral_form(project, "https://forms.example.org/f/", ("en",))
    site_port, receiver_port = free_port(), free_port()
    process = subprocess.Popen(["make", "--no-print-directory", "serve", f"PORT={site_port}", f"RECEIVER_PORT={receiver_port}"],
                               cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while (page := fetch(f"http://127.0.0.1:{site_port}/forms/self-referral/")) is None:
            assert process.poll() is None and time.monotonic() < deadline, process.stdout.read() if process.poll() is not None else "timed out"
            time.sleep(0.5)
        yield project, site_port, receiver_port, page
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_a_form_filled_in_the_preview_of_a_new_portal_is_stored_by_its_local_receiver(served):
    project, site_port, receiver_port, page = served
    [action] = re.findall(r'<form[^>]*action="([^"]+)"', page)
    assert action == f"http://127.0.0.1:{receiver_port}/f/self-referral"  # not the live endpoint in site.yml
    [next_url] = re.findall(r'name="_next" value="([^"]+)"', page)
    need = re.findall(r'name="needs" value="([^"]+)"', page)[0]  # the new portal's own needs
    answers = {**FILLED, "needs": need, "_next": next_url}
    request = urllib.request.Request(action, data=urllib.parse.urlencode(answers).encode(),
                                     headers={"Origin": f"http://127.0.0.1:{site_port}"}, method="POST")
    try:
        urllib.request.build_opener(NoRedirect).open(request, timeout=30)
        raise AssertionError("expected a redirect to the thank-you page")
    except urllib.error.HTTPError as reply:
        assert reply.code == 303, reply.read().decode()[-1500:]
        assert reply.headers["Location"].startswith(f"http://127.0.0.1:{site_port}/thank-you/")
    exported = subprocess.run([str(SIGNPOST), "receiver", "export", "--data", ".receiver", "--private-key",
                               ".receiver/team.key", "--format", "json"], cwd=project, capture_output=True, text=True, timeout=120)
    assert exported.returncode == 0, exported.stderr
    assert '"full-name": "Ann Example"' in exported.stdout


def test_the_key_pair_make_serve_makes_is_ignored_by_git(served):
    project = served[0]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    assert (project / ".receiver" / "team.key").is_file()
    ignored = subprocess.run(["git", "check-ignore", ".receiver/team.key", "keys/team.key"], cwd=project,
                             capture_output=True, text=True)
    assert ignored.stdout.split() == [".receiver/team.key", "keys/team.key"]


def test_make_serve_of_a_new_portal_stops_with_a_sentence_when_a_port_is_taken(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        result = subprocess.run(["make", "--no-print-directory", "serve", f"PORT={taken}", f"RECEIVER_PORT={free_port()}"],
                                cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and f"port {taken} on 127.0.0.1 is in use" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def _group(pgid: int) -> list[tuple[int, str]]:
    """The live processes of process group `pgid`: (pid, command)."""
    found = []
    for stat in __import__("pathlib").Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append((int(stat.parent.name), (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:80]))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.mark.parametrize("stop", ["SIGTERM to make", "Ctrl-C"])
def test_make_serve_stopped_by_a_stop_button_or_ctrl_c_stops_the_preview_and_the_receiver(tmp_path, stop):
    # An editor's stop button sends SIGTERM to make alone: the preview, the receiver and the PDF worker
    # kept running and holding the ports, and the next `make serve` found them taken. Ctrl-C sends SIGINT
    # to every process of the terminal's group.
    project = new_portal(tmp_path / "portal", "--languages", "en")
    site_port, receiver_port = free_port(), free_port()
    process = subprocess.Popen(["make", "--no-print-directory", "serve", f"PORT={site_port}", f"RECEIVER_PORT={receiver_port}"],
                               cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while fetch(f"http://127.0.0.1:{site_port}/") is None:
            assert process.poll() is None and time.monotonic() < deadline, "the preview did not start"
            time.sleep(0.5)
        if stop == "Ctrl-C":
            os.killpg(process.pid, signal.SIGINT)
        else:
            os.kill(process.pid, signal.SIGTERM)
        try:
            output = process.communicate(timeout=60)[0]
        except subprocess.TimeoutExpired:
            raise AssertionError(f"make serve still runs a minute after {stop}: {_group(process.pid)}") from None
        deadline = time.monotonic() + 30
        while _group(process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _group(process.pid), (_group(process.pid), output[-2000:])
        for port in (site_port, receiver_port):
            with socket.socket() as probe:  # nothing listens there any more (as the servers bind: SO_REUSEADDR)
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(("127.0.0.1", port))
        assert "Traceback" not in output, output[-3000:]
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
