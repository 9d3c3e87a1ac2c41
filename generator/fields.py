"""Typed reads of YAML fields that collect every problem instead of stopping at the first.

`Fields` wraps one parsed file. Each getter returns a clean value or None, and records a
Problem naming the file, the line and the field path when the value is missing or wrong,
with a hint on how to fix it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.records import Problem
from generator.yamlfile import Document, Path_

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")

_TYPE_NAMES = {
    str: "text",
    list: "a list",
    dict: "a mapping",
    bool: "true or false",
    int: "a number",
    float: "a number",
}


def type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


@dataclass
class Fields:
    """Problem-collecting reader over one file's parsed YAML."""

    path: str
    document: Document
    problems: list[Problem] = field(default_factory=list)

    def report(self, location: Path_, message: str) -> None:
        line = self.document.line(*location)
        self.problems.append(Problem(self.path, line, location, message))

    def mapping(self, value: Any, location: Path_) -> Mapping[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.report(location, f"expected a mapping of fields, got {type_name(value)}")
        return None

    def known(self, data: Mapping[str, Any], location: Path_, allowed: Collection[str]) -> None:
        """Report fields the format does not have, suggesting the closest real one."""
        for key in data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "remove it"
            expected = ", ".join(sorted(allowed))
            self.report((*location, key), f"unknown field; {hint} (fields: {expected})")

    def missing(self, data: Mapping[str, Any], location: Path_, key: str, hint: str) -> bool:
        if data.get(key) not in (None, ""):
            return False
        self.report((*location, key), f"missing required field '{key}'; {hint}")
        return True

    def text(self, data: Mapping[str, Any], location: Path_, key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool | list | dict):
            self.report((*location, key), f"expected text, got {type_name(value)}")
            return None
        return str(value).strip() or None

    def texts(self, data: Mapping[str, Any], location: Path_, key: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.report((*location, key), f"expected a list, got {type_name(value)}")
            return ()
        items = []
        for index, item in enumerate(value):
            if isinstance(item, bool | list | dict) or item is None:
                message = f"expected text, got {type_name(item)}"
                self.report((*location, key, index), message)
            else:
                items.append(str(item).strip())
        return tuple(items)

    def flag(self, data: Mapping[str, Any], location: Path_, key: str) -> bool:
        value = data.get(key, False)
        if isinstance(value, bool):
            return value
        self.report((*location, key), f"expected true or false, got '{value}'")
        return False

    def number(self, data: Mapping[str, Any], location: Path_, key: str) -> float | None:
        value = data.get(key)
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return value
        self.report((*location, key), f"expected a number, got {type_name(value)}")
        return None

    def date(self, data: Mapping[str, Any], location: Path_, key: str) -> dt.date | None:
        value = data.get(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            hint = "write it as YYYY-MM-DD"
            self.report((*location, key), f"'{value}' is not a date; {hint}")
            return None

    def choice(
        self, data: Mapping[str, Any], location: Path_, key: str, options: Collection[str]
    ) -> str | None:
        value = data.get(key)
        if value is None or value in options:
            return value
        listed = ", ".join(options)
        self.report((*location, key), f"'{value}' is not one of: {listed}")
        return None

    def identifier(self, data: Mapping[str, Any], location: Path_, key: str) -> str | None:
        value = self.text(data, location, key)
        if value is None or ID_PATTERN.match(value):
            return value
        hint = "ids are lowercase words joined by hyphens, like 'sergey-lavrov'"
        self.report((*location, key), f"'{value}' is not an id; {hint}")
        return None

    def country(self, data: Mapping[str, Any], location: Path_, key: str) -> str | None:
        value = self.text(data, location, key)
        if value is None or COUNTRY_PATTERN.match(value):
            return value
        hint = "use an ISO 3166-1 alpha-2 code in capitals, like 'RU' or 'US'"
        self.report((*location, key), f"'{value}' is not a country code; {hint}")
        return None

    def items(self, data: Mapping[str, Any], location: Path_, key: str) -> list[Any]:
        """The entries of a list field, reporting a non-list once."""
        value = data.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.report((*location, key), f"expected a list, got {type_name(value)}")
        return []

    def span_order(self, location: Path_, start: dt.date | None, end: dt.date | None) -> None:
        if start and end and end < start:
            message = f"ends ({end}) before it starts ({start}); correct or swap the dates"
            self.report((*location, "end"), message)
