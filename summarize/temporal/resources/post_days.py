"""Words of posts' and notices' days (session 12): what makes a bare weekday in a post a day
ahead, and what joins a weekday to the holiday it is kept for."""

#: Prepositions before a post's bare weekday that name a time already begun or gone ("since
#: sunday", "still sore from saturday"): with no verb group before them the day stays behind.
POST_BACK_PREPS = frozenset({"since", "from", "after", "ago", "last"})
#: Words right before "from" that tell of an aftermath, not a start: "recovering from
#: saturday", "hungover from friday" keep the day behind, whatever the tense reader found.
AFTERMATH_WORDS = frozenset({
    "recovering", "recover", "recovers", "hungover", "sore", "tired", "knackered", "aching",
    "still", "over", "pics", "photos", "videos", "footage", "highlights", "leftovers",
    "leftover", "left",
})
#: What joins a weekday to the holiday it is kept for ("closed Monday for Labor Day", "a Sunday
#: schedule Thursday for Thanksgiving"): the holiday's own day or the one next to it.
HOLIDAY_FOR = r"\s+(?:for|because\s+of|due\s+to|in\s+observance\s+of|to\s+mark|to\s+observe)" \
    r"\s+(?:the\s+)?$"
#: The most days between a holiday and the weekday kept for it ("closed Friday for Diwali" on a
#: Thursday's Diwali): the weekday on or nearest to the holiday's date.
HOLIDAY_REACH = 3
#: Participles that tell a state announced ahead when they stand bare before "through"/"until"
#: ("roads closed through Friday", "classes suspended until Monday"), not a verb's past: every
#: other past form there ("the heat lasted through Wednesday") tells of a state now over.
STATE_PARTICIPLES = frozenset({
    "closed", "shut", "suspended", "cancelled", "canceled", "postponed", "delayed", "extended",
    "booked", "reserved", "scheduled", "rescheduled", "planned", "arranged", "banned",
    "restricted", "paused", "halted", "open", "opened", "reduced", "limited",
})
#: Prepositions of a state's end before a weekday ("continues through Wednesday").
STATE_END_PREPS = frozenset({"until", "till", "through", "thru"})
#: Words that put two days side by side as a choice ("thurs works better than fri", "sat or
#: sun", "tues instead of weds"): both are days still to choose from, ahead.
DAY_CHOICES = r"(?:or|than|instead\s+of|rather\s+than|vs\.?|versus|over)"
#: A post's word of a release right before a lower-case weekday ("new single out friday",
#: "merch restock live fri"): the day it comes out, ahead.
POST_RELEASE_WORDS = frozenset({"out", "live", "dropping", "landing"})
#: The other calendars whose public holidays on a weekday are bank holidays too (Scotland,
#: Northern Ireland, Ireland): a "bank holiday monday" posted on one of their Mondays is that
#: day; otherwise England's nearest, as session 11 reads it.
BANK_HOLIDAY_CALENDARS = (("GB", "SCT"), ("GB", "NIR"), ("IE", ""))
#: Words of being free or taken right before a weekday ("free wednesday evening", "are you
#: available Friday?", "busy thurs"): a day still to come, whatever verb the clause holds.
AVAILABILITY_WORDS = frozenset({"free", "available", "unavailable", "busy"})
#: A post's farewell earlier in the clause of a date ("see you all at the wedding on the
#: 31st", "see u at the quiz on friday"): the date is the meeting's, ahead.
FAREWELL = r"(?:see\s+(?:u|you|ya)|c\s+u|cya)"
#: Nouns of a post's event right before a lower-case "wed", "sat" or "sun" that ends its phrase
#: ("tube strike wed 😩", "bbq sat!!"): the weekday, as a verb ("wed", "sat") or the star
#: ("sun") takes no such noun as subject right before it in a post's fragment.
EVENT_NOUNS = frozenset({
    "strike", "walkout", "match", "game", "gig", "party", "quiz", "exam", "exams", "meeting",
    "interview", "bbq", "barbecue", "shift", "training", "rehearsal", "practice", "fair",
    "parade", "concert", "recital", "final", "derby", "sale", "market", "wedding", "funeral",
    "christening", "reunion", "picnic", "brunch", "lunch", "dinner", "drinks", "appointment",
    "deadline", "race", "parkrun", "fixture", "tournament", "audition",
    # a chat's evening in ("pizza night sat x", "games nite wed?"; session 14, round 2)
    "night", "nite",
    # a chat's workout ("gym sesh weds?", "yoga mon x"; session 28)
    "sesh", "gym", "yoga", "pilates",
})
#: A post's word of a due date right before a lower-case "sat", "sun", "wed", "weds", "mon"
#: ending its phrase ("essay due weds", "rent's due sat!"): the weekday (session 30).
DUE_DAY_LEADS = frozenset({"due"})
#: A copula after a post's event noun ("the wedding is sat", "quiz's weds x"): a lower-case
#: "sat", "sun", "wed", "weds", "mon" ending its phrase there is the weekday, not British "is
#: sat" (sitting: "the cake is sat on the side") nor "is wed" (session 30).
EVENT_COPULAS = (" is", "'s", "’s")
#: Words right before a post's lower-case "sat", "wed" that ends its phrase (or comes before
#: "from", "at", "then", a kiss or a number) that make it the weekday: a word that leads into a
#: day ("cant wait for sat!!", "shut til wed", "open sat from 10") or a host's place ("tea at
#: mine sat?"); "sat" the verb has its subject before it and no such word (session 23).
SAT_DAY_LEADS = frozenset({
    "for", "til", "till", "until", "from", "open", "opens", "closed", "shut", "ours", "mine",
    "yours", "theirs",
})
#: A post's adverbs closing a clause after "til <weekday>" ("camping til mon anyway", "off till
#: sat tho"): the weekday's phrase ends there (session 29).
POST_CLOSING_ADVERBS = frozenset({"anyway", "anyways", "tho", "though", "hopefully", "probs",
                                  "probably", "at least", "at the earliest", "at the latest",
                                  "now", "then", "x", "xx", "lol"})
