"""The stops of one visit, and the gathering beside it, as presidencies and wires tell them:
a call on another official than the host, the talks that follow the welcoming ceremony and
the delegations that take part in them, a town the model takes for a body, a regional
government whose name is no one's, a title owned by a region, a name the parser leaves
without its verb, a meeting of many leaders named a summit again, and a meeting on its
sidelines told beside a visit (issue 3, points 2 and 4). Every sentence is written for its
test, and each test reads it with the registry of `seeds/`."""

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


def test_extract_many_leaders_named_a_summit_again_are_a_summit_and_a_visit_is_apart(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The meeting of the SCO Council of Heads of State on Friday brought together Chinese "
        "President Xi Jinping, Russian President Vladimir Putin, Indian Prime Minister Narendra "
        "Modi, Pakistani Prime Minister Imran Khan and Uzbek President Shavkat Mirziyoyev. The "
        "summit closed a week of diplomacy in the Kyrgyz capital. Xi, who arrived on a state "
        "visit on Wednesday, held talks with President Sooronbay Jeenbekov that day, while Modi "
        "and Xi met on the sidelines on Thursday.",
        dt.date(2019, 6, 14),
    )
    told = {(event.type, str(event.date.start)): people_at(event) for event in found.events}
    leaders = ["imran-khan", "narendra-modi", "shavkat-mirziyoyev", "vladimir-putin", "xi-jinping"]
    assert told == {
        ("summit", "2019-06-14"): leaders,
        ("visit", "2019-06-12"): ["sooronbay-jeenbekov", "xi-jinping"],
        # On the sidelines of the summit, in a sentence that tells of Xi's visit: a meeting.
        ("meeting", "2019-06-13"): ["narendra-modi", "xi-jinping"],
    }


def test_extract_the_name_before_held_talks_holds_them_and_the_delegations_take_part(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "At the Ak Orda residence in Astana, Head of State Kassym-Jomart Tokayev held talks with "
        "President of the Republic of Korea Yoon Suk Yeol, who arrived in Kazakhstan on a state "
        "visit. The talks were held in a narrow format and then continued in an expanded format "
        "with the participation of members of the official delegations, including Minister of "
        "Foreign Affairs Murat Nurtleu and Minister of Foreign Affairs Cho Tae-yul.",
        dt.date(2024, 6, 12),
    )
    [visit] = found.events
    assert people_at(visit) == [
        "cho-tae-yul",
        "kassym-jomart-tokayev",
        "murat-nurtleu",
        "yoon-suk-yeol",
    ]


def test_extract_the_meetings_of_the_people_of_a_visit_are_the_visit(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Cyril Ramaphosa received Indonesian President Joko Widodo on Sunday at the "
        "Union Buildings in Pretoria for a state visit. After a ceremony with military honours, "
        "the two presidents met privately and then held an expanded meeting with their "
        "ministers.",
        dt.date(2023, 8, 21),
    )
    [visit] = found.events
    assert (visit.type, people_at(visit)) == ("visit", ["cyril-ramaphosa", "joko-widodo"])
    assert (visit.date.start, visit.place) == (dt.date(2023, 8, 20), "pretoria")
