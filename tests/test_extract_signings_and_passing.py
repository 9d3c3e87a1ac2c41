"""Signings told without naming who signed ("the two sides signed", "MoUs were exchanged", "a
joint declaration signed on Wednesday"), events told in passing ("since he and President Biden
met in Bali"), and "I" in a quote (issue 3, points 4 and 6: a second report of an event must
yield it for the two to merge). Every sentence is written for its test, and each test reads
it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from proposal_views import people_at

from generator import ingest
from generator.curate import merge
from generator.records import Article, Event, Participant, Source

pytestmark = pytest.mark.slow

SATURDAY = dt.date(2024, 8, 24)  # "on Friday" is 2024-08-23


def _only(found, event_type: str):
    [event] = [event for event in found.events if event.type == event_type]
    return event


def test_extract_the_two_sides_signed_after_talks_is_a_signing_of_their_leaders(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Narendra Modi held talks with Ukrainian President Volodymyr Zelenskyy "
        "in Kyiv on Friday, joined by External Affairs Minister S Jaishankar. The two sides "
        "signed four agreements, including on cooperation in agriculture and culture.",
        SATURDAY,
    )
    signing = _only(found, "agreement_signing")
    assert people_at(signing) == ["narendra-modi", "volodymyr-zelensky"]
    assert signing.date.start == dt.date(2024, 8, 23)


def test_extract_agreements_exchanged_in_the_presence_of_the_leaders_are_a_signing(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Narendra Modi held talks with President Volodymyr Zelenskyy in Kyiv "
        "on Friday. Following the talks, four Agreements and MoUs were exchanged in the "
        "presence of the leaders, in the fields of agriculture and culture.",
        SATURDAY,
    )
    signing = _only(found, "agreement_signing")
    assert people_at(signing) == ["narendra-modi", "volodymyr-zelensky"]
    assert signing.date.start == dt.date(2024, 8, 23)


def test_extract_a_joint_declaration_signed_on_a_day_is_a_signing_of_that_day(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Moon Jae-in and Kim Jong Un held talks in Pyongyang on Wednesday. On "
        "Thursday the two men climbed Mount Paektu. In a joint declaration signed on Wednesday "
        "in Pyongyang, Kim pledged to close a missile engine testing site.",
        dt.date(2018, 9, 20),
    )
    signing = _only(found, "agreement_signing")
    assert people_at(signing) == ["kim-jong-un", "moon-jae-in"]
    assert signing.date.start == dt.date(2018, 9, 19)


def test_extract_the_two_leaders_are_the_pair_named_together_not_the_host_named_after(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Yesterday in Jeddah, the Secretary-General attended the signing of a peace agreement "
        "between Ethiopia and Eritrea by Prime Minister Abiy Ahmed and President Isaias "
        "Afwerki. The ceremony was hosted by "
        "King Salman bin Abdulaziz Al Saud. The agreement built on the Joint Declaration that "
        "the two leaders signed in Asmara on 9 July.",
        dt.date(2018, 9, 17),
    )
    [asmara] = [event for event in found.events if event.place == "asmara"]
    assert people_at(asmara) == ["abiy-ahmed", "isaias-afwerki"]
    assert asmara.date.start == dt.date(2018, 7, 9)


def test_extract_following_the_talks_dates_by_the_talks_not_by_the_meeting_told_between(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Vladimir Putin held talks in the Kremlin with President Xi Jinping. The day before, "
        "on March 20, Vladimir Putin and Xi Jinping had a one-on-one informal meeting. Xi "
        "noted that trade had reached a record level last year. Following the talks, Vladimir "
        "Putin and Xi Jinping signed a joint statement on the partnership.",
        dt.date(2023, 3, 21),
    )
    signing = _only(found, "agreement_signing")
    assert signing.date.start == dt.date(2023, 3, 21)


def test_extract_he_and_another_leader_met_in_passing_is_a_meeting_of_both(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Chinese President Xi Jinping met US President Joe Biden on Wednesday. President Xi "
        "noted that it had been a year since he and President Biden met in Bali last November.",
        dt.date(2023, 11, 16),
    )
    [bali] = [event for event in found.events if event.place == "bali"]
    assert people_at(bali) == ["joe-biden", "xi-jinping"]
    assert (bali.date.start, bali.date.precision) == (dt.date(2022, 11, 1), "month")


def test_extract_i_in_a_quote_is_its_speaker(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Narendra Modi spoke to Russian President Vladimir Putin on Friday. "
        '"I look forward to hosting President Putin in India later this year," Modi added.',
        dt.date(2025, 8, 8),
    )
    visit = _only(found, "visit")
    assert (people_at(visit), visit.status) == (["narendra-modi", "vladimir-putin"], "planned")


def test_extract_your_statement_in_a_quoted_letter_is_no_statement_of_its_writer(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Donald Trump on Thursday called off his summit with Kim Jong Un. In a letter "
        'to Kim, Trump wrote: "Sadly, based on the open hostility displayed in your most recent '
        'statement, I feel it would be inappropriate to have this long-planned meeting."',
        dt.date(2018, 5, 24),
    )
    assert [event.type for event in found.events if event.type == "statement"] == []


def test_extract_a_surname_the_tagger_reads_as_a_common_noun_is_still_the_person(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Narendra Modi told Ukrainian President Volodymyr Zelenskyy in Kyiv that "
        "India has never been neutral. Modi, who travelled to Kyiv on a 10-hour overnight "
        "journey by train from the Polish border, held wide-ranging talks with Zelenskyy on "
        "Friday.",
        SATURDAY,
    )
    talks = _only(found, "talks")
    assert people_at(talks) == ["narendra-modi", "volodymyr-zelensky"]
    assert talks.date.start == dt.date(2024, 8, 23)


def test_extract_a_promise_to_visit_is_a_proposal_not_a_visit(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Moon Jae-in and Kim Jong Un held talks in Pyongyang on Wednesday. Kim also "
        "promised to make the first visit ever by a North Korean leader to Seoul, though no date "
        "was set.",
        dt.date(2018, 9, 20),
    )
    visit = _only(found, "visit")
    assert (visit.status, visit.date) == ("proposed", None)


def test_extract_in_the_presence_of_the_leaders_opening_a_signing_adds_them(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister Narendra Modi held talks with Prime Minister Shinzo Abe in Tokyo today. "
        "In the presence of the two Prime Ministers, the Agreement for Cooperation in the "
        "Peaceful Uses of Nuclear Energy was signed by Foreign Secretary S. Jaishankar and the "
        "Ambassador of Japan.",
        dt.date(2016, 11, 11),
    )
    signing = _only(found, "agreement_signing")
    assert people_at(signing) == ["narendra-modi", "shinzo-abe", "subrahmanyam-jaishankar"]


def test_extract_taiwans_president_named_without_title_is_a_side(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "SINGAPORE, Nov. 7 -- Xi Jinping and Ma Ying-jeou met here on Saturday afternoon, the "
        "first meeting between leaders of the two sides of the Taiwan Strait since 1949.",
        dt.date(2015, 11, 7),
    )
    meeting = _only(found, "meeting")
    assert people_at(meeting) == ["ma-ying-jeou", "xi-jinping"]


def test_extract_a_dialogue_held_is_talks_dated_by_the_sentence_before(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "ANCHORAGE, March 19 -- The China-U.S. high-level strategic dialogue was held in "
        "Anchorage from March 18 to 19. Yang Jiechi and Foreign Minister Wang Yi held the "
        "dialogue with U.S. Secretary of State Antony Blinken and National Security Advisor "
        "Jake Sullivan.",
        dt.date(2021, 3, 20),
    )
    talks = _only(found, "talks")
    assert people_at(talks) == ["antony-blinken", "jake-sullivan", "wang-yi", "yang-jiechi"]
    assert (talks.date.start, talks.date.end) == (dt.date(2021, 3, 18), dt.date(2021, 3, 19))


def test_extract_their_call_is_of_the_two_just_joined_and_a_holidays_eve_dates_nothing(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Yang Jiechi and Wang Yi held talks with Antony Blinken in Anchorage on Thursday. The "
        "talks implemented the consensus reached by President Xi Jinping and President Joe "
        "Biden during their phone call on the eve of the Chinese Lunar New Year, on Feb. 11.",
        dt.date(2021, 3, 20),
    )
    call = _only(found, "phone_call")
    assert people_at(call) == ["joe-biden", "xi-jinping"]
    assert call.date.start == dt.date(2021, 2, 11)


def test_extract_instruments_exchanged_before_the_leaders_are_a_signing(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The instruments were exchanged by Foreign Secretary S Jaishankar and his Bangladeshi "
        "counterpart Md Shahidul Haque in the presence of Prime Minister Narendra Modi and "
        "Prime Minister Sheikh Hasina.",
        dt.date(2015, 6, 6),
    )
    signing = _only(found, "agreement_signing")
    assert {"subrahmanyam-jaishankar", "narendra-modi", "sheikh-hasina"} <= set(people_at(signing))


def test_extract_the_years_of_a_plan_signed_are_not_the_day_of_the_signing(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Andrzej Duda held talks with President Xi Jinping in Beijing on Saturday. "
        "The two presidents witnessed the signing of an action plan for 2024-2027.",
        dt.date(2024, 6, 23),
    )
    signing = _only(found, "agreement_signing")
    assert (signing.date.start, signing.date.precision) == (dt.date(2024, 6, 22), "day")
    assert people_at(signing) == ["andrzej-duda", "xi-jinping"]


def test_extract_the_two_men_met_is_a_meeting_of_the_pair_told(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Kyriakos Mitsotakis met President Recep Tayyip Erdogan in Ankara on "
        "Monday. The rapprochement began when the two men met on the sidelines of the NATO "
        "summit in Vilnius in July 2023.",
        dt.date(2024, 5, 14),
    )
    [vilnius] = [event for event in found.events if event.place == "vilnius"]
    assert people_at(vilnius) == ["kyriakos-mitsotakis", "recep-tayyip-erdogan"]
    assert (vilnius.date.start, vilnius.date.precision) == (dt.date(2023, 7, 1), "month")


def test_extract_a_visit_told_in_passing_cites_the_report_that_tells_it(
    extract_with_seeds,
) -> None:
    """The wire report's extraction makes a record of the signing only; its sentence also
    tells the state visit another report recorded, so that record cites the wire report too."""
    published = dt.date(2024, 11, 20)
    found = extract_with_seeds(
        "Xi Jinping and Luiz Inácio Lula da Silva signed 37 agreements on Wednesday during a "
        "state visit to Brasília.",
        published,
    )
    assert [event.type for event in found.events] == ["agreement_signing"]
    visit = Event(
        id="2024-11-20-lula-xi-visit",
        title="Lula–Xi visit",
        type="visit",
        status="occurred",
        date=found.events[0].date,
        participants=(Participant("luiz-inacio-lula-da-silva"), Participant("xi-jinping")),
        sources=(Source("agencia-brasil", "Lula received Xi at the Alvorada Palace."),),
    )
    seeds = ingest.load(Path("seeds"), Path(".")).archive
    articles = (Article("test-article", "A report", published, "AP", "Text.\n"),)
    curated = merge(replace(seeds, events=(visit,), articles=articles), [found])
    [told] = [event for event in curated.archive.events if event.id == visit.id]
    assert [source.article for source in told.sources] == ["agencia-brasil", "test-article"]
