"""'Last month' and 'earlier this month' are windows of days, so a later article that tells of
'the massacre of Wad Al-Noura village last month' reports the attack dated in June, one event
in the graph; a month told in a 'since' clause dates the campaign, not the attack (invented
wording and tolls, real places)."""

from __future__ import annotations

from datetime import date

from conflictkg.pipeline import build

from .wire import wire_facts


def windows(text: str, published: date):
    return [
        (a.when.day, a.when.earliest, a.when.latest) for a in wire_facts(text, published).attacks
    ]


def test_last_month_is_the_month_before_and_earlier_this_month_this_ones_start():
    assert windows(
        "The army said the RSF had attacked Wad al-Noura village last month.", date(2024, 7, 9)
    ) == [(None, date(2024, 6, 1), date(2024, 6, 30))]
    assert windows(
        "The army said the RSF had attacked Wad al-Noura village earlier this month.",
        date(2024, 7, 9),
    ) == [(None, date(2024, 7, 1), date(2024, 7, 9))]


def test_a_month_in_a_since_clause_dates_no_attack():
    [(day, earliest, _)] = windows(
        "At least 74 people were killed in US air raids on the Ras Isa fuel port, the deadliest "
        "attack since Washington launched its bombing campaign last month.",
        date(2025, 4, 18),
    )
    assert (day, earliest) == (None, date(2025, 4, 11))  # the assumed week before the news


def test_an_attack_told_last_month_is_the_one_dated_then(tmp_path):
    (tmp_path / "june.txt").write_text(
        " date 2024-06-06 By Wire\n\nTitle\n\nRSF fighters attacked Wad al-Noura village in "
        "Gezira state on Wednesday, June 5, killing 100 people, activists said.\n",
        encoding="utf-8",
    )
    (tmp_path / "july.txt").write_text(
        " date 2024-07-09 By Wire\n\nTitle\n\nThe army chief told visitors of the massacre by "
        "the RSF in Wad al-Noura village last month.\n",
        encoding="utf-8",
    )
    rows = build([tmp_path]).store.query(
        """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
        SELECT ?attack (COUNT(DISTINCT ?article) AS ?reports) WHERE {
          ?attack a ckg:Attack ; ckg:reportedIn ?article } GROUP BY ?attack""",
        use_default_graph_as_union=True,
    )
    assert [int(r["reports"].value) for r in rows] == [2]
