"""Receiver throughput: accepted submissions a second, and p50 / p99 latency, at 20 and 100 concurrent
clients, with the machine's load average beside them.

Starts `signpost receiver serve` (uvicorn, one process) on a free loopback port with a fresh key pair and
database, and posts the sample self-referral form as JSON from a raw-socket asyncio client, each of the
N clients one kept-alive connection sending its next post as soon as the last is answered: the client's
own CPU a request is printed (a small fraction of the receiver's), so the figures are the receiver's, not
an HTTP library's. The receiver's CPU time a request is printed too: on a shared machine it says what the
receiver would do with the CPU to itself. Every accepted submission is sealed and committed (WAL,
synchronous=FULL, commits grouped) before its reply; afterwards every one, warm-up included, is read back,
decrypted and counted against the 200 replies.

    .venv/bin/python benchmarks/receiver.py [SECONDS]     (default 10 seconds a run)
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from receiver.support import free_port, running_receiver  # noqa: E402

BODY = json.dumps({"full-name": "Benchmark Resident", "date-of-birth": "1985-03-27", "phone": "020 7946 0123",
                   "needs": ["food", "housing"], "language": "en", "about": "x" * 400, "consent": "yes"}).encode()


def request(port: int) -> bytes:
    return (f"POST /f/self-referral HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Accept: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n").encode() + BODY


async def client(port: int, until: float, latencies: list[float], statuses: dict[int, int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    data = request(port)
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            writer.write(data)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = next(int(line.split(b":")[1]) for line in head.lower().split(b"\r\n") if line.startswith(b"content-length:"))
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
            if b"connection: close" in head.lower():
                break
    finally:
        writer.close()


async def run(port: int, clients: int, seconds: float) -> tuple[list[float], dict[int, int], float]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    started = time.perf_counter()
    await asyncio.gather(*(client(port, started + seconds, latencies, statuses) for _ in range(clients)))
    return latencies, statuses, time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] * 1000


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far: the receiver's own cost, whatever else loads the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rate_limiter_figures() -> None:
    """The per-address limiter filled to its cap: the cost of a new key, of a key past the cap, and the
    memory held (measured in a second pass, as tracing allocations slows them)."""
    import tracemalloc

    from signpost.receiver.ratelimit import MAX_KEYS, Limit, RateLimiter

    def fill() -> RateLimiter:
        limiter = RateLimiter(Limit(10, 60))
        for number in range(MAX_KEYS):
            limiter.hit(f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}")
        return limiter

    started = time.perf_counter()
    limiter = fill()
    each = (time.perf_counter() - started) / MAX_KEYS
    started = time.perf_counter()
    refused = sum(limiter.hit(f"172.16.{number >> 8 & 255}.{number & 255}") > 0 for number in range(10_000))
    past_cap = (time.perf_counter() - started) / 10_000
    del limiter
    tracemalloc.start()
    limiter = fill()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"rate limiter: {MAX_KEYS} new keys at {each * 1e6:.1f} us each, {held / 1e6:.1f} MB held; past the cap "
          f"{past_cap * 1e6:.1f} us a key, {refused} of 10000 new keys told to wait")


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    with tempfile.TemporaryDirectory() as folder:
        with running_receiver(ROOT / "content", Path(folder), free_port(),
                              extra=["--per-address", "100000000/60", "--per-form", "100000000/60",
                                     "--max-connections-per-address", "1000"]) as receiver:
            accepted_total = 0
            for clients in (20, 100):
                _, warm_up, _ = asyncio.run(run(receiver.port, clients, 1.0))
                accepted_total += warm_up.get(200, 0)
                before, cpu, own = os.getloadavg()[0], cpu_seconds(receiver.process.pid), time.process_time()
                latencies, statuses, elapsed = asyncio.run(run(receiver.port, clients, seconds))
                cpu, own = cpu_seconds(receiver.process.pid) - cpu, time.process_time() - own
                accepted = statuses.get(200, 0)
                accepted_total += accepted
                others = {status: count for status, count in statuses.items() if status != 200}
                print(f"{clients:3d} clients: {accepted / elapsed:6.0f} accepted/s  p50 {percentile(latencies, 0.5):5.1f} ms  "
                      f"p99 {percentile(latencies, 0.99):5.1f} ms  ({accepted} in {elapsed:.1f} s; other replies {others or 'none'}; "
                      f"load average {before:.1f} before, {os.getloadavg()[0]:.1f} after, {os.cpu_count()} cores)")
                requests = max(1, len(latencies))
                print(f"             receiver CPU {1000 * cpu / requests:.2f} ms a request (at most {requests / max(cpu, 1e-9):.0f} "
                      f"requests/s for its CPU alone); this client {1000 * own / requests:.2f} ms a request")
            stored = len(receiver.records())
    verdict = "every one" if stored == accepted_total else f"MISSING {accepted_total - stored}"
    print(f"accepted (warm-up included) {accepted_total}, stored and decrypted afterwards {stored}: {verdict}")
    rate_limiter_figures()


if __name__ == "__main__":
    main()
