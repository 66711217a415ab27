"""A town named in passing beside an attack ('the ceasefire announced in Moscow') is not 'the
city' of the next sentence, the town of the attack is; 'In Moscow, the Defence Ministry claimed
that its strikes had hit ...' says where the speaker is, not where the strikes hit; on articles
written for these tests (invented events, real places). "Beirut's southern suburbs" and "the
southern suburbs of Beirut" are Dahiyeh, a curated place."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_the_city_after_an_attack_told_beside_a_town_named_in_passing_is_the_attacked_town():
    rows = attack_rows(
        "Armenian forces fired a missile at Ganja on October 16. On October 11, only hours "
        "after the ceasefire announced in Moscow had come into force, a missile destroyed a "
        "residential building in the city, killing 10 civilians. Earlier, on October 4, the "
        "city had come under rocket fire.",
        date(2020, 10, 17),
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("place:ganja", date(2020, 10, 16)),
        ("place:ganja", date(2020, 10, 11)),
        ("place:ganja", date(2020, 10, 4)),
    ]


def test_a_speakers_town_opening_a_sentence_is_not_struck():
    rows = attack_rows(
        "A Russian missile hit an apartment building in Uman overnight, killing 17 people. In "
        "Moscow, the Russian Defense Ministry claimed that its long-range strikes had hit "
        "places where Ukrainian reserve units were deployed.",
        date(2023, 4, 28),
    )
    assert [place for place, _, _, _ in rows] == ["geo:690688"]


def test_beiruts_southern_suburbs_are_dahiyeh_one_place_not_beirut():
    rows = attack_rows(
        "Israeli warplanes struck Beirut's southern suburbs on Wednesday. On Tuesday, a strike "
        "on the southern suburbs of Beirut killed 3 people, and an Israeli drone hit Dahieh.",
        date(2024, 11, 21),
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("place:dahiyeh", date(2024, 11, 20)),
        ("place:dahiyeh", date(2024, 11, 19)),
    ]
