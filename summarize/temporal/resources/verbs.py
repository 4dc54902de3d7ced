"""Verb-group cues for the tense of the clause around a time expression (English news)."""

#: Modal auxiliaries: the verb group they head looks forward ("would meet", "could open").
FUTURE_MODALS = frozenset({
    "will", "would", "shall", "should", "could", "may", "might", "must", "can", "won't",
    "wouldn't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "shan't",
    "gonna",  # posts' "going to": "gonna see them sat night"
})
#: Verbs (every inflection) that point forward when a to-infinitive follows ("hoped to
#: bring", "plans to", "is due to", "is set to") or, for the first group, on their own
#: ("Hauliers plan a go-slow from Wednesday", "are expected on Monday").
FORWARD_VERBS = frozenset({
    "plan", "plans", "planned", "planning", "expect", "expects", "expected", "expecting",
    "schedule", "schedules", "scheduled", "due", "slated", "upcoming", "intend", "intends",
    "intended", "intending", "effective", "forecast", "forecasts", "predicted", "projected",
})
#: Forward verbs that are nouns right after a determiner or a possessive ("issued its
#: forecast on Wednesday", "a forecast"): then no forward verb.
FORWARD_NOUNS = frozenset({"forecast", "forecasts"})
FORWARD_BEFORE_TO = frozenset({
    "hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "aiming", "want", "wants",
    "wanted", "wanting", "promise", "promises", "promised", "promising", "vow", "vows",
    "vowed", "pledge", "pledges", "pledged", "threaten", "threatens", "threatened",
    "prepare", "prepares", "prepared", "preparing", "agree", "agrees", "agreed", "decide",
    "decides", "decided", "set", "going", "about", "likely", "poised", "ready", "wish",
    "wishes", "wished", "is", "are", "am",
})
#: Verbs of a vote before "to": the infinitive after them looks ahead of the vote, read for an
#: expression after the infinitive only ("voted to close the school in June"; "On Tuesday club
#: members voted to merge" keeps its past; session 22).
VOTE_BEFORE_TO = frozenset({"vote", "votes", "voted", "voting"})
#: Forward verbs that are mostly nouns when bare ("a cooperation plan Friday"): they count
#: as verbs only before a word that starts their object ("Hauliers plan a go-slow").
NOUNISH = frozenset({"plan", "plans", "schedule", "schedules"})
#: Participles of scheduling: the date they put an event on is their object, most often ahead
#: of the publication date even in a past or passive clause ("the vote was scheduled for
#: Thursday", "talks were pushed back to Monday", "the case is listed for Tuesday"). "set" is
#: left out: "was set for Monday" looks back (tests/test_temporal_set_for.py), "is set for" ahead.
SCHEDULING = frozenset({
    "scheduled", "rescheduled", "slated", "listed", "moved", "postponed", "delayed",
    "pushed", "put", "adjourned", "deferred", "brought", "booked", "pencilled", "penciled",
    "forecast", "forecasted", "predicted",
    "bumped",  # "the standup got bumped to fri" (session 22)
    "preponed",  # Indian English: brought forward ("the viva is preponed to Monday"; s27)
})
#: Verbs that make results public: a quarter not begun that they report on in a future clause
#: ("expects to report a loss for the fourth quarter", told in February) is still last year's,
#: a finished one (session 10).
RESULTS_VERBS = frozenset({"report", "post", "release", "announce", "publish"})
#: Verbs of change: a quarter not begun after one of them and "from" ("sales would fall 10
#: percent from the fourth quarter") is the base the change is measured from, a finished one,
#: even in a future clause (session 11, newswire).
CHANGE_VERBS = frozenset({
    "fall", "falls", "rise", "rises", "drop", "drops", "decline", "declines", "grow", "grows",
    "increase", "increases", "decrease", "decreases", "climb", "climbs", "slip", "slips",
    "jump", "jumps", "improve", "improves", "rebound", "rebounds", "dip", "dips", "ease",
    "eases", "shrink", "shrinks", "slide", "slides", "gain", "gains", "recover", "recovers",
})
#: Particles between a scheduling verb and its preposition ("pushed back to", "put off until").
SCHEDULING_PARTICLES = frozenset({"back", "off", "forward"})
#: Prepositions whose object is the date a scheduling verb sets ("for", "to", "until").
SCHEDULING_PREPS = frozenset({"for", "to", "until", "till"})
#: Nouns whose "of"/"for" names a date set for an event ("a trial date of Oct. 7", "a deadline
#: of June 30"): it lies ahead whatever the tense of the verb that set it.
SET_DATES = frozenset({"date", "deadline"})
#: Verbs that arrange an event for a day ("set sentencing for May 22", "organised a picnic for
#: Friday night", "called a strike for Monday"): with an ``ARRANGED_EVENTS`` noun right before
#: "for", the day lies ahead whatever the verb's tense (session 11, newswire).
ARRANGING_VERBS = frozenset({
    "set", "sets", "setting", "organised", "organized", "organise", "organize", "organises",
    "organizes", "organising", "organizing", "arranged", "arrange", "arranges", "arranging",
    "booked", "book", "books", "booking", "called", "call", "calls", "calling", "planned",
    "plan", "plans", "planning", "fixed", "fix", "fixes", "announced", "announce", "announces",
    "scheduled", "schedule", "schedules",
    # a post's tickets or seats got, bought or reserved for a day (session 14)
    "got", "get", "bought", "buy", "reserved", "reserve",
})
#: Participles whose present perfect arranges an event "for" a day, ahead whatever the event's
#: noun ("have scheduled two extra showings for Sunday", "has set a vote for Friday"; session 20).
ARRANGED_FOR_PARTICIPLES = frozenset({
    "scheduled", "rescheduled", "set", "planned", "booked", "arranged", "called", "organised",
    "organized", "slated", "fixed", "moved", "pushed", "postponed", "delayed"})
