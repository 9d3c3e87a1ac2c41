"""RFC 5545 text primitives: escaping, line folding and CRLF content lines.

Kept apart from the export stage so the rules of the format sit in one small place.
"""

from __future__ import annotations

from collections.abc import Iterable

LINE_OCTETS = 75


def escape_text(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks."""
    escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character."""
    chunks: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            chunks.append("".join(current))
            # A continuation line starts with one space, which counts towards its 75 octets.
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += octets
    chunks.append("".join(current))
    return "\r\n ".join(chunks)


def content_lines(lines: Iterable[str]) -> str:
    """Folded lines, each ended by CRLF as the format requires."""
    return "".join(fold_line(line) + "\r\n" for line in lines)
