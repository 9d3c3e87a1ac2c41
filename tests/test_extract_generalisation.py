"""Rules that carry extraction beyond the texts it was written against: a meeting's place from
the gathering it was held beside, a person of no known country standing for the one country
the event names (issue 3, point 4). Every test reads sentences written for it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def sides(event) -> tuple:
    return tuple(sorted((p.person or "", p.country or "") for p in event.participants))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A summit known only by its common noun gives no parent record, but still the city.
        (
            "Lavrov met Wang Yi on the sidelines of the summit in Helsinki on Monday.",
            "helsinki",
        ),
        (
            "Lavrov met Wang Yi on the margins of the G20 summit in Helsinki on Monday.",
            "helsinki",
        ),
        (
            "Lavrov held talks with Wang Yi on the sidelines of the G20 summit in Helsinki on "
            "Monday.",
            "helsinki",
        ),
        # A place the meeting names itself wins over the gathering's.
        (
            "Lavrov met Wang Yi in Rovaniemi on the sidelines of the summit in Helsinki on Monday.",
            "rovaniemi",
        ),
    ],
)
def test_extract_a_side_meeting_takes_the_gatherings_city(extract_text, text, place) -> None:
    meetings = [e for e in extract_text(text).events if e.type in ("meeting", "talks")]
    assert meetings[0].place == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The new person of no stated country is the side of the one country left over.
        (
            "Prime Minister Jan Novak held talks with Xi Jinping in Beijing on Monday. India and "
            "China held talks in Beijing on Monday.",
            [(("jan-novak", "IN"), ("xi-jinping", "CN"))],
        ),
        (
            "India and China held talks in Beijing on Monday. Prime Minister Jan Novak held talks "
            "with Xi Jinping in Beijing on Monday.",
            [(("jan-novak", "IN"), ("xi-jinping", "CN"))],
        ),
        (
            "Prime Minister Jan Novak and India held talks with Xi Jinping in Beijing on Monday.",
            [(("jan-novak", "IN"), ("xi-jinping", "CN"))],
        ),
        # A person of known country leaves the other country a side of another event.
        (
            "Lavrov held talks with Xi Jinping in Beijing on Monday. India and China held talks "
            "in Beijing on Monday.",
            [(("", "CN"), ("", "IN")), (("sergey-lavrov", "RU"), ("xi-jinping", "CN"))],
        ),
        # A visitor is never the host.
        (
            "Prime Minister Jan Novak visited China on Monday.",
            [(("", "CN"), ("jan-novak", ""))],
        ),
    ],
)
def test_extract_a_person_of_no_known_country_stands_for_the_open_side(
    extract_text, text, expected
) -> None:
    found = extract_text(text).events
    assert sorted(sides(event) for event in found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi Jinping hosted Sergey Lavrov in Beijing on Monday.", "visit"),
        ("Xi Jinping received Lavrov in Beijing on Monday.", "visit"),
        ("Xi Jinping met the visiting Russian Foreign Minister in Beijing on Monday.", "visit"),
        (
            "Lavrov, who is in China on an official visit, held talks with Wang Yi in Beijing "
            "on Monday.",
            "visit",
        ),
        ("During his visit to China, Lavrov met Xi Jinping in Beijing on Monday.", "visit"),
        # No host, no visitor: a meeting stays a meeting, a visit to come another event.
        ("Xi Jinping met Lavrov in Helsinki on Monday.", "meeting"),
        (
            "Lavrov held talks with Wang Yi in Helsinki on Monday ahead of a visit to India.",
            "talks",
        ),
    ],
)
def test_extract_a_host_meeting_a_visitor_is_a_visit(extract_text, text, expected) -> None:
    occurred = [e for e in extract_text(text).events if e.status == "occurred"]
    assert [event.type for event in occurred] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov told Pompeo in a phone call on Monday that Russia would respond.",
            ("phone_call", "occurred", "2019-05-06", ("mike-pompeo", "sergey-lavrov")),
        ),
        (
            "Putin assured Trump during a telephone conversation on Friday that talks would go on.",
            ("phone_call", "occurred", "2019-05-03", ("donald-trump", "vladimir-putin")),
        ),
    ],
)
def test_extract_a_call_that_carries_what_was_said(extract_text, text, expected) -> None:
    [event] = extract_text(text).events
    people = tuple(sorted(p.person for p in event.participants))
    assert (event.type, event.status, event.date.start.isoformat(), people) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Attendees named in a later sentence join the summit reported before.
        (
            "Xi Jinping hosted a summit in Beijing on Monday. Narendra Modi and Vladimir Putin "
            "were among the leaders at the summit.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        (
            "Xi Jinping hosted a summit in Beijing on Monday. Narendra Modi and Vladimir Putin "
            "attended.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        # "Also took part" adds people to talks without making them a summit.
        (
            "Xi Jinping held talks with Vladimir Putin in Moscow on Monday. Wang Yi and Sergey "
            "Lavrov also took part.",
            [("talks", ("sergey-lavrov", "vladimir-putin", "wang-yi", "xi-jinping"))],
        ),
        (
            "Xi Jinping and Narendra Modi held a summit in Beijing on Monday. Russia was "
            "represented by Sergey Lavrov.",
            [("summit", ("narendra-modi", "sergey-lavrov", "xi-jinping"))],
        ),
        (
            "Xi Jinping hosted a summit in Beijing on Monday. Leaders including Narendra Modi and "
            "Vladimir Putin took part.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        (
            "Xi Jinping and Narendra Modi held a summit in Beijing on Monday. Putin took part "
            "by video link.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        (
            "Xi Jinping hosted the summit in Beijing on Monday. Narendra Modi and Vladimir Putin "
            "were also present.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        (
            "Xi Jinping hosted the summit in Beijing on Monday. He was joined by Narendra Modi and "
            "Vladimir Putin.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        (
            "Xi Jinping hosted the summit in Beijing on Monday. Participants included Narendra "
            "Modi and Vladimir Putin.",
            [("summit", ("narendra-modi", "vladimir-putin", "xi-jinping"))],
        ),
        # With no event reported before, taking part is no event.
        ("Narendra Modi and Vladimir Putin took part.", []),
        ("Narendra Modi and Vladimir Putin were present.", []),
    ],
)
def test_extract_attendees_named_later_join_the_event(extract_text, text, expected) -> None:
    found = [
        (event.type, tuple(sorted(p.person or "" for p in event.participants)))
        for event in extract_text(text).events
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping met Donald Trump in Beijing on Monday. It was the first meeting between the "
        "two leaders since 2017.",
        "Lavrov held talks with Wang Yi in Beijing on Monday, the first visit by a Russian "
        "foreign minister since 2015.",
    ],
)
def test_extract_a_date_after_since_bounds_no_event(extract_text, text) -> None:
    dates = [event.date.start.isoformat() for event in extract_text(text).events]
    assert dates == ["2019-05-06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov called on Xi Jinping in Beijing on Monday.", [("meeting", "beijing")]),
        ("Lavrov called on Xi Jinping to end the war on Monday.", []),
        ("Pompeo called on China to release the detainees.", []),
    ],
)
def test_extract_calling_on_someone_is_a_meeting_not_an_appeal(
    extract_text, text, expected
) -> None:
    found = [(event.type, event.place) for event in extract_text(text).events]
    assert found == expected


def test_extract_an_official_who_attended_the_meeting_joins_it(extract_text) -> None:
    text = (
        "Xi Jinping held talks with Lavrov in Beijing on Monday. Foreign Minister Wang Yi, who "
        "attended the meeting, said it was productive."
    )
    [event] = extract_text(text).events
    people = sorted(p.person for p in event.participants)
    assert people == ["sergey-lavrov", "wang-yi", "xi-jinping"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan with a time to come is scheduled, even in the conditional.
        ("Putin would host Xi Jinping in Moscow in June, the Kremlin said.", "planned"),
        # With no time it stays a proposal.
        ("Putin would host Xi Jinping in Moscow, the Kremlin said.", "proposed"),
        ("Trump said Wednesday he hoped to meet Xi Jinping.", "proposed"),
    ],
)
def test_extract_a_plans_status_follows_its_time(extract_text, text, expected) -> None:
    [event] = extract_text(text).events
    assert event.status == expected


def test_extract_a_meeting_before_the_talks_is_dated_and_placed_by_them(extract_text) -> None:
    text = "Xi Jinping met Lavrov in Beijing on Monday. Before the talks, Wang Yi met Lavrov."
    found = sorted(
        (tuple(sorted(p.person for p in e.participants)), e.date.start.isoformat(), e.place)
        for e in extract_text(text).events
    )
    assert found == [
        (("sergey-lavrov", "wang-yi"), "2019-05-06", "beijing"),
        (("sergey-lavrov", "xi-jinping"), "2019-05-06", "beijing"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Talks named only as a time still are the talks of those who then acted.
        (
            "After talks in Moscow on Monday, Xi Jinping and Putin signed an agreement.",
            ("talks", "2019-05-06", ("vladimir-putin", "xi-jinping")),
        ),
    ],
)
def test_extract_talks_in_a_time_clause_are_an_event(extract_text, text, expected) -> None:
    found = [
        (e.type, e.date.start.isoformat(), tuple(sorted(p.person for p in e.participants)))
        for e in extract_text(text).events
    ]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one organization the text names with such an office says whose it is.
        (
            "The Secretary-General met President Xi Jinping in Beijing on Monday, the United "
            "Nations said.",
            [("antonio-guterres", "xi-jinping")],
        ),
        # With no organization named, the title stays unresolved.
        ("The Secretary-General met President Xi Jinping in Beijing on Monday.", []),
    ],
)
def test_extract_a_bare_title_takes_the_office_of_the_named_organization(
    extract_text, text, expected
) -> None:
    found = [
        tuple(sorted(p.person or "" for p in event.participants))
        for event in extract_text(text).events
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Then", "also": the next event of the same day, dated by the one before.
        (
            "Xi Jinping met Lavrov in Beijing on Monday. He then held talks with Pompeo.",
            ["2019-05-06", "2019-05-06"],
        ),
        # A date of its own wins.
        (
            "Xi Jinping met Lavrov in Beijing on Monday. On Sunday, he also met Pompeo.",
            ["2019-05-05", "2019-05-06"],
        ),
    ],
)
def test_extract_an_event_reported_next_takes_the_day_before_it(
    extract_text, text, expected
) -> None:
    dates = sorted(event.date.start.isoformat() for event in extract_text(text).events)
    assert dates == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name after the title's own "for" phrase is the title holder, not a country's stand-in.
        (
            "China's special envoy for Eurasian affairs Li Hui met Lavrov in Moscow on Monday.",
            (("li-hui", "CN"), ("sergey-lavrov", "RU")),
        ),
    ],
)
def test_extract_a_name_after_a_long_title_holds_it(extract_text, text, expected) -> None:
    [event] = extract_text(text).events
    assert sides(event) == expected
