"""How readouts tell the ceremonies around talks and a leader's round of calls: signatures "put
to the document", a signing "under the auspices of" two leaders, "the two presidents chaired
the signing of five memoranda", a joint press conference of the two leaders only, "at the joint
press statement", "the Ukrainian side included", talks restated in apposition, "a
conversation with X and a call with Y", and the event id named after its leaders (issue 3,
point 4). Every sentence is written for its test, and each test reads it with the registry of
`seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

MONDAY = dt.date(2024, 4, 22)


def _of_type(found, event_type: str) -> list:
    return [event for event in found.events if event.type == event_type]


def test_extract_signatures_put_to_a_document_under_the_auspices_of_two_leaders(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "BAGHDAD - The memorandum was signed at the Government Palace on Monday under the "
        "auspices of Turkish President Recep Tayyip Erdogan and Iraqi Prime Minister Mohammed "
        "Shia al-Sudani. Turkish Trade Minister Omer Bolat and Iraqi Trade Minister Atheer "
        "al-Ghurairi put their signatures to the document.",
        MONDAY,
    )
    [signing] = _of_type(found, "agreement_signing")
    assert people_at(signing) == [
        "atheer-al-ghurairi",
        "mohammed-shia-al-sudani",
        "omer-bolat",
        "recep-tayyip-erdogan",
    ]
    assert signing.id == "2024-04-22-al-sudani-erdogan-agreement-signing"


def test_extract_the_two_presidents_are_the_leaders_however_titled(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The President of the Government, Pedro Sánchez, held a meeting with the President of "
        "Brazil, Luiz Inácio Lula da Silva, attended by the foreign ministers José Manuel "
        "Albares and Mauro Vieira. Afterwards, the two presidents chaired the signing of three "
        "memoranda of understanding.",
        dt.date(2023, 4, 26),
    )
    [signing] = _of_type(found, "agreement_signing")
    assert people_at(signing) == ["luiz-inacio-lula-da-silva", "pedro-sanchez"]
    [meeting] = _of_type(found, "meeting")
    assert meeting.id == "2023-04-26-lula-sanchez-meeting"


def test_extract_a_joint_press_conference_after_talks_is_the_two_leaders(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "ISTANBUL - President Recep Tayyip Erdoğan held talks with President Volodymyr "
        "Zelenskyy on Saturday. Foreign Minister Hakan Fidan attended the talks, while the "
        "Ukrainian side included Foreign Minister Dmytro Kuleba. Speaking at the joint press "
        "conference held after the talks, President Erdoğan said Ukraine deserved NATO "
        "membership.",
        dt.date(2023, 7, 8),
    )
    [talks] = _of_type(found, "talks")
    assert people_at(talks) == [
        "dmytro-kuleba",
        "hakan-fidan",
        "recep-tayyip-erdogan",
        "volodymyr-zelensky",
    ]
    [conference] = _of_type(found, "press_conference")
    assert people_at(conference) == ["recep-tayyip-erdogan", "volodymyr-zelensky"]


def test_extract_at_the_joint_press_statement_but_not_one_issued(extract_with_seeds) -> None:
    spoken = extract_with_seeds(
        "Pedro Sánchez met Luiz Inácio Lula da Silva in Madrid on Wednesday. At the joint press "
        "statement, Sánchez called Brazil a strategic partner.",
        dt.date(2023, 4, 26),
    )
    assert [people_at(e) for e in _of_type(spoken, "press_conference")] == [
        ["luiz-inacio-lula-da-silva", "pedro-sanchez"]
    ]
    issued = extract_with_seeds(
        "Pedro Sánchez met Luiz Inácio Lula da Silva in Madrid on Wednesday. The two sides "
        "issued a joint press statement on climate.",
        dt.date(2023, 4, 26),
    )
    assert _of_type(issued, "press_conference") == []


def test_extract_talks_restated_in_apposition_are_one_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "QINGDAO, Aug. 10 -- The top diplomats of South Korea and China agreed to keep "
        "talking, officials said Wednesday. Foreign Minister Park Jin and his Chinese "
        "counterpart, Wang Yi, held five hours of talks, including a lunch, in Qingdao on "
        "Tuesday, the first in-person talks between the two since May.",
        dt.date(2022, 8, 10),
    )
    [talks] = found.events
    assert (talks.date.start, people_at(talks)) == (dt.date(2022, 8, 9), ["park-jin", "wang-yi"])


def test_extract_a_conversation_beside_a_call_is_a_call_and_shares_its_possessor(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Xi Jinping held a phone call with President Lee Jae-myung on Tuesday. The "
        "call followed Lee's first conversation with President Donald Trump on June 6 and a "
        "call with Prime Minister Shigeru Ishiba on June 9.",
        dt.date(2025, 6, 10),
    )
    calls = sorted((e.date.start, people_at(e)) for e in found.events)
    assert calls == [
        (dt.date(2025, 6, 6), ["donald-trump", "lee-jae-myung"]),
        (dt.date(2025, 6, 9), ["lee-jae-myung", "shigeru-ishiba"]),
        (dt.date(2025, 6, 10), ["lee-jae-myung", "xi-jinping"]),
    ]
    assert {event.type for event in found.events} == {"phone_call"}


def test_extract_the_conversation_told_after_a_call_others_joined_is_that_call(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "On Saturday, Trump spoke by phone with President Volodymyr Zelensky. They were later "
        "joined on the call by NATO Secretary-General Mark Rutte, according to an official "
        "familiar with the conversation.",
        dt.date(2025, 8, 16),
    )
    [call] = found.events
    assert people_at(call) == ["donald-trump", "mark-rutte", "volodymyr-zelensky"]


def test_extract_the_two_governments_signed_at_the_days_talks_not_the_day_befores(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Prime Minister António Costa and Prime Minister Pedro Sánchez today co-chaired the "
        "Portugal-Spain Summit in Viana do Castelo. Foreign Minister João Gomes Cravinho met his "
        "Spanish counterpart José Manuel Albares yesterday to prepare the summit. At the end of "
        "the plenary session, the two governments signed 12 agreements.",
        dt.date(2022, 10, 28),
    )
    [signing] = [event for event in found.events if event.type == "agreement_signing"]
    assert people_at(signing) == ["antonio-costa", "pedro-sanchez"]
    assert signing.date.start == dt.date(2022, 10, 28)
