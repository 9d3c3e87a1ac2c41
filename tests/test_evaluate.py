"""Evaluation: the gold format, the scoring rules, the printed table and the gold set itself."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import evaluate, ingest
from generator.cli import cli
from generator.evaluate import ArticlePeople, Prediction, load_gold, normalise, score
from generator.gold import Gold, GoldError
from generator.records import (
    Archive,
    ArticleProposals,
    DateSpan,
    Event,
    Mention,
    Participant,
    Person,
    Place,
    Quote,
    Source,
    Topic,
)
from generator.scores import report_json, report_text

HERE = Path(__file__).parent
GOLD = HERE / "gold" / "gold.yml"
TINY = HERE / "gold" / "tiny" / "gold.yml"
MINIMAL = HERE / "fixtures" / "minimal"
FIRST_ARTICLE = "2019-05-07-lavrov-pompeo-rovaniemi"
TALKS, FOLLOW_UP, MEETING = (
    "2019-05-07-rovaniemi-talks",
    "2019-05-08-rovaniemi-follow-up",
    "2019-05-09-annual-meeting",
)

PEOPLE = (
    Person("sergey-lavrov", "Sergey Lavrov", aliases=("Sergei Lavrov", "Lavrov")),
    Person("mike-pompeo", "Mike Pompeo", aliases=("Pompeo",)),
    Person("vladimir-putin", "Vladimir Putin"),
    Person("donald-trump", "Donald Trump"),
    Person("antonio-guterres", "Antonio Guterres"),
)
REGISTRY = Archive(
    people=PEOPLE,
    places=(Place("rovaniemi", "Rovaniemi"), Place("helsinki", "Helsinki")),
    topics=(Topic("venezuela", "Venezuela"),),
)


def day(text: str) -> DateSpan:
    date = dt.date.fromisoformat(text)
    return DateSpan(date, date, "day")


def event(
    event_id: str,
    *people: str,
    date: DateSpan | None = None,
    sources: tuple[str, ...] = (TALKS,),
    **fields,
) -> Event:
    defaults = {"type": "talks", "status": "occurred", "place": "rovaniemi"}
    return Event(
        id=event_id,
        title=event_id,
        date=date,
        participants=tuple(Participant(person=person) for person in people),
        sources=tuple(Source(article) for article in sources),
        **{**defaults, **fields},
    )


TALKS_EVENT = event(
    "2019-05-06-talks",
    "sergey-lavrov",
    "mike-pompeo",
    date=day("2019-05-06"),
    sources=(TALKS, FOLLOW_UP),
    topics=("venezuela",),
)
CALL_EVENT = event(
    "2019-05-03-call",
    "vladimir-putin",
    "donald-trump",
    date=day("2019-05-03"),
    type="phone_call",
    place=None,
)
GOOD_PEOPLE = (
    ArticlePeople(TALKS, ("sergey-lavrov", "mike-pompeo", "vladimir-putin", "donald-trump")),
    ArticlePeople(FOLLOW_UP, ("sergey-lavrov", "mike-pompeo")),
    ArticlePeople(MEETING, ("warren-buffett",)),
)
GOOD_QUOTES = (
    Quote("sergey-lavrov", TALKS, "We had a good conversation,"),
    Quote("warren-buffett", MEETING, "We are not done"),
)


def predicted(*events: Event, people=GOOD_PEOPLE, quotes=GOOD_QUOTES, proposed=None) -> Prediction:
    """The merged events; each article proposed, unless told, the events that cite it."""
    buffett = Person("warren-buffett", "Warren Buffett")
    archive = replace(REGISTRY, events=events, people=(*PEOPLE, buffett))
    articles = sorted({source.article for event in events for source in event.sources})
    if proposed is None:
        proposed = tuple(
            (article, tuple(e for e in events if article in {s.article for s in e.sources}))
            for article in articles
        )
    return Prediction(archive, people, quotes, proposed)


@pytest.fixture(scope="module")
def tiny() -> Gold:
    return load_gold(TINY)


def gold_with_event(tiny: Gold, **fields) -> Gold:
    """The tiny gold set with its first event changed."""
    first = replace(tiny.events[0], **fields)
    return replace(tiny, events=(first, *tiny.events[1:]))


# --- Scoring ---------------------------------------------------------------------------


def test_a_perfect_prediction_scores_one_everywhere(tiny: Gold) -> None:
    scores = score(tiny, predicted(TALKS_EVENT, CALL_EVENT))
    for name in ("events", "participants", "topics", "people", "quotes", "quote_texts"):
        tally = getattr(scores, name)
        assert (tally.precision, tally.recall, tally.f1) == (1.0, 1.0, 1.0), name
    for name in ("type", "date", "place", "status", "merged"):
        assert getattr(scores, name).value == 1.0, name
    assert (scores.no_event_texts, scores.events_from_no_event_texts) == (1, 0)
    assert scores.details == ()


def test_an_event_a_day_off_matches_but_its_date_is_wrong(tiny: Gold) -> None:
    scores = score(tiny, predicted(replace(TALKS_EVENT, date=day("2019-05-07")), CALL_EVENT))
    assert scores.events.matched == 2
    assert (scores.date.correct, scores.date.total) == (1, 2)
    assert scores.details == (
        "event lavrov-pompeo-talks = 2019-05-06-talks: date 2019-05-07, expected 2019-05-06",
    )


def test_an_event_two_days_off_is_another_event(tiny: Gold) -> None:
    scores = score(tiny, predicted(replace(TALKS_EVENT, date=day("2019-05-08")), CALL_EVENT))
    assert (scores.events.matched, scores.events.predicted, scores.events.gold) == (1, 2, 2)
    assert scores.details[:2] == (
        "missed event lavrov-pompeo-talks: talks 2019-05-06 with Sergey Lavrov, Mike Pompeo"
        f" in {TALKS}, {FOLLOW_UP}",
        f"extra event 2019-05-06-talks: talks 2019-05-08 with sergey-lavrov, mike-pompeo"
        f" from {TALKS}, {FOLLOW_UP}",
    )


def test_undated_matches_undated_only(tiny: Gold) -> None:
    undated_gold = gold_with_event(tiny, dates=(None,), status="proposed")
    undated = replace(TALKS_EVENT, date=None, status="proposed")
    assert score(undated_gold, predicted(undated, CALL_EVENT)).events.matched == 2
    assert score(undated_gold, predicted(TALKS_EVENT, CALL_EVENT)).events.matched == 1
    assert score(tiny, predicted(undated, CALL_EVENT)).events.matched == 1


def test_a_span_that_contains_the_day_matches_and_accepted_dates_count_as_right(
    tiny: Gold,
) -> None:
    may = DateSpan(dt.date(2019, 5, 1), dt.date(2019, 5, 31), "month")
    in_may = predicted(replace(TALKS_EVENT, date=may), CALL_EVENT)
    assert score(tiny, in_may).date.correct == 1
    either = gold_with_event(tiny, dates=(day("2019-05-06"), may))
    assert score(either, in_may).date.correct == 2


def test_the_event_sharing_most_participants_is_matched(tiny: Gold) -> None:
    partial = event("2019-05-06-lavrov", "sergey-lavrov", date=day("2019-05-06"))
    scores = score(tiny, predicted(partial, TALKS_EVENT, CALL_EVENT))
    assert scores.events.matched == 2
    assert scores.participants.precision == 1.0
    assert scores.details[0].startswith("extra event 2019-05-06-lavrov:")


def test_participants_are_counted_by_name_alias_and_spelling(tiny: Gold) -> None:
    gold = gold_with_event(tiny, participants=tiny.events[0].participants[:1])
    extra = replace(
        TALKS_EVENT,
        participants=(*TALKS_EVENT.participants, Participant(person="antonio-guterres")),
    )
    scores = score(gold, predicted(extra, CALL_EVENT))
    assert (scores.participants.matched, scores.participants.predicted) == (3, 5)
    assert scores.participants.gold == 3
    assert scores.details == (
        "event lavrov-pompeo-talks = 2019-05-06-talks: participants extra mike-pompeo,"
        " antonio-guterres",
    )


def test_names_compare_without_case_accents_or_punctuation() -> None:
    assert normalise("António  Guterres") == normalise("antonio guterres")
    assert normalise("Lee Jae-myung") == "lee jae myung"


def test_a_government_acting_as_a_whole_is_a_country_participant(tiny: Gold) -> None:
    from generator.gold import GoldName

    countries = (GoldName(country="RU"), GoldName(country="US"))
    gold = gold_with_event(tiny, participants=countries)
    sides = replace(
        TALKS_EVENT, participants=(Participant(country="RU"), Participant(country="US"))
    )
    assert score(gold, predicted(sides, CALL_EVENT)).participants.f1 == 1.0
    people = score(gold, predicted(TALKS_EVENT, CALL_EVENT))
    assert people.events.matched == 1


def test_place_type_status_and_topics_are_checked_on_matched_events(tiny: Gold) -> None:
    wrong = replace(
        TALKS_EVENT, place="helsinki", type="meeting", status="planned", topics=("venezuela", "x")
    )
    scores = score(tiny, predicted(wrong, CALL_EVENT))
    assert [getattr(scores, name).correct for name in ("type", "place", "status")] == [1, 1, 1]
    assert (scores.topics.matched, scores.topics.predicted, scores.topics.gold) == (1, 2, 1)
    assert scores.details == (
        "event lavrov-pompeo-talks = 2019-05-06-talks: type meeting, expected talks;"
        " place helsinki, expected Rovaniemi; status planned, expected occurred;"
        " topics extra x",
    )


def test_topics_are_not_scored_where_gold_does_not_annotate_them(tiny: Gold) -> None:
    call = replace(CALL_EVENT, topics=("venezuela",))
    scores = score(tiny, predicted(TALKS_EVENT, call))
    assert (scores.topics.matched, scores.topics.predicted, scores.topics.gold) == (1, 1, 1)


def test_a_place_may_accept_several_names_or_none(tiny: Gold) -> None:
    from generator.gold import GoldName

    gold = gold_with_event(tiny, places=(GoldName(("Helsinki", "Finland")), None))
    assert score(gold, predicted(replace(TALKS_EVENT, place=None), CALL_EVENT)).place.correct == 2
    assert score(gold, predicted(TALKS_EVENT, CALL_EVENT)).place.correct == 1


def test_one_event_in_two_records_is_not_merged(tiny: Gold) -> None:
    first = replace(TALKS_EVENT, sources=(Source(TALKS),))
    second = replace(TALKS_EVENT, id="2019-05-06-talks-2", sources=(Source(FOLLOW_UP),))
    scores = score(tiny, predicted(first, second, CALL_EVENT))
    assert (scores.merged.correct, scores.merged.total) == (0, 1)
    assert f"not merged lavrov-pompeo-talks: 2019-05-06-talks cites only {TALKS}" in (
        scores.details
    )


def test_merging_is_also_counted_over_the_events_each_text_yielded(tiny: Gold) -> None:
    """A second report that did not yield the event leaves nothing a merge could join."""
    first = replace(TALKS_EVENT, sources=(Source(TALKS),))
    yielded_once = ((TALKS, (first,)), (FOLLOW_UP, ()))
    scores = score(tiny, predicted(first, CALL_EVENT, proposed=yielded_once))
    assert (scores.merged.correct, scores.merged.total) == (0, 1)
    assert (scores.merged_when_found.correct, scores.merged_when_found.total) == (0, 0)
    second = replace(TALKS_EVENT, id="2019-05-06-talks-2", sources=(Source(FOLLOW_UP),))
    yielded_twice = ((TALKS, (first,)), (FOLLOW_UP, (second,)))
    scores = score(tiny, predicted(first, second, CALL_EVENT, proposed=yielded_twice))
    assert (scores.merged_when_found.correct, scores.merged_when_found.total) == (0, 1)
    both = score(tiny, predicted(TALKS_EVENT, CALL_EVENT))
    assert (both.merged_when_found.correct, both.merged_when_found.total) == (1, 1)


def test_events_from_texts_with_none_are_counted(tiny: Gold) -> None:
    spurious = event(
        "2019-05-04-meeting", "warren-buffett", date=day("2019-05-04"), sources=(MEETING,)
    )
    scores = score(tiny, predicted(TALKS_EVENT, CALL_EVENT, spurious))
    assert (scores.no_event_texts, scores.events_from_no_event_texts) == (1, 1)
    assert scores.events.precision == pytest.approx(2 / 3)


def test_people_are_scored_per_article(tiny: Gold) -> None:
    people = (
        ArticlePeople(TALKS, ("sergey-lavrov", "mike-pompeo", "antonio-guterres")),
        ArticlePeople(FOLLOW_UP, ("sergey-lavrov", "mike-pompeo")),
    )
    scores = score(tiny, predicted(TALKS_EVENT, CALL_EVENT, people=people))
    assert (scores.people.matched, scores.people.predicted, scores.people.gold) == (4, 5, 7)
    assert scores.details == (
        f"people missing Vladimir Putin, Donald Trump; extra antonio-guterres in {TALKS}",
        f"people missing Warren Buffett in {MEETING}",
    )


def test_quotes_match_by_contained_words_and_need_the_right_speaker(tiny: Gold) -> None:
    quotes = (
        Quote("mike-pompeo", TALKS, "good conversation"),
        Quote("warren-buffett", MEETING, '"We are not done," Buffett said.'),
        Quote("warren-buffett", MEETING, "Omaha"),
    )
    scores = score(tiny, predicted(TALKS_EVENT, CALL_EVENT, quotes=quotes))
    assert (scores.quote_texts.matched, scores.quotes.matched) == (2, 1)
    assert (scores.quotes.predicted, scores.quotes.gold) == (3, 2)
    assert scores.details == (
        f'quote missed in {TALKS}: Sergey Lavrov "We had a good conversation"',
        f'quote extra in {TALKS}: Mike Pompeo "good conversation"',
        f'quote extra in {MEETING}: Warren Buffett "Omaha"',
    )


# --- Printing ----------------------------------------------------------------------------

TINY_TABLE = """\
Gold: {path} (3 articles, 2 events)

