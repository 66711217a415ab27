"""The command line: build, validate, query, stats."""

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
    type=click.Choice(["turtle", "nt", "trig", "nquads", "jsonld"]),
    help="Output format (default: from the file ending, else Turtle).",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    help="Also keep the graph in an on-disk store in this folder.",
)
@click.option("--no-reason", is_flag=True, help="Skip the OWL RL inferences.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def build(paths, output, fmt, store, no_reason, quiet):
    """Build the knowledge graph from article files, folders of them, or .jsonl files.

    Exit status: 0 all built and valid; 1 some articles could not be read (the others are built);
    2 the graph does not conform to the shapes.
    """
    from .export import format_for, serialize, write_atomic
    from .pipeline import build as run_build
    from .store import load_dataset, open_store

    with make_progress(quiet) as progress:
        task = progress.add_task("articles", total=None)
        result = run_build(paths, reason=not no_reason, progress=lambda _: progress.advance(task))
    for error in result.errors:
        err.print(f"[red]error[/red] {error.path}: {error.reason}", highlight=False)
    write_atomic(output, serialize(result.dataset, format_for(output, fmt)))
    from .describe import describe

    description = describe(result, dumps=[output])
    write_atomic(
        output.with_name("void.ttl"), description.serialize(format="turtle").encode("utf-8")
    )
    if store:
        load_dataset(open_store(store), result.dataset)
    if not quiet:
        print_summary(result, output)
    if result.validation and not result.validation.conforms:
        for line in result.validation.messages[:20]:
            err.print(line, highlight=False)
    sys.exit(1 if result.errors else 0 if result.ok else 2)


def make_progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=quiet or not err.is_terminal, transient=True,
    )  # fmt: skip


def print_summary(result, output: Path):
    from .store import load_dataset, open_store

    counts = count_classes(load_dataset(open_store(), result.dataset))
    table = Table(title=f"conflictkg build → {output}", show_header=False)
    for name, value in counts:
        table.add_row(name, str(value))
    table.add_row("triples", str(len(result.dataset)))
    table.add_row("articles failed", str(len(result.errors)))
    v = result.validation
    if v:
        verdict = "conforms" if v.conforms else "does NOT conform"
        table.add_row("validation", f"{verdict} ({v.violations} violations, {v.warnings} warnings)")
    table.add_row("seconds", ", ".join(f"{k} {s:.2f}" for k, s in result.seconds.items()))
    err.print(table)


def count_classes(store) -> list[tuple[str, int]]:
    """Distinct things per class, counted over asserted and inferred types."""
    rows = []
    for name, cls in CLASS_COUNTS:
        query = f"PREFIX ckg: <https://w3id.org/conflictkg/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}"
        solution = next(iter(store.query(query, use_default_graph_as_union=True)))
        rows.append((name, int(solution["n"].value)))
    return rows


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--report", type=click.Path(path_type=Path), help="Write the SHACL report graph (Turtle) here."
)
def validate(graphs, report):
    """Validate RDF files against the shapes; exit 0 only when they conform."""
    from rdflib import Dataset

    from .export import union, write_atomic
    from .validate import validate as run_validate

    dataset = Dataset()
    for path in graphs:
        try:
            dataset.parse(path, format=rdflib_format(path))
        except Exception as exc:  # noqa: BLE001 - any parser error is the user's file
            err.print(f"[red]error[/red] {path}: cannot parse: {exc}", highlight=False)
            sys.exit(2)
    result = run_validate(union(dataset))
    for line in result.messages:
        out.print(line, highlight=False)
    verdict = "[green]conforms[/green]" if result.conforms else "[red]does not conform[/red]"
    out.print(f"{verdict}: {result.violations} violations, {result.warnings} warnings")
    if report:
        write_atomic(report, result.report_graph.serialize(format="turtle").encode("utf-8"))
    sys.exit(0 if result.conforms else 1)


def rdflib_format(path: Path) -> str:
    return {
        ".nt": "nt",
        ".nq": "nquads",
        ".trig": "trig",
        ".jsonld": "json-ld",
        ".json": "json-ld",
    }.get(path.suffix, "turtle")


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


@main.command()
@click.argument("name", required=False)
@click.option("--list", "list_queries", is_flag=True, help="List the saved queries.")
@click.option(
    "--graph",
    "graph_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="RDF file(s) to query (default out/graph.ttl).",
)
@click.option(
    "--store", "store_dir", type=click.Path(path_type=Path), help="Query an on-disk store."
)
@click.option(
    "--param", "-p", "params", multiple=True, help="A parameter as name=value (repeatable)."
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt"]),
)
@click.option(
    "--queries",
    "queries_dir",
    type=click.Path(exists=True, path_type=Path),
    help="A folder of .rq files (default: the shipped ones).",
)
def query(name, list_queries, graph_files, store_dir, params, fmt, queries_dir):
    """Run a saved SPARQL query (see --list)."""
    from .query import QueryError, load_queries, run, serialize

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
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--param wants name=value, got {item!r}")
        values[key] = value
    store = open_data(graph_files, store_dir)
    try:
        results = run(store, saved[name], values)
        data = serialize(results, fmt)
    except QueryError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        sys.exit(2)
    sys.stdout.buffer.write(data)
    if not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")


@main.command()
@click.option(
    "--graph",
    "graph_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="RDF file(s) (default out/graph.ttl).",
)
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="An on-disk store.")
def stats(graph_files, store_dir):
    """Counts of things per class, triples and named graphs."""
    store = open_data(graph_files, store_dir)
    table = Table("what", "count")
    for name, value in count_classes(store):
        table.add_row(name, str(value))
    table.add_row("quads", str(len(store)))
    table.add_row("named graphs", str(sum(1 for _ in store.named_graphs())))
    out.print(table)
