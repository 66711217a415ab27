"""Reading articles: the header, the byline, and every kind of bad input."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from conflictkg.read import read_file, read_paths
from conflictkg.records import Article, ReadError


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_header_and_byline(tmp_path):
    path = write(
        tmp_path, "a1.txt", b" date 2020-10-06 By Azernews\n\n\nBy Ayya Lmahamad\n\nText here.\n"
    )
    article = read_file(path)
    assert isinstance(article, Article)
    assert article.id == "a1"
    assert article.published == date(2020, 10, 6)
    assert article.source == "Azernews"
    assert article.author == "Ayya Lmahamad"


def test_the_header_s_source_is_kept_and_the_author_is_the_byline_s(tmp_path):
    # whether a SOURCE is an outlet or a person is extraction's to say (test_sources_and_names)
    article = read_file(write(tmp_path, "a2.txt", b" date 2020-10-20 By Ayya Lmahamad\nBody.\n"))
    assert article.author is None
    assert article.source == "Ayya Lmahamad"


def test_not_utf8(tmp_path):
    error = read_file(write(tmp_path, "bad.txt", b" date 2020-10-06 By X\n\xff\xfe caf\xe9\n"))
    assert isinstance(error, ReadError)
    assert error.path.name == "bad.txt"
    assert "not UTF-8" in error.reason


def test_no_header(tmp_path):
    error = read_file(write(tmp_path, "nohead.txt", b"Armenia shelled Ganja.\n"))
    assert isinstance(error, ReadError) and "no header" in error.reason


def test_impossible_date(tmp_path):
    error = read_file(write(tmp_path, "feb30.txt", b" date 2020-02-30 By Trend\nBody.\n"))
    assert isinstance(error, ReadError) and "impossible date '2020-02-30'" in error.reason


def test_no_body(tmp_path):
    error = read_file(write(tmp_path, "empty.txt", b" date 2020-10-06 By Trend\n\n  \n"))
    assert isinstance(error, ReadError) and error.reason == "no body"


def test_folder_keeps_good_articles_and_reports_bad(tmp_path):
    write(tmp_path, "good.txt", b" date 2020-10-06 By Trend\nBody.\n")
    write(tmp_path, "bad.txt", b"no header\n")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ReadError", "Article"]
    assert items[1].id == "good"


def test_jsonl(tmp_path):
    path = write(
        tmp_path,
        "corpus.jsonl",
        b'{"id": "j1", "date": "2020-10-05", "source": "Trend", "text": "Body."}\n{"id": "j2"}\n',
    )
    items = list(read_paths([path]))
    assert isinstance(items[0], Article) and items[0].id == "j1"
    assert isinstance(items[1], ReadError) and items[1].path.name == "corpus.jsonl:2"


GOOD = b'{"id": "j1", "date": "2020-10-05", "source": "Trend", "text": "Body."}'


def outcome(items) -> list[tuple[str, str]]:
    """(where, what) for each item: the id of an article, the reason of an error."""
    return [(i.path.name, i.id if isinstance(i, Article) else f"error: {i.reason}") for i in items]


def test_a_bad_jsonl_line_loses_that_line_only(tmp_path):
    lines = [
        GOOD,
        b'{"id": "j2", "date": "2020-10-05", "source": "Trend", "text": null}',
        b'{"id": "j3", "date": "2020-10-05", "source": "Trend", "text": 5}',
        b'{"id": "j4", "date": "2020-10-05", "source": 7, "text": "Body."}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": "j5", "date": "2020-10-05", "source": "Trend", "text": "caf\xe9"}',
        b'"just a string"',
        b'{"id": 6, "date": "2020-10-05", "source": "Trend", "text": "Body."}',
    ]
    path = write(tmp_path, "c.jsonl", b"\n".join(lines) + b"\n")
    assert outcome(read_paths([path])) == [
        ("c.jsonl:1", "j1"),
        ("c.jsonl:2", "error: 'text' is null, not a string"),
        ("c.jsonl:3", "error: 'text' is 5, not a string"),
        ("c.jsonl:4", "error: 'source' is 7, not a string"),
        ("c.jsonl:5", "error: not an article: JSON nested too deeply"),
        ("c.jsonl:6", "error: not UTF-8 (byte 66)"),
        ("c.jsonl:7", "error: not an article object with id, date, source, text"),
        ("c.jsonl:8", "6"),
    ]


def test_byte_order_mark_and_line_endings(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf date 2020-10-06 By Trend\nBody.\n")
    write(tmp_path, "cr.txt", b" date 2020-10-06 By Trend\rFirst line.\rSecond line.\r")
    write(tmp_path, "crlf.jsonl", b"\xef\xbb\xbf" + GOOD + b"\r\n" + GOOD.replace(b"j1", b"j2"))
    write(tmp_path, "cr.jsonl", GOOD.replace(b"j1", b"j3") + b"\r" + GOOD.replace(b"j1", b"j4"))
    write(tmp_path, "UPPER.TXT", b" date 2020-10-06 By Trend\nBody.\n")
    items = list(read_paths([tmp_path]))
    assert outcome(items) == [
        ("UPPER.TXT", "UPPER"),
        ("bom.txt", "bom"),
        ("cr.jsonl:1", "j3"),
        ("cr.jsonl:2", "j4"),
        ("cr.txt", "cr"),
        ("crlf.jsonl:1", "j1"),
        ("crlf.jsonl:2", "j2"),
    ]
    assert items[4].text == "First line.\nSecond line.\n"


def test_the_same_id_twice_is_refused_by_name(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "x.txt", b" date 2020-10-06 By Trend\nBody.\n")
    write(tmp_path / "b", "more.jsonl", GOOD.replace(b"j1", b"x"))
    assert outcome(read_paths([tmp_path])) == [
        ("x.txt", "x"),
        ("more.jsonl:1", f"error: article id 'x' already read from {tmp_path / 'a' / 'x.txt'}"),
        ("x.txt", f"error: article id 'x' already read from {tmp_path / 'a' / 'x.txt'}"),
    ]


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    write(tmp_path, "y.txt", b" date 2020-10-06 By Trend\nBody.\n")
    assert outcome(read_paths([tmp_path])) == [
        ("x.txt", "error: not a regular file"),
        ("y.txt", "y"),
    ]


def test_an_article_over_spacys_limit_is_refused_clearly(tmp_path):
    write(tmp_path, "long.txt", b" date 2020-10-06 By Trend\n" + b"Word. " * 200_000)
    assert outcome(read_paths([tmp_path])) == [
        ("long.txt", "error: body of 1,200,000 characters, over the 1,000,000 read")
    ]


def test_an_unreadable_folder_is_reported():
    """Read as an unprivileged user (root reads any folder), in a folder that user may enter."""
    top = Path(tempfile.mkdtemp(prefix="ckg-read-"))
    try:
        (top / "closed").mkdir()
        write(top / "closed", "lost.txt", b" date 2020-10-06 By Trend\nBody.\n")
        write(top, "kept.txt", b" date 2020-10-06 By Trend\nBody.\n")
        top.chmod(0o755)
        (top / "closed").chmod(0o000)
        as_root = os.geteuid() == 0
        if as_root:
            os.seteuid(65534)
        try:
            items = outcome(read_paths([top]))
        finally:
            if as_root:
                os.seteuid(0)
        assert items == [
            ("closed", "error: cannot read folder: Permission denied"),
            ("kept.txt", "kept"),
        ]
    finally:
        (top / "closed").chmod(0o755)
        shutil.rmtree(top)


def test_build_reports_each_bad_input_and_builds_the_rest(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    write(corpus, "good.txt", b" date 2020-10-06 By Trend\nArmenian forces shelled Ganja.\n")
    write(corpus, "c.jsonl", GOOD + b'\n{"id": "j2", "text": 5}\n\xff\n')
    os.mkfifo(corpus / "pipe.txt")
    out = tmp_path / "graph.nt"
    run = subprocess.run(
        [sys.executable, "-m", "conflictkg", "build", str(corpus), "-o", str(out), "-q"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"error: {corpus}/c.jsonl:2: no 'date' field",
        f"error: {corpus}/c.jsonl:3: not UTF-8 (byte 0)",
        f"error: {corpus}/pipe.txt: not a regular file",
    ]
    articles = set(re.findall(r"<https://w3id.org/conflictkg/id/article/[^/>]+>", out.read_text()))
    assert articles == {
        "<https://w3id.org/conflictkg/id/article/good>",
        "<https://w3id.org/conflictkg/id/article/j1>",
    }


def test_a_grave_accent_typed_for_an_apostrophe_is_read_as_one(tmp_path):
    path = write(tmp_path, "a3.txt", b" date 2020-10-13 By APA\nMonday`s shelling of Tartar. `x`\n")
    assert read_file(path).text == "Monday’s shelling of Tartar. `x`\n"
