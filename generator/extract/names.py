"""Name handling: slugs, spelling keys that tolerate transliteration, possessive stripping."""

from __future__ import annotations

import re
import unicodedata

POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Transliteration pairs read as one spelling: Sergei/Sergey, Dmitri/Dmitry, Zelenskiy/Zelensky.
_SPELLING_RULES = (
    (re.compile(r"(?:iy|yy|ij)$"), "i"),
    (re.compile(r"y$"), "i"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(.)\1"), r"\1"),
)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    """`Sergey Lavrov` -> `sergey-lavrov`; accents folded, anything else becomes a hyphen."""
    return _NON_ALNUM.sub("-", ascii_fold(text).lower()).strip("-")


def spelling_key(word: str) -> str:
    """A key equal for spellings of one name in different transliterations."""
    key = _NON_ALNUM.sub("", ascii_fold(word).lower())
    for pattern, replacement in _SPELLING_RULES:
        key = pattern.sub(replacement, key)
    return key


def name_keys(name: str) -> tuple[str, ...]:
    """The spelling keys of each word of a personal name, hyphenated parts kept together."""
    return tuple(key for key in (spelling_key(word) for word in name.split()) if key)


def strip_possessive(text: str) -> str:
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending):
            return text[: -len(ending)].rstrip()
    return text


def surname(name: str) -> str:
    """The last word of a name: what an article calls the person after first naming them."""
    words = name.split()
    return words[-1] if words else name