#: Participles of a booking that govern a clock time after the day they book: its day, even
#: ahead of a past cue ("locked in for a week today, crew on site 8am"; session 25).
BOOKED_PARTICIPLES = ARRANGED_FOR_PARTICIPLES | {"locked", "pencilled", "penciled", "confirmed"}
#: Nouns of events an ``ARRANGING_VERBS`` verb puts on a day.
ARRANGED_EVENTS = frozenset({
    "sentencing", "hearing", "hearings", "trial", "retrial", "arraignment", "inquest", "vote",
    "ballot", "election", "referendum", "meeting", "session", "summit", "talks", "debate",
    "party", "picnic", "dinner", "lunch", "reception", "celebration", "ceremony", "funeral",
    "memorial", "vigil", "rally", "march", "parade", "protest", "demonstration", "strike",
    "walkout", "concert", "auction", "launch", "briefing", "conference", "interview", "match",
    "game", "race", "sale",
})
#: Things booked for an event or a day ("book a table for Friday", "booked a room for the
#: party on Saturday"): before "for" they stand for the event (session 13).
BOOKED_THINGS = frozenset({"table", "room", "slot", "taxi", "cab", "babysitter",
                           "tickets", "ticket", "seats", "reservation"})  # session 14
#: Verbs of a booking whose object, whatever it is, is booked "for" a day ("booked the
#: community hall for the 14th", "reserved two courts for Sunday"): the day lies ahead whatever
#: the verb's tense (session 29; the object holds at most ``_ARRANGED_GAP`` words).
BOOKING_VERBS = frozenset({"booked", "book", "books", "rebooked", "reserved", "reserve",
                           "reserves"})
#: Verbs that give someone time until a day ("gave the firms until Friday to reply"): the
#: deadline lies ahead whatever their tense (session 11, newswire).
DEADLINE_GIVERS = frozenset({
    "gave", "give", "gives", "giving", "given", "granted", "grant", "grants", "granting",
    "allowed", "allow", "allows", "allowing",
})
#: Verbs of an order whose object's state runs "until"/"through" a day ("ordered flags lowered
#: until Monday", "directed schools to stay shut through Wednesday"): the state ordered runs on
#: past the telling, so its end lies ahead even in the past (session 27).
ORDERING_VERBS = frozenset({"ordered", "decreed", "directed", "instructed"})
#: Verbs of a decision or an act still open after a possibility ("could decide Friday", "may
#: rule Thursday"): the weekday right after names when the decision may come, ahead (session
#: 27); a possibility of an event ("could fall Friday") keeps the weak future's reading.
DECISION_VERBS = frozenset({
    "act", "decide", "rule", "vote", "choose", "announce", "approve", "reject", "respond",
    "reply", "sign", "settle", "determine", "pick", "select", "endorse", "ratify", "name",
})
#: Verbs of learning a thing still open after a possibility ("could find out Monday", "may
#: learn Friday", "might hear Tuesday"): the day the news may come lies ahead, as after a
#: verb of deciding (session 31; "find" only with its "out").
LEARNING_VERBS = frozenset({"learn", "know", "hear", "find"})
#: Verbs that ask or tell someone to do a thing ("asked both sides to return", "urged members
#: to vote", "was told to report"): a bare weekday after the to-infinitive is the day of the
#: thing asked for, ahead of the asking (session 31); one between the verb and "to" ("asked on
#: Monday to return") is the asking's.
ASKING_VERBS = frozenset({
    "asked", "told", "urged", "invited", "instructed", "directed", "ordered", "encouraged",
    "summoned", "advised", "requested", "implored", "begged", "called",
})
#: Present progressives of waiting for a thing: a weekday's possessive after them and "for"
#: ("are bracing for Friday's report", "are awaiting Thursday's ruling") names the day of a
#: thing still to come (session 27); "are investigating Monday's break-in" does not.
AWAITING_PROGRESSIVES = frozenset({
    "bracing", "preparing", "gearing", "readying", "girding", "waiting", "awaiting"})
