"""The command line: build, validate, query, stats, eval, serve."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__

err = Console(stderr=True)
out = Console()

CLASS_COUNTS = [
    ("articles", "ckg:Article"), ("actors", "ckg:Actor"), ("people", "ckg:Person"),
    ("organizations", "ckg:Organization"), ("countries", "ckg:Country"), ("places", "ckg:Place"),
    ("calls", "ckg:Call"), ("attacks", "ckg:Attack"), ("casualty figures", "ckg:CasualtyCount"),
    ("resolutions", "ckg:Resolution"),
]  # fmt: skip
RDF_CHOICES = ["turtle", "nt", "trig", "nquads", "jsonld"]
RESULT_CHOICES = ["table", "csv", "tsv", "json", "xml", "turtle", "nt"]


graph_option = click.option(
    "--graph", "graph_files", multiple=True, type=click.Path(path_type=Path),
    help="RDF file(s) to read (default out/graph.ttl).",
)  # fmt: skip
store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    help="An on-disk store made by build --store.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="conflictkg")
def main():
    """conflictkg: news about armed conflict and diplomacy as a validated RDF knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("out/graph.ttl"),
    show_default=True,
    help="Where to write the graph.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RDF_CHOICES),
    help="Output format (default: from the file ending, else Turtle).",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    help="Also keep the graph in an on-disk store in this folder. A store there gets these "
    "articles added (an article built again replaces its earlier version) and is replaced only "
    "once the new one is whole.",
)
@click.option("--no-reason", is_flag=True, help="Skip the OWL RL inferences.")
@click.option(
    "--ner", help="An installed spaCy pipeline (name or folder) whose NER adds names to the rules'."
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes that extract articles (default: every core). The output is the same.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def build(paths, output, fmt, store, no_reason, ner, jobs, quiet):
    """Build the knowledge graph from article files, folders of them, or .jsonl files.

    Writes the graph and, beside it, void.ttl (the dataset's description). Exit status: 0 all
    built and valid; 1 some articles could not be read (the others are built); 2 the graph
    does not conform to the shapes.
    """
    from .describe import describe
    from .export import format_for, serialize, write_atomic
    from .extract import load_ner
    from .pipeline import build as run_build

    try:
        model = load_ner(ner) if ner else None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    with make_progress(quiet) as progress:
        task = progress.add_task("articles", total=None)
        advance = lambda _: progress.advance(task)  # noqa: E731
        result = run_build(
            paths, reason=not no_reason, progress=advance, ner=model, store_dir=store, jobs=jobs
        )
    for error in result.errors:
        click.echo(f"error: {error.path}: {error.reason}", err=True)
    write_atomic(output, serialize(result.quads, format_for(output, fmt)))
    write_atomic(output.with_name("void.ttl"), describe(result.store, dumps=[output]))
    if not quiet:
        print_summary(result, result.store, output)
    if result.validation and not result.validation.conforms:
        for line in result.validation.messages[:20]:
            click.echo(line, err=True)
    sys.exit(1 if result.errors else 0 if result.ok else 2)


def make_progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=quiet or not err.is_terminal, transient=True,
    )  # fmt: skip


def print_summary(result, store, output: Path):
    table = Table(title=f"conflictkg build → {output}", show_header=False)
    for name, value in count_classes(store):
        table.add_row(name, str(value))
    table.add_row("quads", str(len(store)))
    table.add_row("articles failed", str(len(result.errors)))
    if result.validation:
        v = result.validation
        verdict = "conforms" if v.conforms else "does NOT conform"
        table.add_row("validation", f"{verdict} ({v.violations} violations, {v.warnings} warnings)")
    table.add_row("seconds", ", ".join(f"{k} {s:.2f}" for k, s in result.seconds.items()))
    err.print(table)


def count_classes(store) -> list[tuple[str, int]]:
    """Distinct things per class, counted over asserted and inferred types."""
    rows = []
    for name, cls in CLASS_COUNTS:
        query = f"PREFIX ckg: <https://w3id.org/conflictkg/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}"
        (solution,) = store.query(query, use_default_graph_as_union=True)
        rows.append((name, int(solution["n"].value)))
    return rows


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--report", type=click.Path(path_type=Path), help="Write the SHACL report graph (Turtle) here."
)
def validate(graphs, report):
    """Validate RDF files against the shapes; exit 0 only when they conform."""
    import pyoxigraph as ox

    from .export import write_atomic
    from .store import RDF_FORMATS, load_quads, open_store
    from .validate import validate as run_validate

    quads = []
    for path in graphs:
        try:
            rdf_format = RDF_FORMATS.get(path.suffix, ox.RdfFormat.TURTLE)
            quads += ox.parse(path=str(path), format=rdf_format)
        except Exception as exc:  # noqa: BLE001 - any parser error is the user's file
            click.echo(f"error: {path}: cannot parse: {exc}", err=True)
            sys.exit(2)
    result = run_validate(quads, store=load_quads(open_store(), quads))
    for line in result.messages:
        click.echo(line)
    verdict = "[green]conforms[/green]" if result.conforms else "[red]does not conform[/red]"
    out.print(f"{verdict}: {result.violations} violations, {result.warnings} warnings")
    if report:
        write_atomic(report, result.report_graph.serialize(format="turtle").encode("utf-8"))
    sys.exit(0 if result.conforms else 1)


