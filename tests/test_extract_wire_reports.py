"""How wire reports and readouts tell events in passing: a deal "signed by" people listed with
their titles, a visit told in a relative clause, a call "by telephone with" someone, what
happened "at the conclusion of" a meeting, habits that are no event, plans that came to nothing,
and the officials a government's own readout names without their country (issue 3, points 2
to 4). Every sentence is written for its test, and each test reads it with the registry of
`seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

FRIDAY = dt.date(2023, 3, 10)
SATURDAY = dt.date(2022, 3, 5)


def test_extract_it_was_signed_by_officials_each_titled_before_the_name(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The agreement was announced in Beijing on Friday after talks that had not been made "
        "public. It was signed by Iran's top security official, Ali Shamkhani, and the Saudi "
        "national security adviser, Musaed al-Aiban.",
        FRIDAY,
    )
    signings = [event for event in found.events if event.type == "agreement_signing"]
    assert [people_at(event) for event in signings] == [["ali-shamkhani", "musaed-al-aiban"]]
    countries = {person.id: person.country for person in found.people}
    assert countries == {"ali-shamkhani": "IR", "musaed-al-aiban": "SA"}


def test_extract_a_visit_told_in_a_relative_clause(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The deal marks a diplomatic coup for Xi Jinping, who was hosted in Riyadh by the "
        "Saudi crown prince, Mohammed bin Salman, in December.",
        FRIDAY,
    )
    [visit] = found.events
    assert visit.date.start == dt.date(2022, 12, 1)
    assert people_at(visit) == ["mohammed-bin-salman", "xi-jinping"]


def test_extract_a_call_by_telephone_with_and_one_at_the_conclusion_of_a_meeting(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "On Saturday, Prime Minister Naftali Bennett met with President Vladimir Putin at the "
        "Kremlin. At the conclusion of the meeting, the Prime Minister spoke by telephone with "
        "President Volodymyr Zelensky. He has also spoken repeatedly by phone with President "
        "Emmanuel Macron.",
        dt.date(2022, 3, 7),
    )
    calls = {tuple(people_at(e)): e.date.start for e in found.events if e.type == "phone_call"}
    assert calls == {("naftali-bennett", "volodymyr-zelensky"): SATURDAY}


def test_extract_a_new_minister_in_a_government_readout_is_its_own(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Naftali Bennett met with President Vladimir Putin in Moscow on Saturday. "
        "Minister of Construction and Housing Ze'ev Elkin also attended the meeting.",
        SATURDAY,
        source="Prime Minister's Office (Israel)",
    )
    [minister] = found.people
    assert minister.country == "IL"


def test_extract_a_meeting_that_could_not_take_place_is_cancelled(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The meeting between Prime Minister Narendra Modi and President Donald Trump could not "
        "take place.",
        dt.date(2025, 6, 18),
    )
    [meeting] = found.events
    assert meeting.status == "cancelled"


def test_extract_where_someone_flew_after_the_event_is_not_its_place(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Fumio Kishida will meet President Joe Biden on Friday, before flying "
        "back to Tokyo. Earlier, Kishida met President Emmanuel Macron in Paris, before "
        "travelling on to Rome to meet Prime Minister Giorgia Meloni.",
        dt.date(2023, 1, 13),
    )
    places = {tuple(people_at(event)): event.place for event in found.events}
    assert places == {
        ("fumio-kishida", "joe-biden"): None,
        ("emmanuel-macron", "fumio-kishida"): "paris",
        ("fumio-kishida", "giorgia-meloni"): "rome",
    }


def test_extract_whom_a_leader_raised_issues_with_during_talks_took_part_in_them(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Anthony Albanese says he raised trade barriers and consular cases with "
        "Chinese Premier Li Qiang during talks in Canberra on Monday.",
        dt.date(2024, 6, 17),
    )
    [talks] = found.events
    assert people_at(talks) == ["anthony-albanese", "li-qiang"]
    assert (talks.date.start, talks.place) == (dt.date(2024, 6, 17), "canberra")


@pytest.mark.parametrize("verb", ["told", "assured"])
def test_extract_whom_a_leader_told_something_during_talks_took_part_in_them(
    extract_with_seeds, verb
) -> None:
    found = extract_with_seeds(
        f"President Vladimir Putin {verb} President Xi Jinping during talks in Moscow on "
        "Tuesday that Russia values the partnership.",
        dt.date(2023, 3, 22),
    )
    [talks] = found.events
    assert people_at(talks) == ["vladimir-putin", "xi-jinping"]
    assert (talks.date.start, talks.place) == (dt.date(2023, 3, 21), "moscow")


def test_extract_the_same_month_is_the_month_named_before(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "In March, Australia publicly named a Chinese state-backed group behind a cyber attack. "
        "Foreign Minister Penny Wong hosted Chinese Foreign Minister Wang Yi in Canberra the "
        "same month.",
        dt.date(2024, 6, 17),
    )
    [visit] = found.events
    assert people_at(visit) == ["penny-wong", "wang-yi"]
    assert (visit.date.start, visit.date.precision) == (dt.date(2024, 3, 1), "month")


def test_extract_talks_that_began_the_day_are_of_the_day_just_told(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "US Secretary of State Antony Blinken met President Javier Milei at the Casa Rosada on "
        "Friday. Blinken began the day with talks with Foreign Minister Diana Mondino at the "
        "San Martín Palace.",
        dt.date(2024, 2, 24),
    )
    days = {tuple(people_at(event)): event.date.start for event in found.events}
    assert days == {
        ("antony-blinken", "javier-milei"): dt.date(2024, 2, 23),
        ("antony-blinken", "diana-mondino"): dt.date(2024, 2, 23),
    }
