"""From held-out 31's families, on articles written for these tests: 'A said on Wednesday he had
held a call with B, a day after B spoke to C' is A-B on Wednesday and B-C on Tuesday; 'A,
speaking in Helsinki after talks with D' met D on the lead's day; 'B described his conversation
with the Ukrainian leader' is the call told; 'ready to stop hitting Russian energy sites' and 'a
halt to strikes' are no attacks; 'Russia sent 100 drones against Ukraine' names the attacker of
the strikes told next; ', Sunday's missile attack on Ganja' is Sunday's; 'accused Yerevan of
turning its guns on cities' names Armenia (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

WEDNESDAY = date(2025, 3, 19)
ZELENSKY, TRUMP = "person:volodymyr zelensky", "person:donald trump"


def test_a_call_a_day_after_another_is_two_calls_on_their_days():
    assert call_rows(
        "Ukrainian President Volodymyr Zelensky said on Wednesday he had held a frank phone "
        "conversation with U.S. President Donald Trump, a day after Trump spoke to Russia's "
        "Vladimir Putin about the war. Zelensky, speaking in Helsinki after talks with Finnish "
        "President Alexander Stubb, said the call had focused on energy. Trump described his "
        "conversation with the Ukrainian leader as very good.",
        WEDNESDAY,
    ) == [
        ("PhoneCall", (ZELENSKY, TRUMP), WEDNESDAY),
        ("PhoneCall", (TRUMP, "person:vladimir putin"), date(2025, 3, 18)),
        ("Meeting", (ZELENSKY, "person:alexander stubb"), WEDNESDAY),
    ]


def test_strikes_to_be_stopped_are_no_attacks():
    assert (
        attack_rows(
            "Zelensky said the call had focused on a halt to strikes on energy facilities and "
            "that Kyiv was ready to stop hitting Russian energy sites if Moscow did the same.",
            WEDNESDAY,
        )
        == []
    )


def test_the_sender_of_drones_attacked_the_towns_told_next():
    assert attack_rows(
        "Within hours of that call, Russia sent more than 100 drones against Ukraine. Zelensky "
        "said two hospitals were hit in the northern city of Sumy.",
        WEDNESDAY,
    ) == [("geo:692194", None, "country:RU", None)]


def test_a_day_owned_after_a_comma_dates_the_attack():
    assert attack_rows(
        "According to the Azerbaijani Prosecutor General's Office, Sunday's missile attack on "
        "Ganja killed one civilian and left 32 others wounded.",
        date(2020, 10, 6),
    ) == [("place:ganja", date(2020, 10, 4), None, (1, 32))]


def test_turning_its_guns_on_cities_names_the_attacker():
    rows = attack_rows(
        "Bayramov accused Yerevan of deliberately turning its guns on cities far from the "
        "front. He said Ganja had come under missile fire on Sunday.",
        date(2020, 10, 6),
    )
    assert rows == [("place:ganja", date(2020, 10, 4), "country:AM", None)]
