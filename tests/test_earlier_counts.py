"""An earlier count told after the newer one ('X initially put the toll at 16 dead and more than
20 wounded' after 'has risen to 17 ... 32 injured') fills only what the newer count left out,
a figure together with its bound, and goes to the report that counts the attack, not to a
sentence that only restates its hour (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date

from conflictkg.records import Figures

from .wire import wire_facts

THURSDAY = date(2023, 9, 7)


def test_an_earlier_count_after_the_hour_restated_keeps_the_newer_count():
    facts = wire_facts(
        "The number of people killed in Wednesday's Russian missile strike on the market of "
        "Druzhkivka has risen to 19, Interior Minister Ihor Klymenko said. Another 41 people "
        "were injured. The missile struck at about 11:00 on Wednesday, when the market was "
        "crowded. Prime Minister Denys Shmyhal initially put the toll at 15 dead and more "
        "than 30 wounded.",
        THURSDAY,
    )
    counted = [a.figures for a in facts.attacks if a.figures is not None]
    assert [(f.killed, f.injured, f.injured_at_least) for f in counted] == [(19, 41, None)]
    assert {(a.place, a.when.day) for a in facts.attacks} == {("geo:616743", date(2023, 9, 6))}


def test_a_figure_and_its_bound_are_filled_together():
    newer = Figures(killed=17, injured=32)
    earlier = Figures(killed=16, injured=20, injured_at_least=21, children_killed=1)
    merged = earlier.merge(newer)
    assert (merged.killed, merged.injured, merged.injured_at_least) == (17, 32, None)
    assert merged.children_killed == 1


def test_a_bound_alone_leaves_the_figure_told():
    told = Figures(killed=112, injured=760)
    vague = Figures(injured_at_least=24)
    merged = told.merge(vague)
    assert (merged.killed, merged.injured, merged.injured_at_least) == (112, 760, None)
    assert Figures(killed=3).merge(vague).injured_at_least == 24
