"""The Dask recipe on a real dask.distributed cluster (a LocalCluster of two worker processes):
the facts file is the bytes local extraction writes, and a build from it the bytes of a direct
build."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from conflictkg.cli import main
from conflictkg.distributed import extract_on_cluster
from conflictkg.facts_io import dumps
from conflictkg.read import read_paths

from .conftest import SEEDS


def run(*args):
    return CliRunner().invoke(main, [*map(str, args)], catch_exceptions=False)


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds and an article that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    (folder / "broken.txt").write_bytes(b"\xff\xfe not an article")
    return folder


def test_the_cluster_writes_the_facts_file_of_local_extraction(tmp_path, cluster, corpus):
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run("extract", corpus, "-o", local, "-q").exit_code == 1
    result = run("extract", corpus, "-o", remote, "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 1
    error, summary = result.stderr.splitlines()
    assert error == f"error: {corpus / 'broken.txt'}: not UTF-8 (byte 0)"
    assert summary.startswith(f"5 articles extracted to {remote}, 1 failed, in ")
    assert remote.read_bytes() == local.read_bytes()


def test_a_build_from_the_clusters_facts_is_a_direct_build(tmp_path, cluster):
    facts = tmp_path / "facts.jsonl"
    assert (
        run("extract", SEEDS, "-o", facts, "--scheduler", cluster.scheduler_address).exit_code == 0
    )
    direct, from_facts = tmp_path / "direct.nq", tmp_path / "facts.nq"
    assert run("build", SEEDS, "-o", direct, "-q").exit_code == 0
    assert run("build", "--facts", facts, "-o", from_facts, "-q").exit_code == 0
    assert from_facts.read_bytes() == direct.read_bytes()


def test_one_article_a_task_comes_back_in_input_order(cluster, seed_facts, corpus):
    """Five tasks for two workers: more than are let out at once."""
    with Client(cluster) as client:
        outcomes = list(extract_on_cluster(client, read_paths([corpus]), batch=1))
    *lines, error = outcomes  # broken.txt sorts last
    assert (error.path, error.reason) == (corpus / "broken.txt", "not UTF-8 (byte 0)")
    expected = [dumps(facts) for facts in seed_facts.values()]
    assert [line.replace(str(corpus), str(SEEDS)) for line in lines] == expected


def test_the_scheduler_is_not_for_local_options():
    result = run("extract", SEEDS, "-o", "x.jsonl", "--scheduler", "tcp://127.0.0.1:1", "-j", "2")
    assert result.exit_code == 2
    assert "--jobs and --ner are for local extraction, not with --scheduler" in result.stderr