#: Verbs of telling that a negated "would"/"could" turns into a refusal already made ("would
#: not say on Monday whether", "couldn't confirm Friday how many"): news report the refusal,
#: so the weekday is past, not ahead as after a weak future with "on" (session 29).
REFUSED_TELLING = frozenset({
    "say", "comment", "confirm", "deny", "disclose", "discuss", "elaborate", "reveal", "specify",
    "identify", "name", "speculate", "answer", "explain", "detail", "estimate", "predict",
    "divulge", "respond",
})
#: Modals of possibility: after a word of ``FORECAST_WORDS`` in its sentence ("forecasters
#: warned it could reach the coast late Thursday") the verb they head is a forecast, so a bare
#: weekday after it lies ahead; negated ("could not") they are left alone.
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})
#: Words of warning and forecasting that make a possibility after them a forecast.
FORECAST_WORDS = frozenset({
    "warned", "warns", "warn", "warning", "warnings", "forecast", "forecasts", "forecasters",
    "forecaster", "predicted", "predicts", "predict", "meteorologists",
})
#: Nouns of a weather forecast and the present verb by which it names weather on a day ahead
#: ("the forecast calls for rain Friday"; "called for" reports an old one).
FORECAST_SUBJECTS = frozenset({"forecast", "forecasts", "outlook"})
#: Weather a forecast speaks of, and forecasters: with a cue of ``FORECAST_CUES`` before
#: "through"/"until" they make the day after it a forecast's end, ahead even in a past
#: clause ("more rain was likely through Wednesday"; session 15, newswire).
FORECAST_NOUNS = frozenset({
    "rain", "rains", "rainfall", "showers", "snow", "snowfall", "sleet", "storm", "storms",
    "thunderstorms", "winds", "wind", "gusts", "heat", "cold", "frost", "fog", "flooding",
    "temperatures", "weather", "drought", "heatwave", "forecasters", "forecaster",
    "meteorologists", "forecast",
})
#: Weather that is the subject of a forecast's present verb ("a cold front brings rain late
#: Thursday", "highs reach 70 on Saturday"; session 22).
WEATHER_SUBJECTS = frozenset({
    "rain", "snow", "sleet", "hail", "drizzle", "fog", "frost", "front", "storm", "storms",
    "heat", "heatwave", "sunshine", "weather", "wind", "winds", "gusts", "showers",
    "thunderstorms", "flurries", "temperatures", "temperature", "highs", "lows", "clouds",
    "skies", "system",
})
#: Present verbs by which a forecast moves weather onto a day ahead, both persons; no form
#: that is also a past ("set", "hit", "spread") and no verb of damage, which reports
#: ("slams", "batters").
WEATHER_PRESENT_VERBS = frozenset({
    "bring", "brings", "move", "moves", "return", "returns", "arrive", "arrives", "reach",
    "reaches", "climb", "climbs", "rise", "rises", "drop", "drops", "ease", "eases", "clear",
    "clears", "linger", "lingers", "develop", "develops", "spreads", "sweep", "sweeps",
    "push", "pushes", "build", "builds", "persist", "persists", "taper", "tapers", "peak",
    "peaks", "top", "tops", "dip", "dips", "warm", "warms", "cool", "cools", "settle",
    "settles", "hover", "hovers", "roll", "rolls", "blow", "blows", "soar", "soars",
    "plunge", "plunges", "edge", "edges", "creep", "creeps",
})
#: Words of warning before "of" and the thing warned of ("warned of heavy snow on Tuesday",
#: "a warning of gales from Friday"): the day of a forecast thing lies ahead (session 24,
#: round 2).
WARN_OF = frozenset({"warn", "warns", "warned", "warning", "warnings"})
#: Things warned of besides the weather (``FORECAST_NOUNS``, ``WEATHER_SUBJECTS``): disruption
#: and hazards a warning foresees.
WARNED_THINGS = frozenset({
    "disruption", "disruptions", "delays", "closures", "cancellations", "queues", "congestion",
    "outages", "blackouts", "gales", "gale", "snowstorm", "blizzard", "blizzards", "floods",
    "flood", "swell", "surge", "surges", "tides", "ice", "frosts", "hailstorms", "downpours",
    "tornadoes", "tornado", "hurricane", "typhoon", "cyclone", "landslides", "avalanches",
    "smog", "haze", "dust", "conditions", "danger", "risk",
})
#: Nouns of a weather or hazard notice whose "from"/"for"/"until"/"through" names the days it
#: covers ("has issued a red flag warning from 11 a.m. Monday", "a flood watch for Friday"):
#: ahead, whatever the tense of the verb that issued it (session 24, round 2).
WARNING_NOTICES = frozenset({"warning", "warnings", "watch", "watches", "advisory",
                             "advisories", "alert", "alerts"})
WARNING_SPAN_PREPS = frozenset({"from", "for", "until", "till", "through",
                                "thru", "til"})  # a post's spellings (session 26)
