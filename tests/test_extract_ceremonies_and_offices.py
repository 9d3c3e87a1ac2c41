"""Accessions and ceremonies (an instrument handed over, "attended the ceremony"), the offices
of Gulf and State Department readouts ("the Custodian of the Two Holy Mosques", "the Crown
Prince", "the Secretary"), and how a readout tells several events of one day ("Later, ...",
"separate talks with X and Y", "who signed the Agreement as guarantors") (issue 3, points 2
and 4). Every sentence is written for its test, and each test reads it with the registry of
`seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

from generator.extract.titles import Owners, find_titles, title_matcher

pytestmark = pytest.mark.slow

TUESDAY = dt.date(2023, 4, 4)
THURSDAY = dt.date(2022, 12, 8)


def test_extract_handing_over_an_instrument_of_accession_is_a_signing(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Finland joined NATO on Tuesday, when Foreign Minister Pekka Haavisto handed over the "
        "country's instrument of accession to US Secretary of State Antony Blinken at a "
        "ceremony hosted by NATO Secretary General Jens Stoltenberg in Brussels.",
        TUESDAY,
    )
    [signing] = found.events
    assert signing.type == "agreement_signing"
    assert signing.date.start == TUESDAY
    assert people_at(signing) == ["antony-blinken", "jens-stoltenberg", "pekka-haavisto"]


def test_extract_a_deposited_instrument_and_those_at_the_ceremony_told_later(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Foreign Minister Pekka Haavisto handed over Finland's instrument of accession to "
        "Secretary of State Antony Blinken at a ceremony in Brussels on Tuesday. Minutes "
        "earlier, Turkish Foreign Minister Mevlut Cavusoglu had deposited Turkey's instrument "
        'of ratification with Blinken. "This is a historic day," Haavisto said. "Our '
        'membership threatens no one," he added. President Sauli Niinisto attended the '
        "ceremony.",
        TUESDAY,
    )
    signings = {tuple(people_at(event)) for event in found.events}
    assert signings == {
        ("antony-blinken", "pekka-haavisto", "sauli-niinisto"),
        ("antony-blinken", "mevlut-cavusoglu"),
    }


def test_extract_formal_accession_documents_are_an_instrument(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Swedish Prime Minister Ulf Kristersson handed over the formal accession documents to "
        "Secretary of State Antony Blinken in Washington on Thursday.",
        dt.date(2024, 3, 7),
    )
    [signing] = found.events
    assert signing.type == "agreement_signing"
    assert people_at(signing) == ["antony-blinken", "ulf-kristersson"]


def test_extract_the_secretary_is_the_secretary_named_before_not_the_last_minister(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Secretary of State Antony J. Blinken today received Finland's instrument of accession "
        "from Finnish Foreign Minister Pekka Haavisto. Earlier in the day, the Secretary "
        "received the instrument of ratification of the Republic of Turkiye from Foreign "
        "Minister Mevlut Cavusoglu.",
        TUESDAY,
        source="U.S. Department of State",
    )
    signings = sorted(tuple(people_at(event)) for event in found.events)
    assert signings == [
        ("antony-blinken", "mevlut-cavusoglu"),
        ("antony-blinken", "pekka-haavisto"),
    ]


def test_extract_a_gulf_readout_of_a_reception_a_signing_and_later_talks(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Riyadh, December 08, 2022, SPA -- The Custodian of the Two Holy Mosques King Salman "
        "bin Abdulaziz Al Saud received at Al-Yamamah Palace in Riyadh today President Xi "
        "Jinping of the People's Republic of China.\n\n"
        "The Custodian of the Two Holy Mosques and the Chinese President then signed the "
        "Comprehensive Strategic Partnership Agreement.\n\n"
        "Later, His Royal Highness the Crown Prince held an official talks session with the "
        "Chinese President at Al-Yamamah Palace.",
        THURSDAY,
        source="Saudi Press Agency",
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["agreement_signing", "talks", "visit"]
    assert people_at(by_type["visit"]) == ["salman-bin-abdulaziz", "xi-jinping"]
    assert people_at(by_type["agreement_signing"]) == ["salman-bin-abdulaziz", "xi-jinping"]
    assert people_at(by_type["talks"]) == ["mohammed-bin-salman", "xi-jinping"]
    assert {event.date.start for event in found.events} == {THURSDAY}


def test_extract_a_visit_named_as_the_occasion_of_what_was_announced_has_its_date(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Turkey's parliament voted to ratify Finland's membership last Thursday, two weeks "
        "after President Recep Tayyip Erdogan announced the decision during Sauli Niinisto's "
        "visit to Ankara on 17 March.",
        TUESDAY,
    )
    [visit] = found.events
    assert visit.type == "visit"
    assert visit.date.start == dt.date(2023, 3, 17)


def test_extract_what_was_agreed_during_talks_means_the_talks_took_place(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang agreed Sunday to "
        "promote mutually beneficial relations during talks in Seoul.",
        dt.date(2024, 5, 26),
    )
    [talks] = found.events
    assert (talks.type, talks.status) == ("talks", "occurred")
    assert talks.date.start == dt.date(2024, 5, 26)


def test_extract_separate_talks_with_two_leaders_are_talks_with_each(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "On Sunday, South Korean President Yoon Suk Yeol held separate bilateral talks with "
        "Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul.",
        dt.date(2024, 5, 27),
    )
    pairs = sorted(tuple(people_at(event)) for event in found.events)
    assert pairs == [("fumio-kishida", "yoon-suk-yeol"), ("li-qiang", "yoon-suk-yeol")]


def test_extract_the_leaders_of_the_six_countries_are_the_six_named(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Chinese President Xi Jinping on Friday chaired the first China-Central Asia Summit in "
        "Xi'an. Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov, Tajik "
        "President Emomali Rahmon, Turkmen President Serdar Berdimuhamedow and Uzbek President "
        "Shavkat Mirziyoyev attended the summit. The leaders of the six countries signed the "
        "Xi'an Declaration.",
        dt.date(2023, 5, 19),
    )
    [signing] = [event for event in found.events if event.type == "agreement_signing"]
    assert len(people_at(signing)) == 6


def test_extract_a_guarantor_who_signed_the_agreement_joins_its_signing(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The Agreement was signed in Addis Ababa today by President Salva Kiir Mayardit of "
        "South Sudan and Riek Machar, leader of the SPLM-IO. The summit, chaired by Prime "
        "Minister Abiy Ahmed of Ethiopia, brought together President Yoweri Museveni of Uganda "
        "and President Uhuru Kenyatta of Kenya, who signed the Agreement as guarantors.",
        dt.date(2018, 9, 12),
    )
    [signing] = [event for event in found.events if event.type == "agreement_signing"]
    people = {p.person for p in signing.participants}
    assert {"salva-kiir-mayardit", "uhuru-kenyatta"} <= people


def test_extract_todays_leaders_did_not_meet_before_they_held_office(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Japanese Prime Minister Fumio Kishida, Chinese Premier Li Qiang and South Korean "
        "President Yoon Suk Yeol will hold a summit in Seoul on Monday, the first since the "
        "three countries' leaders met in Chengdu, China, in December 2019.",
        dt.date(2024, 5, 26),
    )
    [chengdu] = [event for event in found.events if event.date.start.year == 2019]
    assert {p.person for p in chengdu.participants} == {None}
    assert sorted(p.country for p in chengdu.participants) == ["CN", "JP", "KR"]


def test_extract_a_brazilian_readout_dates_events_by_weekday_and_day_of_month(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Luiz Inácio Lula da Silva met Argentine President Alberto Fernández at the "
        "Casa Rosada, the seat of the Argentine government in Buenos Aires, this Monday (23), on "
        "his first trip abroad since taking office on January 1.\n\n"
        "Lula arrived in Buenos Aires on Sunday night (22). On Tuesday (24), he takes part in "
        "the summit of the Community of Latin American and Caribbean States, which Brazil had "
        "left in 2020 under former president Jair Bolsonaro.\n\n"
        "On Wednesday (25), Lula travels to Montevideo, where he will meet Uruguayan President "
        "Luis Lacalle Pou.",
        dt.date(2023, 1, 23),
        source="Agência Brasil",
    )
    by_day = {event.date.start.isoformat(): event for event in found.events}
    assert people_at(by_day["2023-01-23"]) == ["alberto-fernandez", "luiz-inacio-lula-da-silva"]
    assert people_at(by_day["2023-01-25"]) == ["luis-lacalle-pou", "luiz-inacio-lula-da-silva"]
    assert by_day["2023-01-25"].status == "planned"
    assert "2023-01-01" not in by_day


def test_extract_presidents_of_two_countries_each_named_after_their_own(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Kingstown, Dec 14 (Prensa Latina) The presidents of Venezuela, Nicolás Maduro, and "
        "Guyana, Irfaan Ali, agreed on Thursday that neither country will threaten or use force "
        "against the other, at a meeting held at Argyle International Airport.\n\n"
        "The meeting was facilitated by the Prime Minister of Saint Vincent and the Grenadines, "
        "Ralph Gonsalves.",
        dt.date(2023, 12, 14),
        source="Prensa Latina",
    )
    [meeting] = found.events
    assert (meeting.type, meeting.status) == ("meeting", "occurred")
    assert meeting.date.start == dt.date(2023, 12, 14)
    assert people_at(meeting) == ["irfaan-ali", "nicolas-maduro", "ralph-gonsalves"]
    [ali] = [person for person in found.people if person.id == "irfaan-ali"]
    assert ali.country == "GY"


def test_extract_pm_before_a_name_is_a_title_and_their_call_is_both_of_theirs(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Shri Narendra Modi met the Prime Minister of Canada, H.E. Mr. Mark "
        "Carney, on 17 June 2025 in Kananaskis. Prime Minister thanked PM Carney for the "
        "invitation to the Summit, which PM Carney had extended during their telephone "
        "conversation on 6 June. The meeting ended at 5 pm and the dinner at 10 PM.",
        dt.date(2025, 6, 18),
        source="Ministry of External Affairs, India",
    )
    by_type = {event.type: event for event in found.events}
    assert people_at(by_type["phone_call"]) == ["mark-carney", "narendra-modi"]
    assert by_type["phone_call"].date.start == dt.date(2025, 6, 6)
    assert "pm-carney" not in {person.id for person in found.people}


def test_extract_bilateral_meetings_with_partners_named_after_the_sidelines(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Narendra Modi held bilateral meetings on the sidelines with Mexican "
        "President Claudia Sheinbaum and Canadian Prime Minister Mark Carney on 17 June.",
        dt.date(2025, 6, 18),
    )
    pairs = sorted(tuple(people_at(event)) for event in found.events)
    assert pairs == [("claudia-sheinbaum", "narendra-modi"), ("mark-carney", "narendra-modi")]


def test_extract_a_visit_some_days_before_a_dated_event_is_dated_from_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The Hungarian Parliament approved Sweden's application on 26 February, three days after "
        "Prime Minister Ulf Kristersson visited Budapest for talks with Prime Minister Viktor "
        "Orban. Colombian President Juan Manuel Santos and Venezuelan President Hugo Chavez "
        "agreed on Tuesday to restore relations at a meeting held in Santa Marta, three days "
        "after Santos was sworn in.",
        dt.date(2024, 3, 7),
    )
    days = sorted(event.date.start.isoformat() for event in found.events)
    assert days == ["2024-02-23", "2024-03-05"]


def test_extract_an_officials_trip_abroad_is_a_visit_but_not_a_trip_home_or_to_come(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Hungarian Prime Minister Viktor Orban hosted no other leader that month. Swedish Prime "
        "Minister Ulf Kristersson later traveled to Budapest last month, and the two leaders "
        "announced a deal on fighter jets. Kristersson later flew back to Stockholm. Next week "
        "he will fly to Washington.",
        dt.date(2024, 3, 7),
    )
    [visit] = found.events
    assert (visit.type, visit.place) == ("visit", "budapest")
    assert people_at(visit) == ["ulf-kristersson", "viktor-orban"]
    assert visit.date.start == dt.date(2024, 2, 1)


def test_extract_a_gulf_name_with_its_fathers_is_no_one_known_by_its_first_word(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan held talks with Turkish President "
        "Recep Tayyip Erdogan in Abu Dhabi. The talks were attended by H.H. Sheikh Mansour bin "
        "Zayed Al Nahyan, Vice President.",
        dt.date(2023, 7, 19),
        source="WAM",
    )
    [talks] = found.events
    assert "adly-mansour" not in people_at(talks)
    assert "mansour-bin-zayed-al-nahyan" in people_at(talks)
    assert not any(person.id.startswith("h-h") for person in found.people)


def test_extract_the_kingdom_of_a_saudi_readout_is_saudi_arabia_not_a_place(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Chinese President Xi Jinping, who is on a state visit to the Kingdom, arrived in "
        "Riyadh on Wednesday.",
        THURSDAY,
        source="Saudi Press Agency",
    )
    [visit] = found.events
    assert visit.place != "kingdom"
    assert {p.country for p in visit.participants} == {"CN", "SA"}
    assert "kingdom" not in {place.id for place in found.places}


def test_extract_talks_held_and_a_deal_signed_after_a_dated_meeting_share_its_day(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "On Thursday, Xi Jinping met with King Salman bin Abdulaziz Al Saud and held talks with "
        "Crown Prince Mohammed bin Salman at Al-Yamamah Palace. Xi and King Salman signed the "
        "Comprehensive Strategic Partnership Agreement between China and Saudi Arabia.",
        dt.date(2022, 12, 10),
    )
    assert sorted(event.type for event in found.events) == ["agreement_signing", "meeting", "talks"]
    assert {event.date.start for event in found.events} == {THURSDAY}


def test_extract_pm_in_capitals_is_a_title_but_not_the_hour(trained_nlp) -> None:
    doc = trained_nlp("PM Carney met the Mexican President at 10 PM, not at 5 pm.")
    titles = find_titles(doc, title_matcher(trained_nlp), Owners({}, {}))
    heads = [doc[title.start].i for title in titles if title.kind == "head_of_government"]
    assert heads == [0]
