"""Who attended a summit or took part in a signing when the text lists them loosely (issue 3,
point 4): lists after "among them", co-chairs, leaders who looked on. Every sentence is written
for its test, and each test reads it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow

MONDAY = dt.date(2024, 11, 18)


def people_of(found) -> list[tuple[str, tuple[str, ...]]]:
    """(type, sorted participants) of each proposed event, sorted."""
    return sorted(
        (event.type, tuple(sorted(p.person or p.country or "" for p in event.participants)))
        for event in found.events
    )


def test_extract_attendees_listed_after_among_them(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Nine heads of state attended the summit in Lima on Monday, among them Chile's Gabriel "
        "Boric, Colombia's Gustavo Petro and Bolivia's Luis Arce, as well as the leaders of "
        "Guyana and Suriname.",
        MONDAY,
    )
    assert people_of(found) == [
        ("summit", ("GY", "SR", "gabriel-boric", "gustavo-petro", "luis-arce")),
    ]


def test_extract_a_new_person_of_a_country_listed_as_attending_is_its_leader(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Leaders of the region attended the summit in Lima on Monday, including Paraguay's "
        "Horacio Cartes and Chile's Gabriel Boric.",
        MONDAY,
    )
    assert people_of(found) == [("summit", ("gabriel-boric", "horacio-cartes"))]
    [cartes] = [person for person in found.people if person.id == "horacio-cartes"]
    assert cartes.country == "PY"


@pytest.mark.parametrize(
    "watched",
    [
        "as Vladimir Putin and Donald Trump looked on",
        "in the presence of Vladimir Putin and Donald Trump",
        "as Vladimir Putin and Donald Trump watched",
    ],
)
def test_extract_leaders_who_watched_a_signing_take_part_in_it(
    extract_with_seeds, watched: str
) -> None:
    found = extract_with_seeds(
        f"Sergey Lavrov and Mike Pompeo signed the memorandum in Geneva on Monday {watched}.",
        MONDAY,
    )
    assert people_of(found) == [
        (
            "agreement_signing",
            ("donald-trump", "mike-pompeo", "sergey-lavrov", "vladimir-putin"),
        ),
    ]


def test_extract_a_surname_spelled_as_the_article_spelled_it_is_the_person(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Antonio Costa met President of Turkmenistan Serdar Berdimuhamedov in Samarkand on "
        "Monday. A week earlier, Charles Michel held talks with President Berdimuhamedov in "
        "Ashgabat.",
        MONDAY,
    )
    assert people_of(found) == [
        ("meeting", ("antonio-costa", "serdar-berdimuhamedow")),
        ("talks", ("charles-michel", "serdar-berdimuhamedow")),
    ]
