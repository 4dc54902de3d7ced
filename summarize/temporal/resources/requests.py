"""Words of requests and reschedulings (session 14): an imperative asking for a reminder or an
alarm, or moving a thing to a day, looks ahead whatever its clause's verbs say."""

from .post_days import REMINDED, REMINDER_VERBS

#: Words that may open a request before its verb ("please", "hey", "can you", "could we",
#: "let's", "i need you to"): a request is read only where its verb opens the sentence so.
REQUEST_OPENER = (r"(?:(?:please|pls|plz|ok(?:ay)?|hey|hi|oh|and|also|so)\b[\s,]*)*"
                  r"(?:(?:can|could|would|will)\s+(?:you|u|we|ya)\s+(?:please\s+|pls\s+)?"
                  r"|let['’]?s\s+|(?:i\s+)?need\s+(?:you\s+)?to\s+)?")
#: Verbs of a reminder or an alarm asked for, with whom it is for: "remind me", "ping us",
#: "set an alarm", "set a reminder".
REQUEST_VERBS = (r"(?:" + "|".join(sorted(REMINDER_VERBS)) + r")\s+(?:"
                 + "|".join(sorted(REMINDED)) + r")\b"
                 r"|set\s+(?:an?|my|the)\s+(?:alarm|reminder|timer)\b")
#: Verbs of rescheduling: a day right after "to" in their clause is the new day, ahead ("move
#: my haircut to the 10th", "can we push the standup to thursday?").
RESCHEDULE_VERBS = frozenset({"move", "push", "bump", "shift", "change", "switch", "reschedule",
                              "postpone", "rebook", "swap"})
#: How many words may stand between a rescheduling verb and its "to" ("move [my haircut] to").
RESCHEDULE_GAP = 4
