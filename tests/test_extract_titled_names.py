"""Names read from the titles beside them, and events told apart by time (issue 3, points 2
and 4). The people here are not in the curated registry unless said: what is found comes from
the text, not from a list. Every test reads sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2019, 3, 12)  # a Tuesday
PUBLISHED_2019 = dt.date(2019, 5, 7)  # the default of `extract_text`


def sides(event) -> list[tuple[str | None, str | None]]:
    return sorted(
        ((p.person, p.country) for p in event.participants), key=lambda s: (s[0] or "", s)
    )


def test_extract_the_words_after_a_title_name_its_holder(extract_text) -> None:
    found = extract_text(
        "Xi Jinping held a telephone conversation with President of Finland Ukko Tapani "
        "Halonen on Tuesday.",
        published=PUBLISHED,
    )
    [call] = found.events
    assert call.type == "phone_call"
    assert sides(call) == [("ukko-tapani-halonen", "FI"), ("xi-jinping", "CN")]
    [person] = [p for p in found.people if p.id == "ukko-tapani-halonen"]
    assert person.name == "Ukko Tapani Halonen"


def test_extract_a_long_title_joined_by_and_is_one_persons(extract_text) -> None:
    found = extract_text(
        "Wang Yi held talks in Beijing with Ukrainian Deputy Prime Minister and Minister of "
        "Foreign Affairs and European Integration Olha Stefanyshyna on Monday. Olha "
        "Stefanyshyna said that Ukraine values the friendship.",
        published=PUBLISHED,
    )
    [talks] = found.events
    assert sides(talks) == [("olha-stefanyshyna", "UA"), ("wang-yi", "CN")]
    assert talks.date.start == dt.date(2019, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General met today with the Prime Minister of Finland, Juha Sipila, in "
        "Helsinki.",
        "The Secretary-General met with Juha Sipila, the Prime Minister of Finland, in Helsinki.",
    ],
)
def test_extract_a_title_before_a_name_is_not_that_names(extract_text, text) -> None:
    """The Secretary-General of the text's source is not the Prime Minister he met."""
    found = extract_text(text, published=PUBLISHED, source="United Nations")
    [meeting] = found.events
    assert [p.person for p in meeting.participants] == ["antonio-guterres", "juha-sipila"]
    assert meeting.participants[1].country == "FI"


def test_extract_an_earlier_visit_is_another_event_with_the_hosts_of_its_time(
    extract_text,
) -> None:
    found = extract_text(
        "Vladimir Putin, who is in Finland on an official visit, held talks in Helsinki "
        "with President of Finland Sauli Niinisto. The President of Russia last visited "
        "Finland in September 2016.",
        published=PUBLISHED,
    )
    visits = sorted(found.events, key=lambda event: event.date.start)
    assert [(e.type, e.date.start, e.place) for e in visits] == [
        ("visit", dt.date(2016, 9, 1), None),
        ("visit", PUBLISHED, "helsinki"),
    ]
    # Who is President of Finland now says nothing of who hosted Putin in 2016.
    assert sides(visits[0]) == [(None, "FI"), ("vladimir-putin", "RU")]
    assert sides(visits[1]) == [("sauli-niinisto", "FI"), ("vladimir-putin", "RU")]


