"""Load test, loopback only: `conflictkg serve` and the Oxigraph server side by side on the seeds.

    python bench/bench_load.py [--clients 1 8 32] [--seconds 5] [--workers 2]

Builds the seeds, starts both servers on free 127.0.0.1 ports (the Oxigraph server from the
`oxigraph` PyPI package, on the Turtle export with the union default graph), then for each number
of clients runs that many threads for the given seconds, each sending the saved queries in turn
(POSTed as application/sparql-query over a kept-alive connection). Prints, per server and number
of clients: answers a second, the median and 99th-percentile latency, errors (anything but 200)
and the resident memory of the server's processes at the end. The clients share the machine
with the servers, so the numbers compare the two servers rather than measure either alone.
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from conflictkg.query import bind_parameters, load_queries, with_values

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, path: str):
    for _ in range(600):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path)
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answers on port {port}")


def resident_mb(pid: int) -> float:
    """Resident memory of a process and its descendants (Linux /proc), in MB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total / 1024


def client(port: int, path: str, queries: list[str], until: float, out: list, errors: list):
    """Send the queries in turn until the time is up; record latencies and failures."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/sparql-query", "Accept": ACCEPT}
    turn = 0
    while time.monotonic() < until:
        query = queries[turn % len(queries)]
        turn += 1
        started = time.perf_counter()
        try:
            connection.request("POST", path, query.encode(), headers)
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            ok = False
        (out if ok else errors).append(time.perf_counter() - started)
    connection.close()


def load(port: int, path: str, queries: list[str], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: list[float] = []
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, path, queries, until, latencies, errors))
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
    return {
        "rate": len(latencies) / seconds,
        "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99": p99 * 1000,
        "errors": len(errors),
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    saved = load_queries()
    queries = [with_values(q, bind_parameters(q, {})) for q in saved.values()]
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    with tempfile.TemporaryDirectory() as tmp:
        trig, turtle = Path(tmp) / "graph.trig", Path(tmp) / "graph.ttl"
        for out in (trig, turtle):
            build = [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(out), "-q"]
            subprocess.run(build, check=True)
        location = Path(tmp) / "oxigraph"
        subprocess.run(
            [oxigraph, "load", "--location", str(location), "--file", str(turtle)],
            check=True, capture_output=True,
        )  # fmt: skip
        ours, theirs = free_port(), free_port()
        servers = {
            "conflictkg": (
                [sys.executable, "-m", "conflictkg", "serve", "--graph", str(trig),
                 "--port", str(ours), "--workers", str(args.workers),
                 "--queue", str(max(args.clients) * 2)],
                ours, "/sparql",
            ),
            "oxigraph": (
                [oxigraph, "serve-read-only", "--location", str(location),
                 "--bind", f"127.0.0.1:{theirs}", "--union-default-graph"],
                theirs, "/query",
            ),
        }  # fmt: skip
        print("| server | clients | answers/s | p50 ms | p99 ms | errors | memory MB |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, (command, port, path) in servers.items():
            process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                wait_for(port, path + "?query=ASK%7B%7D")
                load(port, path, queries, 1, 1)  # warm up
                for clients in args.clients:
                    r = load(port, path, queries, clients, args.seconds)
                    print(
                        f"| {name} | {clients} | {r['rate']:.0f} | {r['p50']:.1f} | "
                        f"{r['p99']:.1f} | {r['errors']} | {resident_mb(process.pid):.0f} |",
                        flush=True,
                    )
            finally:
                process.terminate()
                process.wait(10)


if __name__ == "__main__":
    main()