#: Verbs that declare or announce a period ("declared three days of mourning starting
#: Monday"): "starting"/"beginning" and a day after them name its start, ahead (session 24,
#: round 2).
DECLARING = frozenset({
    "declared", "declares", "declare", "announced", "announces", "announce", "ordered",
    "orders", "order", "proclaimed", "proclaims", "decreed", "decrees",
})
PERIOD_STARTS = frozenset({"starting", "beginning"})
#: Words that state a forecast before "through <weekday>" ("was likely through", "were
#: expected to linger through", "was forecast to last until").
FORECAST_CUES = frozenset({"likely", "expected", "forecast", "predicted", "forecasted"})
FORECAST_CALLS = frozenset({"calls", "call"})
#: Bare verbs of scheduled events a headline puts after "to" ("Ferry service to resume
#: Tuesday", "Jury selection to start Monday"): the day after lies ahead (session 11).
HEADLINE_INFINITIVES = frozenset({
    "meet", "open", "close", "begin", "start", "restart", "resume", "return", "arrive", "leave",
    "visit", "vote", "travel", "expire", "end", "reopen", "convene", "hold", "take", "launch",
    "host", "fly", "sign", "debate", "decide", "rule", "announce", "release", "sit", "play",
    "run", "strike", "testify", "appear", "face", "hear", "sail", "stop", "halt", "raise",
    "cut", "lift", "unveil", "publish", "report", "ballot",
    "make",  # a storm's "Typhoon to make landfall in Luzon early Saturday" (session 30, r2)
})
#: Present-tense verbs of scheduled events: with a day they look forward ("the corridor
#: closes on Friday", "they meet separately Monday").
SCHEDULED_PRESENT = frozenset({
    "meet", "meets", "open", "opens", "close", "closes", "begin", "begins", "start", "starts",
    "resume", "resumes", "return", "returns", "arrive", "arrives", "leave", "leaves", "visit",
    "visits", "vote", "votes", "travel", "travels", "expire", "expires", "end", "ends",
    "reopen", "reopens", "convene", "convenes", "hold", "holds", "take", "takes", "kick",
    "kicks", "launch", "launches", "host", "hosts", "head", "heads", "fly",
    "flies", "sign", "signs", "debate", "debates", "decide", "decides", "rule", "rules",
    "announce", "announces", "release", "releases", "sit", "sits", "play", "plays", "go",
    "goes", "mature", "matures", "lapse", "lapses", "vest", "vests",
    # performances and showings ("the print screens at the Lyric on Friday", "the quartet
    # performs Saturday"); not the nouns "screen", "premiere", nor "airs" (a post's "finale airs
    # thurs" is the nearest Thursday: test_temporal_lower_case_weekend_days) (session 15)
    "screens", "premieres", "perform", "performs", "debuts",
    # session 15, round 2: a fixture's start in other codes' words ("the replay throws in at
    # 7.45pm on Saturday", "the final tips off Friday"), as "kicks off"; third person only:
    # "a throw", "a tip" are nouns
    "throws", "tips",
    # session 17: a journey's scheduled legs ("the delegation departs for Nairobi on Friday",
    # "the shuttle lands at 6.40pm on Thursday", "the royal yacht docks at Leith on Saturday")
    "land", "lands", "depart", "departs", "dock", "docks", "sail", "sails",
    # session 22: an election's ("voters in the town choose a new MP on Thursday")
    "choose", "chooses", "elect", "elects",
    # session 23: a visit received and an event's last day ("the town welcomes the side on
    # Saturday", "the fair culminates on Friday", "the hearing concludes Monday"); not "face(s)",
    # which a check half read worse with ("faces charges ... Monday"), nor "welcome", an
    # adjective too ("welcome news Thursday")
    "welcomes", "culminate", "culminates", "conclude", "concludes", "reconvene", "reconvenes",
    # session 24, round 2: an event's move to its next place ("the meeting moves to Oslo on
    # Saturday"); only before a word of going (``verb_groups._MOVES_ON``): the read of
    # Timeline17 found "tracking protectionist moves, and on Monday the government launched"
    "moves",
})
#: A fixture's or a vote's present "face(s)" (session 31, round 2): with a day it looks forward
#: when its object is a named opponent ("Linford face Hollinsbury on Saturday") or one of
#: ``FACED_EVENTS`` ("the mayor faces a run-off Saturday"); not in ``SCHEDULED_PRESENT``,
#: whose any object "faces charges ... Monday" read worse (session 23).
FACING = frozenset({"face", "faces"})
#: Scheduled events a present "face(s)" puts on a day ahead.
FACED_EVENTS = frozenset({"run-off", "runoff", "vote", "ballot", "election", "re-election",
                          "trial", "hearing", "deadline", "play-off", "playoff", "final",
                          "semi-final", "semifinal", "rematch", "derby", "showdown"})
