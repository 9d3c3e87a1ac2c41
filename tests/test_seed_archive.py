"""The archive as it ships: seeds/ is valid, and its built site has a page for every
record the first article produced, with no link that leads nowhere."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from archive_builders import ROOT
from test_site import Page, build

from generator import ingest

FIRST_ARTICLE = "2019-05-07-lavrov-pompeo-rovaniemi"


@pytest.fixture(scope="module")
def seed_archive():
    return ingest.load(ROOT / "seeds", ROOT)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory, seed_archive):
    return build(tmp_path_factory.mktemp("seeds"), seed_archive.archive)


def test_the_seeds_have_no_problems(seed_archive):
    assert [str(problem) for problem in seed_archive.problems] == []


def test_every_record_of_the_first_article_has_a_page(seed_archive, seed_site):
    archive = seed_archive.archive
    events = [e for e in archive.events if any(s.article == FIRST_ARTICLE for s in e.sources)]
    assert len(events) >= 4
    expected = {f"articles/{FIRST_ARTICLE}.html"}
    for event in events:
        expected.add(f"events/{event.id}.html")
        expected.update(f"people/{p.person}.html" for p in event.participants if p.person)
        expected.update(f"topics/{topic}.html" for topic in event.topics)
        expected.update(f"organizations/{org}.html" for org in event.organizations)
        expected.update(f"countries/{code.lower()}.html" for code in event.countries)
        if event.place:
            expected.add(f"places/{event.place}.html")
    missing = sorted(path for path in expected if not (seed_site.site_dir / path).is_file())
    assert missing == []


def test_every_link_of_the_seed_site_finds_a_page(seed_site):
    site_dir = seed_site.site_dir
    broken = []
    for path in sorted(set(site_dir.rglob("*.html")) - {site_dir / "404.html"}):
        for tag, attributes in Page(path.read_text()).elements:
            href = attributes.get("href") if tag == "a" else None
            if not href or urlsplit(href).scheme or href.startswith("#"):
                continue
            target = (path.parent / unquote(urlsplit(href).path)).resolve()
            if not target.is_file():
                broken.append(f"{path.relative_to(site_dir)} -> {href}")
    assert broken == []
