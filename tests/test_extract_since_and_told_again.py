"""Events told in a readout's own layout ("Talks between ..." on the line after the date),
by a participle ("the discussion held by X, Y and Z"), beside an earlier event ("their first
talks since a dinner in Buenos Aires on Dec. 1") and named again ("the talks", "joined Trump
at the meeting") (issue 3, point 4). Every sentence is written for its test, and each test
reads it with the registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

THURSDAY = dt.date(2015, 2, 12)


def test_extract_talks_opening_the_line_after_a_dateline_are_an_event(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "February 12, 2015, Minsk\n\nTalks between Vladimir Putin, President of Ukraine Petro "
        "Poroshenko, Federal Chancellor of Germany Angela Merkel and President of France "
        "Francois Hollande took place at the Independence Palace in Minsk.",
        THURSDAY,
    )
    [talks] = found.events
    assert talks.type == "talks"
    assert talks.place == "minsk"
    assert people_at(talks) == [
        "angela-merkel",
        "francois-hollande",
        "petro-poroshenko",
        "vladimir-putin",
    ]


def test_extract_a_discussion_held_by_several_is_theirs_and_the_talks_stay_the_news(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Talks between Vladimir Putin, Petro Poroshenko, Angela Merkel and Francois Hollande "
        "took place in Minsk on Thursday. The meeting continued the discussion held by Vladimir "
        'Putin, Angela Merkel and Francois Hollande in the Kremlin on February 6. "It was '
        'not the best night in my life," Putin told journalists after the talks. Foreign '
        "Minister Sergei Lavrov took part in the talks.",
        THURSDAY,
    )
    by_day = {event.date.start.isoformat(): event for event in found.events}
    assert sorted(by_day) == ["2015-02-06", "2015-02-12"]
    assert people_at(by_day["2015-02-06"]) == [
        "angela-merkel",
        "francois-hollande",
        "vladimir-putin",
    ]
    assert "sergey-lavrov" in people_at(by_day["2015-02-12"])


def test_extract_the_date_and_place_of_what_came_since_are_not_the_events(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Donald Trump and Xi Jinping met for about 80 minutes on the sidelines of the Group of "
        "20 summit in Osaka, their first face-to-face talks since a dinner in Buenos Aires on "
        "Dec. 1.",
        dt.date(2019, 6, 29),
    )
    [talks] = found.events
    assert people_at(talks) == ["donald-trump", "xi-jinping"]
    assert talks.date.start == dt.date(2019, 6, 29)
    assert talks.place != "buenos-aires"


def test_extract_officials_joining_at_the_meeting_hang_nothing_on_it(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "U.S. President Donald Trump and Chinese President Xi Jinping met on Saturday in Osaka. "
        "Treasury Secretary Steven Mnuchin and Secretary of State Mike Pompeo joined Trump at "
        "the meeting. The G20 summit ended on Saturday. On Friday, Trump met Russian President "
        "Vladimir Putin on the sidelines of the summit.",
        dt.date(2019, 6, 29),
    )
    parents = {event.id: event.parent for event in found.events}
    assert all(parents.get(parent) != child for child, parent in parents.items() if parent)
    assert all(
        found_event.type != "meeting"
        for found_event in found.events
        if found_event.id in set(parents.values())
    )


def test_extract_a_date_on_the_line_above_a_readout_dates_its_first_event(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "April 10, 2020\n\nVladimir Putin had a telephone conversation with President of the "
        "United States of America Donald Trump.\n\nDonald Trump expressed gratitude for the "
        "humanitarian aid delivered by a Russian plane to New York on April 1, following their "
        "telephone conversation on March 30.",
        dt.date(2020, 4, 10),
    )
    assert sorted(event.date.start.isoformat() for event in found.events) == [
        "2020-03-30",
        "2020-04-10",
    ]


def test_extract_later_in_the_day_counts_from_the_news_not_from_what_came_before(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Vladimir Putin had a telephone conversation with Donald Trump on Friday. Trump "
        "expressed gratitude for the aid delivered to New York on April 1, following their "
        "telephone conversation on March 30.\n\nLater in the day, Vladimir Putin had a "
        "telephone conversation with King of Saudi Arabia Salman bin Abdulaziz Al Saud.",
        dt.date(2020, 4, 10),
    )
    king = next(e for e in found.events if "salman-bin-abdulaziz" in people_at(e))
    assert king.date.start == dt.date(2020, 4, 10)


def test_extract_the_top_diplomats_are_the_pair_and_they_the_leaders_listed_with_titles(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "John Kerry and Sergei Lavrov held talks in Geneva on Friday. It was the second time in "
        "two weeks that the top diplomats had met, after a day of talks on August 26. US "
        "President Barack Obama and Russian President Vladimir Putin had also failed to close a "
        "deal when they met on the sidelines of the G20 summit in China earlier in the month.",
        dt.date(2016, 9, 10),
    )
    people_by_day = {e.date.start.isoformat(): people_at(e) for e in found.events}
    assert people_by_day["2016-08-26"] == ["john-kerry", "sergey-lavrov"]
    assert people_by_day["2016-09-01"] == ["barack-obama", "vladimir-putin"]
