"""Reading articles: the header, the byline, and every kind of bad input."""

from datetime import date

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


def test_author_from_header(tmp_path):
    article = read_file(write(tmp_path, "a2.txt", b" date 2020-10-20 By Ayya Lmahamad\nBody.\n"))
    assert article.author == "Ayya Lmahamad"
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
