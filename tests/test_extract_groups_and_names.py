"""Groups named as a side whose members the text lists elsewhere, names the model splits
("Crown Prince Mohammed bin Salman", "bin Salman"), and titles that only say what someone
is (issue 3, points 2 and 4). Every sentence is written for its test, and each test reads
it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at, people_of

pytestmark = pytest.mark.slow

SATURDAY = dt.date(2023, 6, 17)
TUESDAY = dt.date(2021, 1, 5)


def test_extract_a_delegation_is_the_members_the_text_lists(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "A delegation of African leaders met President Vladimir Putin in St Petersburg on "
        "Saturday. The delegation is led by President Cyril Ramaphosa and comprises President "
        "Macky Sall and Prime Minister Mostafa Madbouly.",
        SATURDAY,
    )
    assert people_of(found) == [
        ["cyril-ramaphosa", "macky-sall", "mostafa-madbouly", "vladimir-putin"]
    ]


def test_extract_who_stood_in_for_a_member_takes_part_in_their_place(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The mission held talks with President Vladimir Putin in St Petersburg on Saturday. "
        "The mission comprises President Cyril Ramaphosa and President Macky Sall. President "
        "Yoweri Museveni was represented by his envoy, Ruhakana Rugunda.",
        SATURDAY,
    )
    assert people_of(found) == [
        ["cyril-ramaphosa", "macky-sall", "ruhakana-rugunda", "vladimir-putin"]
    ]


def test_extract_they_included_lists_the_signatories_of_the_sentence_before(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The declaration was signed on Tuesday in Riyadh by the heads of the delegations. "
        "Along with Emir Tamim bin Hamad Al Thani, they included Sheikh Mohammed bin Rashid "
        "Al Maktoum and Egyptian Foreign Minister Sameh Shoukry.",
        TUESDAY,
    )
    signing = next(event for event in found.events if event.type == "agreement_signing")
    assert people_at(signing) == [
        "mohammed-bin-rashid",
        "sameh-shoukry",
        "tamim-bin-hamad-al-thani",
    ]


def test_extract_leaders_with_no_members_stated_are_still_the_two_named(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Cyril Ramaphosa and Macky Sall arrived in St Petersburg on Saturday. The leaders "
        "then held talks with President Vladimir Putin.",
        SATURDAY,
    )
    assert people_of(found) == [["cyril-ramaphosa", "macky-sall", "vladimir-putin"]]


def test_extract_a_group_s_name_is_no_person(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The African Leaders Peace Mission met President Vladimir Putin in St Petersburg on "
        "Saturday.",
        SATURDAY,
    )
    assert [person.name for person in found.people] == []


def test_extract_a_title_said_of_someone_names_no_one_else(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Cyril Ramaphosa met President Macky Sall, who is the current Chairperson "
        "of the African Union, in Pretoria on Saturday.",
        SATURDAY,
    )
    assert people_of(found) == [["cyril-ramaphosa", "macky-sall"]]
    assert "moussa-faki-mahamat" not in {m.id for m in found.mentions}


def test_extract_both_of_whom_leaves_the_clause_above_to_name_the_caller(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Cyril Ramaphosa announced the initiative on Saturday, after separate "
        "telephone conversations with President Vladimir Putin and President Volodymyr "
        "Zelensky, both of whom agreed to talk again.",
        SATURDAY,
    )
    calls = [event for event in found.events if event.type == "phone_call"]
    assert sorted(people_at(call) for call in calls) == [
        ["cyril-ramaphosa", "vladimir-putin"],
        ["cyril-ramaphosa", "volodymyr-zelensky"],
    ]


def test_extract_a_title_before_one_name_and_another_name_overlapping_is_one_person(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Saudi Crown Prince Mohammed bin Salman welcomed Emir Tamim bin Hamad Al Thani in "
        'Riyadh on Tuesday. "We need unity," bin Salman said. Along with bin Salman, the '
        "Emir visited the old town.",
        TUESDAY,
    )
    assert [person.name for person in found.people] == []
    quotes = [(quote.speaker, quote.text) for quote in found.quotes]
    assert quotes == [("mohammed-bin-salman", "We need unity")]
    assert [event.title for event in found.events] == ["Bin Salman–Al Thani visit in Riyadh"]


THURSDAY = dt.date(2024, 7, 4)
BRIEFING = "Spokesperson Randhir Jaiswal held the weekly media briefing in New Delhi on Thursday. "


def test_extract_a_plural_title_with_no_article_is_no_one_named_before(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        BRIEFING + "He said External Affairs Minister S. Jaishankar represented India at the "
        "meeting of the SCO Council of Heads of State in Astana on Thursday.",
        THURSDAY,
    )
    assert people_of(found) == [["randhir-jaiswal"]]


def test_extract_a_briefing_lends_its_place_to_no_event_it_reports(extract_with_seeds) -> None:
    found = extract_with_seeds(
        BRIEFING + "He said External Affairs Minister S. Jaishankar held talks with Chinese "
        "Foreign Minister Wang Yi on Thursday.",
        THURSDAY,
    )
    assert sorted((event.type, event.place) for event in found.events) == [
        ("press_conference", "new-delhi"),
        ("talks", None),
    ]


def test_extract_a_name_parsed_as_what_someone_was_called_is_a_call(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Biden called Albanese on Tuesday to tell him that he needed to return to Washington.",
        dt.date(2023, 5, 17),
    )
    assert [(event.type, event.date.start.isoformat()) for event in found.events] == [
        ("phone_call", "2023-05-16")
    ]
    assert people_of(found) == [["anthony-albanese", "joe-biden"]]


def test_extract_calling_someone_names_is_no_call(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Biden called Putin a killer on Tuesday. Biden called on Xi on Tuesday to end the war.",
        dt.date(2023, 5, 17),
    )
    assert found.events == ()


def test_extract_a_statement_on_home_affairs_is_no_diplomatic_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        '"This is what collective bargaining looks like, and it works," President Joe Biden '
        "said in a statement on Friday.",
        dt.date(2024, 10, 4),
    )
    assert found.events == ()


def test_extract_a_statement_issued_and_naming_a_state_is_a_statement(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Palestinian President Mahmoud Abbas issued a statement on Wednesday saying peace would "
        "not come to the region until Israel ended the occupation.",
        dt.date(2020, 9, 16),
    )
    assert [(event.type, event.date.start.isoformat()) for event in found.events] == [
        ("statement", "2020-09-16")
    ]


def test_extract_said_in_a_statement_is_how_it_was_said_no_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Palestinian President Mahmoud Abbas said in a statement on Wednesday that peace would "
        "not come until Israel ended the occupation. According to a statement from his office, "
        "he also thanked Jordan. Moon said in a statement released by his office that the "
        "Singapore talks were historic.",
        dt.date(2020, 9, 16),
    )
    assert found.events == ()


def test_extract_they_after_those_who_said_it_are_those(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Joe Biden welcomed the deal. ILA President Harold Daggett declared victory. "
        "The union and the employers said they would meet again in the coming weeks.",
        dt.date(2024, 10, 4),
    )
    assert found.events == ()


def test_extract_a_statement_read_on_television_is_an_act_of_its_own(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "In a statement read on state television on Monday, Kuwaiti Foreign Minister Sheikh "
        "Ahmad Nasser Al-Mohammad Al-Sabah said Saudi Arabia would reopen its border with Qatar.",
        dt.date(2021, 1, 5),
    )
    assert [(event.type, event.date.start.isoformat()) for event in found.events] == [
        ("statement", "2021-01-04")
    ]


PYONGYANG_DAY = dt.date(2018, 9, 19)


def test_extract_who_joined_the_talks_took_part_whatever_their_title(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Moon Jae-in and Kim Jong Un held two hours of talks at the party headquarters in "
        "Pyongyang on Tuesday, joined by Moon's national security adviser Chung Eui-yong and "
        "spy chief Suh Hoon.",
        PYONGYANG_DAY,
    )
    [talks] = found.events
    assert people_at(talks) == [
        "chung-eui-yong",
        "kim-jong-un",
        "moon-jae-in",
        "suh-hoon",
    ]
    assert talks.title == "Kim–Moon–Chung–Hoon talks in Pyongyang"


def test_extract_joined_by_in_a_clause_of_its_own_is_another_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Erdogan held talks with Volodymyr Zelensky in Lviv on Thursday, before the two "
        "leaders were joined by Antonio Guterres for a trilateral meeting.",
        dt.date(2022, 8, 18),
    )
    talks = next(event for event in found.events if event.type == "talks")
    assert people_at(talks) == [
        "recep-tayyip-erdogan",
        "volodymyr-zelensky",
    ]


def test_extract_joined_by_beside_the_subject_is_of_its_side(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Vladimir Putin, joined by Sergey Lavrov, met Xi Jinping in Beijing on Tuesday.",
        PYONGYANG_DAY,
    )
    assert people_of(found) == [["sergey-lavrov", "vladimir-putin", "xi-jinping"]]


def test_extract_a_monarch_keeps_the_number_in_a_headline(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "King Felipe VI received President Emmanuel Macron at the Royal Palace in Madrid on "
        "Tuesday.",
        PYONGYANG_DAY,
    )
    assert [event.title for event in found.events] == ["Felipe VI–Macron visit in Madrid"]


def test_extract_the_presidents_are_everyone_the_last_list_named(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The summit in Aktau on Sunday brought together President of Azerbaijan Ilham Aliyev, "
        "President of Kazakhstan Nursultan Nazarbayev, President of Russia Vladimir Putin and "
        "President of Turkmenistan Gurbanguly Berdimuhamedov. Following the talks, the "
        "presidents signed the Convention on the Legal Status of the Caspian Sea.",
        dt.date(2018, 8, 12),
    )
    signing = next(event for event in found.events if event.type == "agreement_signing")
    assert people_at(signing) == [
        "gurbanguly-berdimuhamedow",
        "ilham-aliyev",
        "nursultan-nazarbayev",
        "vladimir-putin",
    ]


def test_extract_who_did_something_at_a_meeting_was_there(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Mercosur leaders met in Asuncion on Monday. Paraguayan President Santiago Pena handed "
        "the bloc's rotating presidency to Uruguay's Luis Lacalle Pou at the meeting, which was "
        "also attended by Brazil's Luiz Inacio Lula da Silva.",
        dt.date(2024, 7, 8),
    )
    [meeting] = found.events
    assert people_at(meeting) == [
        "luis-lacalle-pou",
        "luiz-inacio-lula-da-silva",
        "santiago-pena",
    ]
    assert [(person.id, person.name) for person in found.people] == [
        ("santiago-pena", "Santiago Pena")
    ]


def test_extract_the_summit_someone_will_host_is_theirs_and_dated_by_the_clause(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Cyril Ramaphosa will attend the Russia-Africa Summit that President "
        "Vladimir Putin will host in St Petersburg in July.",
        SATURDAY,
    )
    [summit] = found.events
    assert (summit.type, summit.status, summit.date.start.isoformat(), summit.place) == (
        "summit",
        "planned",
        "2023-07-01",
        "saint-petersburg",
    )
    assert people_at(summit) == ["cyril-ramaphosa", "vladimir-putin"]


def test_extract_what_a_call_told_before_was_is_no_event_of_its_own(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Friday's call was the first talks between the leaders of Japan and China since "
        "September last year, when Xi held phone talks with Kishida's predecessor Yoshihide "
        "Suga shortly after Suga took office.",
        dt.date(2021, 10, 8),
    )
    assert [(event.type, event.date.start.isoformat()) for event in found.events] == [
        ("phone_call", "2020-09-01")
    ]
    assert people_of(found) == [["xi-jinping", "yoshihide-suga"]]


def test_extract_the_ceremony_told_again_adds_its_hosts_and_witnesses(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Abiy Ahmed and President Isaias Afwerki signed the Jeddah Peace "
        "Agreement in Jeddah on Sunday. The ceremony was hosted by the Custodian of the Two Holy "
        "Mosques, King Salman bin Abdulaziz Al Saud, in the presence of Crown Prince Mohammed "
        "bin Salman.",
        dt.date(2018, 9, 17),
    )
    assert people_of(found) == [
        ["abiy-ahmed", "isaias-afwerki", "mohammed-bin-salman", "salman-bin-abdulaziz"]
    ]


def test_extract_those_joined_for_talks_and_who_they_joined_took_part(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Donald Trump and Kim Jong Un shook hands at the Capella hotel in Singapore on Tuesday. "
        "They were then joined for expanded talks by Secretary of State Mike Pompeo and White "
        "House chief of staff John Kelly, and by Foreign Minister Ri Yong Ho.",
        dt.date(2018, 6, 12),
    )
    talks = next(event for event in found.events if event.type == "talks")
    assert people_at(talks) == [
        "donald-trump",
        "john-kelly",
        "kim-jong-un",
        "mike-pompeo",
        "ri-yong-ho",
    ]
    assert "capella" not in {person.id for person in found.people}


def test_extract_those_present_from_a_side_or_part_of_a_delegation_took_part(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Narendra Modi and Donald Trump held talks at the White House on Thursday. Secretary "
        "of State Marco Rubio was present from the US side, while External Affairs Minister "
        "S Jaishankar and National Security Adviser Ajit Doval were part of the Indian "
        "delegation.",
        dt.date(2025, 2, 14),
    )
    assert people_of(found) == [
        ["ajit-doval", "donald-trump", "marco-rubio", "narendra-modi", "subrahmanyam-jaishankar"]
    ]


def test_extract_agreed_at_their_meeting_the_meeting_took_place(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Joko Widodo and President Joe Biden agreed to elevate relations between "
        "Indonesia and the United States at their bilateral meeting at the White House on "
        "Monday.",
        dt.date(2023, 11, 14),
    )
    assert [(event.type, event.status, event.date.start.isoformat()) for event in found.events] == [
        ("meeting", "occurred", "2023-11-13")
    ]


def test_extract_a_document_signed_by_its_name_is_a_signing(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The Black Sea Grain Initiative was signed in Istanbul on Friday by the representatives "
        "of the Russian Federation and Ukraine, in the presence of President Recep Tayyip "
        "Erdogan. President Joe Biden signed the Inflation Reduction Act on Tuesday.",
        dt.date(2022, 7, 22),
    )
    assert [(event.type, event.place) for event in found.events] == [
        ("agreement_signing", "istanbul")
    ]
    assert people_of(found) == [["RU", "UA", "recep-tayyip-erdogan"]]
