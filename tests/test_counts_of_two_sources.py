"""Two sources' counts of one attack stay two: 'The Observatory gave a higher toll of 123 dead'
after the ministry's 89 is a count of its own, claimed by the Observatory, not a correction;
an update ('the toll rose to 95') still replaces the count (invented events, real places and
organizations)."""

from __future__ import annotations

from datetime import date

from conflictkg.pipeline import build

from .wire import wire_facts

FRIDAY = date(2023, 10, 6)
TOLD = (
    "Syria's health ministry said on Friday that 89 people were killed in a drone attack on "
    "a military academy in the central city of Homs on Thursday. "
)


def counts(text: str):
    return [
        (a.place, a.when.day, a.figures.killed, a.claim.claimant, a.another_count)
        for a in wire_facts(text, FRIDAY).attacks
    ]


def test_a_monitors_higher_toll_is_a_count_of_its_own():
    assert counts(
        TOLD + "The Syrian Observatory for Human Rights, a Britain-based war monitor that "
        "relies on sources inside the country, gave a higher toll of 123 dead."
    ) == [
        ("geo:169577", date(2023, 10, 5), 89, None, False),
        ("geo:169577", date(2023, 10, 5), 123, "org:sohr", True),
    ]


def test_a_toll_that_rose_still_replaces_the_count():
    assert counts(
        TOLD + "The Syrian Observatory for Human Rights said the toll had risen to 95."
    ) == [("geo:169577", date(2023, 10, 5), 95, None, False)]


def test_the_graph_keeps_both_counts_each_with_its_claimant(tmp_path):
    (tmp_path / "homs.txt").write_text(
        " date 2023-10-06 By Wire\n\n"
        + TOLD
        + "The Syrian Observatory for Human Rights, a Britain-based war monitor, gave a higher "
        "toll of 123 dead.\n"
    )
    rows = build([tmp_path]).store.query(
        """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
        SELECT ?killed ?claimant WHERE {
          ?attack a ckg:Attack ; ckg:casualties ?count .
          ?count ckg:killed ?killed .
          OPTIONAL { ?count ckg:claimedBy ?claimant }
        } ORDER BY ?killed""",
        use_default_graph_as_union=True,
    )
    assert [(int(r["killed"].value), r["claimant"] and r["claimant"].value) for r in rows] == [
        (89, None),
        (123, "https://w3id.org/conflictkg/id/organization/sohr"),
    ]