#: A chat's words that lead into a day right before a lower-case "mon", "sat", "weds" ending
#: its phrase (a mark, an emoji, a kiss, "instead"): a move, a choice, being free or away
#: ("can we swap to sat instead?", "what about mon?", "r u free sat?", "did the bins go out
#: mon?"); "to wed" is a verb and stays out, as "wed" does (session 28).
CHAT_DAY_LEADS = frozenset({
    "to", "about", "free", "available", "busy", "around", "out", "off", "home",
})
#: A post's words of a start or a return right before a weekday abbreviation ending its phrase
#: ("back at it Wed.", "viewings start mon", "back Sat!"): the day it starts again, ahead; "sun"
#: stays the weather (session 26).
RESUME_DAY_LEADS = frozenset({
    "at it", "back", "start", "starts", "resume", "resumes", "reopen", "reopens", "returns",
})
#: A rota's duties after "on" (and maybe "the") right before a weekday abbreviation ending its
#: phrase ("I'm on pickup wed", "on the school run thurs", "on call sat x"): the writer's turn,
#: the weekday; "the pickup sat in the drive" has no "on" before it (session 26, round 2).
ROTA_DUTIES = frozenset({
    "pickup", "pick-up", "pickups", "drop-off", "dropoff", "drop-offs", "school run", "bins",
    "lates", "earlies", "duty", "call", "cover", "nursery run",
})
#: A notice's words of an end right before a weekday abbreviation ending its phrase, in
#: capitals as a notice shouts them ("WORK ENDS FRI", "OFFER ENDS SAT!") or in lower case
#: ("roadworks end thurs"): the day it ends, ahead (session 26, round 2).
END_DAY_LEADS = frozenset({"end", "ends", "ending", "finish", "finishes", "closes"})
#: What follows a day longed for ("wednesday can't come fast enough", "friday cannot come
#: soon enough"): the writer waits for it, the coming one (session 12, round 2).
LONGED_FOR_CANT = r"(?:can['’]?t|cannot|can\s+not)"
LONGED_FOR_COME = r"(?:come|get\s+here|arrive)"
LONGED_FOR_AFTER = rf"\s+{LONGED_FOR_CANT}\s+{LONGED_FOR_COME}\s+" \
    r"(?:fast|soon|quick|quickly)\s+enough\b"
