"""Calls a readout names as calls only after the fact ("spoke with X. Y also took part in the
conversation"), and plans of one country that send different people (issue 3, point 4). Every
sentence is written for its test, and each test reads it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

TUESDAY = dt.date(2023, 10, 10)


def test_extract_spoke_with_is_a_call_when_the_next_sentence_says_so(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu spoke this evening with President Joe Biden. Vice "
        "President Kamala Harris also took part in the conversation.",
        TUESDAY,
    )
    [call] = found.events
    assert call.type == "phone_call"
    assert call.date.start == TUESDAY
    assert people_at(call) == ["benjamin-netanyahu", "joe-biden", "kamala-harris"]


def test_extract_spoke_with_somewhere_is_no_call(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu spoke with President Joe Biden in Tel Aviv on "
        "Wednesday. The conversation lasted an hour.",
        dt.date(2023, 10, 18),
    )
    assert all(event.type != "phone_call" for event in found.events)


def test_extract_plans_sending_different_people_stay_apart(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu invited President Joe Biden to visit Israel. "
        "Secretary of State Antony Blinken will arrive in Israel on Thursday and will meet "
        "with the Prime Minister.",
        TUESDAY,
    )
    plans = sorted((event.status, tuple(people_at(event))) for event in found.events)
    assert plans == [
        ("planned", ("antony-blinken", "benjamin-netanyahu")),
        ("proposed", ("benjamin-netanyahu", "joe-biden")),
    ]
