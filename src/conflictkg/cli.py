"""The command line: build, extract, validate, query, export, stats, push, eval, serve."""

from __future__ import annotations

import re
import sys
import time
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
EVENT_CHOICES = ["csv", "geojson", "parquet"]  # events_table.FORMATS


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
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--facts",
    "facts_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A facts file made by 'conflictkg extract' (repeatable): its articles are built as "
    "they were extracted there, before those of PATHS.",
)
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
@click.option(
    "--license",
    callback=lambda ctx, param, value: check_iri(value),
    help="IRI of the licence the dataset is published under, for void.ttl (none by default).",
)
@click.option(
    "--base",
    metavar="IRI",
    callback=lambda ctx, param, value: check_base_option(value),
    help="Base IRI of what the build mints: things under IRI + 'id/...', named graphs under "
    "IRI + 'graph/...' (an absolute http(s) IRI ending in '/'; default: the --store's base, "
    "else https://w3id.org/conflictkg/). The ontology and code lists keep their IRIs.",
)
def build(paths, facts_files, output, fmt, store, no_reason, ner, jobs, quiet, license, base):
    """Build the knowledge graph from article files, folders of them, or .jsonl files, and from
    the facts files of `conflictkg extract`.

    Writes the graph and, beside it, void.ttl (the dataset's description). Exit status: 0 all
    built and valid; 1 some articles could not be read (the others are built); 2 the graph
    breaks the shapes (a violation; warnings alone do not fail a build), or the command line is
    wrong (a --base other than the --store's among others; nothing is written); 3 another build
    holds the --store DIR (nothing is written).
    """
    from .extract import load_ner

    if not paths and not facts_files:
        raise click.UsageError("nothing to build: give article PATHS or --facts files")
    try:
        model = load_ner(ner) if ner else None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(
        build_and_write(
            paths, facts_files, output, fmt, store, no_reason, model, jobs, quiet, license, base
        )
    )


def build_and_write(
    paths, facts_files, output, fmt, store, no_reason, model, jobs, quiet, license, base
) -> int:
    """The build command's work, returning its exit status. Its own function, so that no frame
    of the exiting command holds the build (and its open store) after it returns."""
    from .describe import build_time, describe
    from .export import export_dump, format_for, write_atomic
    from .facts_io import read_facts
    from .pipeline import build as run_build
    from .store import OtherBase, StoreBusy

    with make_progress(quiet) as progress:
        task = progress.add_task("articles", total=None)
        advance = lambda _: progress.advance(task)  # noqa: E731
        try:
            result = run_build(
                paths, reason=not no_reason, progress=advance, ner=model, store_dir=store,
                jobs=jobs, facts=read_facts(facts_files), base=base,
            )  # fmt: skip
        except StoreBusy as exc:
            click.echo(f"error: {exc}", err=True)
            return 3
        except OtherBase as exc:
            raise click.BadParameter(str(exc), param_hint="'--base'") from None
    for error in result.errors:
        click.echo(f"error: {error.path}: {error.reason}", err=True)
    graph = export_dump(result.dump, format_for(output, fmt), base=result.base)
    built = build_time()

    def description(out):  # written after the graph, while the store finished loading
        out.write(describe(result.store, built=built, license=license, base=result.base))

    write_atomic((output, graph), (output.with_name("void.ttl"), description))  # as a pair
    if not quiet:
        print_summary(result, result.store, output)
    if result.validation and not result.validation.conforms:  # warnings are shown too
        for line in result.validation.messages[:20]:
            click.echo(line, err=True)
    return 1 if result.errors else 0 if result.ok else 2


@main.command(name="extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the facts (JSON Lines: a header, then one article a line).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes that extract articles (default: every core). The output is the same.",
)
@click.option(
    "--scheduler",
    help="Extract on the workers of this dask.distributed scheduler (tcp://HOST:8786) instead.",
)
@click.option(
    "--ner", help="An installed spaCy pipeline (name or folder) whose NER adds names to the rules'."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def extract_command(paths, output, jobs, scheduler, ner, quiet):
    """Extract the facts of articles into a file that 'build --facts' builds from, so that
    extraction, the slow part of a build, can run on other machines.

    The facts of each article are one line of JSON, in input order. Exit status: 0 all written;
    1 some articles could not be read or extracted (the others are written)."""
    from .extract import load_ner
    from .facts_io import dumps, write_facts
    from .pipeline import available_cores, extract_all
    from .read import read_paths

    if scheduler and (jobs or ner):
        raise click.UsageError("--jobs and --ner are for local extraction, not with --scheduler")
    try:
        model = load_ner(ner) if ner else None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    started = time.perf_counter()
    with make_progress(quiet) as progress:
        task = progress.add_task("articles", total=None)
        advance = lambda _: progress.advance(task)  # noqa: E731
        if scheduler:
            written, errors = extract_on(scheduler, paths, output, advance)
        else:
            facts, errors = extract_all(
                read_paths(paths), model, jobs or available_cores(), advance
            )
            written = write_facts(output, (dumps(f.whole()) for f in facts))
    for error in errors:
        click.echo(f"error: {error.path}: {error.reason}", err=True)
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"{written} articles extracted to {output}, {len(errors)} failed, in {seconds:.1f} s",
            err=True,
        )
    sys.exit(1 if errors else 0)


