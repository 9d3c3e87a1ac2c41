"""Who else was at an event: the members of delegations a readout lists ("Taking part in the
talks on the Russian side were ...", "X, Y and Z were present at the meeting, as was W")
(issue 3, points 2 and 4). Every sentence is written for its test, and each test reads it with
the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

WEDNESDAY = dt.date(2021, 9, 29)
MONDAY = dt.date(2022, 10, 31)


def test_extract_taking_part_in_the_talks_were_the_delegation(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Vladimir Putin held talks with President Recep Tayyip Erdogan in Sochi on "
        "Wednesday. Taking part in the talks on the Russian side were Foreign Minister Sergei "
        "Lavrov and Defence Minister Sergei Shoigu.",
        WEDNESDAY,
    )
    [talks] = found.events
    assert talks.type == "talks"
    assert people_at(talks) == [
        "recep-tayyip-erdogan",
        "sergei-shoigu",
        "sergey-lavrov",
        "vladimir-putin",
    ]


def test_extract_taking_part_on_one_side_names_no_event_so_the_talks_told(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Vladimir Putin and President Recep Tayyip Erdogan met in Sochi on Wednesday. "
        "The two presidents first talked one-on-one and then continued their talks with the "
        "participation of the delegations. Taking part on the Russian side were Foreign "
        "Minister Sergei Lavrov and Presidential Aide Yuri Ushakov.",
        WEDNESDAY,
    )
    [talks] = found.events
    assert {"sergey-lavrov", "yuri-ushakov"} <= set(people_at(talks))


def test_extract_people_present_at_the_meeting_whose_office_is_not_given(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "General Secretary Xi Jinping met General Secretary Nguyen Phu Trong in Beijing on "
        "Monday. Cai Qi, Li Ganjie and Wang Yi were present at the meeting, as was Ma "
        "Zhaoxu, a vice minister.",
        MONDAY,
    )
    [meeting] = found.events
    assert {"cai-qi", "li-ganjie", "wang-yi", "ma-zhaoxu"} <= set(people_at(meeting))


def test_extract_people_present_at_a_meeting_with_no_official_open_no_event(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Jane Porter, Tom Ellis and Ravi Shah were present at the meeting of the club's board "
        "on Monday, as was its founder Mark Dunn. Taking part in the vote were all members.",
        MONDAY,
    )
    assert found.events == ()


def test_extract_a_ruling_party_general_secretary_is_a_side(extract_with_seeds) -> None:
    """Vietnam's party leader conducts its diplomacy: the registry holds the office as an
    official's, not as an office outside the state."""
    found = extract_with_seeds(
        "General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu "
        "Trong held talks with Chinese President Xi Jinping in Hanoi on Tuesday.",
        dt.date(2023, 12, 12),
    )
    [talks] = found.events
    assert people_at(talks) == ["nguyen-phu-trong", "xi-jinping"]


def test_extract_one_official_with_people_of_no_office_opens_no_event(extract_with_seeds) -> None:
    """Those the text gives no office complete a meeting of officials, never make one."""
    found = extract_with_seeds(
        "Foreign Minister Penny Wong and Tom Ellis were present at the meeting of the rowing "
        "club on Monday.",
        MONDAY,
    )
    assert found.events == ()


def test_extract_a_reception_of_a_titled_guest_with_the_delegation_listed_after(
    extract_with_seeds,
) -> None:
    """ "Received the Greek Foreign Minister, Nikos Dendias": the name hangs on the title. The
    list after "Taking part ... were" joins that meeting and makes none of its own; and "the
    Prime Minister" of an Israeli readout is Israel's, not the Chancellor named before."""
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu spoke with German Chancellor Olaf Scholz this "
        "evening. The Prime Minister thanked the Chancellor. Later, the Prime Minister received "
        "the Greek Foreign Minister, Nikos Dendias, in Jerusalem. Taking part in the meeting on "
        "the Israeli side were National Security Adviser Tzachi Hanegbi and Ambassador Ron "
        "Dermer.",
        dt.date(2023, 1, 17),
        source="Prime Minister's Office (Israel)",
    )
    meetings = [event for event in found.events if event.type != "phone_call"]
    assert [people_at(event) for event in meetings] == [
        ["benjamin-netanyahu", "nikos-dendias", "ron-dermer", "tzachi-hanegbi"]
    ]


def test_extract_a_delegation_listed_with_no_event_told_makes_none(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Taking part in the meeting on the Israeli side were National Security Adviser Tzachi "
        "Hanegbi and Ambassador Ron Dermer.",
        dt.date(2023, 1, 17),
        source="Prime Minister's Office (Israel)",
    )
    assert found.events == ()
