"""Edit to page under `mkdocs serve`: how long an editor waits, and how many rebuilds one save causes.

    python benchmarks/serve.py [N] [--no-dirty]

Copies the sample portal (plus N synthetic services, default 0) into a temporary folder, starts
`mkdocs serve` there on a free port, then edits in turn a service, a pathway, an interface string shown
inside service pages, a hand-written page and a string every page shows (the quick exit's), each time
timing from the save until the served page shows the change, then restoring the file (timed too), with
the CPU time the server process used meanwhile (the machine is shared: CPU time does not grow with the
load, wall time does). The project's .cache/ is copied too, as an editor's would exist. Counts the
rebuilds each save caused (MkDocs' "Detected file changes"), waiting a few seconds after the change
shows for a looping second one. Prints the figures and the load average; nothing here asserts. MkDocs
runs with --dirty (render only the pages that changed), as `make serve` runs it; --no-dirty leaves it
out (every page rendered on each rebuild).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import MKDOCS, PROJECT, signpost_project  # noqa: E402

QUIET = 4.0  # seconds after a change shows in which a second, looping rebuild would have started
TIMEOUT = 900.0  # a loaded, shared machine can be that slow

# (what is edited, file, old text, new text, page whose HTML must show the new text)
EDITS = [
    ("service", "content/services/community-food-bank.yml", "a warm weekly cafe", "a warm weekly cafe ZEBRA1",
     "services/community-food-bank/"),
    ("pathway", "content/pathways/self-referral.yml", "and it is free.", "and it is free ZEBRA2.",
     "pathways/self-referral/"),
    ("string", "content/strings/en.yml", "service_details: About this service", "service_details: About this service ZEBRA3",
     "services/community-food-bank/"),
    ("hand-written page", "docs/partners.md", None, "\n\nZEBRA4 a paragraph added by the benchmark.\n", "partners/"),
    # A string in the frame of every page (the quick exit): every page of the languages that show it.
    ("string, every page", "content/strings/en.yml", "quick_exit: Leave this site", "quick_exit: Leave this site ZEBRA5",
     "services/community-food-bank/"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return ""


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until(condition, timeout: float = TIMEOUT) -> float | None:
    """Seconds until condition() holds (polled every 50 ms), or None after `timeout`."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if condition():
            return time.perf_counter() - started
        time.sleep(0.05)
    return None


def measure(project: Path, port: int, pid: int, lines: list[str], kind: str, file: str, old: str | None, new: str,
            page: str) -> None:
    target = project / file
    original = target.read_text(encoding="utf-8")
    changed = original + new if old is None else original.replace(old, new, 1)
    marker = re.search(r"ZEBRA\d", new).group(0)
    for label, text, shown in (("edit", changed, lambda: marker in fetch(port, page)),
                               ("restore", original, lambda: marker not in (fetch(port, page) or marker))):
        before = len(lines)
        time.sleep(1.1)  # a new modification time, whatever the file system's resolution
        cpu = cpu_seconds(pid)
        target.write_text(text, encoding="utf-8")
        seconds = wait_until(shown)
        cpu = cpu_seconds(pid) - cpu
        time.sleep(QUIET)
        rebuilds = sum("Detected file changes" in line for line in lines[before:])
        figure = f"{seconds:6.2f} s" if seconds is not None else f"  >{TIMEOUT:.0f} s"
        print(f"{kind:18} {label:8} {figure}  (server CPU {cpu:5.2f} s)  rebuilds: {rebuilds}  "
              f"load {os.getloadavg()[0]:.2f}", flush=True)


def main() -> None:
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    count = int(numbers[0]) if numbers else 0
    extra = [] if "--no-dirty" in sys.argv else ["--dirty"]
    with tempfile.TemporaryDirectory() as temp:
        project = signpost_project(Path(temp), count)
        if (PROJECT / ".cache").is_dir():  # an editor's project has built before: start as they would
            shutil.copytree(PROJECT / ".cache", project / ".cache")
        port = free_port()
        process = subprocess.Popen([str(MKDOCS), "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}", *extra],
                                   cwd=project,
                                   env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        lines: list[str] = []
        threading.Thread(target=lambda: lines.extend(iter(process.stdout.readline, "")), daemon=True).start()
        try:
            started = wait_until(lambda: any("Serving on" in line for line in lines), timeout=600)
            if started is None:
                sys.exit("mkdocs serve did not start:\n" + "".join(lines))
            print(f"sample + {count} services; mkdocs serve {' '.join(extra)} started in {started:.1f} s; "
                  f"load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}", flush=True)
            for kind, file, old, new, page in EDITS:
                measure(project, port, process.pid, lines, kind, file, old, new, page)
            print(f"load average at the end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
            if os.environ.get("SERVE_LOG"):
                print("".join(lines))
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
