"""Docs kept in step with code: every command and every record field is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import parsers
from generator.cli import cli
from generator.write import GENERATED_FOLDERS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
RECORDS = (ROOT / "docs/reference/records.md").read_text(encoding="utf-8")

RECORD_FIELDS = {
    "Article": parsers.ARTICLE_FIELDS,
    "Person": parsers.PERSON_FIELDS + parsers.ROLE_FIELDS,
    "Place": parsers.PLACE_FIELDS,
    "Organization": parsers.ORGANIZATION_FIELDS,
    "Topic": parsers.TOPIC_FIELDS,
    "Countries": parsers.COUNTRY_FIELDS,
    "Event": parsers.EVENT_FIELDS + parsers.DATE_FIELDS + parsers.PARTICIPANT_FIELDS,
}


def section(title: str) -> str:
    """The text of the records.md section whose heading starts with `title`."""
    match = re.search(rf"^## {title}\b.*?(?=^## |\Z)", RECORDS, re.M | re.S)
    assert match, f"docs/reference/records.md has no section '## {title}'"
    return match.group()


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"| `{command}" in README


@pytest.mark.parametrize("kind", sorted(RECORD_FIELDS))
def test_every_record_field_is_documented(kind: str) -> None:
    text = section(kind)
    missing = [name for name in RECORD_FIELDS[kind] if f"`{name}`" not in text and name not in text]
    assert missing == []


def test_every_hand_written_page_in_the_nav_exists() -> None:
    nav = re.findall(r"[-:]\s*([\w/.-]+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(), re.M)
    hand_written = [page for page in nav if page.split("/")[0] not in GENERATED_FOLDERS]
    assert "reference/records.md" in hand_written
    assert [page for page in hand_written if not (ROOT / "docs" / page).is_file()] == []
