"""YAML that remembers where each value was written, so problems can name the line.

Two YAML 1.1 surprises are switched off because curated data trips over them: `NO`
(Norway's ISO code) and `yes`/`off` are not booleans, and dates stay strings until the
validator parses them, so a bad date is one located problem instead of a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]

_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    """SafeLoader with booleans limited to true/false and no implicit timestamps."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass(frozen=True, slots=True)
class YamlError(Exception):
    """Text that is not valid YAML, with the 1-based line of the fault."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """Parsed YAML data plus the line of every mapping key and sequence item."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicate_keys: tuple[tuple[Path_, int], ...] = ()

    def line(self, *location: str | int) -> int:
        """The line of `location`, or of its nearest enclosing value that has one."""
        path = tuple(location)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def parse(text: str, first_line: int = 1) -> Document:
    """Parse one YAML document; raise YamlError naming the line of the fault."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line if mark else 0) + first_line
        raise YamlError(line, _describe(error)) from None
    except yaml.YAMLError as error:
        raise YamlError(first_line, str(error)) from None
    lines: dict[Path_, int] = {}
    duplicates: list[tuple[Path_, int]] = []
    if node is not None:
        _map_lines(node, (), first_line, lines, duplicates)
    return Document(data, lines, tuple(duplicates))


def _describe(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "cannot be read"
    mark = error.problem_mark
    column = f" at column {mark.column + 1}" if mark else ""
    return f"{problem}{column}"


def _map_lines(
    node: yaml.Node,
    path: Path_,
    offset: int,
    lines: dict[Path_, int],
    duplicates: list[tuple[Path_, int]],
) -> None:
    lines.setdefault(path, node.start_mark.line + offset)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = (*path, key)
            if key in seen:
                duplicates.append((child, key_node.start_mark.line + offset))
            seen.add(key)
            lines[child] = key_node.start_mark.line + offset
            _map_lines(value_node, child, offset, lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_lines(item, (*path, index), offset, lines, duplicates)
