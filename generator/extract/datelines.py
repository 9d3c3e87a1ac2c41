"""The dateline that opens a news report: "MOSCOW, May 6 (Reuters) -", "GENEVA —",
"New Delhi, Aug 8 (PTI)", "Montevideo, Dec 6 (EFE).-". Its city says where the reporter, and
usually the event, was; it is never an actor, and no date in it dates an event."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

DATELINE_MARKS = {",", "—", "–", "-", "(", ":"}
DATELINE_DASHES = {"—", "–", "-", "--"}
DATELINE_LENGTH = 12
# "Montevideo, Dec 6 (EFE).- The European Union ...": Spanish wires close with ".-".
GLUED_AGENCY = re.compile(r"^[A-Za-z]+\)\.?[-–—]$")


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """A place name opening the text, then a comma or a dash: "MOSCOW, May 6 (Reuters) -"."""
    if start > 1 or end >= len(doc):
        return False
    return doc[end].text in DATELINE_MARKS and dateline_end(doc) >= end  # "ISLAMABAD -"


def dateline_end(doc: Doc) -> int:
    """The dash that closes a dateline ("LAUSANNE, Switzerland (AWS) —", "Geneva, 16.06.2021
    –"), or 0 when the text opens with none."""
    first = next((token for token in doc[:2] if not token.is_space), None)
    if first is None or not first.is_alpha or first.i + 1 >= len(doc):
        return 0
    if not (first.is_upper or _city_then_comma(doc, first.i)):
        return 0
    for token in doc[first.i + 1 : first.i + DATELINE_LENGTH]:
        if token.text in DATELINE_DASHES and _spaced(token):
            return token.i
        if "\n" in token.text:
            return 0
        if _agency_closes(doc, token):
            return token.i
    return 0


def _spaced(dash: Token) -> bool:
    """A dash with space on both sides, or at the end of the line: "VALENCIA, 30 Oct. (EUROPA
    PRESS) -"."""
    doc = dash.doc
    after = dash.whitespace_ or (dash.i + 1 < len(doc) and doc[dash.i + 1].is_space)
    return after and bool(doc[dash.i - 1].whitespace_)


def _city_then_comma(doc: Doc, start: int) -> bool:
    """ "Geneva,", "New Delhi,": one to three capitalised words, then a comma."""
    for token in doc[start + 1 : start + 4]:
        if token.text == ",":
            return True
        if not (token.is_alpha and token.is_title):
            return False
    return False


def _agency_closes(doc: Doc, token: Token) -> bool:
    """ "New Delhi, Aug 8 (PTI) Prime Minister ...": the agency's name in parentheses ends the
    dateline when no dash follows it."""
    if GLUED_AGENCY.match(token.text) and doc[token.i - 1].text == "(":
        return True  # "(EFE).-", which the tokenizer keeps as one token after "("
    if token.text != ")" or token.i + 1 >= len(doc) or token.i < 2:
        return False
    # "(PTI)", "(Prensa Latina)": one to three capitalised words in parentheses.
    opening = next((t for t in reversed(doc[max(0, token.i - 4) : token.i]) if t.text == "("), None)
    if opening is None or opening.i == token.i - 1:
        return False
    agency = doc[opening.i + 1 : token.i]
    named = all(word.is_alpha and (word.is_upper or word.is_title) for word in agency)
    return named and doc[token.i + 1].is_title