def test_extract_a_meeting_before_the_talks_is_not_the_talks(extract_text) -> None:
    found = extract_text(
        "Wang Yi held talks with Indian Foreign Minister Vijay Keshav Gokhale in Beijing on "
        "Monday. Before the talks, Chinese Vice President Wang Qishan met with Vijay Keshav "
        "Gokhale at the Great Hall of the People.",
        published=PUBLISHED,
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["meeting", "talks"]
    assert sides(by_type["talks"]) == [("vijay-keshav-gokhale", "IN"), ("wang-yi", "CN")]
    # Someone new keeps the country their title gave them when named again without it.
    assert sides(by_type["meeting"]) == [("vijay-keshav-gokhale", "IN"), ("wang-qishan", "CN")]
    assert by_type["talks"].place == "beijing"


def test_extract_the_leaders_of_an_organization_open_its_summit(extract_text) -> None:
    """ "Leaders of the G20" are the G20, and who met on the summit's sidelines attended it."""
    found = extract_text(
        "Leaders of the Group of Twenty opened their summit in Helsinki on Monday. Narendra "
        "Modi met Xi Jinping on the sidelines of the summit on Monday."
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["meeting", "summit"]
    summit, meeting = by_type["summit"], by_type["meeting"]
    assert summit.organizations == ("g20",)
    assert summit.place == meeting.place == "helsinki"
    assert sides(summit) == sides(meeting) == [("narendra-modi", "IN"), ("xi-jinping", "CN")]


def test_extract_a_summit_named_after_a_meeting_elsewhere_is_not_that_meeting(
    extract_text,
) -> None:
    found = extract_text(
        "Donald Trump met Xi Jinping in Beijing on Saturday. Leaders of the Group of Twenty "
        "opened their annual summit in Helsinki on Monday. Xi also attended the summit in "
        "Helsinki, as did Narendra Modi."
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["meeting", "summit"]
    assert sides(by_type["meeting"]) == [("donald-trump", "US"), ("xi-jinping", "CN")]
    assert by_type["meeting"].place == "beijing"
    # "Their summit" is the leaders', not the last two people named; "as did" adds Modi.
    assert sides(by_type["summit"]) == [("narendra-modi", "IN"), ("xi-jinping", "CN")]
    assert by_type["summit"].date.start == dt.date(2019, 5, 6)


def test_extract_envoys_from_two_countries_are_their_sides(extract_text) -> None:
    found = extract_text(
        "The special envoys from Russia and Ukraine held talks in Helsinki on Monday."
    )
    [talks] = found.events
    assert sides(talks) == [(None, "RU"), (None, "UA")]
    assert talks.place == "helsinki"


def test_extract_an_event_in_another_city_is_another_event(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin met Donald Trump in Helsinki on Friday. Lavrov had visited Washington "
        "the week before."
    )
    placed = sorted((event.type, event.place) for event in found.events)
    assert placed == [("meeting", "helsinki"), ("visit", "washington")]


def test_extract_a_place_belongs_to_the_event_word_it_is_said_of(extract_text) -> None:
    found = extract_text(
        "Xi Jinping was pleased to hold talks with Vladimir Putin in Moscow for the second "
        "time, following their first meeting in Helsinki last autumn."
    )
    placed = sorted((event.type, event.place, event.date.start) for event in found.events)
    assert placed == [
        ("meeting", "helsinki", dt.date(2018, 9, 1)),
        ("talks", "moscow", dt.date(2019, 5, 7)),
    ]


def test_extract_summits_in_general_are_no_event(extract_text) -> None:
    assert extract_text("Xi Jinping has been barred from G20 summits since 2016.").events == ()


def test_extract_a_meeting_ruled_out_at_a_summit_leaves_the_summit_alone(extract_text) -> None:
    found = extract_text(
        "China has no arrangement for Xi Jinping to meet Narendra Modi at this week's G20 "
        "summit in Helsinki, a spokesperson said."
    )
    [meeting] = found.events
    assert (meeting.type, meeting.status, meeting.parent) == ("meeting", "denied", None)
    assert sides(meeting) == [("narendra-modi", "IN"), ("xi-jinping", "CN")]


def test_extract_who_opened_a_summit_attends_the_summit_named_later(extract_text) -> None:
    found = extract_text(
        "Prime Minister Narendra Modi opened the three-day summit in Helsinki on Monday. Xi "
        "Jinping, attending his first G20 summit, called for dialogue."
    )
    [summit] = found.events
    assert (summit.type, summit.place, summit.date.start) == (
        "summit",
        "helsinki",
        dt.date(2019, 5, 6),
    )
    assert sides(summit) == [("narendra-modi", "IN"), ("xi-jinping", "CN")]


def test_extract_talks_during_an_agreed_visit_are_part_of_the_planned_visit(extract_text) -> None:
    found = extract_text(
        "It was agreed that, on the eve of the summit, on May 12, Vladimir Putin would pay a "
        "state visit to China, during which the two leaders would hold talks in Beijing."
    )
    [visit] = found.events
    assert (visit.type, visit.status, visit.place) == ("visit", "planned", "beijing")
    assert visit.date.start == dt.date(2019, 5, 12)
    assert sides(visit) == [(None, "CN"), ("vladimir-putin", "RU")]


def test_extract_the_prime_minister_of_a_governments_readout_is_its_own(extract_text) -> None:
    """In a Downing Street readout "the Prime Minister" stays the British one, even after
    the text names another prime minister."""
    found = extract_text(
        "The Prime Minister spoke to Prime Minister Narendra Modi of India this afternoon. The "
        "Prime Minister said she looked forward to visiting New Delhi next week.",
        source="Prime Minister's Office, 10 Downing Street",
        title="PM call with Prime Minister Modi",
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["phone_call", "visit"]
    visit = by_type["visit"]
    assert (visit.status, visit.place, visit.date.start) == (
        "planned",
        "new-delhi",
        dt.date(2019, 5, 13),
    )
    assert sides(visit) == [("narendra-modi", "IN"), ("theresa-may", "GB")]
    assert sides(by_type["phone_call"]) == sides(visit)


def test_extract_the_next_round_of_a_dialogue_is_a_plan_of_its_own(extract_text) -> None:
    found = extract_text(
        "Russia and China held talks on trade in Beijing on Monday. Moscow and Beijing agreed "
        "to hold the next round of the dialogue in Moscow. The talks come ahead of a meeting "
        "between Vladimir Putin and Xi Jinping in Helsinki next week."
    )
    summary = sorted((e.type, e.status, e.place, len(e.participants)) for e in found.events)
    assert summary == [
        ("meeting", "planned", "helsinki", 2),
        ("talks", "occurred", "beijing", 2),
        ("talks", "proposed", "moscow", 2),
    ]
    # A call for dialogue is no event.
    assert (
        extract_text("Narendra Modi called for dialogue between Russia and Ukraine.").events == ()
    )


def test_extract_talks_that_made_no_progress_took_place(extract_text) -> None:
    """ "Made no progress at talks" says how the talks went; "his Ukrainian counterpart" is a
    foreign minister too."""
    found = extract_text(
        "Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba made "
        "no progress towards a ceasefire at talks in Helsinki on Monday."
    )
    [talks] = found.events
    assert (talks.type, talks.status, talks.place) == ("talks", "occurred", "helsinki")
    assert [(p.person, p.country, p.role) for p in talks.participants] == [
        ("sergey-lavrov", "RU", "Minister of Foreign Affairs"),
        ("dmytro-kuleba", "UA", "Foreign Minister"),
    ]


def test_extract_a_summit_named_only_as_a_meetings_setting_is_no_record(extract_text) -> None:
    sideline = (
        "Prime Minister Narendra Modi met President Xi Jinping on the sidelines of the G20 "
        "Summit in Helsinki today."
    )
    [meeting] = extract_text(sideline).events
    assert (meeting.type, meeting.place, meeting.parent) == ("meeting", "helsinki", None)
    # Told of in a sentence of its own, the summit is an event, and the meeting's parent.
    found = extract_text(sideline + " The G20 leaders adopted a declaration on trade.")
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["meeting", "summit"]
    assert by_type["meeting"].parent == by_type["summit"].id
    assert by_type["summit"].organizations == ("g20",)


def test_extract_a_plan_takes_the_day_to_come_not_the_day_it_was_told(extract_text) -> None:
    found = extract_text(
        "U.S. President Donald Trump said on Friday he would meet Chinese President Xi Jinping "
        "on Saturday on the sidelines of the G20 summit.",
        published=dt.date(2019, 5, 3),  # a Friday
    )
    [meeting] = found.events
    assert (meeting.type, meeting.status, meeting.date.start) == (
        "meeting",
        "planned",
        dt.date(2019, 5, 4),
    )
    assert sides(meeting) == [("donald-trump", "US"), ("xi-jinping", "CN")]


def test_extract_two_titled_leaders_parsed_as_one_name_are_two_sides(extract_text) -> None:
    found = extract_text(
        "U.S. President Donald Trump and Russian President Vladimir Putin held a summit in "
        "Helsinki on Monday.",
        published=dt.date(2018, 7, 16),
    )
    [summit] = found.events
    assert (summit.type, summit.place, summit.date.start) == (
        "summit",
        "helsinki",
        dt.date(2018, 7, 16),
    )
    assert sides(summit) == [("donald-trump", "US"), ("vladimir-putin", "RU")]


def test_extract_signing_a_joint_statement_is_an_agreement_signing(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin and Xi Jinping held talks in Moscow on Monday. Following the talks, the "
        "leaders signed a Joint Statement on deepening the partnership."
    )
    assert sorted((e.type, e.place, len(e.participants)) for e in found.events) == [
        ("agreement_signing", "moscow", 2),
        ("talks", "moscow", 2),
    ]


def test_extract_a_summit_reported_unnamed_is_the_one_met_beside(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin and Xi Jinping met on Monday on the sidelines of the G20 summit in "
        "Helsinki. Leaders of India and France also attended the summit."
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["meeting", "summit"]
    assert by_type["meeting"].parent == by_type["summit"].id
    assert sides(by_type["summit"]) == [
        ("emmanuel-macron", "FR"),
        ("narendra-modi", "IN"),
        ("vladimir-putin", "RU"),
        ("xi-jinping", "CN"),
    ]


def test_extract_a_call_reported_as_a_conversation_and_an_agreement(extract_text) -> None:
    """ "Agreed, in their first conversation, to meet": the conversation took place, and the
    phone call named later is that conversation; the meeting is a plan of its own."""
    found = extract_text(
        "Emmanuel Macron and Donald Trump agreed on Monday to meet in Paris next month, in "
        "their first conversation since the row. During the half-hour phone call, Trump "
        "acknowledged that France should have been consulted."
    )
    summary = sorted((e.type, e.status) for e in found.events)
    assert summary == [("meeting", "planned"), ("phone_call", "occurred")]
    [meeting] = [e for e in found.events if e.type == "meeting"]
    assert (meeting.date.start, meeting.place) == (dt.date(2019, 6, 1), "paris")


def test_extract_talks_before_an_agreement_and_a_call_by_phone(extract_text) -> None:
    found = extract_text(
        "Vladimir Putin and Narendra Modi discussed trade by phone on Monday. The ceasefire was "
        "agreed in Moscow on Saturday after ten hours of talks between Sergei Lavrov and Wang "
        "Yi."
    )
    summary = sorted((e.type, e.status, e.date.start) for e in found.events)
    assert summary == [
        ("phone_call", "occurred", dt.date(2019, 5, 6)),
        ("talks", "occurred", dt.date(2019, 5, 4)),
    ]


def test_extract_their_is_the_pair_who_were_the_subject(extract_text) -> None:
    """ "Their" and "the two leaders" are the two who met, not the last two people named."""
    found = extract_text(
        "Donald Trump and Vladimir Putin met on Monday in Helsinki despite differences over "
        "Venezuelan President Nicolas Maduro. It was their first meeting since June 2018, "
        "when the two leaders met in Moscow."
    )
    pairs = {tuple(sorted(p.person for p in e.participants)) for e in found.events}
    assert pairs == {("donald-trump", "vladimir-putin")}


def test_extract_a_title_used_as_a_name_is_the_readouts_own_head(extract_text) -> None:
    """Indian readouts say "Prime Minister" with no article for their own prime minister."""
    found = extract_text(
        "Prime Minister met President Emmanuel Macron in Paris today. Prime Minister conveyed "
        "his greetings to President Macron on the national day.",
        source="Ministry of External Affairs, Government of India",
    )
    [meeting] = found.events
    assert sides(meeting) == [("emmanuel-macron", "FR"), ("narendra-modi", "IN")]


def test_extract_a_transcript_titled_a_press_conference_is_one(extract_text) -> None:
    """A ministry's transcript: the title names the briefing; "Name:" opens each answer."""
    found = extract_text(
        "Reuters: Will the minister travel next week?\n\n"
        "Dmitry Peskov: Sergey Lavrov will visit China from May 13 to 14.",
        title="Press Secretary Dmitry Peskov's Regular Press Conference on May 7, 2019",
        source="Kremlin",
    )
    by_type = {event.type: event for event in found.events}
    assert sorted(by_type) == ["press_conference", "visit"]
    briefing = by_type["press_conference"]
    assert (briefing.date.start, briefing.participants[0].person) == (
        PUBLISHED_2019,
        "dmitry-peskov",
    )
    # The speaker's label is no part of the answer: Peskov does not visit China.
    assert sides(by_type["visit"]) == [(None, "CN"), ("sergey-lavrov", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Rivière president Édouard Lefèvre-Martin flew to Spain on Monday for a meeting with his "
        "Valmonte counterpart, Ignacio Oyarzábal.",
        "Napoli President Aurelio Rossi met Juventus President Andrea Bianchi in Turin on Monday.",
    ],
)
def test_extract_a_clubs_president_is_no_head_of_state(extract_text, text) -> None:
    assert extract_text(text).events == ()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Xi Jinping held a phone call with Vladimir Putin on Monday. Wang Yi was present.",
            ["vladimir-putin", "wang-yi", "xi-jinping"],
        ),
        (
            "Donald Trump, along with Mike Pompeo, met Xi Jinping in Beijing on Monday.",
            ["donald-trump", "mike-pompeo", "xi-jinping"],
        ),
        (
            "Donald Trump, accompanied by Mike Pompeo, met Xi Jinping in Beijing on Monday.",
            ["donald-trump", "mike-pompeo", "xi-jinping"],
        ),
        (
            "Mike Pompeo met a Russian delegation led by Sergey Lavrov in Helsinki on Monday.",
            ["mike-pompeo", "sergey-lavrov"],
        ),
    ],
)
def test_extract_officials_present_or_accompanying_take_part(extract_text, text, people) -> None:
    [event] = extract_text(text).events
    assert sorted(p.person for p in event.participants) == people


def test_extract_a_press_conference_afterwards_takes_the_talks_date(extract_text) -> None:
    found = extract_text(
        "Donald Trump and Vladimir Putin met in Helsinki on Monday. Trade was discussed. The "
        "talks were constructive, Putin told a news conference afterwards.",
        published=dt.date(2018, 7, 17),
    )
    dates = sorted((e.type, e.date.start) for e in found.events)
    assert dates == [
        ("meeting", dt.date(2018, 7, 16)),
        ("press_conference", dt.date(2018, 7, 16)),
    ]


def test_extract_a_person_of_a_country_that_signed_is_that_signing(extract_text) -> None:
    """ "Russia, China and India signed agreements ... Putin signed the documents": one
    signing, with Putin for Russia."""
    found = extract_text(
        "Russia, China and India signed agreements on trade in Moscow on Monday. Vladimir Putin "
        "signed the documents."
    )
    [signing] = found.events
    assert signing.type == "agreement_signing"
    assert sides(signing) == [(None, "CN"), (None, "IN"), ("vladimir-putin", "RU")]


def test_extract_a_ministrys_spokesperson_keeps_the_title(extract_text) -> None:
    """ "Ministry spokesperson": an unnamed state body owns the title, not a club or a firm."""
    found = extract_text(
        "Indian External Affairs Ministry spokesperson Arindam Bagchi told a weekly briefing on "
        "Tuesday that Narendra Modi would visit China."
    )
    briefings = [event for event in found.events if event.type == "press_conference"]
    assert [p.person for event in briefings for p in event.participants] == ["arindam-bagchi"]


def test_extract_the_prime_minister_is_not_the_premier_named_before(extract_text) -> None:
    """Two titles of heads of government never name one person: not "the Prime Minister"
    after Premier Li, nor "The Prime Minister and Premier Li" as one titled name."""
    found = extract_text(
        "Prime Minister Anthony Albanese welcomed Premier Li Qiang to Canberra on Monday. It "
        "follows the Prime Minister's visit to Beijing in November last year. The Prime "
        "Minister and Premier Li witnessed the signing of five agreements.",
        published=dt.date(2024, 6, 17),
    )
    by_type = {event.type: event for event in found.events}
    visits = [event for event in found.events if event.place == "beijing"]
    hosts = [[p.person for p in visit.participants if p.person] for visit in visits]
    assert hosts == [["anthony-albanese"]]
    assert visits[0].date.precision == "month"
    signing = by_type["agreement_signing"]
    assert sorted(p.person for p in signing.participants) == ["anthony-albanese", "li-qiang"]


def test_extract_the_premier_in_lower_case_is_the_prime_minister_named_by_rank(
    extract_text,
) -> None:
    """A reporter's "the premier" is any head of government; "Gen Prayut" is the Prime
    Minister Prayut named before, by his rank, and still the prime minister."""
    found = extract_text(
        "Prime Minister Prayut Chan-o-cha hosted the Apec summit in Bangkok on Friday and "
        'Saturday. Leaders included Japanese Prime Minister Fumio Kishida. "We agreed on '
        'much," Gen Prayut said. On Friday, the premier held talks with President Emmanuel '
        "Macron.",
        published=dt.date(2022, 11, 20),
        source="Bangkok Post",
    )
    assert "gen-prayut" not in {person.id for person in found.people}
    [talks] = [event for event in found.events if event.type in ("talks", "meeting")]
    assert sorted(p.person for p in talks.participants) == ["emmanuel-macron", "prayut-chan-o-cha"]
