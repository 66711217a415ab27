"""Benchmark: build a generated corpus (bench/corpus.py) and report the cost of every stage.

    python bench/bench_build.py [--articles 1000] [--compare 2000] [--queries] [--json OUT]

Each size is built in a fresh child process, so its peak RSS is its own. Reported per stage: CPU
seconds (this machine is shared, so wall seconds alone mislead) and wall seconds; then articles
per second end to end (read through Turtle export), peak RSS and quads. With --compare, the
scaling exponent of every stage between the two sizes: log(t2/t1) / log(n2/n1), 1.0 is linear.
With --queries, the median latency of every saved query on the built store (5 runs each).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402


def measure(folder: Path, output: Path, queries: bool) -> dict:
    """Build the corpus in `folder` and export it as Turtle to `output`, timing each stage."""
    from conflictkg.export import export_dump, write_atomic
    from conflictkg.pipeline import build
    from conflictkg.query import load_queries, run

    wall, cpu = time.perf_counter(), time.process_time()
    result = build([folder])
    export_wall, export_cpu = time.perf_counter(), time.process_time()
    write_atomic((output, export_dump(result.dump, "turtle")))
    end_wall, end_cpu = time.perf_counter(), time.process_time()
    cpu_seconds = dict(result.cpu_seconds, export=end_cpu - export_cpu)
    wall_seconds = dict(result.seconds, export=end_wall - export_wall)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    latency = {}
    for name, query in load_queries().items() if queries else ():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            list(run(result.store, query, {}))
            times.append(time.perf_counter() - start)
        latency[name] = statistics.median(times)
    return {
        "query_seconds": latency,
        "articles": sum(1 for _ in folder.glob("*.txt")),
        "quads": len(result.store),
        "cpu": cpu_seconds,
        "wall": wall_seconds,
        "cpu_total": end_cpu - cpu + children.ru_utime + children.ru_stime,
        "wall_total": end_wall - wall,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "conforms": result.validation.conforms,
    }


def run_child(articles: int, seed: int, queries: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "corpus", articles, seed)
        measure_args = ["--measure", str(folder), str(Path(tmp) / "graph.ttl")]
        done = subprocess.run(
            [sys.executable, __file__, *measure_args, *(["--queries"] if queries else [])],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def show(run: dict):
    print(
        f"{run['articles']} articles: {run['articles'] / run['wall_total']:.1f} articles/s wall, "
        f"{run['articles'] / run['cpu_total']:.1f} per CPU-second; CPU {run['cpu_total']:.1f} s, "
        f"wall {run['wall_total']:.1f} s, peak RSS {run['peak_rss_mb']:.0f} MB, {run['quads']} quads"
    )
    for stage, seconds in run["cpu"].items():
        print(f"  {stage:14} CPU {seconds:8.2f} s   wall {run['wall'][stage]:8.2f} s")
    for name, seconds in run["query_seconds"].items():
        print(f"  query {name}: median {seconds * 1000:.1f} ms")


def exponents(small: dict, large: dict) -> dict[str, float]:
    ratio = math.log(large["articles"] / small["articles"])
    stages = {stage: (small["cpu"][stage], large["cpu"][stage]) for stage in small["cpu"]}
    stages["total"] = (small["cpu_total"], large["cpu_total"])
    return {
        stage: math.log(max(b, 1e-3) / max(a, 1e-3)) / ratio for stage, (a, b) in stages.items()
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--compare", type=int, help="A second size, for scaling exponents.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries", action="store_true", help="Also time the saved queries.")
    parser.add_argument("--json", type=Path, help="Also write the measurements here.")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure, args.queries)))
        return
    runs = [run_child(args.articles, args.seed, args.queries)]
    show(runs[0])
    if args.compare:
        runs.append(run_child(args.compare, args.seed, args.queries))
        show(runs[1])
        print(f"scaling exponents (CPU), {args.articles} -> {args.compare} articles:")
        for stage, exponent in exponents(*runs).items():
            print(f"  {stage:14} {exponent:.2f}")
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
