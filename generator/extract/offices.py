"""Which titles, as a text writes them, can never name the office a person holds: a prime
minister is no chancellor or premier, a king no president. `roles` uses this to keep "the
Prime Minister" of an Australian readout from the Premier Li it named before."""

from __future__ import annotations

HEAD_OF_GOVERNMENT_TITLES = ("prime minister", "chancellor", "premier")
MONARCH_WORDS = ("king", "queen", "emir", "amir", "sultan", "emperor")


def another_office(written: str, role: str) -> bool:
    """ "The Prime Minister" after Chancellor Scholz or Premier Li is neither, nor "the King"
    President Trump: the titles of heads of government never name one office, nor those of a
    monarch and a president. Only "the premier" in lower case is any head of government, as
    reporters write it ("Ms Harris told the premier", of Thailand's)."""
    words = written.lower()
    generic = "premier" in words and "Premier" not in written
    titles = HEAD_OF_GOVERNMENT_TITLES[:2] if generic else HEAD_OF_GOVERNMENT_TITLES
    if any(t in words and o in role for t in titles for o in titles if t != o):
        return True
    monarch_words, monarch_role = (any(m in text for m in MONARCH_WORDS) for text in (words, role))
    return (monarch_words and "president" in role) or ("president" in words and monarch_role)
