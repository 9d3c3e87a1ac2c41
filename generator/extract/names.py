"""Name handling: slugs, spelling keys that tolerate transliteration, possessive stripping."""

from __future__ import annotations

import re
import unicodedata

POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_REGNAL = re.compile(r"^[IVX]+$")
# Transliteration pairs read as one spelling: Sergei/Sergey, Dmitri/Dmitry, Zelenskiy/Zelensky,
# Berdimuhamedow/Berdimuhamedov.
_SPELLING_RULES = (
    (re.compile(r"(?:ow|off)$"), "ov"),
    (re.compile(r"(?:iy|yy|ij)$"), "i"),
    (re.compile(r"y$"), "i"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(.)\1"), r"\1"),
)

# Where the family name comes first and is what a report calls someone ("Park" of Park Jin).
SURNAME_FIRST = {"CN", "TW", "HK", "MO", "KR", "KP"}
# Where the family name comes first, for event titles; Vietnamese and Khmer reports still
# call someone by the last word ("Trong" of Nguyen Phu Trong).
FAMILY_NAME_FIRST = SURNAME_FIRST | {"VN", "KH"}


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


# Words that belong to the surname after them: "De Laurentiis", "da Silva", "von der Leyen".
SURNAME_PARTICLES = {
    *("de", "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den", "van", "von"),
    *("le", "la", "al", "el", "bin", "ben", "ibn", "ter", "ten", "mac"),
}

# The particles written in lower case before a surname, which are no English words.
LOWERCASE_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "dos", "van", "von", "del"}


def name_keys(name: str) -> tuple[str, ...]:
    """The spelling keys of each word of a personal name, hyphenated parts kept together and
    particles joined to the surname they begin ("Aurelio De Laurentiis" -> aurelio,
    delaurentis), so that "De Laurentiis" alone is his surname."""
    keys: list[str] = []
    pending = ""
    words = name.split()
    for position, word in enumerate(words):
        key = spelling_key(word)
        if not key:
            continue
        if _particle(word, position, len(words)):
            pending += word.lower()
            continue
        keys.append(spelling_key(pending + word) if pending else key)
        pending = ""
    return tuple(keys)


def _particle(word: str, position: int, count: int) -> bool:
    """A particle mid-name, or opening a surname form ("De Laurentiis", "von der Leyen"); a
    name that opens with a capitalised one and runs on is a family name first ("Le Duc Tho")."""
    if word.lower() not in SURNAME_PARTICLES or position == count - 1:
        return False
    return position > 0 or count == 2 or word.islower()


def strip_possessive(text: str) -> str:
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending):
            return text[: -len(ending)].rstrip()
    return text


def surname(name: str, country: str | None = None) -> str:
    """What an article calls the person after first naming them: the last word of a name, the
    first of a Chinese or Korean one ("Park" of Park Jin, "Lu" of Lu Kang)."""
    words = name.split()
    if not words:
        return name
    return words[0] if country in SURNAME_FIRST else words[-1]


def family_name(name: str) -> str:
    """What a headline calls someone: the last word with the particles that open it ("bin
    Salman", "Al Thani", "von der Leyen")."""
    words = name.split()
    if len(words) > 1 and _REGNAL.match(words[-1]):
        return " ".join(words[-2:])  # "Felipe VI", "Margrethe II": a monarch's name and number
    start = len(words) - 1
    while start > 1 and _particle(words[start - 1], start - 1, len(words)):
        start -= 1
    return " ".join(words[start:]) if words else name