#: Participles of a clearance for a scheduled event ("the spacecraft is cleared for launch at
#: 9:42 a.m. Friday", "the ferry is approved for sailing on Friday"): the event named after
#: "for" (``ARRANGED_EVENTS``) lies ahead, as a scheduled one does (session 31, round 2).
CLEARANCES = frozenset({"cleared", "approved"})
#: Present verbs of the calendar: a month, a weekday or a date a clause in their present simple
#: names lies on or after the publication date, however near behind the same name is ("the
#: fiscal year, which ends in March", told in May, is next March; "the anniversary falls on
#: Monday"; session 24), unless a word of recurrence makes the present a habit
#: (``RECURRENCE_WORDS``: "the market usually closes in June").
CALENDAR_PRESENT = frozenset({
    "end", "ends", "begin", "begins", "start", "starts", "expire", "expires", "close", "closes",
    "open", "opens", "lapse", "lapses", "mature", "matures", "fall", "falls", "due",
    "run", "runs", "conclude", "concludes", "finish", "finishes", "resume", "resumes",
    "reopen", "reopens", "kick", "kicks",
})
#: Words of recurrence that make a present a habit, not a schedule.
RECURRENCE_WORDS = frozenset({
    "every", "each", "usually", "always", "normally", "typically", "often", "generally",
    "annually", "yearly", "traditionally", "sometimes", "rarely", "seldom", "customarily",
    "routinely", "regularly", "whenever",
})
#: Nouns of the calendar that "fall" on a day ("the anniversary falls on Monday", "her
#: birthday falls in May"), besides a relative pronoun ("which falls on Monday"); "falls" after
#: any other subject is a change ("the index falls on Monday").
CALENDAR_SUBJECTS = frozenset({
    "anniversary", "birthday", "holiday", "holidays", "festival", "day", "date", "deadline",
    "feast", "eve", "centenary", "centennial", "bicentenary", "jubilee", "weekend",
    "which", "that", "celebration", "celebrations",
})
#: Weaker modals of a plan told from the past ("said the supply would be off"): at the end of a
#: stretch of clock times ("from 8am to 4pm on Thursday") the weekday lies ahead; bare, the
#: news default holds (session 15, round 2).
CONDITIONAL_MODALS = frozenset({"would", "could"})
#: Auxiliaries of the present (their participles are not past: "is held", "are shown").
PRESENT_BE = frozenset({"is", "are", "am", "'s", "isn't", "aren't", "be", "being"})
#: A bare "be" of the present right before "in" and an amount: the amount counts on to a day
#: ahead ("the vote is in two weeks", "my exam's in 10 days"; session 11, round 3).
PRESENT_BE_IN = frozenset({"is", "are", "'s", "am", "'re"})
#: Words right before a weekday, in a clause with no verb, that send it ahead: a deadline's
#: ("a deadline Friday") and a return's ("off to the coast, back Monday"; session 11, round 3).
WEEKDAY_AHEAD_WORDS = frozenset({"deadline", "deadlines", "back"})
#: Words of expectation right before a day in a clause not told in the past: the day is one
#: foreseen, ahead, whatever a reporting verb says ("Judge says verdict likely Friday";
#: session 13).
EXPECTED_DAY_WORDS = frozenset({"likely", "expected"})
#: Auxiliaries that make a participle past ("has met", "had been", "was named").
PAST_AUX = frozenset({"was", "were", "had", "has", "have", "hadn't", "hasn't", "haven't",
                      "wasn't", "weren't", "'d", "been", "having"})
#: Past forms of "be" that tell a state ("were in effect", "was closed", "were suspended"):
#: before "until" and a timed weekday, the state's announced end lies ahead (session 10).
PAST_BE = frozenset({"was", "were"})
#: Words that may stand between an auxiliary and its verb ("has already met", "will not be").
ADVERBS = frozenset({"not", "also", "already", "still", "just", "now", "then", "again",
                     "first", "jointly", "finally", "formally", "reportedly", "only", "never",
                     "probably", "likely", "soon", "be", "been", "n't", "officially", "later"})
#: Adverbs that may stand inside a schedule's present without undoing it: "Voting officially
#: ends Friday" is the schedule that "Voting ends Friday" is (session 13, round 2, news).
SCHEDULE_ADVERBS = frozenset({"officially", "formally", "finally", "also", "again", "now",
                              "jointly", "first", "only"})
#: Present progressives of getting ready: what they are readying for lies ahead, however long
#: the phrase before its day ("are bracing for their busiest days on Friday"; session 13,
#: round 2, news).
PREPARING_PROGRESSIVES = frozenset({"bracing", "preparing", "gearing", "readying", "girding",
                                    "stocking"})
