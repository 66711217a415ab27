"""Benchmark: build generated corpora (bench/corpus.py) and report the cost of every stage.

    python bench/bench_build.py [--sizes 1000,10000,100000] [--plain 1000] [--json OUT]

Each size is built in a fresh child process, into a store on disk (as a large archive would
be), so its peak RSS is its own. Reported per size: articles per second end to end (read
through the Turtle export, validation included), wall seconds per stage and the parent's CPU
seconds (extraction runs in worker processes: its wall time is what counts), peak RSS and
quads; between consecutive sizes, the scaling exponent of every stage, log(t2/t1) / log(n2/n1)
on wall seconds (1.0 is linear).

With --plain N, the same N-article output is also made the plain way: the asserted quads in an
rdflib Dataset, owlrl's OWL RL closure over it with the ontology, pyshacl over the result, and
rdflib's Turtle writer; the ratio to our map + reason + validate + store + export is printed.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

AFTER_EXTRACTION = ("resolve", "map", "reason", "validate", "store", "export")


def measure(folder: Path, work: Path, plain: bool) -> dict:
    """Build the corpus in `folder` into a store in `work` and export it as Turtle."""
    from conflictkg.export import export_dump, write_atomic
    from conflictkg.pipeline import build

    wall, cpu = time.perf_counter(), time.process_time()
    result = build([folder], store_dir=work / "store")
    export_wall, export_cpu = time.perf_counter(), time.process_time()
    write_atomic((work / "graph.ttl", export_dump(result.dump, "turtle")))  # as the store loads
    export_seconds = time.perf_counter() - export_wall, time.process_time() - export_cpu
    validation = result.validation  # waits for the store, then runs the cross-article checks
    end_wall, end_cpu = time.perf_counter(), time.process_time()
    run = {
        "articles": sum(1 for _ in folder.glob("*.txt")),
        "quads": len(result.store),
        "wall": dict(result.seconds, export=export_seconds[0]),
        "cpu": dict(result.cpu_seconds, export=export_seconds[1]),
        "wall_total": end_wall - wall,
        "cpu_parent": end_cpu - cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "conforms": validation.conforms,
    }
    if plain:
        run["plain"] = plain_way(result.dump, work)
    return run


def plain_way(dump: Path, work: Path) -> dict:
    """The asserted quads through rdflib, owlrl and pyshacl, as the tool did before: seconds per
    step."""
    import owlrl
    import pyoxigraph as ox
    import pyshacl
    from rdflib import Dataset, Graph, Literal, URIRef

    from conflictkg.reason import load_ontology
    from conflictkg.validate import load_shapes

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        return Literal(t.value, lang=t.language, datatype=None if t.language else t.datatype.value)

    seconds = {}
    start = time.perf_counter()
    dataset = Dataset()
    for quad in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS):
        if not quad.graph_name.value.endswith("/graph/inferred"):
            graph = dataset.graph(URIRef(quad.graph_name.value))
            graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    seconds["map"] = time.perf_counter() - start
    start = time.perf_counter()
    union = Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    union += load_ontology()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(union)
    seconds["reason"] = time.perf_counter() - start
    start = time.perf_counter()
    pyshacl.validate(union, shacl_graph=load_shapes(), inference="none", advanced=True)
    seconds["validate"] = time.perf_counter() - start
    start = time.perf_counter()
    (work / "plain.ttl").write_bytes(union.serialize(format="turtle").encode("utf-8"))
    seconds["export"] = time.perf_counter() - start
    return seconds


def run_child(articles: int, seed: int, plain: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "corpus", articles, seed)
        args = ["--measure", str(folder), tmp, *(["--plain-here"] if plain else [])]
        done = subprocess.run(
            [sys.executable, __file__, *args], check=True, capture_output=True, text=True
        )
    return json.loads(done.stdout)


def show(run: dict):
    print(
        f"{run['articles']} articles: {run['articles'] / run['wall_total']:.1f} articles/s end "
        f"to end, wall {run['wall_total']:.1f} s, parent CPU {run['cpu_parent']:.1f} s, "
        f"peak RSS {run['peak_rss_mb']:.0f} MB, {run['quads']} quads"
    )
    for stage, seconds in run["wall"].items():
        print(f"  {stage:14} wall {seconds:8.2f} s   parent CPU {run['cpu'][stage]:8.2f} s")
    if "plain" in run:
        ours = sum(run["wall"][stage] for stage in AFTER_EXTRACTION if stage != "resolve")
        theirs = sum(run["plain"].values())
        steps = ", ".join(f"{step} {s:.1f} s" for step, s in run["plain"].items())
        print(f"  the plain way (rdflib + owlrl + pyshacl): {steps}")
        print(
            f"  map + reason + validate + store + export: ours {ours:.2f} s, plain {theirs:.1f} s, "
            f"{theirs / ours:.0f}x"
        )


def exponents(small: dict, large: dict) -> dict[str, float]:
    ratio = math.log(large["articles"] / small["articles"])
    stages = {stage: (small["wall"][stage], large["wall"][stage]) for stage in small["wall"]}
    stages["total"] = (small["wall_total"], large["wall_total"])
    return {
        stage: math.log(max(b, 1e-3) / max(a, 1e-3)) / ratio for stage, (a, b) in stages.items()
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="Corpus sizes, comma-separated.")
    parser.add_argument("--plain", type=int, help="Also the plain way, on this many articles.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="Also write the measurements here.")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plain-here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure, args.plain_here)))
        return
    runs = []
    if args.plain:
        runs.append(run_child(args.plain, args.seed, plain=True))
        show(runs[-1])
    for size in (int(s) for s in args.sizes.split(",")):
        runs.append(run_child(size, args.seed, plain=False))
        show(runs[-1])
        if len(runs) > 1 and runs[-2]["articles"] < size:
            print(f"scaling exponents (wall), {runs[-2]['articles']} -> {size} articles:")
            for stage, exponent in exponents(runs[-2], runs[-1]).items():
                print(f"  {stage:14} {exponent:.2f}")
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
