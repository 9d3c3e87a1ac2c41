"""Command line: thin commands over plain functions (`python -m generator --help`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generator import __version__
from generator.records import Problem

ROOT_HELP = "Project folder holding seeds/, docs/ and mkdocs.yml."
STRICT_HELP = "Fail at the end of the run if any problem was found."


def root_option(function):
    return click.option(
        "--root",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help=ROOT_HELP,
    )(function)


@click.group()
@click.version_option(__version__, prog_name="generator")
def cli() -> None:
    """Build and curate the diplomatic events archive."""


def report_problems(problems: tuple[Problem, ...], strict: bool) -> None:
    """Print every problem, then fail in strict mode, as `mkdocs --strict` does."""
    for problem in problems:
        click.echo(str(problem), err=True)
    if not problems:
        return
    noun = "problem" if len(problems) == 1 else "problems"
    if strict:
        raise click.ClickException(f"Aborted with {len(problems)} {noun} in strict mode.")
    click.echo(f"Found {len(problems)} {noun}; use --strict to fail on them.", err=True)


@cli.command()
@root_option
@click.option("--strict", is_flag=True, help=STRICT_HELP)
def check(root: Path, strict: bool) -> None:
    """Validate every file in seeds/ and report all problems at once."""
    from generator import ingest

    loaded = ingest.load(root / "seeds", root)
    click.echo(ingest.summary(loaded.archive))
    report_problems(loaded.problems, strict)


@cli.command()
@root_option
@click.option("--strict", is_flag=True, help=STRICT_HELP)
@click.option("--no-site", is_flag=True, help="Write the Markdown pages but skip the MkDocs build.")
def build(root: Path, strict: bool, no_site: bool) -> None:
    """Check seeds/, render the pages into docs/ and build the site into site/."""
    from generator import build as build_stage

    report = build_stage.build(root, strict=strict, site=not no_site, echo=click.echo)
    report_problems(report.problems, strict)
    if report.site_failed:
        raise click.ClickException("The MkDocs build failed; see the messages above.")


def main() -> None:  # pragma: no cover - console entry point
    cli(prog_name="python -m generator")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
