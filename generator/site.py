"""Stage 7, site: MkDocs builds docs/ into the static site, in this process.

The generator only writes plain Markdown into docs/ before this stage, so `mkdocs build`
(or Zensical, which reads the same mkdocs.yml) gives the same site as this function.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException


@dataclass(frozen=True, slots=True)
class SiteReport:
    """What a build made; `error` says why it failed (MkDocs' log above it says where)."""

    site_dir: Path
    pages: int = 0
    size_bytes: int = 0
    seconds: float = 0.0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def describe(self) -> str:
        if self.error:
            return f"MkDocs failed after {self.seconds:.1f} s: {self.error}"
        size = f"{self.size_bytes / 1_000_000:.1f} MB"
        return f"{self.pages} pages, {size}, in {self.seconds:.1f} s"


def build_site(config_file: Path, strict: bool) -> SiteReport:
    """Run `mkdocs build` on `config_file`; with `strict`, any MkDocs warning fails the build."""
    # Material 9.7+ prints a banner about MkDocs 2.0 on every build; it says nothing about ours.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    _show_mkdocs_log()
    started = time.perf_counter()
    site_dir = config_file.parent / "site"
    try:
        config = load_config(str(config_file), strict=strict)
        site_dir = Path(config["site_dir"])
        build(config)
    except MkDocsException as error:
        logging.getLogger("mkdocs").error(str(error))
        return SiteReport(site_dir, seconds=time.perf_counter() - started, error=str(error))
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    size = sum(path.stat().st_size for path in site_dir.rglob("*") if path.is_file())
    return SiteReport(site_dir, pages, size, time.perf_counter() - started)


def _show_mkdocs_log() -> None:
    """Print MkDocs' warnings and errors as its command line does, once per process."""
    logger = logging.getLogger("mkdocs")
    if any(getattr(handler, "_archive_site", False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.setLevel(logging.WARNING)
    handler._archive_site = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or logging.INFO, logging.INFO))
