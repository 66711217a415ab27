"""Sentences, numbers and dates, resolved against a publication date."""

from datetime import date

import pytest

from conflictkg.extract.text import find_dates, is_background, parse_number, split_sentences

PUBLISHED = date(2020, 10, 31)


@pytest.mark.parametrize(
    "text, value",
    [("Thirteen", 13), ("Sixty one", 61), ("Ninety-one", 91), ("1,846", 1846), ("5", 5),
     ("one hundred and twelve", 112), ("twenty-one", 21), ("ceasefire", None)],
)  # fmt: skip
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "sentence, role, day",
    [
        ("Armenia launched missile attack on Ganja on October 4.", "event", date(2020, 10, 4)),
        ("It happened on the night leading to October 17 amid truce.", "event", date(2020, 10, 17)),
        ("Trend reports on Oct.31.", "report", date(2020, 10, 31)),
        ("using mortars and artillery on Sept. 27.", "event", date(2020, 9, 27)),
        (
            "61 killed since the outbreak of hostilities on September 27.",
            "since",
            date(2020, 9, 27),
        ),
        ("Stepanakert was shelled on 28 October.", "event", date(2020, 10, 28)),
        ("Ganja was hit this morning.", "event", date(2020, 10, 31)),
        ("Barda was hit yesterday.", "event", date(2020, 10, 30)),
        ("Tartar was shelled on Tuesday.", "event", date(2020, 10, 27)),
    ],
)
def test_dates(sentence, role, day):
    found = find_dates(sentence, PUBLISHED)
    assert [(d.role, d.when.day) for d in found] == [(role, day)]


def test_a_day_after_publication_is_no_event_date():
    assert find_dates("The talks will be held on November 5.", PUBLISHED) == []


def test_early_month_is_a_range():
    (found,) = find_dates("In the early days of October 2020 Armenia shelled Ganja.", PUBLISHED)
    assert (found.when.earliest, found.when.latest) == (date(2020, 10, 1), date(2020, 10, 10))
    assert found.when.precision == "range"


def test_same_day_refers_back_to_the_event_told_last():
    (found,) = find_dates("There were also attacks on Khizi on the same day.", PUBLISHED)
    assert found.role == "told-day"


def test_later_in_the_day_is_the_news_day():
    (found,) = find_dates("Later in the day, the minister received the envoy.", PUBLISHED)
    assert found.role == "same-day"


def test_background_years():
    assert is_background("Armenia occupied the region in a war in the early 1990s.", PUBLISHED)
    assert is_background("The 1994 ceasefire agreement was followed by talks.", PUBLISHED)
    assert not is_background("The fighting continued into October 2020.", PUBLISHED)


def test_sentences_keep_offsets_and_abbreviations():
    text = "Minister met Mardini, Trend reports on Oct. 31. The sides noted progress.\n\nNew paragraph here."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Minister met Mardini, Trend reports on Oct. 31.",
        "The sides noted progress.",
        "New paragraph here.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_overnight_is_a_two_day_range():
    (found,) = find_dates("Over the past day, Armenian forces shelled Tartar.", PUBLISHED)
    assert (found.when.earliest, found.when.latest, found.when.precision) == (
        date(2020, 10, 30),
        PUBLISHED,
        "range",
    )


def test_this_week_runs_from_monday_and_last_week_is_the_week_before():
    published = date(2020, 11, 6)  # a Friday
    this_week, last_week = find_dates(
        "Stepanakert was shelled this week, after heavy fighting last week.", published
    )
    assert (this_week.when.earliest, this_week.when.latest) == (date(2020, 11, 2), published)
    assert (last_week.when.earliest, last_week.when.latest) == (
        date(2020, 10, 26),
        date(2020, 11, 1),
    )


def test_the_day_a_spokesman_spoke_late_on_is_the_news_day_not_the_events():
    dates = find_dates(
        "Muyaya said late on Saturday that those killed in Friday's shelling were women.",
        date(2024, 5, 5),
    )
    assert [(d.role, d.when.day) for d in dates] == [
        ("report", date(2024, 5, 4)),
        ("event", date(2024, 5, 3)),
    ]