#: The most words between such a progressive and the day it readies for.
PREPARING_GAP = 8
#: Irregular simple-past forms (regular ones end in -ed).
IRREGULAR_PAST = frozenset({
    "was", "were", "had", "did", "said", "told", "met", "held", "left", "made", "took",
    "began", "came", "went", "saw", "won", "lost", "rose", "fell", "struck", "led", "found",
    "gave", "got", "became", "brought", "bought", "sold", "paid", "sent", "spoke", "wrote",
    "kept", "spent", "ran", "drove", "flew", "fought", "thought", "heard", "felt", "stood",
    "sat", "broke", "chose", "drew", "grew", "knew", "threw", "woke", "forgot", "ate", "fled",
    "sought", "taught", "caught", "meant", "built", "sank", "swore", "tore", "shot", "laid",
    "rang", "sang", "withdrew", "overtook", "undertook", "arose", "stole", "hung", "slept",
    "swept", "wept", "dealt", "lent", "bent", "bound", "wound", "understood", "underwent",
    "overcame", "rode", "shook", "froze", "hid", "bit", "dug", "fed", "bled", "sped", "spun",
    "stuck", "strove", "swam", "swung", "wore", "wove", "ago", "yesterday",
    # session 28: "her lead shrank through Wednesday" read a noun ("votes") before it as the verb
    "shrank", "slid", "sprang", "leapt", "knelt", "strode", "drank", "forbade", "forgave",
    "foresaw", "oversaw", "mistook", "overran", "overthrew", "upheld", "withheld", "clung",
    "flung", "stung", "crept", "rebuilt", "rewrote", "retook",
    "earlier", "previously", "formerly", "died",
})
#: Past forms the same as their bare present ("hit", "cut"): right after "that"/"which" and a
#: singular noun phrase ("a storm that hit the coast on Tuesday", "the firm, which cut jobs on
#: Friday") the verb is a past, as a singular present would be "hits" (session 24, round 2).
RELATIVE_INVARIANT_PAST = frozenset({
    "hit", "cut", "put", "shut", "spread", "hurt", "cost", "quit", "burst", "let", "split",
    "cast", "set",
})
#: Nouns with no -s that are plural ("the police that hit"): a bare form after them agrees.
PLURAL_NOUNS = frozenset({"people", "police", "children", "men", "women", "staff", "media",
                          "public", "cattle", "clergy", "personnel", "youth", "folk"})
#: The forms ``IRREGULAR_PAST`` counts that are no verb of an act: "be", "have", "do" and the
#: adverbs of the past ("was last year of all years", "ago").
NOT_ACT_PASTS = frozenset({"ago", "yesterday", "earlier", "previously", "formerly", "was",
                           "were", "had", "did"})
#: Simple pasts that end a subject: a recurrence word right before one is the adverb of the
#: subject's verb ("a bill to let them pay premiums monthly died in committee"; session 12).
PAST_AFTER_ADVERB = frozenset(IRREGULAR_PAST - NOT_ACT_PASTS)
#: Irregular past participles ("have come", "has fallen"): after "has"/"have" they make a
#: present perfect, which reports the past.
PARTICIPLES = frozenset({
    "come", "gone", "been", "done", "seen", "taken", "given", "fallen", "risen", "grown",
    "shown", "known", "begun", "broken", "chosen", "driven", "eaten", "forgotten", "frozen",
    "hidden", "ridden", "spoken", "stolen", "sworn", "thrown", "woken", "written", "become",
    "run", "won", "lost", "held", "made", "said", "told", "met", "left", "paid", "sold", "sent",
    "spent", "kept", "brought", "bought", "fought", "thought", "found", "got", "gotten", "led",
    "hit", "cut", "set", "put", "struck", "withdrawn", "drawn", "flown", "worn", "torn", "sunk",
    "shot", "fled", "dealt", "undergone", "overcome", "arisen", "had", "heard", "felt",
    "stood", "built", "slept", "understood", "let", "shut", "quit", "spread",
})
#: Irregular participles of a passive with its agent ("a town shaken by a quake in May"), besides
#: ``PARTICIPLES`` (session 31).
AGENT_PARTICIPLES = PARTICIPLES | frozenset({
    "shaken", "stricken", "swept", "beaten", "caught", "overrun", "overtaken", "blown", "hurt",
    "bitten", "ground", "torn", "wrung", "slain", "ridden",
})
#: Words ending in -ed that are not past verbs.
NOT_PAST_ED = frozenset({
    "need", "speed", "indeed", "hundred", "proceed", "exceed", "succeed", "seed", "feed",
    "breed", "bleed", "greed", "embed", "bed", "red", "shed", "wed", "led", "united", "based",
    "related", "limited", "armed", "weed", "reed", "deed", "steed", "creed",
    "sacred", "naked", "wicked", "rugged", "ragged", "crooked", "beloved", "kindred",
    "hatred", "aged", "learned", "alleged", "unnamed", "detailed", "advanced", "skilled",
    "concerned", "interested", "so-called", "biased", "talented", "supposed", "unspecified",
    "unexpected", "unprecedented", "unchanged", "unidentified", "undisclosed", "unresolved",
    "unsecured", "unemployed", "unaudited", "unconfirmed", "unlimited", "unrelated",
})
#: Reporting verbs: they date the report ("said on Tuesday"), not a clause they introduce
#: ("said the council would meet on Thursday", "announced that ...").
REPORTING = frozenset({
    "said", "says", "say", "told", "tells", "tell", "announced", "announces", "reported",
    "reports", "added", "adds", "stated", "states", "noted", "notes", "claimed", "claims",
    "confirmed", "confirms", "explained", "explains", "insisted", "insists", "warned", "warns",
    "declared", "declares", "argued", "argues", "predicted", "predicts", "estimated",
    "estimates", "suggested", "suggests", "acknowledged", "acknowledges", "admitted",
    "admits", "replied", "replies", "responded", "responds", "according", "believed",
    "believes", "thought", "think", "thinks", "indicated", "indicates", "disclosed",
    "discloses", "revealed", "reveals",
})
#: Reporting verbs whose next noun phrase is already the reported clause's subject ("said the
#: council would meet"); the others may take an object first ("announced a drop in profits").
SAY_VERBS = frozenset({"said", "says", "say", "added", "adds", "stated", "states", "insisted",
                       "insists", "argued", "argues", "claimed", "claims", "believed",
                       "believes", "thought", "think", "thinks", "warned", "warns"})
