"""A toll told as it grew: the lead gives the latest count ('has risen to 18'), the body tells
how it got there ('Five deaths had been confirmed by late Saturday'). The graph keeps the
lead's count for the attack; a smaller figure told later in the same article is the story of
the count, not a correction (invented wording and tolls, real places)."""

from __future__ import annotations

from conflictkg.pipeline import build

ARTICLE = (
    " date 2024-05-27 By Wire\n\n"
    "Toll in Kharkiv store strike rises\n\n"
    "The number of people killed in Russia's bombing of a hardware store in Kharkiv on May 25 "
    "has risen to 18, the regional governor said on Monday. A total of 48 people were "
    "injured.\n\n"
    "Russian aircraft dropped two guided bombs on the store on Saturday afternoon. Five deaths "
    "had been confirmed by late Saturday.\n"
)


def figures(tmp_path, text: str) -> list[tuple[int | None, int | None]]:
    (tmp_path / "kharkiv.txt").write_text(text, encoding="utf-8")
    rows = build([tmp_path]).store.query(
        """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
        SELECT ?killed ?injured WHERE {
          ?attack a ckg:Attack ; ckg:casualties ?count .
          OPTIONAL { ?count ckg:killed ?killed } OPTIONAL { ?count ckg:injured ?injured }
        }""",
        use_default_graph_as_union=True,
    )
    return [
        (r["killed"] and int(r["killed"].value), r["injured"] and int(r["injured"].value))
        for r in rows
    ]


def test_a_smaller_count_told_after_the_leads_does_not_replace_it(tmp_path):
    assert figures(tmp_path, ARTICLE) == [(18, 48)]


def test_a_larger_count_told_later_still_updates_the_leads(tmp_path):
    assert figures(
        tmp_path,
        ARTICLE.replace(
            "Five deaths had been confirmed by late Saturday",
            "Later on Monday the governor said the death toll had risen to 21",
        ),
    ) == [(21, 48)]
