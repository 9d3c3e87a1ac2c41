"""Names and titles as readouts from Madrid, Seoul, Ankara, Nairobi and the Gulf write them:
a portfolio set off by commas ("Minister for Foreign Affairs, European Union and Cooperation,
José Manuel Albares"), a portfolio between the country and the title ("Turkish Transport and
Infrastructure Minister"), a family name first ("Kim Jin-pyo", "Kang Yu-jung"), "Al" and "bin"
inside a name, "First Lady", a parliament's speaker, a dateline city that is also someone's
surname, a name that begins an airport's or a base's, and a president who is not the head of
state (issue 3, point 2). Every sentence is written for its test, and each test reads it with
the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow


def _countries(found) -> dict[str, str | None]:
    return {person.id: person.country for person in found.people}


def test_extract_a_portfolio_set_off_by_commas_belongs_to_the_name_after_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Pedro Sánchez received Luiz Inácio Lula da Silva at the Moncloa on Wednesday. The "
        "meeting was attended by the Minister for Foreign Affairs, European Union and "
        "Cooperation, José Manuel Albares, and by the Brazilian Foreign Minister, Mauro Vieira.",
        dt.date(2023, 4, 26),
    )
    [meeting] = [event for event in found.events if event.type in ("meeting", "visit")]
    assert people_at(meeting) == [
        "jose-manuel-albares",
        "luiz-inacio-lula-da-silva",
        "mauro-vieira",
        "pedro-sanchez",
    ]


def test_extract_a_portfolio_between_the_country_and_the_title(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Turkish Energy and Natural Resources Minister Aylin Demirtepe and Iraqi Oil Minister "
        "Karim Hattab Jasim signed the agreement in Baghdad on Monday.",
        dt.date(2024, 4, 22),
    )
    assert _countries(found) == {"aylin-demirtepe": "TR", "karim-hattab-jasim": "IQ"}


def test_extract_names_with_al_and_bin_and_after_a_portfolio(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Qatari Minister of Commerce Faisal bin Thani Al-Thani and UAE Minister of Energy and "
        "Infrastructure Suhail Mohamed Al Mazrouei signed the memorandum in Doha on Sunday.",
        dt.date(2024, 5, 5),
    )
    [signing] = found.events
    people = ["faisal-bin-thani-al-thani", "suhail-mohamed-al-mazrouei"]
    assert people_at(signing) == people
    assert _countries(found) == dict(zip(people, ["QA", "AE"], strict=True))


def test_extract_a_korean_given_name_is_no_ones_surname(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "SEOUL, Aug. 5 (Yonhap) -- National Assembly Speaker Kim Jin-pyo met U.S. House "
        "Speaker Nancy Pelosi at the parliament on Thursday.",
        dt.date(2022, 8, 5),
    )
    meetings = [event for event in found.events if event.type == "meeting"]
    assert [people_at(event) for event in meetings] == [["kim-jin-pyo", "nancy-pelosi"]]
    assert "park-jin" not in _countries(found)


def test_extract_a_speaker_named_by_a_wire_takes_no_country_from_its_dateline(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "SYDNEY, May 17 (Reuters) - The Quad summit was cancelled after U.S. President Joe "
        "Biden returned to Washington to meet House Speaker Kevin McCarthy.",
        dt.date(2023, 5, 17),
    )
    [speaker] = found.people
    assert (speaker.id, speaker.country, speaker.roles[0].kind) == (
        "kevin-mccarthy",
        None,
        "official",
    )


def test_extract_first_lady_is_a_title_not_a_name(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Ferdinand Marcos Jr. arrived in Tokyo on Thursday with First Lady Louise "
        "Araneta-Marcos.",
        dt.date(2023, 2, 9),
    )
    assert "louise-araneta-marcos" in _countries(found)


def test_extract_the_dateline_city_is_not_the_person_of_that_surname(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "VALENCIA, 30 Oct. (EUROPA PRESS) -\n\nThe mayor of Valencia, María José Catalá, "
        "spoke by telephone this Wednesday with the president of the Generalitat, Carlos "
        "Mazón, about the floods.",
        dt.date(2024, 10, 30),
        source="Europa Press",
    )
    assert found.events == ()
    assert "jose-valencia" not in _countries(found)


def test_extract_an_adviser_to_the_president_is_no_president(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Chief Advisor to the President Akif Cagatay Kilic and Head of the Office of the "
        "President Andriy Yermak attended the talks in Istanbul on Saturday.",
        dt.date(2023, 7, 8),
    )
    kinds = {person.id: person.roles[0].kind for person in found.people}
    assert kinds == {"akif-cagatay-kilic": "official", "andriy-yermak": "official"}


def test_extract_a_country_after_to_is_not_the_owner_of_the_next_title(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Turkey's envoy Serdar Kilic, a former ambassador to Washington, and Armenia's deputy "
        "parliament speaker Ruben Rubinyan met in Vienna on Monday.",
        dt.date(2022, 2, 24),
    )
    [meeting] = found.events
    sides = sorted((p.person, p.country) for p in meeting.participants)
    assert sides == [("ruben-rubinyan", "AM"), ("serdar-kilic", "TR")]


def test_extract_a_name_that_begins_an_airport_or_a_base_is_no_one(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Ebrahim Raisi arrived at Jomo Kenyatta International Airport on Wednesday "
        "and held talks with President William Ruto at State House. Prime Minister Shehbaz "
        "Sharif later landed at Nur Khan Air Base. The students visited NASA's Johnson Space "
        "Center.",
        dt.date(2023, 7, 12),
    )
    [talks] = found.events
    assert people_at(talks) == ["ebrahim-raisi", "william-ruto"]
    assert found.people == ()


def test_extract_the_president_is_the_office_of_that_title_not_the_head_of_state(
    extract_with_seeds,
) -> None:
    # In the registry, Iran's head of state is the Supreme Leader; its President heads the
    # government.
    found = extract_with_seeds(
        "President Ebrahim Raisi arrived in Nairobi on Wednesday. The Iranian president held "
        "talks with President William Ruto at State House.",
        dt.date(2023, 7, 12),
    )
    [talks] = found.events
    assert people_at(talks) == ["ebrahim-raisi", "william-ruto"]


def test_extract_a_king_named_by_one_name_is_the_king_of_that_day(extract_with_seeds) -> None:
    """ "King Abdullah" in 2025 is Jordan's Abdullah II (the archive also knows Saudi Arabia's
    King Abdullah, who died in 2015, and others called Abdullah); "the King" is never the
    President named after him."""
    found = extract_with_seeds(
        "His Majesty King Abdullah met US President Donald Trump at the White House on Tuesday. "
        "Sitting beside the President, the King said Arab states would present their own plan.",
        dt.date(2025, 2, 12),
        source="The Jordan Times",
    )
    [meeting] = found.events
    assert people_at(meeting) == ["abdullah-ii-of-jordan", "donald-trump"]
    assert "abdullah" not in {person.id for person in found.people}
    kings = {m.id for m in found.mentions if m.kind == "person" and m.text == "King"}
    assert kings == {"abdullah-ii-of-jordan"}
