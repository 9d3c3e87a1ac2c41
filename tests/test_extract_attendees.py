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


def test_extract_the_three_leaders_are_the_three_named_before(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Recep Tayyip Erdogan, Sauli Niinisto and Magdalena Andersson met in Madrid on Monday. "
        "Afterwards their foreign ministers signed a memorandum as the three leaders and Jens "
        "Stoltenberg looked on.",
        dt.date(2022, 6, 27),  # a day all three held office
    )
    [signing] = [event for event in found.events if event.type == "agreement_signing"]
    assert {p.person for p in signing.participants} >= {
        "recep-tayyip-erdogan",
        "sauli-niinisto",
        "magdalena-andersson",
        "jens-stoltenberg",
    }


def test_extract_a_district_of_the_city_is_no_other_place(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Fumio Kishida arrived in Seoul on Monday on a two-day visit. Kishida, who arrived in "
        "Seoul earlier in the day, held talks with Yoon Suk Yeol at the presidential office in "
        "the capital's Yongsan district.",
        dt.date(2023, 5, 8),
    )
    assert [(event.type, event.place) for event in found.events] == [("visit", "seoul")]


def test_extract_the_co_chairs_of_a_summit_attended_it(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Felix Tshisekedi and Paul Kagame took part in a joint summit of regional leaders in "
        "Dar es Salaam in February, co-chaired by Kenyan President William Ruto and Zimbabwean "
        "President Emmerson Mnangagwa.",
        dt.date(2025, 3, 19),
    )
    assert people_of(found) == [
        (
            "summit",
            ("emmerson-mnangagwa", "felix-tshisekedi", "paul-kagame", "william-ruto"),
        ),
    ]
    assert [event.place for event in found.events] == ["dar-es-salaam"]


def test_extract_a_visit_to_the_country_goes_to_the_one_named_before(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Emperor Naruhito arrived in Jakarta on Saturday for a state visit. Naruhito last "
        "visited the country in 2008, when he was crown prince.",
        dt.date(2023, 6, 19),
    )
    visits = sorted((e.date.start.year, e.place, e.participants[-1].country) for e in found.events)
    assert visits == [(2008, None, "ID"), (2023, "jakarta", "ID")]


def test_extract_a_joint_statement_is_part_of_the_meeting_not_an_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Joe Biden met Luiz Inacio Lula da Silva at the White House on Friday. The two leaders "
        "issued a joint statement after their meeting.",
        dt.date(2023, 2, 10),
    )
    assert people_of(found) == [("meeting", ("joe-biden", "luiz-inacio-lula-da-silva"))]


def test_extract_the_city_of_a_country_is_the_place_and_has_that_country(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "On Monday, Shavkat Mirziyoyev, Sadyr Japarov and Emomali Rahmon met in the Tajik city "
        "of Khujand.",
        dt.date(2025, 4, 4),
    )
    assert [event.place for event in found.events] == ["khujand"]
    assert [(place.id, place.country) for place in found.places] == [("khujand", "TJ")]


def test_extract_signed_the_accord_with_names_the_other_signers(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "On Friday, Russian Defence Minister Sergei Shoigu signed the accord with Turkish "
        "Defence Minister Hulusi Akar and Antonio Guterres.",
        dt.date(2022, 7, 22),
    )
    assert people_of(found) == [
        ("agreement_signing", ("antonio-guterres", "hulusi-akar", "sergei-shoigu")),
    ]


def test_extract_on_the_sidelines_is_beside_the_summit_reported(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Group of 20 leaders meeting in New Delhi adopted a declaration on Saturday at their "
        "summit. Joe Biden and Rishi Sunak were among the leaders attending. On the sidelines, "
        "Narendra Modi, Emmanuel Macron and Olaf Scholz signed a memorandum on a trade corridor.",
        dt.date(2023, 9, 9),
    )
    [summit] = [event for event in found.events if event.type == "summit"]
    [signing] = [event for event in found.events if event.type == "agreement_signing"]
    assert signing.parent == summit.id
    assert {p.person for p in summit.participants} >= {
        "joe-biden",
        "rishi-sunak",
        "narendra-modi",
        "emmanuel-macron",
        "olaf-scholz",
    }


def test_extract_talks_in_the_capital_between_them_brokered_by_another(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The breakthrough came on Monday after three hours of talks in the Spanish capital "
        "between Turkish President Recep Tayyip Erdogan, Finnish President Sauli Niinisto and "
        "Swedish Prime Minister Magdalena Andersson, brokered by NATO Secretary General Jens "
        "Stoltenberg.",
        dt.date(2022, 6, 27),
    )
    [talks] = found.events
    assert (talks.place, talks.title.endswith(" talks in Madrid")) == ("madrid", True)
    assert [p.person for p in talks.participants] == [
        "recep-tayyip-erdogan",
        "sauli-niinisto",
        "magdalena-andersson",
        "jens-stoltenberg",
    ]


def test_extract_where_after_a_country_is_not_the_city_before_it(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Narendra Modi travelled to the Ukrainian capital by train from Poland, where he had met "
        "Polish Prime Minister Donald Tusk in Warsaw on Thursday.",
        dt.date(2024, 8, 23),
    )
    [meeting] = [event for event in found.events if event.type == "meeting"]
    assert meeting.place == "warsaw"


def test_extract_the_three_countries_foreign_ministers_hold_that_office(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Recep Tayyip Erdogan, Sauli Niinisto and Magdalena Andersson met in Madrid on Monday. "
        "Afterwards the three countries' foreign ministers signed a memorandum.",
        dt.date(2022, 6, 27),
    )
    [signing] = [event for event in found.events if event.type == "agreement_signing"]
    assert [p.person for p in signing.participants] == [
        "mevlut-cavusoglu",
        "pekka-haavisto",
        "ann-linde",
    ]
