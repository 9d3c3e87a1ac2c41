"""Events told a second time by ellipsis, with a date and place of their own: "had met in
Rome in March and again in New Delhi in September", "and before that at the Quad summit in
Tokyo", "their first meeting in Phnom Penh and their second in Tokyo" (issue 3, point 4).
Every sentence is written for its test, and each test reads it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow


def _meetings(found) -> list[tuple[str, dt.date | None, str | None, list[str]]]:
    told = [
        (event.type, event.date.start if event.date else None, event.place, people_at(event))
        for event in found.events
        if event.type in ("meeting", "summit")
    ]
    return sorted(told, key=lambda event: event[1] or dt.date.min)


def test_extract_met_in_one_place_and_again_in_another(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "MADRID, Nov 20 - Spanish Prime Minister Pedro Sanchez received Italian Prime Minister "
        "Giorgia Meloni at the Moncloa on Monday. The two leaders had met in Rome in March and "
        "again on the sidelines of the G20 summit in New Delhi in September.",
        dt.date(2023, 11, 20),
    )
    leaders = ["giorgia-meloni", "pedro-sanchez"]
    assert _meetings(found) == [
        ("meeting", dt.date(2023, 3, 1), "rome", leaders),
        ("meeting", dt.date(2023, 9, 1), "new-delhi", leaders),
    ]


def test_extract_and_before_that_is_an_earlier_meeting_with_no_day_of_its_own(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "NEW DELHI, Sept 10 - Prime Minister Narendra Modi held talks with Prime Minister Fumio "
        "Kishida in New Delhi on Sunday. The two had last met in Hiroshima in May, and before "
        "that at the Quad summit in Tokyo.",
        dt.date(2023, 9, 10),
    )
    leaders = ["fumio-kishida", "narendra-modi"]
    assert _meetings(found) == [
        ("meeting", None, "tokyo", leaders),
        ("meeting", dt.date(2023, 5, 1), "hiroshima", leaders),
    ]


def test_extract_their_first_meeting_and_their_second(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "HIROSHIMA, May 21 - Japanese Prime Minister Fumio Kishida met South Korean President "
        "Yoon Suk Yeol in Hiroshima on Sunday. It was their third summit in six months, after "
        "their first meeting in Phnom Penh in November and their second in Tokyo in March.",
        dt.date(2023, 5, 21),
    )
    leaders = ["fumio-kishida", "yoon-suk-yeol"]
    assert _meetings(found) == [
        ("meeting", dt.date(2022, 11, 1), "phnom-penh", leaders),
        ("meeting", dt.date(2023, 3, 1), "tokyo", leaders),
        ("summit", dt.date(2023, 5, 21), "hiroshima", leaders),
    ]


def test_extract_met_again_with_nothing_elided_is_one_meeting(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Pedro Sanchez met Prime Minister Giorgia Meloni again on Thursday, in "
        "Rome and in the presence of their foreign ministers.",
        dt.date(2023, 11, 24),
    )
    leaders = ["giorgia-meloni", "pedro-sanchez"]
    assert _meetings(found) == [("meeting", dt.date(2023, 11, 23), "rome", leaders)]
