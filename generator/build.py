"""`build()`: the pipeline from seeds/ to site/, one stage a line.

Extraction is not part of a build: it runs when an article is added (`generator add`)
or when asked (`generator extract`), and its proposals land in seeds/ for review, so a
build only ever publishes what is in seeds/.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator import ingest, link, render, site, write
from generator.records import Problem


@dataclass(frozen=True, slots=True)
class BuildReport:
    problems: tuple[Problem, ...]
    pages: int = 0
    site_failed: bool = False
    stopped: bool = False


def build(
    root: Path, *, strict: bool = False, site: bool = True, echo: Callable[[str], None] = print
) -> BuildReport:
    """Check seeds/, render docs/, and build site/ with MkDocs."""
    started = time.perf_counter()
    loaded = ingest.load(root / "seeds", root)
    echo(ingest.summary(loaded.archive))
    if strict and loaded.problems:
        # Strict mode publishes nothing from input that has problems.
        return BuildReport(loaded.problems, stopped=True)
    links = link.link(loaded.archive)
    pages = render.render(loaded.archive, links)
    written = write.write_pages(root / "docs", pages)
    echo(f"Rendered {len(pages)} pages into docs/: {written.describe()}.")
    report = BuildReport(loaded.problems, pages=len(pages))
    if site:
        report = _build_site(root, strict, report, echo)
    echo(f"Done in {time.perf_counter() - started:.1f} s.")
    return report


def _build_site(
    root: Path, strict: bool, report: BuildReport, echo: Callable[[str], None]
) -> BuildReport:
    result = site.build_site(root / "mkdocs.yml", strict)
    if not result.ok:
        return BuildReport(report.problems, report.pages, site_failed=True)
    echo(f"Built the site into site/: {result.describe()}.")
    return report
