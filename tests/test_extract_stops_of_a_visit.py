"""The stops of one visit as presidencies and wires tell them: a call on another official
than the host, the talks that follow the welcoming ceremony, a town the model takes for a body,
a regional government whose name is no one's, and a title owned by a region (issue 3, points
2 and 4). Every sentence is written for its test, and each test reads it with the registry
of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow


def test_extract_a_call_on_another_official_during_a_visit_is_an_event_of_its_own(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Chancellor Olaf Scholz, who is paying an official visit to Kenya, was welcomed by "
        "President William Ruto with an official ceremony at State House in Nairobi on "
        "Saturday. Prior to the ceremony, Chancellor Scholz paid a visit to Deputy President "
        "Rigathi Gachagua at his official residence. Following the welcoming ceremony, "
        "Chancellor Scholz and President Ruto held a one-on-one meeting, after which the talks "
        "continued between the delegations.",
        dt.date(2023, 5, 6),
    )
    # The one-on-one meeting after the ceremony is a step of the visit, not another event.
    assert sorted(people_at(event) for event in found.events) == [
        ["olaf-scholz", "rigathi-gachagua"],
        ["olaf-scholz", "william-ruto"],
    ]
    assert {event.type for event in found.events} == {"visit"}


def test_extract_a_regional_government_is_no_one_and_the_town_travelled_to_is_a_place(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Giorgia Meloni then travelled to Erbil on Monday, where she was "
        "received by Nechirvan Barzani, President of the Iraqi Kurdistan Regional Government.",
        dt.date(2023, 3, 20),
    )
    [visit] = found.events
    assert people_at(visit) == ["giorgia-meloni", "nechirvan-barzani"]
    assert visit.place == "erbil"
    assert [person.id for person in found.people] == ["nechirvan-barzani"]


def test_extract_a_title_a_region_owns_in_apposition_is_the_name_before_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Foreign Minister Annalena Baerbock flew to Hargeisa on Monday, where she met Muse "
        "Bihi Abdi, the region's president.",
        dt.date(2023, 3, 20),
    )
    [meeting] = found.events
    assert people_at(meeting) == ["annalena-baerbock", "muse-bihi-abdi"]
    [abdi] = found.people
    assert [(role.title, role.country) for role in abdi.roles] == [("President", None)]
