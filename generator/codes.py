"""CAMEO and PLOVER codes for our event types (DESIGN.md section 5).

The codes let researchers join the archive with GDELT and ICEWS (CAMEO) or POLECAT (PLOVER).
PLOVER types follow OEDA's CAMEO2PLOVER-2021 table, so every CAMEO code here has exactly one
PLOVER type and mode. PLOVER drops CAMEO's public statements (01); statements and press
conferences therefore get the PLOVER-compliant extension type STATEMENT.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

CONSULT_TYPES = ("phone_call", "meeting", "talks", "visit", "summit")
INTENT_STATUSES = ("planned", "proposed")


@dataclass(frozen=True, slots=True)
class EventCodes:
    """One event's codes; all None when no code fits (type `other`, a cancelled event)."""

    cameo: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None


NO_CODES = EventCodes()
EXPRESS_INTENT_TO_MEET = EventCodes("036", "AGREE")
EXPRESS_INTENT_TO_COOPERATE = EventCodes("030", "AGREE")

# Events that happened, when the place decides nothing. Signing is SUPPORT in PLOVER's
# manual and table (057); AGREE there means a promise to sign, which is our `planned`.
_OCCURRED = {
    "phone_call": EventCodes("041", "CONSULT", "phone"),
    "talks": EventCodes("046", "CONSULT"),
    "visit": EventCodes("042", "CONSULT", "visit"),
    "press_conference": EventCodes("010", "STATEMENT", "press-conference"),
    "statement": EventCodes("010", "STATEMENT"),
    "agreement_signing": EventCodes("057", "SUPPORT"),
}
CONSULT = EventCodes("040", "CONSULT")
HOST_A_VISIT = EventCodes("043", "CONSULT", "host")
THIRD_LOCATION = EventCodes("044", "CONSULT", "third-party")


def event_codes(
    event_type: str, status: str, sides: Collection[str], place_country: str | None
) -> EventCodes:
    """The codes of an event of `event_type` between the countries `sides`, held in `place_country`.

    Codes describe what happened: a planned or proposed meeting is an intent to meet (036),
    and a cancelled or denied event gets no code, so it never counts as a meeting in a join.
    """
    if status in INTENT_STATUSES:
        return _intent_codes(event_type)
    if status != "occurred":
        return NO_CODES
    if event_type in ("meeting", "summit"):
        return _meeting_codes(event_type, sides, place_country)
    return _OCCURRED.get(event_type, NO_CODES)


def _intent_codes(event_type: str) -> EventCodes:
    if event_type in CONSULT_TYPES:
        return EXPRESS_INTENT_TO_MEET
    if event_type == "agreement_signing":
        return EXPRESS_INTENT_TO_COOPERATE
    return NO_CODES


def _meeting_codes(
    event_type: str, sides: Collection[str], place_country: str | None
) -> EventCodes:
    """040 by default; 044 in a third country; a summit in a participant's country is hosted."""
    if place_country is None or not sides:
        return CONSULT
    if place_country not in sides:
        return THIRD_LOCATION
    return HOST_A_VISIT if event_type == "summit" else CONSULT
