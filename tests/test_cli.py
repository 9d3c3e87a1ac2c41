"""The check command: exact output and exit codes, as a user sees them."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_check_on_a_valid_archive() -> None:
    result = run("check", "--root", str(FIXTURES / "minimal"), "--strict")
    assert result.exit_code == 0
    assert result.stdout == (
        "Loaded 1 article, 1 event, 2 people, 1 place, 1 organization, 1 topic, 3 countries.\n"
    )


def test_check_reports_problems_and_passes_without_strict(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(FIXTURES / "minimal", root)
    shutil.copytree(FIXTURES / "bad" / "bad_date", root / "seeds", dirs_exist_ok=True)
    result = run("check", "--root", str(root))
    assert result.exit_code == 0
    assert result.stderr == (
        "seeds/people/person-with-bad-date.yml:5: [roles -> 0 -> start] '2012-13-22' is not a "
        "date; write it as YYYY-MM-DD\n"
        "Found 1 problem; use --strict to fail on them.\n"
    )


def test_check_strict_fails_at_the_end_with_every_problem(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(FIXTURES / "minimal", root)
    for case in ("bad_date", "missing_field"):
        shutil.copytree(FIXTURES / "bad" / case, root / "seeds", dirs_exist_ok=True)
    result = run("check", "--root", str(root), "--strict")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("seeds/people/person-with-bad-date.yml:5:")
    assert lines[1].startswith("seeds/places/place-without-name.yml:1:")
    assert lines[2] == "Error: Aborted with 2 problems in strict mode."


def test_a_missing_countries_file_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(FIXTURES / "minimal", root)
    (root / "seeds" / "countries.yml").unlink()
    result = run("check", "--root", str(root), "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "seeds/countries.yml:1: missing; seeds/countries.yml must list the countries "
        "by ISO 3166-1 alpha-2 code"
    )
