"""Benchmark: latency of every saved query on stores of about 1M and 10M quads.

    python bench/bench_queries.py [--size 1M] [--size 10M] [--work out/bench] [--repeat 20]
                                  [--warmup 2] [--budget 60] [--limit N] [--query NAME]
                                  [--queries DIR] [--json OUT] [--build-only] [--rebuild]

For each size, a corpus of generated articles (bench/corpus.py, seeded, so the same articles
every time) is built with `conflictkg build CORPUS --store DIR -o DIR/graph.nq -q`, in a child
process, into a folder under --work (its shapes warnings in build.log there); a later run finds
the store there and reuses it (a build of ~10M quads takes most of an hour on 2 cores: keep
--work between runs; --rebuild builds again). A size is a preset (1M: 9,300 articles, 1,001,809
quads; 10M: 94,000 articles, 9,695,292 quads) or a number of articles (--size 2500).

Every saved query then runs with its defaults (the parameters' `#+ defaults:`, nothing else) on
the store opened read-only, as `conflictkg query` runs it (query.run, every row read): --warmup
runs first, untimed, then --repeat timed runs, unless one query's runs pass --budget seconds
(then fewer, at least one: the count is reported). With --limit N, SELECT queries are timed
for their first page of N rows (the CONSTRUCT whole). Reported per query and size: p50 and p99
wall milliseconds (nearest rank), the CPU p50 (this process's CPU time: steadier than wall time
on a shared machine) and the rows (or triples); "over" marks a p50 above the goal (100 ms at
1M, 1 s at 10M). As a table, and as JSON with --json. --queries DIR times another folder of
.rq files (an older version of the queries, say).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from conflictkg.query import QueryError, load_queries, run  # noqa: E402

PRESETS = {"1M": 9_300, "10M": 94_000}  # 971,257 quads from 9,000 articles
TARGET_MS = {"1M": 100, "10M": 1000}  # the goal of issue "a build that scales", p50


def articles_for(size: str) -> int:
    size = size.upper()
    if size in PRESETS:
        return PRESETS[size]
    if not size.isdigit():
        raise SystemExit(f"--size: {size!r} is neither {' nor '.join(PRESETS)} nor a number")
    return int(size)


def ensure_store(work: Path, articles: int, seed: int, rebuild: bool) -> tuple[Path, dict]:
    """The store of this many articles, built unless a finished one is already in `work`."""
    folder = work / f"a{articles}-s{seed}"
    store, done = folder / "store", folder / "built.json"
    if done.exists() and store.exists() and not rebuild:
        return store, json.loads(done.read_text(encoding="utf-8"))
    if done.exists():
        done.unlink()
    corpus = folder / "corpus"
    if not corpus.exists() or sum(1 for _ in corpus.glob("*.txt")) != articles:
        print(f"writing {articles} articles into {corpus}", file=sys.stderr)
        write_corpus(corpus, articles, seed)
    if store.exists():  # an earlier build, unfinished or asked to be redone
        import shutil

        shutil.rmtree(store)
    print(f"building {articles} articles into {store} (this takes a while)", file=sys.stderr)
    started = time.perf_counter()
    command = [sys.executable, "-m", "conflictkg", "build", str(corpus), "--store", str(store)]
    with (folder / "build.log").open("wb") as log:  # the shapes' warnings, many of them
        done_build = subprocess.run(
            [*command, "-o", str(folder / "graph.nq"), "-q"], stderr=log, check=False
        )
    if done_build.returncode not in (0, 2):  # 2: a shapes violation; the store is still whole
        raise SystemExit(
            f"the build of {corpus} failed (exit {done_build.returncode}); see {folder}/build.log"
        )
    quads = len(ox.Store.read_only(str(store)))
    info = {
        "articles": articles,
        "seed": seed,
        "quads": quads,
        "build_seconds": round(time.perf_counter() - started, 1),
        "build_exit": done_build.returncode,
    }
    done.write_text(json.dumps(info, indent=2), encoding="utf-8")
    return store, info


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def time_query(store, query, repeat: int, warmup: int, budget: float, limit: int | None) -> dict:
    """Latency of one saved query, run as `conflictkg query` runs it, every row read."""
    page = {"limit": limit} if limit is not None and query.kind == "SELECT" else {}

    def once() -> tuple[float, float, int]:
        wall, cpu = time.perf_counter(), time.process_time()
        answer = list(run(store, query, {}, **page))
        return time.perf_counter() - wall, time.process_time() - cpu, len(answer)

    spent, rows, walls, cpus = 0.0, 0, [], []
    for _ in range(warmup):
        if spent > budget:
            break
        seconds, _, rows = once()
        spent += seconds
    for _ in range(repeat):
        if walls and spent > budget:  # at least one timed run, however slow
            break
        seconds, cpu, rows = once()
        spent += seconds
        walls.append(seconds)
        cpus.append(cpu)
    return {
        "p50_ms": round(percentile(walls, 50) * 1000, 1),
        "p99_ms": round(percentile(walls, 99) * 1000, 1),
        "cpu_p50_ms": round(percentile(cpus, 50) * 1000, 1),
        "runs": len(walls),
        "rows": rows,
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size",
        dest="sizes",
        action="append",
        help="1M, 10M or a number of articles (repeatable; default 1M)",
    )
    parser.add_argument("--work", type=Path, default=Path("out/bench"), help="Stores kept here.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument(
        "--budget", type=float, default=60.0, help="Seconds one query's runs may take at most."
    )
    parser.add_argument(
        "--limit",
        type=int,
        help="Time the first page of this many rows (SELECT queries) instead of whole answers.",
    )
    parser.add_argument("--query", dest="names", action="append", help="Only this query.")
    parser.add_argument("--queries", type=Path, help="A folder of .rq files (default: shipped).")
    parser.add_argument("--build-only", action="store_true", help="Build (or find) the stores.")
    parser.add_argument("--rebuild", action="store_true", help="Build the stores again.")
    parser.add_argument("--json", type=Path, help="Also write the measurements here.")
    args = parser.parse_args()
    saved = load_queries(args.queries)
    names = args.names or list(saved)
    unknown = sorted(set(names) - set(saved))
    if unknown:
        raise SystemExit(f"no saved query {unknown[0]!r}")
    report = []
    for size in args.sizes or ["1M"]:
        path, info = ensure_store(args.work, articles_for(size), args.seed, args.rebuild)
        print(
            f"== {size}: {info['articles']} articles, {info['quads']:,} quads ({path})",
            flush=True,
        )
        if args.build_only:
            report.append({"size": size, **info, "queries": {}})
            continue
        store = ox.Store.read_only(str(path))
        results = {}
        print(
            f"{'query':28} {'p50 ms':>10} {'p99 ms':>10} {'CPU p50':>10} {'runs':>5} {'rows':>8}",
            flush=True,
        )
        for name in names:
            try:
                results[name] = measured = time_query(
                    store, saved[name], args.repeat, args.warmup, args.budget, args.limit
                )
            except QueryError as exc:  # one broken query does not stop the others
                results[name] = {"error": str(exc)}
                print(f"{name:28} error: {exc}", flush=True)
                continue
            target = TARGET_MS.get(size.upper())
            mark = " over" if target and measured["p50_ms"] > target else ""
            print(
                f"{name:28} {measured['p50_ms']:10.1f} {measured['p99_ms']:10.1f} "
                f"{measured['cpu_p50_ms']:10.1f} {measured['runs']:5} {measured['rows']:8}{mark}",
                flush=True,
            )
        del store
        report.append({"size": size, **info, "limit": args.limit, "queries": results})
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
