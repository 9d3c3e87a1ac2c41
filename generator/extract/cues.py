"""Words that say what a sentence does with an event: who speaks, whether it happened.

Lowercase lemmas (or words), one per line, so that a new cue is one line.
"""

from __future__ import annotations

# Verbs of speech: their subject is the speaker of a quote.
SPEECH_VERBS = {
    "say",
    "add",
    "tell",
    "note",
    "stress",
    "emphasize",
    "emphasise",
    "state",
    "explain",
    "declare",
    "announce",
    "warn",
    "insist",
    "underline",
    "underscore",
    "remark",
    "comment",
    "write",
    "tweet",
    "ask",
    "reply",
    "respond",
    "answer",
    "describe",
    "call",
    "quote",
    "affirm",
    "reiterate",
    "point",
    "observe",
    "suggest",
    "recall",
    "acknowledge",
    "admit",
    "argue",
    "claim",
    "continue",
    "conclude",
    "assure",
    "urge",
    "confirm",
    "predict",
    "believe",
    "hope",
    "assess",
}
# Adjectives on an event word that say it has not happened (yet).
PROPOSED_MODIFIERS = {"possible", "potential", "proposed", "prospective", "hypothetical"}
PLANNED_MODIFIERS = {"planned", "upcoming", "forthcoming", "scheduled", "future", "next"}
# Words governing an event word that say it has not happened (yet), by the status they give.
PROPOSED_WORDS = {
    "possible",
    "potential",
    "possibility",
    "probability",
    "prospect",
    "likelihood",
    "chance",
    "idea",
    "proposal",
    "offer",
    "invitation",
    "propose",
    "suggest",
    "invite",
    "consider",
    "hope",
    "want",
    "seek",
    "wish",
    "intention",
    "promise",  # "Kim promised to make the first visit to Seoul, though no date was set"
    "desire",
    "willingness",
    "readiness",
    "ready",
    "willing",
    "eager",
    "keen",
}
# "Called for talks", "pushed for a summit": a demand, not an event.
DEMAND_VERBS = {"call", "push", "press", "appeal", "urge", "lobby", "campaign"}
PLANNED_WORDS = {
    "arrangement",
    "planned",
    "scheduled",
    "expected",
    "plan",
    "agree",
    "intend",
    "expect",
    "schedule",
    "arrange",
    "prepare",
    "preparation",
    "decide",
    "set",
    "due",
    "ahead",
}
CONDITIONAL_AUX = {"would", "could", "may", "might", "can"}
DENIED_WORDS = {"deny", "rule", "reject", "refuse", "decline", "dismiss", "exclude"}
CANCELLED_WORDS = {"cancel", "postpone", "scrap", "suspend", "abandon", "delay", "shelve"}
# Discussion verbs: the sentence says what an event was about.
DISCUSSION_WORDS = {
    "discuss",
    "focus",
    "exchange",
    "touch",
    "raise",
    "address",
    "review",
    "cover",
    "agenda",
    "issue",
    "topic",
    "consider",
    "talk",
    "concentrate",
    "center",
    "centre",
}
