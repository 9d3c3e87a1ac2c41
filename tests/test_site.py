"""Site: the MkDocs build of the generated pages, strict, offline, and safe to open."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from archive_builders import PAYLOAD, PAYLOADS, TINY, archive, article, copy_site_sources, event
from archive_builders import person as make_person

from generator import ingest, link, render, site
from generator.records import Archive, Quote, Source, Topic
from generator.site import build_site
from generator.write import write_pages

CHROMIUM = Path("/usr/bin/chromium")
# Elements the payloads would create if any of them were read as Markdown or HTML.
MARKUP = {"script", "img", "iframe", "em", "code", "ol", "hr"}
EXTERNAL_ASSET = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"(?:https?:)?//")


def build(folder: Path, records: Archive) -> site.SiteReport:
    docs = copy_site_sources(folder)
    write_pages(docs, render.render(records, link.link(records)))
    report = build_site(folder / "mkdocs.yml", strict=True)
    assert report.ok, report.error
    return report


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory) -> site.SiteReport:
    records = ingest.load(TINY / "seeds", TINY).archive
    return build(tmp_path_factory.mktemp("tiny"), records)


class Page(HTMLParser):
    """The elements, attributes and text of a built page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.title = ""
        self.open: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data):
        self.text.append(data)
        if "title" in self.open:
            self.title += data


def content(html: str) -> Page:
    """The page's article: what the generator wrote, without the theme around it."""
    match = re.search(r"<article\b.*</article>", html, re.S)
    return Page(match.group() if match else "")


def test_the_tiny_site_builds_strictly(tiny_site):
    html_files = list(tiny_site.site_dir.rglob("*.html"))

    assert tiny_site.pages == len(html_files)
    assert (tiny_site.site_dir / "events/2019-05-06-lavrov-pompeo-talks.html").is_file()
    assert (tiny_site.site_dir / "pairs/ru-us.html").is_file()
    assert not (tiny_site.site_dir / "_generated").exists()
    assert tiny_site.ok
    assert re.fullmatch(rf"{tiny_site.pages} pages, \d+\.\d MB, in \d+\.\d s", tiny_site.describe())


def test_no_page_loads_anything_from_another_host(tiny_site):
    for path in tiny_site.site_dir.rglob("*.html"):
        assert not EXTERNAL_ASSET.search(path.read_text()), path


def test_the_search_shim_is_shipped_with_the_site(tiny_site):
    home = (tiny_site.site_dir / "index.html").read_text()
    event_page = (tiny_site.site_dir / "events/2019-05-03-putin-trump-phone-call.html").read_text()

    assert '<script src="assets/vendor/iframe-worker/shim.js">' in home
    assert '<script src="../assets/vendor/iframe-worker/shim.js">' in event_page
    assert (tiny_site.site_dir / "assets/vendor/iframe-worker/shim.js").is_file()
    assert (tiny_site.site_dir / "search/search_index.js").is_file()


def test_every_link_in_the_built_site_finds_a_page(tiny_site):
    # 404.html is served for any missing URL, so its links start at the site root.
    for path in set(tiny_site.site_dir.rglob("*.html")) - {tiny_site.site_dir / "404.html"}:
        for tag, attributes in Page(path.read_text()).elements:
            href = attributes.get("href") if tag == "a" else None
            if not href or urlsplit(href).scheme or href.startswith("#"):
                continue
            target = (path.parent / unquote(urlsplit(href).path)).resolve()
            assert target.is_file(), f"{path.relative_to(tiny_site.site_dir)} links to {href}"


def test_the_home_page_shows_latest_events_and_counts(tiny_site):
    home = content((tiny_site.site_dir / "index.html").read_text())
    links = [attributes.get("href") for tag, attributes in home.elements if tag == "a"]

    assert "events/2019-08-19-macron-putin-meeting-bregancon.html" in links
    assert "people/index.html" in links
    assert "Events: 9" in "".join(home.text)


def test_search_leaves_out_listings_and_repeated_article_text(tiny_site):
    index = (tiny_site.site_dir / "search/search_index.json").read_text()

    assert '"location":"events/2019-05-06-lavrov-pompeo-talks.html"' in index
    assert '"location":"people/index.html"' not in index
    assert '"location":"years/2019.html"' not in index
    assert "mentioned-in-articles" not in index
    assert "be it noted" not in index


def test_a_broken_link_fails_the_strict_build(tmp_path):
    docs = copy_site_sources(tmp_path)
    write_pages(docs, render.render(archive(), link.link(archive())))
    (docs / "broken.md").write_text("# Broken\n\n[nowhere](missing.md)\n")

    report = build_site(tmp_path / "mkdocs.yml", strict=True)

    assert not report.ok
    assert report.error == "Aborted with 1 warnings in strict mode!"
    assert report.describe().startswith("MkDocs failed after ")
    assert report.describe().endswith(" s: Aborted with 1 warnings in strict mode!")


def test_text_from_records_is_text_in_the_built_html(tmp_path):
    records = archive(
        people=[make_person("p1", f"Name {PAYLOAD}", PAYLOAD, country="US")],
        topics=[Topic(id="t1", name=f"Topic {PAYLOAD}", phrases=("alert",))],
        articles=[article("a1", "\n\n".join(PAYLOADS), title=PAYLOAD, url="javascript:alert(5)")],
        events=[
            event(
                "2019-05-06-e",
                ("p1", "US"),
                title=PAYLOAD,
                quotes=(Quote(speaker="p1", article="a1", text=PAYLOAD),),
                sources=(Source(article="a1", evidence=PAYLOAD),),
                topics=("t1",),
            )
        ],
    )
    report = build(tmp_path, records)

    titles = {"events": PAYLOAD, "people": f"Name {PAYLOAD}", "articles": PAYLOAD}
    for kind, page_id in [("events", "2019-05-06-e"), ("people", "p1"), ("articles", "a1")]:
        html = (report.site_dir / kind / f"{page_id}.html").read_text()
        page = content(html)
        tags = [tag for tag, _ in page.elements]
        attributes = [
            (name, value or "") for _, pairs in page.elements for name, value in pairs.items()
        ]

        assert MARKUP.intersection(tags) == set(), kind
        assert tags.count("h1") == 1
        assert tags.count("td") == 3 * max(tags.count("tr") - 1, 0)  # no "|" made a cell
        assert [name for name, value in attributes if name.startswith("on")] == []
        addresses = [value for name, value in attributes if name in ("href", "src", "action")]
        assert [address for address in addresses if "javascript" in address.lower()] == []
        assert PAYLOAD in " ".join("".join(page.text).split())
        assert Page(html).title == f"{titles[kind]} - Diplomatic Events Archive"


@pytest.mark.browser
def test_search_works_from_disk_with_no_request_to_another_host(tiny_site):
    if not CHROMIUM.exists():
        # CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip.
        message = "needs /usr/bin/chromium (apt-get install chromium)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page()
        page.on("request", lambda request: requests.append(request.url))
        for start in ("index.html", "events/2019-05-06-lavrov-pompeo-talks.html"):
            page.goto((tiny_site.site_dir / start).as_uri())
            page.keyboard.press("/")
            page.keyboard.type("Rovaniemi")
            results = page.locator(".md-search-result__item")
            results.first.wait_for(timeout=15_000)
            assert results.count() >= 1
        browser.close()

    assert [url for url in requests if not url.startswith("file://")] == []
