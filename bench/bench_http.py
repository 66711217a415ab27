"""Benchmark: latency of every saved query over HTTP, against `conflictkg serve` on the seeds.

    python bench/bench_http.py [--repeat 20]

Starts the real server on a free loopback port, asks each /queries/NAME (SPARQL JSON) the given
number of times and prints the median and the 90th percentile in milliseconds.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from conflictkg.query import load_queries

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> float:
    request = urllib.request.Request(
        url, headers={"Accept": "application/sparql-results+json, text/turtle"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(tmp) / "graph.trig"
        subprocess.run(
            [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(graph), "-q"],
            check=True,
        )
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "conflictkg",
                "serve",
                "--graph",
                str(graph),
                "--port",
                str(port),
            ]
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    fetch(base + "/queries")
                    break
                except OSError:
                    time.sleep(0.1)
            for name in load_queries():
                times = sorted(fetch(f"{base}/queries/{name}") for _ in range(args.repeat))
                p90 = times[int(len(times) * 0.9) - 1]
                print(
                    f"{name:26s} median {statistics.median(times) * 1000:6.1f} ms   p90 {p90 * 1000:6.1f} ms"
                )
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