def open_data(graph_files, store_dir):
    from .store import load_files, open_store

    if store_dir:
        return open_store(store_dir)
    files = list(graph_files) or [Path("out/graph.ttl")]
    missing = [f for f in files if not f.exists()]
    if missing:
        raise click.UsageError(
            f"no graph at {missing[0]}: run 'conflictkg build' first or pass --graph/--store"
        )
    return load_files(open_store(), files)


def parse_params(params) -> dict[str, str]:
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--param wants name=value, got {item!r}")
        values[key] = value
    return values


@main.command()
@click.argument("name", required=False)
@click.option("--list", "list_queries", is_flag=True, help="List the saved queries.")
@graph_option
@store_option
@click.option("--endpoint", help="Query this SPARQL 1.1 endpoint instead of a local graph.")
@click.option(
    "--param", "-p", "params", multiple=True, help="A parameter as name=value (repeatable)."
)
@click.option(
    "--format", "fmt", default="table", show_default=True, type=click.Choice(RESULT_CHOICES)
)
@click.option(
    "--queries",
    "queries_dir",
    type=click.Path(exists=True, path_type=Path),
    help="A folder of .rq files (default: the shipped ones).",
)
def query(name, list_queries, graph_files, store_dir, endpoint, params, fmt, queries_dir):
    """Run a saved SPARQL query (see --list)."""
    from .query import QueryError, load_queries, run, run_remote, serialize

    saved = load_queries(queries_dir)
    if list_queries or not name:
        table = Table("name", "summary", "parameters", "tags")
        for q in saved.values():
            names = ", ".join(("" if p.required else "?") + p.name for p in q.parameters)
            table.add_row(q.name, q.summary, names, ", ".join(q.tags))
        out.print(table)
        return
    if name not in saved:
        raise click.UsageError(f"no saved query {name!r}; see 'conflictkg query --list'")
    values = parse_params(params)
    try:
        if endpoint:
            results = run_remote(endpoint, saved[name], values)
        else:
            results = run(open_data(graph_files, store_dir), saved[name], values)
        data = serialize(results, fmt)
    except QueryError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")


@main.command()
@graph_option
@store_option
def stats(graph_files, store_dir):
    """Counts of things per class, quads and named graphs."""
    store = open_data(graph_files, store_dir)
    table = Table("what", "count")
    for name, value in count_classes(store):
        table.add_row(name, str(value))
    table.add_row("quads", str(len(store)))
    table.add_row("named graphs", str(sum(1 for _ in store.named_graphs())))
    out.print(table)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and every extra.")
def evaluate_command(gold, graphs, as_json, verbose):
    """Precision, recall and F1 per class of GRAPHS against an annotated sample GOLD (JSON)."""
    import json

    from .evaluate import evaluate, report

    scores = evaluate(list(graphs), gold)
    if as_json:
        data = {
            name: {
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for name, s in scores.items()
        }
        out.print_json(json.dumps(data))
        return
    out.print(report(scores), highlight=False)
    if verbose:
        for name, score in scores.items():
            for miss in score.misses:
                out.print(f"  {name}: {miss}", highlight=False)


@main.command()
@click.option(
    "--graph",
    "graph_files",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="RDF file(s) to serve (default out/graph.ttl).",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(exists=True, path_type=Path),
    help="Serve an on-disk store (opened read-only).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; loopback unless told otherwise.",
)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--timeout", default=10.0, show_default=True, type=float, help="Seconds a query may run."
)
@click.option(
    "--row-limit",
    default=100_000,
    show_default=True,
    type=int,
    help="Most rows (or triples) one answer may have.",
)
@click.option("--workers", default=2, show_default=True, type=int, help="Query worker processes.")
@click.option("--base-url", help="Public URL of this server (default http://HOST:PORT).")
def serve(graph_files, store_dir, host, port, timeout, row_limit, workers, base_url):
    """Serve the graph: SPARQL endpoint, saved queries, linked-data pages, dataset description."""
    import uvicorn

    from .describe import describe
    from .serve import create_app
    from .worker import WorkerPool

    if not graph_files and not store_dir:
        graph_files = (Path("out/graph.ttl"),)
    base_url = (base_url or f"http://{host}:{port}").rstrip("/")
    data = open_data(graph_files, store_dir)
    description = describe(
        data, list(graph_files), endpoint=f"{base_url}/sparql", base_url=base_url
    )
    del data  # the workers open their own copies
    files = tuple(str(p) for p in graph_files)
    pool = WorkerPool(workers, str(store_dir) if store_dir else None, files, row_limit, timeout)
    err.print(
        f"conflictkg serving on {base_url}  (SPARQL endpoint: {base_url}/sparql)", highlight=False
    )
    try:
        uvicorn.run(
            create_app(pool, description, base_url), host=host, port=port, log_level="warning"
        )
    finally:
        pool.stop()
