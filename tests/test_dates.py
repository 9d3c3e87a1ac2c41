"""Date expressions resolved against a publication date (generator.dates)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from generator.dates import DateMention, find, is_future, resolve
from generator.records import DateSpan

PUBLISHED = dt.date(2019, 5, 7)  # a Tuesday: last week is 29 April - 5 May
NEW_YEAR = dt.date(2019, 1, 3)  # a Thursday, just after a year boundary
ANCHOR = dt.date(2019, 4, 10)  # a Wednesday: the event last mentioned


def case(
    phrase, start, end=None, precision="day", *, published=PUBLISHED, anchor=None, future=False
):
    """One row of the table; `end` defaults to `start` (a single day)."""
    expected = DateSpan(
        dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), precision
    )
    label = f"{phrase}|{published}|{anchor}|{'future' if future else 'past'}"
    return pytest.param(phrase, published, anchor, future, expected, id=label)


TABLE = [
    # Day and month, with and without a year or a weekday.
    case("May 3", "2019-05-03"),
    case("3 May", "2019-05-03"),
    case("May 3, 2019", "2019-05-03"),
    case("3 May 2019", "2019-05-03"),
    case("May 3rd", "2019-05-03"),
    case("the 3rd of May", "2019-05-03"),
    case("Monday, May 6", "2019-05-06"),
    case("Monday May 6", "2019-05-06"),
    case("Monday 6 May 2019", "2019-05-06"),
    case("Sept. 11, 2001", "2001-09-11"),
    case("Jan. 5", "2019-01-05"),
    case("MAY 3", "2019-05-03"),
    # A year is inferred: not after publication in the past, not before it in the future.
    case("May 8", "2018-05-08"),
    case("May 8", "2019-05-08", future=True),
    case("December 28", "2018-12-28", published=NEW_YEAR),
    case("January 10", "2019-01-10", published=NEW_YEAR, future=True),
    case("January 10", "2018-01-10", published=NEW_YEAR),
    case("will visit on January 10", "2019-01-10", published=NEW_YEAR, future=True),
    # ...unless the weekday says which year: 10 January was a Thursday in 2019 only.
    case("Thursday, January 10", "2019-01-10", published=NEW_YEAR),
    # Weekdays.
    case("on Monday", "2019-05-06"),
    case("Monday", "2019-05-13", future=True),
    case("Tuesday", "2019-05-07"),
    case("Tuesday", "2019-05-07", future=True),
    case("Tuesday's talks", "2019-05-07"),
    case("Wednesday", "2019-05-01"),
    case("last Friday", "2019-05-03"),
    case("last Monday", "2019-04-29"),
    case("this Friday", "2019-05-10"),
    case("next Friday", "2019-05-17"),
    case("this past Friday", "2019-05-03"),
    case("this coming Monday", "2019-05-13"),
    case("Monday evening", "2019-05-06"),
    case("this Monday (6)", "2019-05-06"),
    case("on Wednesday (8)", "2019-05-08"),
    case("Sunday night (5)", "2019-05-05"),
    case("Friday (26)", "2019-04-26"),
    case("Monday (7)", "2019-05-06"),
    # Days counted from publication.
    case("yesterday", "2019-05-06"),
    case("today", "2019-05-07"),
    case("this morning", "2019-05-07"),
    case("tonight", "2019-05-07"),
    case("last night", "2019-05-06"),
    case("tomorrow", "2019-05-08"),
    case("the day before yesterday", "2019-05-05"),
    case("two days ago", "2019-05-05"),
    case("three weeks ago", "2019-04-16"),
    case("2 weeks ago", "2019-04-23"),
    # Vague counts are spans of days, not a guess of one day.
    case("several days ago", "2019-04-30", "2019-05-05"),
    case("a few days ago", "2019-05-02", "2019-05-05"),
    case("a couple of days ago", "2019-05-04", "2019-05-05"),
    case("the other day", "2019-04-30", "2019-05-06"),
    case("two months ago", "2019-03-01", "2019-03-31", "month"),
    case("a year ago", "2018-01-01", "2018-12-31", "year"),
    # Days counted from the anchor, or from publication without one.
    case("the day before", "2019-04-09", anchor=ANCHOR),
    case("the day before", "2019-05-06"),
    case("Just the day before", "2019-04-09", anchor=ANCHOR),
    case("the previous day", "2019-04-09", anchor=ANCHOR),
    case("the next day", "2019-04-11", anchor=ANCHOR),
    case("the following day", "2019-04-11", anchor=ANCHOR),
    case("the next day", "2019-05-08"),
    case("that day", "2019-04-10", anchor=ANCHOR),
    case("later in the day", "2019-04-10", anchor=ANCHOR),
    case("a week later", "2019-04-17", anchor=ANCHOR),
    case("two days earlier", "2019-04-08", anchor=ANCHOR),
    case("the following week", "2019-04-15", "2019-04-21", anchor=ANCHOR),
    case("the week before", "2019-04-01", "2019-04-07", anchor=ANCHOR),
    case("the previous year", "2018-01-01", "2018-12-31", "year", anchor=ANCHOR),
    # Weeks.
    case("last week", "2019-04-29", "2019-05-05"),
    case("this week", "2019-05-06", "2019-05-07"),
    case("this week", "2019-05-07", "2019-05-12", future=True),
    case("next week", "2019-05-13", "2019-05-19"),
    case("last weekend", "2019-05-04", "2019-05-05"),
    case("over the weekend", "2019-05-04", "2019-05-05"),
    case("the weekend", "2019-05-11", "2019-05-12", future=True),
    case("the weekend", "2019-05-11", "2019-05-12", published=dt.date(2019, 5, 12)),
    case("earlier this week", "2019-05-06"),
    case("late last week", "2019-05-02", "2019-05-05"),
    case("early next week", "2019-05-13", "2019-05-15"),
    # Months.
    case("earlier this month", "2019-05-01", "2019-05-06", "month"),
    case("earlier in the month", "2019-05-01", "2019-05-06", "month"),
    case("later in the week", "2019-05-08", "2019-05-12"),
    case("later this month", "2019-05-08", "2019-05-31", "month"),
    case("last month", "2019-04-01", "2019-04-30", "month"),
    case("this month", "2019-05-01", "2019-05-31", "month"),
    case("next month", "2019-06-01", "2019-06-30", "month"),
    case("in March", "2019-03-01", "2019-03-31", "month"),
    case("in May", "2019-05-01", "2019-05-31", "month"),
    case("in June", "2018-06-01", "2018-06-30", "month"),
    case("in June", "2019-06-01", "2019-06-30", "month", future=True),
    case("in March", "2020-03-01", "2020-03-31", "month", future=True),
    case("last May", "2018-05-01", "2018-05-31", "month"),
    case("next March", "2020-03-01", "2020-03-31", "month"),
    case("March 2019", "2019-03-01", "2019-03-31", "month"),
    case("December", "2018-12-01", "2018-12-31", "month", published=NEW_YEAR),
    case("early May", "2019-05-01", "2019-05-10", "month"),
    case("mid-June", "2018-06-11", "2018-06-20", "month"),
    case("mid-June", "2019-06-11", "2019-06-20", "month", future=True),
    case("late May", "2019-05-22", "2019-05-31", "month"),
    case("the end of May", "2019-05-22", "2019-05-31", "month"),
    # Seasons (northern: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb).
    case("last summer", "2018-06-01", "2018-08-31", "season"),
    case("this summer", "2019-06-01", "2019-08-31", "season"),
    case("in the summer of 2018", "2018-06-01", "2018-08-31", "season"),
    case("summer 2018", "2018-06-01", "2018-08-31", "season"),
    case("last winter", "2018-12-01", "2019-02-28", "season"),
    case("the fall of 2017", "2017-09-01", "2017-11-30", "season"),
    case("autumn 2017", "2017-09-01", "2017-11-30", "season"),
    case("in the spring", "2019-03-01", "2019-05-31", "season"),
    case("winter 2018-19", "2018-12-01", "2019-02-28", "season"),
    # Years.
    case("last year", "2018-01-01", "2018-12-31", "year"),
    case("2016", "2016-01-01", "2016-12-31", "year"),
    case("in 2016", "2016-01-01", "2016-12-31", "year"),
    case("next year", "2020-01-01", "2020-12-31", "year"),
    case("earlier this year", "2019-01-01", "2019-05-06", "year"),
    case("the 1990s", "1990-01-01", "1999-12-31", "year"),
    case("late 2018", "2018-09-01", "2018-12-31", "year"),
    case("early 2018", "2018-01-01", "2018-04-30", "year"),
    case("mid-2018", "2018-05-01", "2018-08-31", "year"),
    case("the end of last year", "2018-09-01", "2018-12-31", "year"),
    case("the first half of 2019", "2019-01-01", "2019-06-30", "year"),
    case("the beginning of the year", "2019-01-01", "2019-04-30", "year"),
    # Ranges.
    case("May 6-7", "2019-05-06", "2019-05-07"),
    case("6-7 May", "2019-05-06", "2019-05-07"),
    case("May 6–7, 2019", "2019-05-06", "2019-05-07"),
    case("between May 6 and May 7", "2019-05-06", "2019-05-07"),
    case("on 12 and 13 June 2018", "2018-06-12", "2018-06-13"),
    case("12 and 13 June", "2018-06-12", "2018-06-13"),
    case("May 30-June 2, 2018", "2018-05-30", "2018-06-02"),
    case("December 30 to January 2", "2018-12-30", "2019-01-02", published=NEW_YEAR),
    case("Monday and Tuesday", "2019-05-06", "2019-05-07"),
    case("from Monday to Wednesday", "2019-05-13", "2019-05-15", future=True),
    case("from last Friday to Monday", "2019-05-03", "2019-05-06"),
    case("between March and May 2019", "2019-03-01", "2019-05-31", "month"),
    case("2016-2018", "2016-01-01", "2018-12-31", "year"),
    case("2016-18", "2016-01-01", "2018-12-31", "year"),
    # Numeric dates: ISO, or day and month when only one reading is possible.
    case("2019-05-06", "2019-05-06"),
    case("2019-05", "2019-05-01", "2019-05-31", "month"),
    case("25/12/2018", "2018-12-25"),
    case("12/25/2018", "2018-12-25"),
    case("05/05/2019", "2019-05-05"),
    # A day of the month alone stays in the publication month when it can.
    case("on the 5th", "2019-05-05"),
    case("the 20th", "2019-04-20"),
    case("the 20th", "2019-05-20", future=True),
]


@pytest.mark.parametrize(("phrase", "published", "anchor", "future", "expected"), TABLE)
def test_resolve_table(phrase, published, anchor, future, expected):
    assert resolve(phrase, published, anchor, future_hint=future) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "the 21st century",
        "decades",
        "a long time",
        "the past",
        "ages",
        "at the same time",
        "once",
        "recently",
        "soon",
        "four years",
        "the coming weeks",
        "12/05/2019",  # 12 May or December 5: not guessed
        "05.12.2019",
        "the 30th of February",
        "2019-13-01",
        "0000-01-01",
        "the day before the vote",  # counts from an event the phrase does not date
        "two days after the summit",
        "in 2016 and 2020",  # two dates, not a range
        "Monday and Thursday",
    ],
)
def test_resolve_returns_none_for_what_is_not_one_date(phrase):
    assert resolve(phrase, PUBLISHED) is None


def spans(mentions):
    return [(m.text, str(m.span.start), str(m.span.end), m.span.precision) for m in mentions]


def test_find_dates_in_the_first_article():
    opening = (
        "Lavrov said after talks with US Secretary of state Mike Pompeo on Monday, May 6 on "
        "the sidelines of the ministerial session of the Arctic Council in Finland."
    )
    call = "Suffice it to say that Trump's phone call to Putin last Friday was initiated."
    summer = "Lavrov and Pompeo, be it noted, have not seen each other since last summer."
    assert spans(find(opening, PUBLISHED)) == [("Monday, May 6", "2019-05-06", "2019-05-06", "day")]
    assert spans(find(call, PUBLISHED)) == [("last Friday", "2019-05-03", "2019-05-03", "day")]
    assert spans(find(summer, PUBLISHED)) == [("last summer", "2018-06-01", "2018-08-31", "season")]


def test_find_reports_positions_and_flags():
    sentence = "Talks were held between 12 and 13 June, 2018, and again on May 3."
    first, second = find(sentence, PUBLISHED)
    assert first == DateMention(
        "between 12 and 13 June, 2018",
        16,
        44,
        DateSpan(dt.date(2018, 6, 12), dt.date(2018, 6, 13), "day"),
        relative=False,
        future=False,
    )
    assert sentence[second.start_char : second.end_char] == "May 3"
    assert second.relative is True


def test_find_reads_the_tense_around_each_date():
    sentence = "Lavrov, who met Pompeo on Monday, will travel to Washington in June."
    monday, june = find(sentence, PUBLISHED)
    assert (monday.span.start, monday.future) == (dt.date(2019, 5, 6), False)
    assert (june.span.start, june.span.end, june.future) == (
        dt.date(2019, 6, 1),
        dt.date(2019, 6, 30),
        True,
    )


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The two ministers will meet on Monday in Sochi.", "2019-05-13"),
        ("On Friday, Putin will host Xi Jinping.", "2019-05-10"),
        ("He said on Monday that he will travel to Moscow.", "2019-05-06"),
        ("The ministers agreed to meet on Friday.", "2019-05-10"),
        ("The ministers met on Friday.", "2019-05-03"),
        ("Putin may visit Japan on the 20th.", "2019-05-20"),
    ],
)
def test_find_places_a_weekday_by_tense(sentence, day):
    (mention,) = find(sentence, PUBLISHED)
    assert str(mention.span.start) == day


def test_find_future_hint_overrides_the_tense():
    (mention,) = find("The ministers met on Friday.", PUBLISHED, future_hint=True)
    assert mention.span.start == dt.date(2019, 5, 10)


def test_find_anchors_relative_dates_on_the_date_before_them():
    sentence = "Trump called Putin on May 3 and spoke to Macron the next day."
    assert spans(find(sentence, PUBLISHED)) == [
        ("May 3", "2019-05-03", "2019-05-03", "day"),
        ("the next day", "2019-05-04", "2019-05-04", "day"),
    ]
    (following,) = find("The talks ended the following day.", PUBLISHED, anchor=ANCHOR)
    assert following.span.start == dt.date(2019, 4, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May met Angela Merkel in Berlin.",
        "Putin may visit Japan, officials said.",
        "Protesters march through the capital.",
        "Relations worsened after the fall of the Berlin Wall.",
        "The treaty shaped the 21st century.",
        "The delegation stayed on the 21st floor.",
        "The decision was announced on 12/05/2019.",
        "Talks resumed two days after the summit.",
    ],
)
def test_find_ignores_words_that_only_look_like_dates(sentence):
    assert find(sentence, PUBLISHED) == ()


def test_find_takes_a_bare_month_a_meeting_was_planned_for():
    (month,) = find("A trilateral meeting planned for February was called off.", PUBLISHED)
    assert (month.text, month.span) == (
        "February",
        DateSpan(dt.date(2019, 2, 1), dt.date(2019, 2, 28), "month"),
    )
    assert find("Voters in the shires turned for May over Corbyn.", PUBLISHED) == ()


def test_find_counts_the_same_month_or_year_from_the_last_date_named() -> None:
    march = DateSpan(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "month")
    sentence = "Lavrov hosted Wang Yi the same month, and they met again the following year."
    assert spans(find(sentence, PUBLISHED, period=march)) == [
        ("the same month", "2019-03-01", "2019-03-31", "month"),
        ("the following year", "2020-01-01", "2020-12-31", "year"),
    ]
    # Within one sentence, a date named first is the period of the phrase after it.
    sentence = "In 2016 the two sides signed a treaty, and ratified it that year."
    assert spans(find(sentence, PUBLISHED))[1] == ("that year", "2016-01-01", "2016-12-31", "year")


def test_find_keeps_separate_years_apart():
    sentence = "Elections took place in 2016 and 2020, and talks in early 2018."
    assert spans(find(sentence, PUBLISHED)) == [
        ("2016", "2016-01-01", "2016-12-31", "year"),
        ("2020", "2020-01-01", "2020-12-31", "year"),
        ("early 2018", "2018-01-01", "2018-04-30", "year"),
    ]


def test_find_future_range_with_a_plan():
    (summit,) = find("The summit is scheduled for June 27-28 in Osaka.", PUBLISHED)
    assert (summit.text, summit.span, summit.future) == (
        "June 27-28",
        DateSpan(dt.date(2019, 6, 27), dt.date(2019, 6, 28), "day"),
        True,
    )


def test_is_future_means_wholly_after_publication():
    assert is_future(DateSpan(dt.date(2019, 5, 8), dt.date(2019, 5, 8)), PUBLISHED)
    assert not is_future(DateSpan(dt.date(2019, 5, 7), dt.date(2019, 5, 12)), PUBLISHED)
    assert not is_future(DateSpan(dt.date(2019, 5, 3), dt.date(2019, 5, 3)), PUBLISHED)


def test_mentions_are_frozen():
    (mention,) = find("They met yesterday.", PUBLISHED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.text = "today"


def reference_rows():
    """The rows of the reference table in docs/reference/dates.md."""
    page = Path(__file__).resolve().parents[1] / "docs" / "reference" / "dates.md"
    table = page.read_text(encoding="utf-8").split("## Reference table", 1)[1]
    rows = [line.strip("|").split("|") for line in table.splitlines() if line.startswith("| ")]
    return [pytest.param(*(cell.strip() for cell in row), id=row[0].strip()) for row in rows[1:]]


@pytest.mark.parametrize(("phrase", "context", "start", "end", "precision"), reference_rows())
def test_reference_table_in_the_docs_is_what_the_code_does(phrase, context, start, end, precision):
    published, anchor = PUBLISHED, None
    for setting in context.split(", "):
        word, _, value = setting.partition(" ")
        if word == "published":
            published = dt.date.fromisoformat(value)
        elif word == "anchor":
            anchor = dt.date.fromisoformat(value)
    span = resolve(phrase, published, anchor, future_hint="future" in context)
    if start == "none":
        assert span is None
    else:
        assert span == DateSpan(dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision)