item           precision  recall     F1  matched  predicted   gold
events             0.500   0.500  0.500        1          2      2
participants       1.000   1.000  1.000        2          2      2
topics             1.000   1.000  1.000        1          1      1
people             0.833   0.714  0.769        5          6      7
quotes             0.500   0.500  0.500        1          2      2
quote texts        1.000   1.000  1.000        2          2      2

matched events   correct   total  accuracy
type                   1       1     1.000
date                   1       1     1.000
place                  1       1     1.000
status                 1       1     1.000

Merged: 1 of 1 events reported by several texts became one record (1 of the 1 that each of \
their texts yielded).
No-event texts: 1 event proposed from 1 texts that report none.
"""


def tiny_scores(tiny: Gold):
    spurious = event(
        "2019-05-04-meeting", "warren-buffett", date=day("2019-05-04"), sources=(MEETING,)
    )
    people = (
        ArticlePeople(TALKS, ("sergey-lavrov", "mike-pompeo")),
        GOOD_PEOPLE[1],
        ArticlePeople(MEETING, ("warren-buffett", "sergey-lavrov")),
    )
    quotes = (GOOD_QUOTES[0], Quote("sergey-lavrov", MEETING, "We are not done"))
    return score(tiny, predicted(TALKS_EVENT, spurious, people=people, quotes=quotes))


def test_the_table_shows_each_item_and_the_counts(tiny: Gold) -> None:
    assert report_text(tiny_scores(tiny)) + "\n" == TINY_TABLE.format(path=tiny.path)


def test_verbose_adds_every_mismatch(tiny: Gold) -> None:
    lines = report_text(tiny_scores(tiny), verbose=True).splitlines()
    assert lines[lines.index("Mismatches:") + 1 :] == [
        "  missed event putin-trump-call: phone_call 2019-05-03 with Vladimir Putin, Donald Trump"
        f" in {TALKS}",
        f"  extra event 2019-05-04-meeting: talks 2019-05-04 with warren-buffett from {MEETING}",
        f"  people missing Vladimir Putin, Donald Trump in {TALKS}",
        f"  people extra sergey-lavrov in {MEETING}",
        f'  quote missed in {MEETING}: Warren Buffett "We are not done"',
        f'  quote extra in {MEETING}: Sergey Lavrov "We are not done"',
    ]


def test_json_holds_the_same_figures(tiny: Gold) -> None:
    data = json.loads(report_json(tiny_scores(tiny)))
    assert data["events"] == {
        "matched": 1,
        "predicted": 2,
        "gold": 2,
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
    }
    assert data["people"]["f1"] == 0.7692
    assert data["date"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert data["merged"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert data["merged_when_found"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert data["no_event_texts"] == {"texts": 1, "events": 1}
    assert "details" not in data


# --- The command -------------------------------------------------------------------------


def hand_made_proposals(gold, registry, *, model, batch_size, progress):
    """What an extractor might propose for the tiny gold set: one event twice, one wrong."""
    assert registry.events == ()
    assert [article.id for article in registry.articles] == [TALKS, FOLLOW_UP, MEETING]
    first = replace(TALKS_EVENT, id="2019-05-06-lavrov-pompeo-talks", sources=(Source(TALKS),))
    second = replace(first, sources=(Source(FOLLOW_UP),), topics=())
    buffett = Person("warren-buffett", "Warren Buffett")
    spurious = event(
        "2019-05-04-buffett-meeting", "warren-buffett", date=day("2019-05-04"), sources=(MEETING,)
    )
    progress(3)
    return (
        ArticleProposals(TALKS, events=(first,), quotes=GOOD_QUOTES[:1], mentions=_mentions()),
        ArticleProposals(FOLLOW_UP, events=(second,), mentions=_mentions()),
        ArticleProposals(
            MEETING,
            events=(spurious,),
            people=(buffett,),
            quotes=(Quote("sergey-lavrov", MEETING, "We are not done"),),
            mentions=(
                Mention("person", "warren-buffett", "Warren Buffett", ""),
                Mention("person", "sergey-lavrov", "Buffett", ""),
            ),
        ),
    )


def _mentions() -> tuple[Mention, ...]:
    return tuple(
        Mention("person", person, person, "") for person in ("sergey-lavrov", "mike-pompeo")
    )


def run(*args: str):
    return CliRunner().invoke(cli, ["evaluate", "--root", str(MINIMAL), *args])


def test_the_command_prints_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate, "propose_articles", hand_made_proposals)
    result = run("--gold", str(TINY))
    assert result.exit_code == 0, result.output
    assert result.stdout == TINY_TABLE.format(path=TINY.as_posix())


def test_the_command_prints_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate, "propose_articles", hand_made_proposals)
    result = run("--gold", str(TINY), "--json", "--verbose")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["gold"] == TINY.as_posix()
    assert data["events"]["f1"] == 0.5
    assert len(data["details"]) == 6


def test_the_command_reports_a_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "gold.yml"
    bad.write_text("articles: [missing.md]\nevents: []\n", encoding="utf-8")
    result = run("--gold", str(bad))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{bad.as_posix()}:1: [articles -> 0] no article file 'missing.md' (looked for"
        f" {(tmp_path / 'missing.md').as_posix()})\n"
        "Error: The gold file has 1 problem.\n"
    )


# --- The gold format ---------------------------------------------------------------------


def write_gold(tmp_path: Path, body: str) -> Path:
    (tmp_path / "a.md").write_text(
        "---\ntitle: A\ndate: 2020-01-02\nsource: S\n---\nText.\n", encoding="utf-8"
    )
    path = tmp_path / "gold.yml"
    path.write_text("articles: [a.md]\n" + textwrap.dedent(body), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(GoldError) as error:
        load_gold(path)
    prefix = f"{path.as_posix()}:"
    return [str(problem).removeprefix(prefix) for problem in error.value.problems]


def test_every_problem_of_a_gold_file_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path,
        """\
        events:
          - key: one
            type: talk
            status: occurred
            date: 2020-13-01
            place: null
            participants: [A, {country: Russia}]
            sources: [b]
            where: here
          - key: two
            type: talks
            status: occurred
            participants: []
            sources: [a]
        quotes:
          - {article: a, speaker: A}
        """,
    )
    assert problems(path) == [
        "4: [events -> 0 -> type] 'talk' is not one of: phone_call, meeting, talks, visit,"
        " summit, press_conference, statement, agreement_signing, other",
        "6: [events -> 0 -> date] '2020-13-01' is not a date; write YYYY-MM-DD, YYYY-MM, YYYY,"
        " {start, end, precision} or null",
        "8: [events -> 0 -> participants -> 1] 'Russia' is not a country code; use ISO codes"
        " like 'RU'",
        "9: [events -> 0 -> sources -> 0] no article 'b' in 'articles'; use the file's name",
        "10: [events -> 0 -> where] unknown field; remove it (fields: date, key, participants,"
        " place, sources, status, topics, type)",
        "11: [events -> 1 -> date] missing field 'date'; write null if none",
        "11: [events -> 1 -> place] missing field 'place'; write null if none",
        "14: [events -> 1 -> participants] empty; name at least one person or country",
        "17: [quotes -> 0 -> text] missing required field 'text'; add the quoted words",
    ]


def test_dates_may_be_days_months_years_spans_or_alternatives(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path,
        """\
        events:
          - key: one
            type: talks
            status: occurred
            date:
              - 2020-01-02
              - 2020-02
              - 2019
              - {start: 2020-06-01, end: 2020-08-31, precision: season}
            place: [Geneva|Genève, null]
            participants: [A|B]
            sources: [a]
        """,
    )
    event = load_gold(path).events[0]
    assert event.dates == (
        day("2020-01-02"),
        DateSpan(dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month"),
        DateSpan(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year"),
        DateSpan(dt.date(2020, 6, 1), dt.date(2020, 8, 31), "season"),
    )
    assert [place and place.spellings for place in event.places] == [("Geneva", "Genève"), None]
    assert event.participants[0].spellings == ("A", "B")
    assert event.topics is None


def test_a_listed_article_is_read_as_seeds_articles_are(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "events: []\n")
    (tmp_path / "a.md").write_text("---\ntitle: A\nsource: S\n---\nText.\n", encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert [str(problem) for problem in error.value.problems] == [
        f"{(tmp_path / 'a.md').as_posix()}:2: [date] missing required field 'date'; add the"
        " publication date as 'date: YYYY-MM-DD'"
    ]


def test_a_gold_file_that_is_not_yaml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "gold.yml"
    path.write_text("articles: [a.md\n", encoding="utf-8")
    assert problems(path) == [
        "2: is not valid YAML: expected ',' or ']', but got '<stream end>' at column 1;"
        " fix the syntax"
    ]


# --- The gold set ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold() -> Gold:
    return load_gold(GOLD)


def test_the_gold_set_covers_every_case(gold: Gold) -> None:
    assert (len(gold.articles), len(gold.events), len(gold.quotes)) == (23, 64, 63)
    assert len(gold.no_event_articles()) >= 3
    assert sum(len(event.sources) >= 2 for event in gold.events) >= 2
    assert {event.status for event in gold.events} >= {"occurred", "planned", "proposed", "denied"}
    assert {event.type for event in gold.events} >= {
        "phone_call",
        "meeting",
        "talks",
        "visit",
        "summit",
        "press_conference",
    }
    assert any(name.country for event in gold.events for name in event.participants)
    assert {article.published.year for article in gold.articles} >= set(range(2015, 2027))


EVERY_GOLD = sorted(str(path.relative_to(HERE)) for path in (HERE / "gold").glob("**/gold.yml"))


@pytest.mark.parametrize("path", EVERY_GOLD)
def test_every_gold_set_is_consistent_with_its_articles(path: str) -> None:
    """Held-out sets too: their quotes are words of the article, their participants people
    the article names."""
    each = load_gold(HERE / path)
    test_gold_quotes_are_words_of_their_article(each)
    test_gold_participants_and_speakers_are_among_the_people_of_their_articles(each)


def test_gold_quotes_are_words_of_their_article(gold: Gold) -> None:
    texts = {article.id: f" {normalise(article.text)} " for article in gold.articles}
    for quote in gold.quotes:
        assert f" {normalise(quote.text)} " in texts[quote.article], quote


def test_gold_participants_and_speakers_are_among_the_people_of_their_articles(gold: Gold) -> None:
    people = {entry.article: entry.names for entry in gold.people}
    assert set(people) == {article.id for article in gold.articles}
    for event in gold.events:
        for name in event.participants:
            assert name.country or any(name in people[source] for source in event.sources), name
    for quote in gold.quotes:
        assert quote.speaker in people[quote.article], quote


def test_the_curated_records_of_the_first_article_agree_with_the_gold(gold: Gold) -> None:
    first = replace(
        gold,
        articles=tuple(article for article in gold.articles if article.id == FIRST_ARTICLE),
        events=tuple(event for event in gold.events if FIRST_ARTICLE in event.sources),
        people=(),
        quotes=tuple(quote for quote in gold.quotes if quote.article == FIRST_ARTICLE),
    )
    first = replace(
        first, events=tuple(replace(event, sources=(FIRST_ARTICLE,)) for event in first.events)
    )
    archive = ingest.load(HERE.parent / "seeds", HERE.parent).archive
    events = tuple(e for e in archive.events if any(s.article == FIRST_ARTICLE for s in e.sources))
    quotes = tuple(quote for event in events for quote in event.quotes)
    scores = score(first, Prediction(replace(archive, events=events), (), quotes))
    assert scores.details == ()
    assert (scores.events.matched, scores.events.gold) == (8, 8)


@pytest.mark.slow
def test_extraction_on_the_gold_set(gold: Gold) -> None:
    """The whole run with the model: figures the extraction issue sets as targets."""
    archive = ingest.load(HERE.parent / "seeds", HERE.parent).archive
    scores = evaluate.evaluate(gold, archive)
    assert (scores.articles, scores.events.gold, scores.quotes.gold) == (23, 64, 63)
    assert scores.events.f1 >= 0.75
    assert scores.participants.f1 >= 0.9
    assert scores.date.value >= 0.85
    assert scores.place.value >= 0.7
    assert scores.merged.correct == scores.merged.total
    assert scores.events_from_no_event_texts == 0
    # The table docs/evaluation.md shows is today's, not an older one.
    page = (HERE.parent / "docs" / "evaluation.md").read_text(encoding="utf-8")
    table = report_text(scores).split("\n\n", 1)[1].split("\nMerged:")[0]
    assert table in page


@pytest.mark.slow
@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        ("holdout", (0.84, 0.94, 0.97, 0.89, 0)),
        ("holdout2", (0.87, 0.92, 0.92, 0.87, 0)),
        # 0.789: "said in a statement" is no event, though this set's annotator counted one.
        ("holdout3", (0.77, 0.90, 0.93, 0.88, 0)),
        ("holdout4", (0.81, 0.93, 0.92, 0.82, 0)),
        ("holdout5", (0.81, 0.91, 0.89, 0.83, 0)),
        ("holdout6", (0.78, 0.91, 0.92, 0.88, 0)),
        ("holdout7", (0.83, 0.88, 0.92, 0.88, 0)),
        ("holdout8", (0.82, 0.91, 0.88, 0.86, 0)),
        ("holdout9", (0.72, 0.87, 0.88, 0.70, 1)),
        ("holdout10", (0.77, 0.82, 0.86, 0.82, 1)),
        ("holdout11", (0.75, 0.90, 0.93, 0.70, 0)),  # scored, not read
        ("holdout12", (0.72, 0.91, 0.83, 0.88, 0)),
        ("holdout13", (0.72, 0.90, 0.93, 0.77, 0)),
        ("holdout14", (0.77, 0.80, 0.89, 0.82, 1)),  # scored, not read
        ("holdout15", (0.72, 0.87, 0.89, 0.76, 0)),
        ("holdout16", (0.66, 0.80, 0.89, 0.82, 0)),
        ("holdout17", (0.75, 0.89, 0.92, 0.88, 0)),
        # 0.889 date at ca7f872 (40 of 45, one fewer than before); its mismatches unread.
        ("holdout18", (0.75, 0.79, 0.87, 0.60, 0)),  # scored, not read
        ("holdout19", (0.73, 0.89, 0.95, 0.72, 0)),  # scored, not read
        ("holdout20", (0.84, 0.88, 0.92, 0.78, 0)),
        ("holdout21", (0.85, 0.87, 0.87, 0.77, 0)),
        ("holdout22", (0.76, 0.87, 0.80, 0.89, 0)),  # scored, not read
        ("holdout23", (0.78, 0.90, 0.90, 0.71, 0)),  # scored, not read
        ("holdout24", (0.80, 0.84, 0.86, 0.76, 0)),
        ("holdout25", (0.79, 0.91, 0.88, 0.80, 0)),
        ("holdout26", (0.79, 0.89, 0.94, 0.83, 0)),  # scored, not read
    ],
)
def test_extraction_does_not_fall_back_on_the_held_out_sets(folder, floors) -> None:
    """Floors a little under today's figures (docs/evaluation.md) for events F1, participants
    F1, date and place, and the most events proposed from texts with none: a change that loses
    ground on text it was not written for fails here. Raise them as the figures rise."""
    held_out = load_gold(HERE / "gold" / folder / "gold.yml")
    archive = ingest.load(HERE.parent / "seeds", HERE.parent).archive
    scores = evaluate.evaluate(held_out, archive)
    events, participants, date, place, from_no_event_texts = floors
    assert scores.events.f1 >= events
    assert scores.participants.f1 >= participants
    assert scores.date.value >= date
    assert scores.place.value >= place
    assert scores.events_from_no_event_texts <= from_no_event_texts