#: A broadcast's nouns right before a post's weekday ("season premiere sunday", "series finale
#: thursday"): a TV listing, which announces the coming day (session 12, round 2).
BROADCAST_NOUNS = frozenset({"premiere", "finale", "episode", "ep", "special"})
#: A TV listing's hour pair in or right after a weekday ("sunday 9/8c", "Thursday at 10/9c").
TV_LISTING_HOURS = r"\d{1,2}(?::\d\d)?/\d{1,2}(?::\d\d)?c\b"
#: Verbs of a reminder or a call back and the person asked: "in <count> <unit>" after them is a
#: point ahead even before a to-infinitive ("remind me in 20 mins to turn the oven off";
#: session 13).
REMINDER_VERBS = frozenset({"remind", "ping", "nudge", "call", "text", "wake", "buzz"})
REMINDED = frozenset({"me", "us", "him", "her", "them"})
#: Words of a diary or a booking right before "for": a count of weeks "on" a day after them is
#: the date put in, not a length ("put it in the diary for a week on wednesday"; session 13).
DIARY_FOR_WORDS = ("diary", "calendar", "pencil it in")
#: Words of a booking right before "for": a count of weeks before "today"/"tomorrow" after them
#: is the day booked, not a length ("the job is locked in for a fortnight today"; session 25).
BOOKED_FOR_WORDS = ("booked", "booked in", "locked in", "pencilled in", "penciled in",
                    "scheduled", "slated", "confirmed")
#: Words of a post looking forward to an event ("can't wait", "been waiting 3 yrs for this",
#: "outfit planned"): a lower-case verbless weekday in such a post is the coming one (session
#: 13).
ANTICIPATION = (r"\b(?:can['’]?t|cannot|cant)\s+wait\b|\bbeen\s+waiting\b|\bso\s+excited\b"
                r"|\bcounting\s+down\b|\b(?:outfit|costume|fit)s?\s+(?:planned|sorted|ready)\b")
#: A notice's words before a bare range of days with their suffixes ("closed 25th-27th", "off
#: 3rd-5th"): the two ends are days of the month, read as a plan's (session 13).
RANGE_NOTICE_WORDS = ("closed", "shut", "off", "away", "open", "booked", "out")
#: A chat's nouns of a meal or an outing right after a lower-case weekday abbreviation ("sat
#: brunch at the Lantern?", "weds drinks?"): the day of the plan (session 14, round 3; not
#: "sun": "sun lunch" may be a terrace's).
CHAT_DAY_EVENTS = frozenset({
    "brunch", "lunch", "dinner", "breakfast", "drinks", "coffee", "bbq", "barbecue", "party",
    "quiz", "gig", "picnic", "match", "game", "meetup", "playdate", "sleepover", "takeaway",
})
#: What a chat says of a day after its "'s" ("mon's no good", "thurs's fine"): "is", a day's
#: fitness (session 14, round 3; not "sun's": "sun's out").
CHAT_DAY_VERDICTS = frozenset({
    "no", "not", "good", "ok", "okay", "fine", "bad", "better", "full", "free", "busy",
    "booked", "out", "rubbish", "tricky", "best", "looking",
})
#: A diary's nouns right before a chat's weekday abbreviation ending its phrase ("what's on my
#: calendar weds", "anything in the diary fri?"; session 14, round 3).
CALENDAR_NOUNS = frozenset({"calendar", "diary", "schedule", "agenda", "planner", "cal", "rota"})
#: Past verbs of a chat's comings and goings before a line-final "on sun" ("got back from the
#: coast on sun", "flew home on sun."): there "sun" is the Sunday just gone (session 14, round
#: 3; "the panels run on sun" has none).
SUN_PAST_VERBS = frozenset({"got", "came", "went", "flew", "drove", "arrived", "returned", "left",
                            "landed", "moved", "finished", "started"})
#: Words of a post looking back on a day it appraises or throws back to ("lovely walk on
#: sunday", "#tbt sunday", "what a match on saturday"): they keep a verbless weekday behind
#: (session 15, round 3).
APPRAISALS = r"(?:lovely|great|amazing|brilliant|fab|fantastic|gorgeous|wonderful|what\s+an?)"
THROWBACKS = r"(?:#tbt|#throwback|throwback\s+to|memories\s+(?:of|from))"
