"""Shared fixtures. Extraction: a small registry built in code, a blank pipeline with its
EntityRuler (fast), and one session-wide trained pipeline for the tests marked `slow`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from generator.records import (
    Archive,
    Article,
    ArticleProposals,
    Country,
    Organization,
    Person,
    Place,
    Role,
    Topic,
)

PUBLISHED = dt.date(2019, 5, 7)


def _country(code: str, name: str, demonym: str, capital: str, *aliases: str, seats=()) -> Country:
    return Country(code, name, aliases, (demonym,), capital, tuple(seats))


def _person(slug: str, name: str, aliases: tuple[str, ...], *roles: Role) -> Person:
    country = roles[0].country if roles else None
    return Person(slug, name, aliases, country, roles)


def _role(title: str, kind: str, country: str | None, start: str, end: str | None = None) -> Role:
    day = dt.date.fromisoformat
    return Role(title, kind, country, None, day(start), day(end) if end else None)


def extraction_archive() -> Archive:
    """Countries, office holders with dated roles, places, organizations and topics enough
    for the extraction tests; no events."""
    countries = (
        _country("RU", "Russia", "Russian", "Moscow", "Russian Federation", seats=["Kremlin"]),
        _country(
            "US",
            "United States",
            "American",
            "Washington",
            "US",
            "U.S.",
            "USA",
            seats=["White House"],
        ),
        _country("FI", "Finland", "Finnish", "Helsinki"),
        _country("CN", "China", "Chinese", "Beijing"),
        _country(
            "GB", "United Kingdom", "British", "London", "UK", "Britain", seats=["Downing Street"]
        ),
        _country("FR", "France", "French", "Paris", seats=["Elysee Palace"]),
        _country("UA", "Ukraine", "Ukrainian", "Kyiv"),
        _country("IN", "India", "Indian", "New Delhi"),
        _country("VE", "Venezuela", "Venezuelan", "Caracas"),
    )
    foreign = "foreign_minister"
    people = (
        replace(  # Portuguese, and Secretary-General of the United Nations
            _person(
                "antonio-guterres",
                "António Guterres",
                ("Antonio Guterres", "Guterres"),
                Role("Secretary-General", "official", None, "united-nations", dt.date(2017, 1, 1)),
            ),
            country="PT",
        ),
        _person(
            "boris-johnson",
            "Boris Johnson",
            ("Johnson",),
            _role("Prime Minister", "head_of_government", "GB", "2019-07-24", "2022-09-06"),
        ),
        _person(
            "dmitry-peskov",
            "Dmitry Peskov",
            ("Peskov",),
            _role("Press Secretary of the President", "spokesperson", "RU", "2012-05-22"),
        ),
        _person(
            "donald-trump",
            "Donald Trump",
            ("Trump",),
            _role("President", "head_of_state", "US", "2017-01-20", "2021-01-20"),
        ),
        _person(
            "emmanuel-macron",
            "Emmanuel Macron",
            ("Macron",),
            _role("President", "head_of_state", "FR", "2017-05-14"),
        ),
        _person(
            "mike-pompeo",
            "Mike Pompeo",
            ("Pompeo",),
            _role("Secretary of State", foreign, "US", "2018-04-26", "2021-01-20"),
        ),
        _person(
            "narendra-modi",
            "Narendra Modi",
            ("Modi",),
            _role("Prime Minister", "head_of_government", "IN", "2014-05-26"),
        ),
        _person(
            "rex-tillerson",
            "Rex Tillerson",
            ("Tillerson",),
            _role("Secretary of State", foreign, "US", "2017-02-01", "2018-03-31"),
        ),
        _person("robert-mueller", "Robert Mueller", ("Mueller",)),
        _person(
            "sergey-lavrov",
            "Sergey Lavrov",
            ("Sergei Lavrov", "Lavrov"),
            _role("Minister of Foreign Affairs", foreign, "RU", "2004-03-09"),
        ),
        _person(
            "theresa-may",
            "Theresa May",
            (),
            _role("Prime Minister", "head_of_government", "GB", "2016-07-13", "2019-07-24"),
        ),
        _person(
            "vladimir-putin",
            "Vladimir Putin",
            ("Putin",),
            _role("President", "head_of_state", "RU", "2012-05-07"),
        ),
        _person(
            "volodymyr-zelensky",
            "Volodymyr Zelensky",
            ("Zelensky", "Volodymyr Zelenskyy"),
            _role("President", "head_of_state", "UA", "2019-05-20"),
        ),
        _person(
            "wang-yi",
            "Wang Yi",
            ("Wang",),
            _role("Minister of Foreign Affairs", foreign, "CN", "2013-03-16", "2022-12-30"),
        ),
        _person(
            "xi-jinping",
            "Xi Jinping",
            ("Xi",),
            _role("President", "head_of_state", "CN", "2013-03-14"),
        ),
    )
    places = (
        Place("beijing", "Beijing", (), "CN"),
        Place("helsinki", "Helsinki", (), "FI"),
        Place("moscow", "Moscow", (), "RU"),
        Place("rovaniemi", "Rovaniemi", (), "FI"),
    )
    organizations = (
        Organization("arctic-council", "Arctic Council"),
        Organization("g20", "G20", ("Group of Twenty",)),
        Organization("united-nations", "United Nations", ("UN",)),
    )
    topics = (
        Topic("north-korea", "North Korea", ("DPRK",)),
        Topic("trade", "Trade", ("tariffs", "trade")),
        Topic("venezuela", "Venezuela", ("Venezuelan crisis", "Caracas")),
    )
    return Archive(
        people=people,
        places=places,
        organizations=organizations,
        topics=topics,
        countries=countries,
    )


@pytest.fixture(scope="session")
def extraction_registry():
    from generator.extract.registry import Registry

    return Registry.from_archive(extraction_archive())


@pytest.fixture
def blank_nlp(extraction_registry):
    """A tokenizer and the archive's EntityRuler: no model, fast."""
    import spacy

    from generator.extract import add_ruler

    nlp = spacy.blank("en")
    add_ruler(nlp, extraction_registry)
    return nlp


