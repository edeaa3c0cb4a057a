"""Receiver throughput: accepted submissions a second, and p50 / p99 latency, at 20 concurrent clients.

Starts `signpost receiver serve` (uvicorn, one process) on a free loopback port with a fresh key pair
and database, posts the sample self-referral form as JSON from 20 concurrent clients, and prints the
figures. Every accepted submission is sealed and committed (WAL, synchronous=FULL) before its reply.

    .venv/bin/python benchmarks/receiver.py [TOTAL]     (default 3000 submissions)
"""
from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from receiver.support import free_port, running_receiver  # noqa: E402

CLIENTS = 20
BODY = {"full-name": "Benchmark Resident", "date-of-birth": "1985-03-27", "phone": "020 7946 0123",
        "needs": ["food", "housing"], "language": "en", "about": "x" * 400, "consent": "yes"}


async def run(url: str, total: int) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    accepted = 0
    remaining = 0

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal accepted, remaining
        while remaining > 0:
            remaining -= 1
            started = time.perf_counter()
            response = await http.post("/f/self-referral", json=BODY, headers={"Accept": "application/json"})
            latencies.append(time.perf_counter() - started)
            accepted += response.status_code == 200

    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as http:
        remaining = 2 * CLIENTS
        await asyncio.gather(*(client(http) for _ in range(CLIENTS)))  # warm up
        latencies.clear()
        accepted, remaining = 0, total
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(CLIENTS)))
        elapsed = time.perf_counter() - started
    return latencies, accepted, elapsed


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    with tempfile.TemporaryDirectory() as folder:
        with running_receiver(ROOT / "content", Path(folder), free_port(),
                              extra=["--per-address", "100000000/60", "--per-form", "100000000/60"]) as receiver:
            latencies, accepted, elapsed = asyncio.run(run(receiver.url, total))
            stored = len(receiver.records())
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"receiver: {accepted} of {total} submissions accepted in {elapsed:.2f} s at {CLIENTS} concurrent clients")
    print(f"  accepted per second: {accepted / elapsed:.0f}")
    print(f"  latency p50: {statistics.median(latencies) * 1000:.1f} ms, p99: {p99 * 1000:.1f} ms")
    print(f"  stored and decrypted afterwards: {stored} (warm-up included)")


if __name__ == "__main__":
    main()
