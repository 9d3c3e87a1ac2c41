"""Events an article tells in passing, as background to its news (issue 3, point 4): who,
when and which event they are. Every sentence is written for its test, and each test reads
it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow

FRIDAY = dt.date(2024, 10, 4)


def described(found) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    """(type, first day, precision, sorted participants) of each proposed event, sorted."""
    return sorted(
        (
            event.type,
            event.date.start.isoformat() if event.date else None,
            event.date.precision if event.date else "",
            tuple(sorted(p.person or p.country or "" for p in event.participants)),
        )
        for event in found.events
    )


def test_extract_the_last_to_visit_is_the_one_named_not_todays_office_holder(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The last Indian prime minister to visit Pakistan was Atal Bihari Vajpayee, who "
        "travelled to Islamabad in January 2004 for a regional summit.",
        FRIDAY,
    )
    assert described(found) == [
        ("visit", "2004-01-01", "month", ("PK", "atal-bihari-vajpayee")),
    ]


def test_extract_weeks_later_is_another_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Sushma Swaraj visited Pakistan in December 2015 for a conference on Afghanistan. Weeks "
        "later, Narendra Modi made a surprise stopover in Lahore on Dec. 25, 2015, to meet "
        "Nawaz Sharif.",
        FRIDAY,
    )
    assert sorted((e.type, e.date.start.isoformat()) for e in found.events) == [
        ("meeting", "2015-12-25"),
        ("visit", "2015-12-01"),
    ]


def test_extract_a_background_visit_is_hosted_by_the_country_not_todays_news_maker(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Beijing on Thursday. The talks lasted more than two hours. China "
        "has sought a larger role in the region for years. Xi Jinping visited Riyadh in "
        "December 2022.",
        dt.date(2023, 4, 6),
    )
    [visit] = [event for event in found.events if event.type == "visit"]
    assert [(p.person, p.country) for p in visit.participants] == [
        ("xi-jinping", "CN"),
        (None, "SA"),
    ]


def test_extract_verbs_joined_by_and_share_their_date(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "On Monday, Shavkat Mirziyoyev, Sadyr Japarov and Emomali Rahmon met in Khujand and "
        "signed a treaty on their borders.",
        FRIDAY,
    )
    assert sorted((e.type, e.date.start.isoformat()) for e in found.events) == [
        ("agreement_signing", "2024-09-30"),
        ("meeting", "2024-09-30"),
    ]


def test_extract_a_shared_surname_is_the_one_named_in_full_last_before(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Australian Foreign Minister Penny Wong and her Chinese counterpart Wang Yi agreed on "
        "Wednesday to keep talking. Wong held talks with Wang in Beijing on Wednesday. On "
        "Tuesday, spokesperson Wang Wenbin told a news briefing that Beijing hoped the visit "
        "would help.",
        dt.date(2022, 12, 21),
    )
    talks = [event for event in found.events if event.type == "talks"]
    assert [sorted(p.person for p in e.participants) for e in talks] == [["penny-wong", "wang-yi"]]


def test_extract_comes_a_month_after_dates_the_earlier_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The visit comes a month after Xi Jinping and Anthony Albanese held a meeting on the "
        "sidelines of the Group of 20 summit in Bali.",
        dt.date(2022, 12, 21),
    )
    assert [(e.type, e.date.start.isoformat(), e.date.precision) for e in found.events] == [
        ("meeting", "2022-11-01", "month"),
    ]


def test_extract_he_does_what_the_spokesperson_reported(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "UN spokesperson Stephane Dujarric said that Secretary-General Antonio Guterres will "
        "travel to Japan next month. He is scheduled to meet Prime Minister Fumio Kishida in "
        "Tokyo on 8 August.",
        dt.date(2022, 7, 25),
    )
    people = {p.person for event in found.events for p in event.participants}
    assert "antonio-guterres" in people
    assert "stephane-dujarric" not in people


def test_extract_after_hosting_someone_the_visit_took_place(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Tayyip Erdogan said on Friday that Turkey would start ratifying Finland's bid "
        "to join NATO, after hosting Finnish President Sauli Niinisto in Ankara.",
        dt.date(2023, 3, 17),
    )
    assert [(e.type, e.status, e.date.start.isoformat()) for e in found.events] == [
        ("visit", "occurred", "2023-03-17"),
    ]


def test_extract_a_university_visit_is_no_diplomacy(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The agreement was signed in Hanoi by the University of Sydney's vice-chancellor, Mark "
        "Scott, and the president of Vietnam National University, Le Quan. Scott led a "
        "delegation of academics on a three-day visit to Hanoi.",
        dt.date(2024, 3, 14),
    )
    assert found.events == ()
    assert "vo-van-thuong" not in {mention.id for mention in found.mentions}


def test_extract_the_president_of_the_republic_in_an_elysee_readout(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The President of the Republic arrived in Ulaanbaatar on Sunday 21 May for a state "
        "visit. He was "
        "welcomed by the President of Mongolia, Ukhnaagiin Khurelsukh.",
        dt.date(2023, 5, 21),
        source="Élysée",
    )
    assert [sorted(p.person for p in e.participants) for e in found.events] == [
        ["emmanuel-macron", "ukhnaagiin-khurelsukh"],
    ]