#: Words that open a reported clause ("said that ...", "asked whether ...").
COMPLEMENTISERS = frozenset({"that", "whether", "if"})
#: Words that make the clause look forward when no verb group decides.
FUTURE_WORDS = frozenset({"tomorrow", "upcoming"})
#: Words of a future verb group explicit enough to send a bare weekday forward on their own
#: ("will sail Friday", "is due to rule Thursday"); other future groups ("could be seen",
#: "vowed to rebuild") do so only when the weekday hangs on them with "on".
EXPLICIT_FUTURE = frozenset({
    "will", "shall", "won't", "shan't", "due", "scheduled", "slated", "set", "going", "plan",
    "plans", "planned", "planning", "expect", "expects", "expected", "intend", "intends",
    "intended", "upcoming", "next", "tomorrow", "coming", "poised", "about", "forecast",
    "forecasts", "predicted", "projected", "gonna",
    "wait",  # a modal's "wait" looks ahead: "can't wait for Saturday", "must wait until Monday"
    # the present's ability ("the plumber can come tues", "we can meet Thursday"): a plan
    # ahead, unlike "could" (session 22)
    "can", "can't", "cannot",
})
#: Linking verbs before a participle that is a state, not a past ("remain closed", "stayed
#: shut"): the linking verb's own form decides the tense.
LINKING_PRESENT = frozenset({"remain", "remains", "stay", "stays", "keep", "keeps"})
LINKING_PAST = frozenset({"remained", "stayed", "kept"})
#: Words that open a comparison with an earlier forecast ("lower than it forecast in March",
#: "as the bank projected"): a forward verb in a past form after them and a subject is past.
COMPARISON_OPENERS = frozenset({"than", "as", "what"})
#: Verbs and nouns of expectation before "for the full year" ("expects sales for the full year
#: to rise", "its outlook for the full year"): the year in progress, not a past one.
EXPECTATION_WORDS = frozenset({
    "expect", "expects", "expecting", "forecast", "forecasts", "forecasting", "predict",
    "predicts", "predicting", "project", "projects", "projecting", "sees", "anticipates",
    "outlook", "guidance", "target", "targets", "estimate", "estimates",
})
#: Nouns of an arrangement: a day named after "have/has (got) a <noun>" lies ahead ("I have a
#: dentist appointment on Tuesday", "she's got a job interview Friday"); "had a" looks back.
ARRANGEMENTS = frozenset({
    "appointment", "meeting", "interview", "exam", "hearing", "check-up", "checkup", "scan",
    "operation", "surgery", "viewing", "shift", "lesson", "flight", "booking", "reservation",
    # a day kept free ("the riders have a rest day on Tuesday", "has a day off Friday"; session
    # 24, round 2)
    "day", "holiday",
})
#: Present forms of "have" that own an arrangement ("have", "has", "have got").
HAVE_PRESENT = frozenset({"have", "has", "got"})
#: Present verbs of a schedule that look ahead only in a narrow frame, as ordinary verbs are
#: mostly a headline's past ("Dow drops Friday", "Senate passes bill"): "run(s)" before a
#: span's preposition ("the fair runs from Friday") or right before the span ("runs Oct.
#: 11-13"; session 13), "pass(es)" after a set date's noun ("the
#: deadline passes on Friday"), a release verb before a post's lower-case day ("drops fri").
RUNS = frozenset({"run", "runs"})
#: Present verbs of a state's run whose end a day names right after "until"/"through" ("the
#: show lasts until Saturday", "the festival continues through Sunday"): the schedule's end,
#: ahead, as "runs until" is (session 27); their past ("lasted until") stays behind.
STATE_RUNS = frozenset({"lasts", "last", "continues", "continue"})
STATE_RUN_PREPS = frozenset({"until", "till", "through", "thru"})
#: Present verbs of an event's programme ("the fete includes a dog show on Saturday", "the gala
#: on Friday night features three choirs", "the open day runs from 10am to 4pm on Saturday"):
#: with an event's noun of ``PROGRAMME_SUBJECTS`` as their subject and a day as its time, the
#: day lies ahead, the first on or after the publication date (session 26).
PROGRAMME_VERBS = frozenset({"include", "includes", "feature", "features", "run", "runs",
                             "showcase", "showcases", "offer", "offers"})
