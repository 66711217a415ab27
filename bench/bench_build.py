"""Benchmark: build time of the seeds and of a larger corpus, and saved-query latency.

    python bench/bench_build.py [--repeat 5] [--copies 40]

The larger corpus repeats the seed articles under new ids (copies x 5 articles), so it
measures throughput of the pipeline, not extraction quality. Prints medians in seconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from conflictkg.pipeline import build
from conflictkg.query import load_queries, run
from conflictkg.store import load_dataset, open_store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def median_time(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_corpus(folder: Path, copies: int) -> Path:
    for n in range(copies):
        for article in sorted(SEEDS.glob("*.txt")):
            (folder / f"c{n:03d}_{article.name}").write_text(
                article.read_text(encoding="utf-8"), encoding="utf-8"
            )
    return folder


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()

    result = build([SEEDS])
    print(f"seeds: {len(result.dataset)} quads")
    print(
        f"build seeds (5 articles), median of {args.repeat}: {median_time(lambda: build([SEEDS]), args.repeat):.3f} s"
    )
    for stage, seconds in result.seconds.items():
        print(f"  {stage}: {seconds:.3f} s")

    store = load_dataset(open_store(), result.dataset)
    for name, query in load_queries().items():
        seconds = median_time(lambda q=query: list(run(store, q, {})), args.repeat * 4)
        print(f"query {name}: median {seconds * 1000:.2f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp), args.copies)
        size = args.copies * 5
        big = build([corpus])
        seconds = median_time(lambda: build([corpus]), max(1, args.repeat // 2))
        print(
            f"build {size} articles ({len(big.dataset)} quads), median: {seconds:.2f} s ({size / seconds:.1f} articles/s)"
        )
        for stage, value in big.seconds.items():
            print(f"  {stage}: {value:.3f} s")


if __name__ == "__main__":
    main()
