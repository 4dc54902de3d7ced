"""Words of requests and reschedulings (session 14): an imperative asking for a reminder or an
alarm, or moving a thing to a day, looks ahead whatever its clause's verbs say."""

from .post_days import REMINDED, REMINDER_VERBS

#: Words that may open a request before its verb ("please", "hey", "can you", "could we",
#: "let's", "i need you to"): a request is read only where its verb opens the sentence so.
REQUEST_OPENER = (r"(?:(?:please|pls|plz|ok(?:ay)?|hey|hi|oh|and|also|so)\b[\s,]*)*"
                  r"(?:(?:can|could|would|will)\s+(?:you|u|we|ya)\s+(?:please\s+|pls\s+)?"
                  r"|let['’]?s\s+|(?:i\s+)?need\s+(?:you\s+)?to\s+)?")
#: Imperatives that change a diary ("cancel thursday's stand-up", "schedule a call for mon"):
#: opening a request, the day they name is still to come (session 14, round 3).
DIARY_REQUESTS = frozenset({"cancel", "add", "schedule", "book", "move", "clear", "delete",
                            "block", "pencil"})
#: Imperatives of an errand ("pay the window cleaner on the 1st", "call the vet on monday"):
#: opening a request with their object, the day they name is still to come (session 15).
ERRAND_REQUESTS = frozenset({"pay", "call", "ring", "phone", "email", "collect", "renew",
                             "submit", "send", "return", "order"})
#: The object right after an errand's imperative: a determiner or a pronoun ("pay the", "ring
#: her"), not a noun's verb ("Pay rose on the 14th").
ERRAND_OBJECTS = frozenset({"the", "my", "our", "your", "his", "her", "their", "them", "him",
                            "me", "us", "it", "a", "an"})
#: A question opening its sentence about what a day holds ("what's on my calendar weds",
#: "what's the weather like on saturday morning"): the day is still to come (session 14,
#: round 3); a past "what happened on saturday" is no such question.
ASKED_AHEAD = (r"(?:(?:so|and|hey|hi|ok(?:ay)?)\b[\s,]*)*what['’]?s\s+(?:on|happening|planned"
               r"|the\s+(?:weather|forecast)(?:\s+like)?)\b")
#: Verbs of a reminder, an alarm or a booking asked for, with whom it is for: "remind me",
#: "ping us", "set an alarm", "set a reminder", "book me".
REQUEST_VERBS = (r"(?:" + "|".join(sorted(REMINDER_VERBS)) + r")\s+(?:"
                 + "|".join(sorted(REMINDED)) + r")\b"
                 r"|set\s+(?:an?|my|the)\s+(?:alarm|reminder|timer)\b"
                 # a booking asked for: "book me a haircut for wednesday" (session 14, round 2)
                 r"|(?:book|reserve)\s+(?:me|us)\b"
                 # a diary's change asked for: "cancel thursday's stand-up", "add a call on
                 # fri" (session 14, round 3)
                 r"|(?:" + "|".join(sorted(DIARY_REQUESTS)) + r")\b(?![-'’])"
                 # an invitation: "come round sat 8ish", "pop over on sunday" (session 27)
                 r"|(?:come|pop|drop|swing)\s+(?:round|over|by)\b(?![-'’])"
                 # an errand asked for: "pay the rent on the 1st" (session 15)
                 r"|(?:" + "|".join(sorted(ERRAND_REQUESTS)) + r")\s+(?:"
                 + "|".join(sorted(ERRAND_OBJECTS)) + r")\b(?![-'’])")
#: Verbs of rescheduling: a day right after "to" in their clause is the new day, ahead ("move
#: my haircut to the 10th", "can we push the standup to thursday?").
RESCHEDULE_VERBS = frozenset({"move", "push", "bump", "shift", "change", "switch", "reschedule",
                              "postpone", "rebook", "swap",
                              "prepone"})  # Indian English: bring forward (session 27)
#: Their past forms (session 14, round 2): a day of the month right after "to" is still the new
#: day, ahead ("swapped my shift to the 18th", "the meeting got moved to the 9th").
RESCHEDULED = frozenset({"moved", "pushed", "bumped", "shifted", "changed", "switched",
                         "rescheduled", "postponed", "rebooked", "swapped", "preponed"})
#: Verbs of a booking before "for" and a slash pair ("booked the van for 14/8"; session 29).
SLASH_BOOKING_VERBS = frozenset({"booked", "book", "rebooked", "reserved", "reserve"})
#: Every verb whose "to"/"for" puts a slash pair on the day moved or booked to ("dentist moved
#: to 5/12"): read by the pair's check and by its resolution (session 29).
SLASH_MOVING_VERBS = RESCHEDULE_VERBS | RESCHEDULED | SLASH_BOOKING_VERBS
#: Objects of a moving verb that make its slash pair a value, no day ("bumped the score to
#: 9/10", "changed the odds to 5/2"; session 29).
SLASH_NOT_OBJECTS = frozenset({"score", "scores", "rating", "ratings", "odds", "ratio", "grade",
                               "grades", "mark", "marks", "price", "prices", "stake", "share",
                               "shares", "vote", "votes", "split", "fraction", "dose", "mix"})
#: Clause words that may follow a rescheduling's new day ("to the 18th so I can come").
RESCHEDULE_AFTER = ("please", "pls", "plz", "instead", "at", "@", "then", "if", "so", "and",
                    "but", "cos", "because")
#: How many words may stand between a rescheduling verb and its "to" ("move [my haircut] to").
RESCHEDULE_GAP = 4
#: What a bare day of the month as a subject is said to do in a plan ("the 9th works for us",
#: "the 3rd suits me", "is the 21st ok?"): a day offered, ahead (session 14, round 2).
DAY_SUITS = frozenset({"works", "work", "suits", "suit", "would work", "would suit",
                       "could work", "is fine", "is good", "is better", "is ok", "is okay",
                       "ok", "okay", "fine", "any good", "good for"})
#: What a bare day of the month was to the writer, after "was/were" and a possessive ("the 30th
#: was my last shift", "the 1st was our first day in the flat"): a day gone by, the last such
#: day on or before the publication date (session 14, round 3; not "the 3rd was my favourite").
DAY_WAS_WORDS = frozenset({"last", "first", "final", "birthday", "bday", "anniversary",
                           "wedding", "leaving", "day", "shift", "interview", "exam",
                           "graduation"})
#: Verbs of a post's plan: in a present progressive ("we're doing the regatta on saturday") or
#: opening a post with no subject ("meeting sam at the lido thursday night"), the lower-case
#: weekday later in their clause is still to come, however many words stand between
#: (session 15, round 3).
PLAN_GERUNDS = frozenset({"doing", "meeting", "seeing", "visiting", "hosting", "running",
                          "heading", "playing", "having", "throwing", "hitting",
                          # a journey's ("driving down to cork sun morning"; session 26)
                          "driving", "flying", "travelling", "traveling", "sailing",
                          "cycling", "catching",
                          # going out to an event ("who's going to the gig sat nite?"; s29)
                          "going"})
