"""Command line: thin commands over plain functions (`python -m generator --help`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

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


@cli.command("export")
@root_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "ics"]),
    default="json",
    show_default=True,
    help="json: every record, events expanded; csv: one row per event; ics: a calendar.",
)
@click.option(
    "--out",
    type=click.File("wb"),
    default="-",
    help="File to write; standard output by default.",
)
@click.option("--strict", is_flag=True, help="Write nothing if any problem was found.")
def export_command(root: Path, fmt: str, out: BinaryIO, strict: bool) -> None:
    """Write the archive's public data (docs/reference/export.md)."""
    from generator import export, ingest

    loaded = ingest.load(root / "seeds", root)
    report_problems(loaded.problems, strict)
    out.write(export.export(loaded.archive, fmt).encode("utf-8"))


# Contributing: add, extract, review (plain functions in generator/contribute.py, summary.py).

MODEL_HELP = "spaCy model package for extraction [default: the pinned model]."
SUMMARY_HELP = "Also append the summary as Markdown to FILE (CI passes $GITHUB_STEP_SUMMARY)."
SUMMARY_FILE = click.Path(dir_okay=False, allow_dash=True, path_type=Path)


@contextmanager
def contributor_errors() -> Iterator[None]:
    """A mistake in what the contributor gave becomes a one-line error and exit code 1."""
    from generator.contribute import ContributeError

    try:
        yield
    except ContributeError as error:
        raise click.ClickException(str(error)) from None


def report_run(run, summary_file: Path | None) -> None:
    from generator import summary

    if run.problems:
        noun = "problem" if len(run.problems) == 1 else "problems"
        note = f"Note: seeds/ has {len(run.problems)} {noun}; run `python -m generator check`."
        click.echo(note, err=True)
    click.echo(summary.summary_text(run), nl=False)
    append_summary(summary_file, summary.summary_markdown(run))


def append_summary(summary_file: Path | None, markdown: str) -> None:
    """Append, not overwrite: GitHub's job summary collects what each step adds."""
    if summary_file is not None:
        with click.open_file(str(summary_file), "a", encoding="utf-8") as out:
            out.write(markdown)


@cli.command("add")
@root_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--date", "published", required=True, help="Publication date, YYYY-MM-DD.")
@click.option("--source", required=True, help="Publisher or issuing office.")
@click.option("--url", help="Web address of the original.")
@click.option("--title", help="Headline [default: the first line, or its first sentence].")
@click.option("--model", help=MODEL_HELP)
@click.option("--summary", "summary_file", type=SUMMARY_FILE, help=SUMMARY_HELP)
def add_command(
    root: Path,
    file: Path,
    published: str,
    source: str,
    url: str | None,
    title: str | None,
    model: str | None,
    summary_file: Path | None,
) -> None:
    """Add an article to seeds/articles/, extract its records and print what was found."""
    from generator import contribute

    with contributor_errors():
        date = contribute.parse_date(published)
        text = contribute.read_article(file)
        loaded = contribute.load(root)
        article = contribute.new_article(
            text, published=date, source=source, archive=loaded.archive, url=url, title=title
        )
        run = contribute.add(root, loaded, article, model=model)
    report_run(run, summary_file)


@cli.command("extract")
@root_option
@click.option("--all", "everything", is_flag=True, help="Re-run on every article.")
@click.option("--model", help=MODEL_HELP)
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(min=1))
@click.option("--summary", "summary_file", type=SUMMARY_FILE, help=SUMMARY_HELP)
def extract_command(
    root: Path, everything: bool, model: str | None, batch_size: int, summary_file: Path | None
) -> None:
    """Extract records from every article that has none yet (every article with --all)."""
    from generator import contribute

    loaded = contribute.load(root)
    articles = contribute.pending(loaded.archive, everything)
    if not articles:
        nothing = "Nothing to extract: every article has records; --all re-runs on all of them."
        click.echo(nothing)
        append_summary(summary_file, f"## Extraction summary\n\n{nothing}\n")
        return
    bar = click.progressbar(length=len(articles), label="Extracting", file=sys.stderr)
    with contributor_errors(), bar:
        run = contribute.extract(
            root, loaded, articles, model=model, batch_size=batch_size, progress=bar.update
        )
    report_run(run, summary_file)


@cli.command("review")
@root_option
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["events", "people", "places", "organizations", "topics"]),
    help="Only records of this kind (repeat for several) [default: all].",
)
def review_command(root: Path, kinds: tuple[str, ...]) -> None:
    """List the records waiting for a curator (reviewed: false), least certain first."""
    from generator import contribute, summary

    archive = contribute.load(root).archive
    click.echo(summary.review_text(archive, kinds or summary.REVIEW_KINDS), nl=False)


@cli.command("evaluate")
@root_option
@click.option(
    "--gold",
    "gold_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold annotations to score against (docs/evaluation.md).",
)
@click.option("--model", help=MODEL_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", is_flag=True, help="Also list every missed, extra or wrong item.")
def evaluate_command(
    root: Path, gold_file: Path, model: str | None, as_json: bool, verbose: bool
) -> None:
    """Score extraction on the gold articles: precision, recall and F1 per item."""
    from generator import evaluate, ingest, scores

    try:
        gold = evaluate.load_gold(gold_file)
    except evaluate.GoldError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        noun = "problem" if len(error.problems) == 1 else "problems"
        raise click.ClickException(f"The gold file has {len(error.problems)} {noun}.") from None
    loaded = ingest.load(root / "seeds", root)
    if loaded.problems:
        noun = "problem" if len(loaded.problems) == 1 else "problems"
        note = f"Note: seeds/ has {len(loaded.problems)} {noun}; run `python -m generator check`."
        click.echo(note, err=True)
    bar = click.progressbar(length=len(gold.articles), label="Extracting", file=sys.stderr)
    with bar:
        result = evaluate.evaluate(gold, loaded.archive, model=model, progress=bar.update)
    report = scores.report_json if as_json else scores.report_text
    click.echo(report(result, verbose=verbose))


def main() -> None:  # pragma: no cover - console entry point
    cli(prog_name="python -m generator")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
