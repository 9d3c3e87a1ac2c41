"""Calls a readout names as calls only after the fact ("spoke with X. Y also took part in the
conversation"), plans of one country that send different people, names that begin with a
title ("Amir-Abdollahian"), and what follows the news of a readout ("Later, ...", talks after
which a joint press conference) (issue 3, points 2 to 4). Every sentence is written for its
test, and each test reads it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

TUESDAY = dt.date(2023, 10, 10)


def test_extract_spoke_with_is_a_call_when_the_next_sentence_says_so(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu spoke this evening with President Joe Biden. Vice "
        "President Kamala Harris also took part in the conversation.",
        TUESDAY,
    )
    [call] = found.events
    assert call.type == "phone_call"
    assert call.date.start == TUESDAY
    assert people_at(call) == ["benjamin-netanyahu", "joe-biden", "kamala-harris"]


def test_extract_spoke_with_somewhere_is_no_call(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu spoke with President Joe Biden in Tel Aviv on "
        "Wednesday. The conversation lasted an hour.",
        dt.date(2023, 10, 18),
    )
    assert all(event.type != "phone_call" for event in found.events)


def test_extract_plans_sending_different_people_stay_apart(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Prime Minister Benjamin Netanyahu invited President Joe Biden to visit Israel. "
        "Secretary of State Antony Blinken will arrive in Israel on Thursday and will meet "
        "with the Prime Minister.",
        TUESDAY,
    )
    plans = sorted((event.status, tuple(people_at(event))) for event in found.events)
    assert plans == [
        ("planned", ("antony-blinken", "benjamin-netanyahu")),
        ("proposed", ("benjamin-netanyahu", "joe-biden")),
    ]


ISLAMABAD_MONDAY = dt.date(2024, 1, 29)


def test_extract_a_hyphenated_surname_alone_is_the_known_minister(extract_with_seeds) -> None:
    """ "Amir" is also a title; "Amir-Abdollahian" and "Amir Abdollahian" are the minister."""
    found = extract_with_seeds(
        "Earlier on Monday, Amir-Abdollahian held talks with his Pakistani counterpart Jalil "
        "Abbas Jilani in Islamabad. Iran's Foreign Minister Hossein Amir Abdollahian arrived on "
        'Sunday. "We are neighbours," Amir Abdollahian told reporters.',
        ISLAMABAD_MONDAY,
    )
    [talks] = found.events
    assert people_at(talks) == ["hossein-amir-abdollahian", "jalil-abbas-jilani"]
    assert found.people == ()


def test_extract_talks_after_which_a_joint_press_conference_with_a_partner(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Addressing a joint press conference with his Iranian counterpart Hossein Amir "
        "Abdollahian after delegation-level talks at the Foreign Office on Monday, Foreign "
        "Minister Jalil Abbas Jilani said the two countries had agreed to deploy liaison officers.",
        ISLAMABAD_MONDAY,
    )
    kinds = {event.type: people_at(event) for event in found.events}
    assert kinds["talks"] == ["hossein-amir-abdollahian", "jalil-abbas-jilani"]


def test_extract_later_goes_on_from_the_news_not_from_what_it_recalls(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Foreign Minister Jalil Abbas Jilani held talks with Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Islamabad on Monday. The two ministers had agreed to de-escalate "
        "during a telephone conversation on January 19. Later, the Iranian Foreign Minister "
        "called on Caretaker Prime Minister Anwaar-ul-Haq Kakar at the PM Office.",
        ISLAMABAD_MONDAY,
    )
    dated = {(event.type, *people_at(event)): event.date.start for event in found.events}
    assert dated == {
        ("talks", "hossein-amir-abdollahian", "jalil-abbas-jilani"): ISLAMABAD_MONDAY,
        ("phone_call", "hossein-amir-abdollahian", "jalil-abbas-jilani"): dt.date(2024, 1, 19),
        ("meeting", "anwaar-ul-haq-kakar", "hossein-amir-abdollahian"): ISLAMABAD_MONDAY,
    }


def test_extract_him_is_not_the_subject_of_his_own_clause(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "King Mohammed VI will not receive Prime Minister Pedro Sánchez in Rabat this Thursday, "
        "although the monarch spoke with him by telephone on Wednesday.",
        dt.date(2023, 2, 2),
    )
    [call] = [event for event in found.events if event.type == "phone_call"]
    assert (call.date.start, people_at(call)) == (
        dt.date(2023, 2, 1),
        ["mohammed-vi", "pedro-sanchez"],
    )


def test_extract_a_place_in_a_clause_about_something_else_leaves_the_speaking_a_call(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Monday spoke to Kenyan President William "
        "Ruto and asked for an inquiry into the death of a journalist who was shot by police "
        "near Nairobi a day earlier. The prime minister thanked him after the call.",
        dt.date(2022, 10, 25),
    )
    [call] = found.events
    assert (call.type, people_at(call)) == ("phone_call", ["shehbaz-sharif", "william-ruto"])
    assert call.date.start == dt.date(2022, 10, 24)


def test_extract_calls_told_after_a_series_on_a_day_are_of_that_day(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "President Andrzej Duda held a series of telephone conversations with allied leaders "
        "on Tuesday evening. The President spoke with President Joe Biden. The leaders agreed "
        "to remain in close contact. The President also held a telephone conversation with "
        "NATO Secretary General Jens Stoltenberg.",
        dt.date(2022, 11, 16),
    )
    calls = {tuple(people_at(call)): call.date.start for call in found.events}
    assert calls == {
        ("andrzej-duda", "joe-biden"): dt.date(2022, 11, 15),
        ("andrzej-duda", "jens-stoltenberg"): dt.date(2022, 11, 15),
    }


def test_extract_spoke_with_one_and_with_another_is_a_call_with_each(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "On Tuesday night, Duda spoke by phone with US President Joe Biden and with NATO "
        "secretary general Jens Stoltenberg.",
        dt.date(2022, 11, 17),
    )
    assert sorted(people_at(call) for call in found.events) == [
        ["andrzej-duda", "jens-stoltenberg"],
        ["andrzej-duda", "joe-biden"],
    ]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("The two leaders then made joint statements to the press.", ["press_conference", "visit"]),
        ("The two leaders then made short statements to media.", ["press_conference", "visit"]),
        ("Mitsotakis then made a statement to the press.", ["visit"]),  # one of them only
    ],
)
def test_extract_statements_the_leaders_made_to_the_press_together_are_a_press_conference(
    extract_with_seeds, sentence, types
) -> None:
    found = extract_with_seeds(
        "Prime Minister Kyriakos Mitsotakis was received today by President Recep Tayyip "
        f"Erdoğan in Ankara. {sentence}",
        dt.date(2024, 5, 13),
    )
    assert sorted(event.type for event in found.events) == types
    for event in found.events:
        assert people_at(event) == ["kyriakos-mitsotakis", "recep-tayyip-erdogan"]