def extract_on(scheduler: str, paths, output: Path, progress):
    """Extract on a dask.distributed cluster (the optional 'dask' extra)."""
    try:
        from distributed import Client

        from .distributed import extract_to_file
    except ImportError:
        raise click.UsageError(
            "--scheduler needs dask.distributed: pip install 'conflictkg[dask]'"
        ) from None
    try:
        client = Client(scheduler, timeout=10)
    except OSError as exc:
        raise click.ClickException(f"cannot reach the scheduler at {scheduler}: {exc}") from None
    with client:
        return extract_to_file(client, paths, output, progress)


def check_iri(value: str | None) -> str | None:
    if value and not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", value):
        raise click.BadParameter(f"{value!r} is not an IRI")
    return value


def check_base_option(value: str | None) -> str | None:
    from .rebase import check_base

    try:
        return None if value is None else check_base(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


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
        table.add_row(
            "validation", f"{v.verdict} ({v.violations} violations, {v.warnings} warnings)"
        )
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
    """Validate RDF files against the shapes; exit 0 when there is no violation (warnings pass).

    The report's sh:conforms is the spec's: false when there is any result, warnings included."""
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
    colour = "green" if result.passes else "red"
    out.print(
        f"[{colour}]{result.verdict}[/{colour}]: {result.violations} violations, {result.warnings} warnings"
    )
    if report:
        write_atomic((report, result.report_graph.serialize(format="turtle").encode("utf-8")))
    sys.exit(0 if result.passes else 1)


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


def data_base(graph_files, store_dir) -> str:
    """The base IRI the data was built under: the store's, or the one the void.ttl beside the
    (first) graph file names."""
    from .describe import build_facts
    from .store import stored_base

    if store_dir:
        return stored_base(Path(store_dir))
    files = list(graph_files) or [Path("out/graph.ttl")]
    return build_facts(files[0].with_name("void.ttl"))[2]


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
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    help="At most this many rows (a page; SELECT queries; default: all).",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    help="Skip this many rows first, in the query's order (the next page: OFFSET + LIMIT).",
)
def query(
    name, list_queries, graph_files, store_dir, endpoint, params, fmt, queries_dir, limit, offset
):
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
            answer = run_remote(endpoint, saved[name], values, limit=limit, offset=offset)
            data = serialize(answer, fmt)
        else:
            data_store = open_data(graph_files, store_dir)
            results = run(data_store, saved[name], values, limit=limit, offset=offset)
            data = serialize(results, fmt, base=data_base(graph_files, store_dir))
    except QueryError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")


@main.group()
def export():
    """Tables made from the graph, for tools that do not read RDF."""


@export.command()
@graph_option
@store_option
@click.option(
    "--format",
    "fmt",
    default="csv",
    show_default=True,
    type=click.Choice(EVENT_CHOICES),
    help="parquet: typed columns (dates, integers, coordinates, lists of strings).",
)
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="Write here (default: standard output)."
)
def events(graph_files, store_dir, fmt, output):
    """One row per event (date, type and codes, actors, place, figures, sources), as ACLED's."""
    from .events_table import FORMATS, event_rows
    from .export import write_atomic

    write, _ = FORMATS[fmt]
    data = write(event_rows(open_data(graph_files, store_dir)))
    if output:
        write_atomic((output, data))
    else:
        sys.stdout.buffer.write(data)


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


@main.command()
@click.option(
    "--store",
    "store_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A store made by build --store: its graphs as the store holds them.",
)
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Or a build's N-Quads or TriG export: its graphs with the build's datatypes.",
)
@click.option(
    "--endpoint",
    required=True,
    help="The server's Graph Store endpoint (Oxigraph: http://HOST:7878/store; Fuseki: "
    "http://HOST:3030/DATASET/data).",
)
@click.option("--user", help="User name for HTTP basic authentication.")
@click.option(
    "--password", envvar="CONFLICTKG_PASSWORD", help="Its password (or $CONFLICTKG_PASSWORD)."
)
@click.option(
    "--token-env",
    metavar="VARIABLE",
    help="An environment variable holding a bearer token to send (instead of --user).",
)
@click.option(
    "--timeout", default=60.0, show_default=True, type=float, help="Seconds to wait per graph."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def push(store_dir, graph_file, endpoint, user, password, token_env, timeout, quiet):
    """Send each named graph of a build to a server with the SPARQL 1.1 Graph Store HTTP
    Protocol: one PUT per graph, which replaces that graph there.

    Exit status: 0 all sent; 1 the server refused a graph or could not be reached (the graphs
    before it were sent)."""
    import os

    from .push import PushError, authorization
    from .push import push as run_push

    if (store_dir is None) == (graph_file is None):
        raise click.UsageError("give one of --store DIR and --graph FILE")
    if graph_file and graph_file.suffix not in (".nq", ".trig"):
        raise click.UsageError("--graph takes an N-Quads (.nq) or TriG (.trig) file")
    if user and token_env:
        raise click.UsageError("give --user or --token-env, not both")
    if user and password is None:
        raise click.UsageError("--user needs --password or $CONFLICTKG_PASSWORD")
    token = os.environ.get(token_env, "") if token_env else None
    if token_env and not token:
        raise click.UsageError(f"${token_env} holds no token")
    started = time.perf_counter()
    graphs, total = graphs_to_push(store_dir, graph_file)
    with make_progress(quiet) as progress:
        task = progress.add_task("graphs", total=total)
        advance = lambda _: progress.advance(task)  # noqa: E731
        try:
            pushed = run_push(
                graphs, endpoint, authorization(user, password, token), timeout, advance
            )
        except PushError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"{pushed.graphs} graphs, {pushed.triples} triples sent to {endpoint} in "
            f"{seconds:.1f} s",
            err=True,
        )


