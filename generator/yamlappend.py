"""Appending sources and quotes to an event file a curator may have edited by hand.

A full ruamel round trip re-indents folded text and rewrites `null` as an empty value, so
new items are spliced into the text instead, in the list's own style and indentation, and
ruamel's round trip is only the fallback for lists it cannot splice (`[a, b]` flow lists).
Either way the result must read back as the old data plus the new items, or nothing is changed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.parsers import EVENT_FIELDS
from generator.records import Quote, Source
from generator.serialize import dump, quote_fields, source_fields, writer

# Where a list the file lacks goes: after the fields that come before it in the format.
EVENT_KEYS = EVENT_FIELDS


class AppendError(ValueError):
    """The file could not be extended without changing what it already says."""


def append_to_event(original: str, sources: Sequence[Source], quotes: Sequence[Quote]) -> str:
    """The event file with `quotes` and `sources` appended; every other value unchanged."""
    updated = original
    for key, items in (
        ("quotes", [quote_fields(quote) for quote in quotes]),
        ("sources", [source_fields(source) for source in sources]),
    ):
        if items:
            updated = _append(updated, key, items)
    return updated


def _append(original: str, key: str, items: list[CommentedMap]) -> str:
    try:
        spliced = _splice(original, key, items)
    except (yaml.YAMLError, _CannotSplice):
        spliced = None
    if spliced is not None and _appended_exactly(original, spliced, key, items):
        return spliced
    rewritten = _round_trip_append(original, key, items)
    if _appended_exactly(original, rewritten, key, items):
        return rewritten
    raise AppendError(f"cannot add to the '{key}' list without changing other values")


class _CannotSplice(Exception):
    pass


def _splice(original: str, key: str, items: list[CommentedMap]) -> str:
    root = yaml.compose(original, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        raise _CannotSplice
    pairs = {str(name.value): (name, value) for name, value in root.value}
    if key not in pairs:
        return _insert_key(original, pairs, key, items)
    name, value = pairs[key]
    if isinstance(value, yaml.SequenceNode) and value.value and not value.flow_style:
        return _extend_block_list(original, value, items)
    if _empty_on_key_line(name, value):
        return _fill_empty(original, name, value, key, items)
    raise _CannotSplice


def _extend_block_list(original: str, sequence: yaml.SequenceNode, items: list) -> str:
    lines = original.splitlines(keepends=True)
    prefix = _item_prefix(lines, sequence)
    block = not getattr(sequence.value[0], "flow_style", True)
    end = _end_of(sequence)
    at = end.line if end.column == 0 else end.line + 1
    while at > 0 and not lines[at - 1].strip():
        at -= 1  # blank lines after a folded text are spacing, not part of the item
    return _insert_lines(lines, at, _item_lines(prefix, items, block))


def _item_prefix(lines: list[str], sequence: yaml.SequenceNode) -> str:
    """The `  - ` in front of the list's first item, so new items line up with it."""
    first = sequence.value[0]
    prefix = lines[first.start_mark.line][: first.start_mark.column]
    if prefix.strip() != "-":
        raise _CannotSplice
    return prefix


def _insert_key(original: str, pairs: dict, key: str, items: list) -> str:
    lines = original.splitlines(keepends=True)
    later = [k for k in EVENT_KEYS[EVENT_KEYS.index(key) + 1 :] if k in pairs]
    at = pairs[later[0]][0].start_mark.line if later else len(lines)
    while at > 0 and lines[at - 1].lstrip().startswith("#"):
        at -= 1  # a comment above the next key belongs to it
    new = [f"{key}:\n", *_item_lines(_list_prefix(lines, pairs), items, block=False)]
    return _insert_lines(lines, at, new)


def _fill_empty(original: str, name: yaml.Node, value: yaml.Node, key: str, items: list) -> str:
    line_end = original.find("\n", value.end_mark.index)
    line_end = len(original) if line_end < 0 else line_end + 1
    head = original[: name.start_mark.index] + f"{key}:"
    rest = original[value.end_mark.index : line_end].rstrip("\n") + "\n"
    body = "".join(_item_lines("  - ", items, block=False))
    return head + rest + body + original[line_end:]


def _empty_on_key_line(name: yaml.Node, value: yaml.Node) -> bool:
    same_line = value.end_mark.line == name.start_mark.line
    empty_list = isinstance(value, yaml.SequenceNode) and not value.value
    null = isinstance(value, yaml.ScalarNode) and value.value in ("null", "~", "Null", "NULL")
    return same_line and (empty_list or null)


def _list_prefix(lines: list[str], pairs: dict) -> str:
    """The `  - ` of the file's other lists, so a new list looks like its neighbours."""
    for _name, value in pairs.values():
        if isinstance(value, yaml.SequenceNode) and value.value and not value.flow_style:
            return _item_prefix(lines, value)
    return "  - "


def _end_of(node: yaml.Node) -> yaml.Mark:
    """Where a node's own text ends: trailing comments and blank lines are not part of it."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style or not node.value:
        return node.end_mark
    last = node.value[-1]
    return _end_of(last[1] if isinstance(node, yaml.MappingNode) else last)


def _item_lines(prefix: str, items: list[CommentedMap], block: bool) -> list[str]:
    lines = []
    for item in items:
        mapping = CommentedMap(item) if block else item
        body = dump(mapping).splitlines(keepends=True)
        lines.append(prefix + body[0])
        lines.extend(" " * len(prefix) + line for line in body[1:])
    return lines


def _insert_lines(lines: list[str], at: int, new: list[str]) -> str:
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    return "".join([*lines[:at], *new, *lines[at:]])


def _round_trip_append(original: str, key: str, items: list[CommentedMap]) -> str:
    editor = writer()
    editor.preserve_quotes = True
    data = editor.load(original)
    if not isinstance(data, CommentedMap):
        raise AppendError("the file is not a mapping of fields")
    if key in data and data[key] is None:
        data[key] = CommentedSeq()
    elif key not in data:
        later = [k for k in EVENT_KEYS[EVENT_KEYS.index(key) + 1 :] if k in data]
        data.insert(list(data).index(later[0]) if later else len(data), key, CommentedSeq())
    data[key].extend(items)
    stream = io.StringIO()
    editor.dump(data, stream)
    return stream.getvalue()


def _appended_exactly(before: str, after: str, key: str, items: list[CommentedMap]) -> bool:
    try:
        old, new = yaml.safe_load(before), yaml.safe_load(after)
    except yaml.YAMLError:
        return False
    if not isinstance(old, dict) or not isinstance(new, dict):
        return False
    expected = dict(old)
    expected[key] = [*(old.get(key) or []), *(yaml.safe_load(dump([dict(i) for i in items])))]
    return new == expected
