"""The status and setting of an event when a text both plans it and rules it out, or the
parser hangs its setting on a date (issue 3, point 4). Every test reads sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow


def statuses(found) -> list[tuple[str, str]]:
    return sorted((event.type, event.status) for event in found.events)


def test_extract_no_such_meeting_rules_out_the_one_offered(extract_text) -> None:
    found = extract_text(
        "Sauli Niinisto has offered to host a meeting between Vladimir Putin and Xi Jinping, "
        "but Kremlin spokesman Dmitry Peskov said there were no plans for such a meeting."
    )
    [meeting] = found.events
    assert meeting.status == "denied"
    assert "dmitry-peskov" not in {p.person for p in meeting.participants}


def test_extract_no_such_meeting_outweighs_an_intention(extract_text) -> None:
    found = extract_text(
        "Asked whether Vladimir Putin intended to meet Xi Jinping in Helsinki, the Kremlin "
        "spokesman Dmitry Peskov said that no such meeting was planned at this time."
    )
    assert statuses(found) == [("meeting", "denied")]


def test_extract_no_plans_yet_leaves_an_agreement_to_meet_proposed(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin and Xi Jinping have agreed to meet. Dmitry "
        "Peskov said there were no plans for a meeting between the two leaders yet."
    )
    assert statuses(found) == [("meeting", "proposed")]


def test_extract_no_plans_yet_alone_rules_the_meeting_out_for_now(extract_text) -> None:
    found = extract_text(
        "Dmitry Peskov said on Monday that there were no plans yet for another meeting "
        "between Vladimir Putin and Xi Jinping."
    )
    assert statuses(found) == [("meeting", "denied")]


def test_extract_the_sidelines_the_parser_hangs_on_the_date_still_place_it(extract_text) -> None:
    found = extract_text(
        "Prime Minister Shri Narendra Modi met H.E. Mr. Vladimir Putin, President of the "
        "Russian Federation, on 6 May 2019 on the sidelines of the meeting of the SCO Council "
        "of Heads of State in Samarkand."
    )
    [meeting] = [event for event in found.events if event.type == "meeting"]
    assert (meeting.place, meeting.date.start) == ("samarkand", dt.date(2019, 5, 6))


DOWNING_STREET = "Prime Minister's Office, 10 Downing Street"
READOUT = (
    "The Prime Minister spoke to the President-elect of Ukraine this evening to congratulate "
    "him on his election victory. The leaders agreed to meet in person as soon as possible."
)


def test_extract_a_president_elect_is_whoever_takes_the_office_next(extract_text) -> None:
    found = extract_text(READOUT, source=DOWNING_STREET, title="PM call with President-elect")
    people = {(p.person, p.role) for event in found.events for p in event.participants}
    assert statuses(found) == [("meeting", "proposed"), ("phone_call", "occurred")]
    assert people == {("theresa-may", "Prime Minister"), ("volodymyr-zelensky", "President-elect")}


def test_extract_no_one_is_president_elect_long_before_a_term_begins(extract_text) -> None:
    found = extract_text(
        READOUT,
        published=dt.date(2018, 12, 1),
        source=DOWNING_STREET,
        title="PM call with President-elect",
    )
    assert found.events == ()


def test_extract_a_date_in_a_clause_of_since_dates_no_event(extract_text) -> None:
    found = extract_text(
        "Xi Jinping flew to Moscow on Saturday for talks with Vladimir Putin, becoming the "
        "first foreign leader to meet him since the war began on Feb. 24."
    )
    assert {event.date.start for event in found.events} == {dt.date(2019, 5, 4)}


def test_extract_speaking_with_someone_who_asked_for_the_call_is_a_call(extract_text) -> None:
    found = extract_text(
        "Later on Sunday Putin spoke for nearly two hours with French President Emmanuel "
        "Macron, who had requested the call, an official at the Elysee palace said."
    )
    [call] = found.events
    assert call.type == "phone_call"
    assert {p.person for p in call.participants} == {"vladimir-putin", "emmanuel-macron"}
    assert "sunday-putin" not in {person.id for person in found.people}


def test_extract_attending_a_summit_months_before_is_not_the_meeting_just_told(extract_text):
    found = extract_text(
        "Vladimir Putin and Xi Jinping met for the first time on Monday, on the sidelines of "
        "the U.N. General Assembly, four months after a planned meeting between them at the "
        "G20 summit in Helsinki, Finland, fell through.\n\nThe talks at a Manhattan hotel "
        "lasted about an hour. Putin was accompanied by Foreign Minister Sergei Lavrov. Dmitry "
        "Peskov, his press secretary, also took part.\n\n"
        "In Helsinki in January, the two leaders were both attending the G20 summit as guests, "
        "but their scheduled meeting never took place."
    )
    meeting = next(event for event in found.events if event.date.start == dt.date(2019, 5, 6))
    assert (meeting.type, meeting.place) == ("meeting", None)


def test_extract_had_last_spoken_by_telephone_is_a_call_of_its_own(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin held talks in Helsinki with Xi Jinping. The two presidents had last "
        "spoken by telephone on May 2."
    )
    assert sorted((e.type, e.date.start) for e in found.events) == [
        ("phone_call", dt.date(2019, 5, 2)),
        ("talks", dt.date(2019, 5, 7)),
    ]


def test_extract_a_deal_signed_by_two_ministers_is_signed_by_them(extract_text) -> None:
    found = extract_text(
        "Russia and China signed a trade agreement in Helsinki on Monday. The deal was signed "
        "at the Finnish foreign ministry by the Russian foreign minister, Sergei Lavrov, and "
        "his Chinese counterpart, Wang Yi."
    )
    [signing] = found.events
    assert signing.type == "agreement_signing"
    assert {p.person for p in signing.participants} == {"sergey-lavrov", "wang-yi"}


def test_extract_officials_accompanying_or_present_take_part(extract_text) -> None:
    accompanied = extract_text(
        "Xi Jinping held talks with Vladimir Putin in Helsinki on Monday. Putin was accompanied "
        "by Foreign Minister Sergei Lavrov and Press Secretary Dmitry Peskov."
    )
    present = extract_text(
        "Xi Jinping held talks with Vladimir Putin in Helsinki on Monday. Sergei Lavrov and "
        "Wang Yi were present at the meeting."
    )
    for found, extra in ((accompanied, "sergey-lavrov"), (present, "wang-yi")):
        assert [e.type for e in found.events] == ["talks"], found.events
        [talks] = found.events
        assert {"xi-jinping", "vladimir-putin", extra} <= {p.person for p in talks.participants}


def test_extract_the_date_and_place_in_the_event_words_own_phrase_win(extract_text) -> None:
    found = extract_text(
        "The accord builds on a declaration signed by the two ministers, again with Lavrov "
        "present, in Beijing in April, and on a meeting between Putin and Xi Jinping hosted by "
        "Sauli Niinisto in Helsinki in March."
    )
    meeting = next(event for event in found.events if event.type == "meeting")
    assert (meeting.date.start, meeting.place) == (dt.date(2019, 3, 1), "helsinki")


def test_extract_a_trip_to_meet_someone_told_in_passing_is_a_visit(extract_text) -> None:
    found = extract_text(
        "Putin was accompanied by his foreign minister, Sergei Lavrov, who had traveled to "
        "Beijing in March to meet Xi Jinping."
    )
    [visit] = found.events
    assert (visit.type, visit.place, visit.date.start) == ("visit", "beijing", dt.date(2019, 3, 1))
    assert {p.person for p in visit.participants} == {"sergey-lavrov", "xi-jinping"}
    [flight] = extract_text(
        "Xi Jinping flew to Moscow on Saturday for three hours of talks with Putin."
    ).events
    assert (flight.type, flight.place) == ("visit", "moscow")


def test_extract_an_organizations_official_is_no_side_of_their_own_country(extract_text):
    found = extract_text(
        "The Secretary-General met President Xi Jinping in Beijing on Monday, the United "
        "Nations said."
    )
    [meeting] = found.events
    sides = {(p.person, p.country) for p in meeting.participants}
    assert sides == {("antonio-guterres", None), ("xi-jinping", "CN")}


def test_extract_the_signers_and_guests_of_a_deal_are_one_signing(extract_text) -> None:
    found = extract_text(
        "Russia and China on Monday signed a trade deal in Helsinki. The signing ceremony was "
        "attended by Prime Minister Narendra Modi. Russian Industry Minister Denis Manturov "
        "and Chinese Commerce Minister Wang Wentao signed the documents."
    )
    [signing] = found.events
    people = {p.person for p in signing.participants}
    assert {"narendra-modi", "denis-manturov", "wang-wentao"} <= people


def test_extract_delegations_however_told_join_the_event_of_their_leader(extract_text) -> None:
    texts = {
        "Vladimir Putin met Xi Jinping in Helsinki on Monday. Taking part in the talks on the "
        "Russian side were Foreign Minister Sergei Lavrov and Dmitry Peskov.": "sergey-lavrov",
        "Vladimir Putin met Xi Jinping in Helsinki on Monday. The Chinese delegation included "
        "Foreign Minister Wang Yi.": "wang-yi",
        "Vladimir Putin met Xi Jinping in Helsinki on Monday. Foreign Minister Sergei Lavrov "
        "joined President Putin.": "sergey-lavrov",
    }
    for text, extra in texts.items():
        [meeting] = extract_text(text).events
        assert {"vladimir-putin", "xi-jinping", extra} <= {p.person for p in meeting.participants}
    found = extract_text(
        "Vladimir Putin visited Beijing on Monday and held talks with Xi Jinping. The visit came "
        "weeks after Putin's meeting with Narendra Modi in Moscow in March. Sergei Lavrov, who "
        "accompanied the President, said the talks were useful."
    )
    with_lavrov = [
        e.type for e in found.events if "sergey-lavrov" in {p.person for p in e.participants}
    ]
    assert with_lavrov == ["visit"]


def test_extract_where_stands_for_the_place_named_before_it(extract_text) -> None:
    [meeting] = extract_text(
        "Narendra Modi also took up the grain issue with Russian President Vladimir Putin in "
        "Samarkand on Tuesday, "
        "where the two leaders met on the sidelines of a trilateral summit."
    ).events
    assert (meeting.type, meeting.place) == ("meeting", "samarkand")


def test_extract_a_trip_for_meetings_with_two_leaders_is_one_visit_each(extract_text) -> None:
    found = extract_text(
        "Narendra Modi held talks with Xi Jinping in Beijing on Monday. Modi is due in Helsinki "
        "and Moscow next week for meetings with Finnish President Sauli Niinisto and Vladimir "
        "Putin."
    )
    planned = sorted(
        (e.type, e.status, e.place, tuple(sorted(p.person or "" for p in e.participants)))
        for e in found.events
        if e.status == "planned"
    )
    assert planned == [
        ("visit", "planned", "helsinki", ("narendra-modi", "sauli-niinisto")),
        ("visit", "planned", "moscow", ("narendra-modi", "vladimir-putin")),
    ]


def test_extract_a_present_tense_schedule_reads_its_days_forward(extract_text) -> None:
    [talks] = extract_text(
        "Xi Jinping travels on Sunday to Helsinki, before holding talks with Vladimir Putin in "
        "Moscow on Monday.",
        published=dt.date(2019, 5, 11),  # a Saturday
    ).events
    assert (talks.status, talks.date.start, talks.place) == (
        "planned",
        dt.date(2019, 5, 13),
        "moscow",
    )


def test_extract_days_counted_from_another_event_or_given_aside_date_nothing_else(extract_text):
    found = extract_text(
        "Vladimir Putin held talks in Moscow with Narendra Modi. The day before, the two "
        "leaders had an informal conversation at Novo-Ogaryovo, the residence outside Moscow."
    )
    assert sorted(e.date.start for e in found.events) == [dt.date(2019, 5, 6), dt.date(2019, 5, 7)]
    aside = extract_text(
        "On May 5 (local time; May 6, Beijing time), Xi Jinping, President of China, who was "
        "visiting Helsinki, held a summit meeting with Vladimir Putin, President of Russia."
    )
    summits = [e for e in aside.events if e.type == "summit"]
    assert [e.date.start for e in summits] == [dt.date(2019, 5, 5)]
    found = extract_text(
        "Russia and China signed a trade deal in Helsinki on Sunday. Before the ceremony, Xi "
        "Jinping met Vladimir Putin."
    )
    assert {e.date.start for e in found.events} == {dt.date(2019, 5, 5)}


def test_extract_a_spokesman_for_an_office_is_not_its_holder(extract_text) -> None:
    found = extract_text(
        "The following is the noon briefing by Farhan Haq, Deputy Spokesman for the "
        "Secretary-General. Deputy Secretary-General Amina Mohammed is in Nairobi. The "
        "Secretary-General met President Xi Jinping in Beijing today.",
        source="United Nations",
    )
    [meeting] = [event for event in found.events if event.type == "meeting"]
    assert {p.person for p in meeting.participants} == {"antonio-guterres", "xi-jinping"}


def test_extract_also_follows_the_days_news_not_the_background_before_it(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin had a telephone conversation with Xi Jinping. The presidents recalled "
        "the treaty they signed in Moscow in January during Xi Jinping's visit to Russia. "
        "Vladimir Putin also had a telephone conversation with Narendra Modi."
    )
    calls = [e for e in found.events if e.type == "phone_call"]
    assert [e.date.start for e in calls] == [dt.date(2019, 5, 7), dt.date(2019, 5, 7)]


def test_extract_sitting_down_together_is_a_meeting(extract_text) -> None:
    found = extract_text(
        "It was the first meeting of Vladimir Putin and Xi Jinping this year. They last sat "
        "down together in November 2018 in Helsinki."
    )
    dates = sorted((e.type, e.date.start) for e in found.events)
    assert ("meeting", dt.date(2018, 11, 1)) in dates
    assert extract_text("Vladimir Putin sat down in Helsinki on Monday.").events == ()


def test_extract_who_cancelled_an_event_had_a_side_in_it(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "U.N. Secretary-General Ban Ki-moon said Wednesday that North Korea has cancelled his "
        "planned visit to the Kaesong Industrial Complex.",
        dt.date(2015, 5, 20),
    )
    sides = {
        (event.status, p.person or p.country) for event in found.events for p in event.participants
    }
    assert ("cancelled", "KP") in sides