@pytest.fixture(scope="session")
def trained_nlp(extraction_registry):
    """The trained model with the archive's ruler, loaded once for every slow test."""
    from generator.extract import DEFAULT_MODEL
    from generator.extract.pipeline import load

    return load(DEFAULT_MODEL, extraction_registry)


@pytest.fixture(scope="session")
def extract_text(trained_nlp, extraction_registry) -> Callable[..., ArticleProposals]:
    """Proposals for one text, as `propose` makes them, published 2019-05-07 unless told."""
    from generator.extract import propose_with

    def run(
        text: str,
        published: dt.date = PUBLISHED,
        source: str = "Example News",
        title: str = "A report",
        url: str | None = None,
    ) -> ArticleProposals:
        article = Article("test-article", title, published, source, text, url)
        [proposals] = propose_with(trained_nlp, [article], extraction_registry)
        return proposals

    return run


@pytest.fixture(scope="session")
def extract_with_seeds() -> Callable[..., ArticleProposals]:
    """`extract_text` with the registry of this repository's `seeds/` (no events): the office
    holders, places and organizations a real article meets."""
    from pathlib import Path

    from generator import ingest
    from generator.extract import DEFAULT_MODEL, propose_with
    from generator.extract.pipeline import load
    from generator.extract.registry import Registry

    root = Path(__file__).resolve().parents[1]
    archive = replace(ingest.load(root / "seeds", root).archive, events=())
    registry = Registry.from_archive(archive)
    nlp = load(DEFAULT_MODEL, registry)

    def run(
        text: str, published: dt.date = PUBLISHED, source: str = "Example News"
    ) -> ArticleProposals:
        article = Article("test-article", "A report", published, source, text)
        [proposals] = propose_with(nlp, [article], registry)
        return proposals

    return run
