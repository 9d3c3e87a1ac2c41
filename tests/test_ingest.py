"""Ingest: every bad-input case has a fixture under tests/fixtures/bad/<case>/ (laid over
the valid archive in tests/fixtures/minimal/) and an exact expected message."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator import ingest
from generator.records import DateSpan

FIXTURES = Path(__file__).parent / "fixtures"
EVENTS = "seeds/events/2019/2019-05-03-event-with-unknown-references.yml"

BAD_CASES = {
    "malformed_yaml": [
        "seeds/people/broken-yaml.yml:2: is not valid YAML: expected ',' or ']', "
        "but got ':' at column 8; fix the syntax",
    ],
    "missing_field": [
        "seeds/places/place-without-name.yml:1: [name] missing required field 'name'; "
        "add the place's name",
    ],
    "unknown_field": [
        "seeds/topics/topic-with-typo.yml:2: [phrase] unknown field; did you mean 'phrases'? "
        "(fields: description, name, phrases, reviewed)",
    ],
    "bad_date": [
        "seeds/people/person-with-bad-date.yml:5: [roles -> 0 -> start] '2012-13-22' "
        "is not a date; write it as YYYY-MM-DD",
    ],
    "end_before_start": [
        "seeds/people/person-with-reversed-role.yml:6: [roles -> 0 -> end] ends (2017-05-17) "
        "before it starts (2019-03-22); correct or swap the dates",
    ],
    "unknown_reference": [
        f"{EVENTS}:6: [place] no place 'helsinki'; add seeds/places/helsinki.yml "
        "or use an existing place id",
        f"{EVENTS}:8: [participants -> 0 -> person] no person 'vladimir-putin'; "
        "add seeds/people/vladimir-putin.yml or use an existing person id",
        f"{EVENTS}:10: [topics -> 0] no topic 'north-korea'; "
        "add seeds/topics/north-korea.yml or use an existing topic id",
        f"{EVENTS}:12: [sources -> 0 -> article] no article '2019-05-04-missing-article'; "
        "add seeds/articles/<year>/2019-05-04-missing-article.md or use an existing article id",
    ],
    "duplicate_id": [
        "seeds/events/2020/2019-05-06-lavrov-pompeo-talks.yml:1: [id] duplicate event id "
        "'2019-05-06-lavrov-pompeo-talks', also used by "
        "seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml:1; rename one of them",
    ],
    "article_without_date": [
        "seeds/articles/2019/2019-05-08-article-without-date.md:2: [date] missing required "
        "field 'date'; add the publication date as 'date: YYYY-MM-DD'",
    ],
    "article_without_front_matter": [
        "seeds/articles/2019/2019-05-09-no-front-matter.md:1: no front matter; start the file "
        "with a '---' line, then title, date and source, then '---'",
    ],
    "event_id_mismatch": [
        "seeds/events/2019/2019-05-06-renamed-talks.yml:1: [id] id '2019-05-06-talks' does not "
        "match the file name; write 'id: 2019-05-06-renamed-talks' or rename the file",
    ],
    "bad_country": [
        "seeds/people/antony-blinken.yml:2: [country] 'USA' is not a country code; "
        "use an ISO 3166-1 alpha-2 code in capitals, like 'RU' or 'US'",
    ],
}


def archive_with(tmp_path: Path, *cases: str) -> Path:
    """A copy of the minimal archive with the files of each bad case laid over it."""
    root = tmp_path / "archive"
    shutil.copytree(FIXTURES / "minimal", root)
    for case in cases:
        shutil.copytree(FIXTURES / "bad" / case, root / "seeds", dirs_exist_ok=True)
    return root


def messages(root: Path) -> list[str]:
    return [str(problem) for problem in ingest.load(root / "seeds", root).problems]


def test_the_minimal_archive_loads_without_problems() -> None:
    root = FIXTURES / "minimal"
    loaded = ingest.load(root / "seeds", root)
    assert loaded.problems == ()
    event = loaded.archive.events[0]
    assert event.date == DateSpan(dt.date(2019, 5, 6), dt.date(2019, 5, 6), "day")
    assert [p.person for p in event.participants] == ["sergey-lavrov", "mike-pompeo"]
    assert event.countries == ("RU", "US")
    assert loaded.archive.articles[0].published == dt.date(2019, 5, 7)
    assert ingest.summary(loaded.archive) == (
        "Loaded 1 article, 1 event, 2 people, 1 place, 1 organization, 1 topic, 3 countries."
    )


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_each_bad_input_is_reported_exactly(tmp_path: Path, case: str) -> None:
    assert messages(archive_with(tmp_path, case)) == BAD_CASES[case]


def test_all_problems_of_a_run_are_reported_together(tmp_path: Path) -> None:
    root = archive_with(tmp_path, *BAD_CASES)
    expected = sorted(message for case in BAD_CASES.values() for message in case)
    assert sorted(messages(root)) == expected


def test_a_bad_article_is_skipped_and_the_rest_still_loads(tmp_path: Path) -> None:
    root = archive_with(tmp_path, "article_without_date", "article_without_front_matter")
    archive = ingest.load(root / "seeds", root).archive
    assert [article.id for article in archive.articles] == ["2019-05-07-rovaniemi"]
    assert len(archive.events) == 1


def test_references_to_a_skipped_file_are_dropped_not_reported_twice(tmp_path: Path) -> None:
    root = archive_with(tmp_path)
    article = root / "seeds/articles/2019/2019-05-07-rovaniemi.md"
    article.write_text(article.read_text().replace("date: 2019-05-07\n", ""))
    loaded = ingest.load(root / "seeds", root)
    assert [problem.location for problem in loaded.problems] == [("date",)]
    assert loaded.archive.events[0].sources == ()


def test_norway_and_yes_stay_text(tmp_path: Path) -> None:
    root = archive_with(tmp_path)
    countries = root / "seeds/countries.yml"
    countries.write_text(countries.read_text() + "NO:\n  name: Norway\n  aliases: [yes]\n")
    loaded = ingest.load(root / "seeds", root)
    norway = [country for country in loaded.archive.countries if country.code == "NO"]
    assert norway[0].aliases == ("yes",)
    assert loaded.problems == ()


def test_a_repeated_key_is_reported(tmp_path: Path) -> None:
    root = archive_with(tmp_path)
    place = root / "seeds/places/rovaniemi.yml"
    place.write_text("name: Rovaniemi\nname: Rovaniemi City\ncountry: FI\n")
    assert messages(root) == [
        "seeds/places/rovaniemi.yml:2: [name] is given twice; keep one of them"
    ]


def test_an_undated_event_keeps_date_none(tmp_path: Path) -> None:
    root = archive_with(tmp_path)
    event = root / "seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml"
    text = event.read_text().replace(
        "date: {start: 2019-05-06, end: 2019-05-06, precision: day}", "date: null"
    )
    event.write_text(text)
    loaded = ingest.load(root / "seeds", root)
    assert loaded.problems == ()
    assert loaded.archive.events[0].date is None
    assert loaded.archive.events[0].year == 2019