#: An event's nouns as the subject of ``PROGRAMME_VERBS`` (right before the verb, or before
#: "on"/"at" and the day before it), with a programme's own words ("highlights", "line-up").
PROGRAMME_SUBJECTS = frozenset({
    "fair", "fete", "show", "concert", "festival", "market", "parade", "derby", "day",
    "competition", "contest", "talk", "match", "gala", "carnival", "regatta", "race", "rally",
    "exhibition", "expo", "tournament", "final", "auction", "quiz", "recital", "screening",
    "display", "workshop", "celebration", "celebrations", "festivities", "ceremony", "service",
    "programme", "program", "line-up", "lineup", "bill", "highlights", "event", "events",
    "jamboree", "showcase", "tattoo", "pageant", "rodeo", "fiesta", "fundraiser",
    "bazaar", "sale", "games", "championships",
})
RUN_SPAN_PREPS = frozenset({"from", "until", "till", "through", "to"})
#: "run(s) out" and one of these right before the span: a scheduled end ("the grant runs out
#: in May"), ahead as "expires in May" is (session 14).
RUN_OUT_PREPS = frozenset({"in", "on", "by", "at"})
PASSES = frozenset({"pass", "passes"})
RELEASES = frozenset({"drop", "drops", "lands", "premieres"})
#: Verbs of starting before "at <hour>": the bare hour is a clock time ("the parade starts at
#: 2", "doors open at 7"), as after a weekday; a bare hour elsewhere may be a score or a count.
CLOCK_START_VERBS = frozenset({"start", "starts", "begin", "begins", "open", "opens"})
#: A post's bare participle of a notice or an arrangement before a lower-case weekday ("bakery
#: closed wed-thu", "booked tues off", "gym shut sat-sun"): the day is ahead, as a notice names
#: it (session 11; with an auxiliary, "we were closed tues", the past holds).
POST_NOTICE_PARTICIPLES = frozenset({"closed", "shut", "booked", "scheduled", "rescheduled",
                                     "planned", "arranged"})
#: Verbs of a scheduled start or end right before "the <day>th" with no preposition ("classes
#: start the 22nd", "the sale ends the 3rd", "i'm back the 14th"): a day of the month, as
#: after "on" (session 11; a noun after the ordinal still makes it no date: "starts the 3rd
#: game").
DAY_START_VERBS = frozenset({"start", "starts", "begin", "begins", "open", "opens", "end",
                             "ends", "finish", "finishes", "close", "closes", "back", "due"})
#: Words before which an irregular past form is a noun ("the cast", "full cast please", "the
#: whole set"; session 25): read by ``verb_groups`` and by a notice's words (``clause_says``).
WHOLE_BEFORE = frozenset({"the", "full", "whole", "entire"})
#: An event's noun or a rota's word right before a bare "the <day>th" that ends its phrase
#: ("Opening night the 16th 🎭", "gala dinner the 12th!", "working the 4th again", "I'm off the
#: 9th"): a day of the month, as after "on" (session 25; "the 16th hole" goes on to a noun).
DAY_EVENT_LEADS = frozenset({"night", "launch", "premiere", "opening", "gala", "party", "dinner",
                             "gig", "concert", "show", "finale", "wedding", "reunion", "ball",
                             "fete", "working", "work", "off", "covering"})
#: An event's noun before "is" and a day of the month ("matric dance is the 30th and my dress
#: isn't done"): the day the event is held, ahead, also before "and"/"but"/"so" and another
#: clause (not "is the 3rd and final round", a rank; session 31).
DAY_EVENT_IS_NOUNS = frozenset({
    "dance", "prom", "formal", "ball", "party", "wedding", "gala", "gig", "concert", "recital",
    "reunion", "premiere", "launch", "graduation", "fundraiser", "bbq", "braai", "barbecue",
    "housewarming", "christening", "birthday", "bday", "anniversary", "appointment", "appt",
    "interview", "exam", "festival", "fair", "fete", "parade", "shower"})
#: Verbs of release and of a scheduled start or end that lead into a slash date as "on" does
#: ("results post 2/9", "new menu out 3/9", "term starts 9/1"; session 11).
SLASH_DATE_VERBS = DAY_START_VERBS | RELEASES | frozenset({"post", "posts", "out", "release",
                                                           "releases", "launches"})
#: Posts' "'ve" contractions written without the apostrophe ("ive read one chapter in 3
#: weeks", "weve got a match in 2 days"): "have", as "I've" is; none is an English word
#: (session 12, round 2).
POST_HAVE_SPELLINGS = frozenset({"ive", "weve", "youve", "theyve"})