def graphs_to_push(store_dir: Path | None, graph_file: Path | None):
    """The named graphs of the store or of the file, and how many there are."""
    import pyoxigraph as ox

    from .push import PushError, file_graphs, store_graphs

    if store_dir:
        try:
            store = ox.Store.read_only(str(store_dir))
        except (OSError, RuntimeError) as exc:  # not a store; a damaged one
            raise click.ClickException(f"{store_dir}: not a store ({exc})") from None
        return store_graphs(store), sum(1 for _ in store.named_graphs())
    try:
        graphs = file_graphs(graph_file)
    except (OSError, SyntaxError, PushError) as exc:
        raise click.ClickException(f"{graph_file}: {exc}") from None
    return graphs, len(graphs)


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
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def explain(article):
    """Show, sentence by sentence, what extraction takes from ARTICLE and which pass found each
    name."""
    from .extract import extract
    from .extract.explain import explain as explain_facts
    from .read import read_file

    try:
        facts = extract(read_file(article))
    except ValueError as exc:  # a file that cannot be read as an article
        raise click.ClickException(f"{article}: {exc}") from None
    for line in explain_facts(facts):
        click.echo(line)


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
@click.option(
    "--queue", default=32, show_default=True, type=int, help="Most queries waiting for a worker."
)
@click.option(
    "--worker-memory", default=2048, show_default=True, type=int, help="MB each worker may map."
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="A Host name to answer besides HOST, localhost and the --base-url's ('*': any).",
)
@click.option("--base-url", help="Public URL of this server (default http://HOST:PORT).")
def serve(
    graph_files, store_dir, host, port, timeout, row_limit, workers, queue, worker_memory,
    allow_hosts, base_url,
):  # fmt: skip
    """Serve the graph: SPARQL endpoint, saved queries, linked-data pages, dataset description."""
    import tempfile
    from urllib.parse import urlsplit

    import uvicorn

    from .describe import build_facts, describe
    from .serve import create_app, dataset_version, prepare_downloads
    from .worker import WorkerPool

    if not graph_files and not store_dir:
        graph_files = (Path("out/graph.ttl"),)
    base_url = (base_url or f"http://{host}:{port}").rstrip("/")
    data = open_data(graph_files, store_dir)
    folder = tempfile.TemporaryDirectory(prefix="conflictkg-serve-")
    downloads = prepare_downloads(data, Path(folder.name), tuple(graph_files))
    served = Path(store_dir) if store_dir else Path(graph_files[0])
    built, license, _ = build_facts(served.with_name("void.ttl"))  # the build's, beside its output
    base = data_base(graph_files, store_dir)
    dumps = tuple(base_url + url for url in downloads if url.startswith("/dumps/"))
    description = describe(
        data, built=built, license=license, endpoint=f"{base_url}/sparql", dumps=dumps, base=base
    )
    del data  # the workers open their own copies
    files = tuple(str(p) for p in graph_files)
    try:
        pool = WorkerPool(
            workers, str(store_dir) if store_dir else None, files, row_limit, timeout,
            memory_mb=worker_memory, queue_limit=queue,
        )  # fmt: skip
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    if pool.network is not None:
        err.print(f"warning: query workers keep the network: {pool.network}", highlight=False)
    err.print(
        f"conflictkg serving on {base_url}  (SPARQL endpoint: {base_url}/sparql)", highlight=False
    )
    hosts = (host, "localhost", "127.0.0.1", urlsplit(base_url).hostname, *allow_hosts)
    version = dataset_version([*graph_files, *([store_dir] if store_dir else [])])
    app = create_app(
        pool, description, base_url, downloads=downloads, allowed_hosts=hosts, version=version,
        base=base,
    )  # fmt: skip
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        pool.stop()
        folder.cleanup()
