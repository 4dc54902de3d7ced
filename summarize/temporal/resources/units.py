"""Calendar units, modifiers, vague references, sets and tense cues."""

from .day_words import TONIGHT_SPELLINGS

#: Unit word (singular and plural) -> (TIMEX3 duration letter, multiplier, calendar unit).
UNITS: dict[str, tuple[str, int, str]] = {
    "second": ("S", 1, "second"), "minute": ("M", 1, "minute"), "hour": ("H", 1, "hour"),
    "day": ("D", 1, "day"), "night": ("D", 1, "day"), "week": ("W", 1, "week"),
    "fortnight": ("W", 2, "week"), "month": ("M", 1, "month"), "quarter": ("Q", 1, "quarter"),
    "year": ("Y", 1, "year"), "decade": ("Y", 10, "decade"), "century": ("Y", 100, "century"),
    "trading day": ("D", 1, "day"), "business day": ("D", 1, "day"),
    "working day": ("D", 1, "day"), "weekend": ("WE", 1, "week"),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "trading days": "trading day",
    "business days": "business day", "working days": "working day", "weekends": "weekend",
    "hrs": "hour", "mins": "minute", "yrs": "year", "wks": "week",
    # short forms, in lower case only (checks.py): "the SEC" is no second
    "min": "minute", "sec": "second", "secs": "second", "hr": "hour",
    "wk": "week", "wknd": "weekend", "wkend": "weekend", "yr": "year",
}
#: Zone codes the clock rules read after a time, as one alternation; the recogniser's digit-key
#: guards read them too (``keys.DIGIT_KEY_START``).
ZONE_CODES = (r"GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|"
              r"AEDT|AWST|NZST|NZDT|HKT|SGT")
#: North American zone codes, after which a bare hour is a broadcast's or a stream's ("LIVE at 8
#: EST"; session 12): "at 11 GMT" stays unread, as news writes "1100 GMT".
BROADCAST_ZONES = r"EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT"
#: Unit spellings that are units only in lower case.
LOWER_CASE_UNITS = frozenset({"min", "sec", "secs", "hr", "yr"})
#: Letters that belong after the "T" of a duration.
TIME_LETTERS = frozenset({"H", "S"})

#: Position words before a period -> TIMEX3 mod.
MODIFIERS: dict[str, str] = {
    "early": "START", "the start of": "START", "the beginning of": "START",
    "start of": "START", "beginning of": "START",
    "the dawn of": "START", "the early part of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END", "end": "END",
    "the latter part of": "END", "the late": "END",
    "the early": "START", "the turn of": "END",
    # session 22: a period's first or last days, weeks or months with no count ("the final
    # days of February", "the first weeks of 2020"): one date, its edge
    **{f"the {edge} {few}{part} of": mod
       for edge, mod in (("last", "END"), ("final", "END"), ("closing", "END"),
                         ("dying", "END"), ("first", "START"), ("opening", "START"))
       for few in ("", "few ") for part in ("days", "weeks", "months")},
}
#: Quantity hedges before a duration -> TIMEX3 mod.
APPROXIMATORS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "just over": "MORE_THAN", "just under": "LESS_THAN",
    "like": "APPROX",  # a post's hedge: "took like 9 hours" (not after LIKE_NOT_A_HEDGE)
    # a notice's short forms: "add approx 40 mins", "circa 20 minutes" (session 24)
    "approx": "APPROX", "approx.": "APPROX", "circa": "APPROX",
}
#: Words after which "like" before a count compares or is a verb, no hedge: "felt like 9
#: hours", "nothing like 3 days", "we'd like 2 days off", "i like 3 hours of telly".
LIKE_NOT_A_HEDGE = (
    "feel", "feels", "felt", "feeling", "seem", "seems", "seemed", "look", "looks", "looked",
    "looking", "sound", "sounds", "sounded", "something", "nothing", "anything", "more",
    "less", "much", "not", "would", "should", "could", "might", "d", "i", "we", "you", "u",
    "they", "ya", "do", "does", "did", "dont", "don't", "didn't", "didnt", "really", "also",
)
#: Nouns a bare four-digit number counts rather than dates ("1990 people", "2000 dead
#: soldiers"); with a time preposition before it the number stays a year ("in 1990 people").
COUNTED_NOUNS = frozenset({
    "people", "persons", "residents", "citizens", "civilians", "troops", "soldiers", "police",
    "officers", "workers", "employees", "staff", "jobs", "homes", "houses", "households",
    "families", "buildings", "cars", "vehicles", "units", "shares", "votes", "voters", "cases",
    "deaths", "dead", "casualties", "victims", "refugees", "migrants", "children", "men",
    "women", "students", "patients", "prisoners", "inmates", "protesters", "members", "fans",
    "tons", "tonnes", "barrels", "acres", "hectares", "dollars", "euros", "pounds", "yen",
    "rubles", "points", "calories", "words", "pages", "copies", "beds", "flights", "passengers",
    "rounds", "missiles", "rockets", "shells", "drones", "tanks", "aircraft", "planes",
    "ships", "boats", "trucks", "sites", "villages", "schools", "hospitals", "stores", "shops",
    "branches", "delegates", "seats", "signatures", "times", "animals", "cattle", "sheep",
    "trees", "species", "runners", "athletes", "volunteers", "doctors", "nurses", "teachers",
    "arrests", "attacks", "strikes", "incidents", "complaints", "applications", "visitors",
    "tourists", "customers", "users", "subscribers", "followers", "items", "pieces",
})
#: Words of music: beside them a slash pair over 2, 4, 8 or 16 ("4/4", "6/8") is a time
#: signature, no date (session 13).
MUSIC_WORDS = frozenset({
    "song", "songs", "tune", "tunes", "chorus", "verse", "drummer", "drums", "rhythm", "beat",
    "beats", "groove", "metre", "meter", "signature", "signatures", "waltz", "riff", "tempo",
    "melody", "jig", "polka", "composer", "score",
})
#: Units a count sizes a thing in, written before its noun without a hyphen ("the 2000 piece
#: puzzle", "a 1500 seat arena"): the number is a size, no year (session 13).
SIZE_UNITS = frozenset({"piece", "seat", "seater", "page", "berth", "acre", "hectare",
                        "square-foot"})
#: Units of measure: a number right before one is a quantity ("2000 km", "1500 metres").
MEASURE_UNITS = frozenset({
    "km", "kms", "kilometres", "kilometers", "miles", "mi", "metres", "meters", "m", "feet",
    "ft", "foot", "yards", "kg", "kgs", "kilograms", "grams", "g", "lbs", "lb", "mph", "kph",
    "km/h", "cc", "hp", "horsepower", "mw", "megawatts", "gw", "kw", "kwh", "mm", "cm",
    "litres", "liters", "gallons", "sq", "square", "cubic", "bhp", "rpm", "mb", "gb", "tb",
    "°", "degrees", "%", "percent", "per cent", "bn", "mln", "watts", "volts",
    "amps", "mah", "hz", "khz", "mhz", "ghz", "kbps", "mbps", "psi", "pixels", "dpi",
})
#: Units of distance: "an hour", "per hour", "a second" after one make a speed ("110 miles an
#: hour", "300 km per hour"), a unit of measure, not a time (TimeML leaves speeds untagged).
DISTANCE_UNITS = frozenset({
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "mi",
    "metre", "metres", "meter", "meters", "m", "feet", "foot", "ft", "yards", "yard",
    "inches", "inch", "centimetres", "centimeters", "cm", "millimetres", "millimeters", "mm",
    "nautical", "light-years",
})
#: Nouns after which an "H:MM" is the length of a recording or a race, no clock time ("the
#: same 4:12 song", "a 6:50 mile", "a 3:58 marathon"); "the 7:45 train" stays a time.
LENGTH_NOUNS = frozenset({
    "song", "songs", "track", "tracks", "tune", "tunes", "single", "video", "videos", "clip",
    "clips", "mile", "miles", "marathon", "marathons", "half-marathon", "km", "kilometre",
    "kilometer", "lap", "laps", "pace", "finish", "pb", "pr",
})
#: Quantity words before a number: "some 1990 people" counts when a noun follows.
QUANTIFIERS = ("some", "nearly", "almost", "than", "approximately", "roughly", "estimated",
               "another", "additional", "least", "exactly", "up to", "total of", "extra")
#: Links after "recently" ("as recently as", "most recently in") to the date that names the
#: time: the adverb then only ranks that date and is no time of its own.
RECENTLY_LINKS = ("as", "in", "on", "during")
#: Words besides digits, months, weekdays and seasons that open such a date ("as recently as
#: last week", "the winter of 2019").
RECENTLY_DATE_OPENERS = ("the", "last", "this", "early", "late", "mid",
                         "yesterday", "today")
#: Nouns of a product line whose models are named with digits: "its new small car, the Velmont
#: 2000" names a model in apposition, no year (session 12, Wikinews; software in session 11).
PRODUCT_NOUNS = ("software", "program", "programme", "app", "application", "platform", "suite",
                 "browser", "firmware", "car", "cars", "model", "models", "phone", "phones",
                 "smartphone", "handset", "console", "tablet", "laptop", "computer", "printer",
                 "camera", "truck", "van", "tractor", "jet", "jetliner", "airliner", "aircraft",
                 "helicopter", "motorcycle", "scooter", "sedan", "hatchback", "saloon", "coupe",
                 "minivan", "pickup", "locomotive", "engine", "rifle", "drone", "robot", "chip",
                 "processor", "satellite", "rocket", "vehicle", "SUV")
#: Machines named by a maker and a number before their noun ("the Quillon 2010 tractor", "a
#: Corsa 1600 engine"): the number is the model's (session 14). "car" and "model" are left
#: out: "the Ford 2010 car sales", "a Ford 2010 model" may be model years, which are tagged.
MACHINE_NOUNS = frozenset({
    "tractor", "tractors", "engine", "engines", "printer", "printers", "mower", "mowers",
    "drill", "drills", "laptop", "laptops", "handset", "handsets", "camera", "cameras",
    "console", "consoles", "router", "routers", "scanner", "scanners", "chainsaw", "chainsaws",
    "motorbike", "motorbikes", "motorcycle", "motorcycles", "scooter", "scooters",
    "locomotive", "locomotives", "airliner", "airliners", "helicopter", "helicopters",
    "boiler", "boilers", "amplifier", "amplifiers", "synth", "synthesiser", "synthesizer",
    "rifle", "rifles", "drone", "drones", "combine", "excavator", "excavators", "forklift",
    # session 14, round 2: household machines ("the Kestrel 2000 hoover", "a Brightway 1800
    # kettle")
    "hoover", "hoovers", "vacuum", "vacuums", "kettle", "kettles", "toaster", "toasters",
    "blender", "blenders", "dishwasher", "dishwashers", "fridge", "fridges", "freezer",
    "freezers", "microwave", "microwaves", "dryer", "dryers", "hairdryer", "iron", "irons",
    "mixer", "mixers", "oven", "ovens", "cooker", "cookers", "heater", "heaters", "washer",
    "washers", "juicer", "strimmer", "hob", "airfryer", "steamer", "humidifier", "fan", "fans",
    # session 19: a car's body ("the Orla 1600 hatchback", "the Orla 2000 estate") and a
    # software package ("the Meridia 2000 package")
    "hatchback", "hatchbacks", "sedan", "sedans", "saloon", "saloons", "coupe", "coupes",
    "convertible", "convertibles", "estate", "estates", "wagon", "wagons", "roadster",
    "roadsters", "minivan", "minivans", "package", "packages",
    # session 24: phones, tablets and jets ("the Lumo 2000 smartphone", "its Arrow 1900 jet")
    "phone", "phones", "smartphone", "smartphones", "tablet", "tablets", "jet", "jets",
    "jetliner", "jetliners", "bike", "bikes",
})
#: Lower-case words that cannot stand between a model's number and its machine's noun: up to
#: two adjectives may ("the Kaito 2000 hybrid hatchback", "a Vesta 1800 compact tractor"), a
#: verb, a preposition or a report's noun may not ("the Orla 2000 sales of engines")
#: (session 24).
NOT_MACHINE_ADJECTIVES = frozenset({
    "of", "the", "a", "an", "and", "or", "but", "to", "in", "for", "on", "with", "by", "at",
    "from", "that", "which", "who", "was", "were", "is", "are", "be", "has", "had", "have",
    "will", "would", "sales", "sale", "results", "profits", "orders", "order", "prices",
    "price", "figures", "models", "model", "when", "as", "than", "its", "their", "his", "her",
})
#: Vague references -> TIMEX3 value ("recent weeks/months" are stretches of unknown length,
#: DURATION PXW/PXM, as TimeML annotates them; "recent days/years/decades" stay PAST_REF).
VAGUE_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
    "to date": "PRESENT_REF",
    # a broadcast's "at this hour" (session 19; "for the time being" stays an idiom)
    "this hour": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF",
    "recent days": "PAST_REF", "recent weeks": "PXW", "recent months": "PXM",
    "recent years": "PAST_REF", "recent quarters": "PXM",
    "recent decades": "PAST_REF", "recent centuries": "PAST_REF",  # as "recent years" (session 10)
    # a stretch told from the past or the story's time, not a vague past: "over the past
    # weeks", "in the following months" (session 21; "the past" alone stays PAST_REF)
    **{f"the {rel} {unit}": value for rel in ("past", "following", "previous", "preceding")
       for unit, value in (("days", "PXD"), ("weeks", "PXW"), ("months", "PXM"),
                           ("years", "PXY"), ("decades", "PXY"))},  # as "for decades"
    "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming days": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "coming days": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "coming months": "FUTURE_REF", "coming years": "FUTURE_REF",
    # "the days/weeks/months/years ahead" are "the coming days..." said after the noun (s29)
    **{f"the {unit} ahead": "FUTURE_REF" for unit in ("days", "weeks", "months", "years")},
    "future years": "FUTURE_REF", "future quarters": "FUTURE_REF", "future months": "FUTURE_REF",
    "coming quarters": "FUTURE_REF", "the coming quarters": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    # an unnamed time ahead ("at a later date", "as soon as possible")
    "a later date": "FUTURE_REF", "a later time": "FUTURE_REF", "a later stage": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "asap": "FUTURE_REF",
    # "ago" with no count, within the day of the publication date (see WITHIN_THE_DAY)
    "minutes ago": "PAST_REF", "hours ago": "PAST_REF", "moments ago": "PAST_REF",
    "seconds ago": "PAST_REF", "a moment ago": "PAST_REF",
    # a stretch of unknown length ("stay for a while"; "once in a while" is an idiom)
    "a while": "PXX", "a little while": "PXX", "a short while": "PXX", "a long while": "PXX",
    "a while ago": "PAST_REF", "a while back": "PAST_REF", "a short time ago": "PAST_REF",
    "the other day": "PAST_REF", "the other night": "PAST_REF",
    "the other week": "PAST_REF",  # a post's "frost was the other week" (session 26)
    # a generation is no calendar unit: "ago" makes it a vague past (session 15)
    "a generation ago": "PAST_REF", "generations ago": "PAST_REF",
    "a few generations ago": "PAST_REF", "several generations ago": "PAST_REF",
    "a generation or two ago": "PAST_REF",
}
#: Posts' abbreviations of "right now" and "at the moment" -> TIMEX3 value, as "now": in lower
#: case only ("RN", "ATM" are a nurse and a cash machine), not after a determiner or a
#: preposition and not before a noun they name ("the atm", "an rn", "atm fees"; rules_relative).
POST_VAGUE_REFS: dict[str, str] = {"rn": "PRESENT_REF", "atm": "PRESENT_REF"}
#: Nouns after which "atm"/"rn" name a thing, not the present ("atm card", "rn licence").
POST_VAGUE_NOUNS = frozenset({
    "machine", "machines", "card", "cards", "fee", "fees", "withdrawal", "withdrawals", "network",
    "pin", "queue", "line", "outside", "nurse", "nurses", "licence", "license", "degree", "job",
    "jobs", "shift", "shifts", "program", "programme", "course", "exam",
})
#: Vague references that lie within the day of the publication date ("hours ago"): resolved
#: to that day when there is one.
WITHIN_THE_DAY = frozenset({"minutes ago", "hours ago", "moments ago", "seconds ago",
                            "a moment ago"})
#: "recent" before a noun of an event or a state places it in the past ("a recent ruling",
#: "recent declines"): TimeML tags the adjective. Not after a possessive in between ("a recent
#: analyst's estimate": the analyst is recent) and not "current" (see temporal/README.md).
VAGUE_ADJECTIVES: dict[str, str] = {"recent": "PAST_REF", "today": "PRESENT_REF"}
#: Adjectives of a run between a count and its unit ("six straight quarters"): still a length.
RUN_ADJECTIVES = ("straight", "consecutive", "successive")
#: Adverbs of a run after a count and its unit ("two days straight", "three nights running"):
#: in the span, still a length; "running" only at a clause's end, as "two hours running the
#: stall" is a gerund; "straight" not before a word of direction ("4 hours straight home").
RUN_ADVERBS_AFTER = ("straight", "running")
#: Words after "straight" that make it an adverb of direction, outside a length.
STRAIGHT_DIRECTIONS = ("to", "into", "home", "up", "down", "back", "ahead", "out", "off",
                       "away", "over", "onto", "across", "past", "in", "on", "for", "from")

VAGUE_ADJECTIVE_NOUNS = frozenset({
    # events
    "attack", "attacks", "bombing", "bombings", "election", "elections", "vote", "poll",
    "polls", "survey", "surveys", "study", "studies", "report", "reports", "filing", "filings",
    "ruling", "rulings", "decision", "decisions", "verdict", "announcement", "announcements",
    "statement", "statements", "interview", "visit", "visits", "trip", "talks", "meeting",
    "meetings", "summit", "storm", "storms", "floods", "flooding", "earthquake", "quake",
    "fires", "violence", "fighting", "clashes", "protests", "demonstrations", "unrest",
    "downturn", "recession", "slump", "decline", "declines", "drop", "fall", "rise", "surge",
    "rally", "gains", "losses", "increase", "increases", "cuts", "changes", "developments",
    "events", "incidents", "outbreak", "spate", "wave", "spike", "jump", "plunge", "selloff",
    "sell-off", "turmoil", "volatility", "merger", "acquisition", "acquisitions", "deal",
    "deals", "purchase", "purchases", "sale", "sales", "offering", "launch", "release", "move",
    "moves", "arrival", "arrivals", "deaths", "killings", "arrests", "raids", "strikes",
    "shelling", "airstrikes", "hearing", "hearings", "speech", "remarks", "comments",
    "data", "figures", "results", "earnings", "trading",
    # states and measures
    "conditions", "circumstances", "situation", "climate", "environment", "crisis", "level",
    "levels", "rate", "rates", "price", "prices", "value", "share", "number", "pace", "trend",
    "trends", "state", "status", "law", "laws", "rules", "regulations", "system", "policy",
    "policies", "practice", "arrangement", "arrangements", "contract", "agreement", "term",
    "season", "cycle", "session", "budget", "forecast", "forecasts", "estimate", "estimates",
    "outlook", "market", "economy", "tensions", "ceasefire", "truce", "conflict", "standoff",
    "dispute", "shortage", "drought", "pandemic", "epidemic", "heatwave", "boom", "inflation",
    "unemployment", "demand", "supply", "spending", "debt", "deficit",
})
#: Set (recurrence) adverbs -> (value, quant).
SET_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    "biannually": "P6M", "semiannually": "P6M", "biweekly": "P2W", "bimonthly": "P2M",
    "bi-annually": "P6M", "semi-annually": "P6M", "bi-weekly": "P2W", "bi-monthly": "P2M",
}

#: Words before a deictic unit -> offset in units relative to the anchor ("last week" -> -1).
UNIT_RELATIONS: dict[str, int] = {
    "this": 0, "the current": 0, "current": 0, "the same": 0, "that": 0, "the": 0,
    "this past": -1, "last": -1, "the last": -1, "the past": -1,
    "past": -1, "the previous": -1, "previous": -1, "the preceding": -1, "the prior": -1,
    "prior": -1, "the latest": -1, "next": 1, "the next": 1, "the following": 1,
    "the coming": 1, "coming": 1, "this coming": 1, "the upcoming": 1,
    "nxt": 1,  # a post's spelling of "next" ("nxt wk"), read as "next" (POST_SPELLINGS)
    "earlier in the": 0, "later in the": 0, "early this": 0,
    "late this": 0, "early next": 1, "late next": 1, "early last": -1, "late last": -1,
    "by the end of the": 0,
}
#: Posts' spellings of relation and day words -> the word ("nxt wk", "tmrw morning", "fri nite"):
#: ``words.norm`` reads them as the word, so every resolver reads "nxt" as "next".
POST_SPELLINGS: dict[str, str] = {
    "nxt": "next", "tmrw": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tomoz": "tomorrow", "yday": "yesterday", "yest": "yesterday", "2day": "today", "nite": "night",
    "arvo": "afternoon", "tonite": "tonight", "2nite": "tonight", "morn": "morning",
    "aft": "afternoon",  # after a weekday only ("sun aft"; session 26)
    "tmr": "tomorrow", "tonyt": "tonight", "2nyt": "tonight",  # session 30
}
#: Posts' fillers, greetings and sign-offs: a note may hold them besides its two words ("ok see
#: u monday x", "friday it is then"; clause_says.is_note).
POST_FILLERS = ("ok", "okay", "x", "xx", "xxx", "lol", "haha", "yay", "omg", "hey", "hi",
                "pls", "plz", "please", "thx", "thanks", "cheers", "then", "so", "oh", "yes",
                "yeah", "great", "cool", "love", "ppl", "everyone")
#: Words after which a post's approximate hour ("9ish") is a clock time: prepositions, verbs
#: of starting and meeting, meals and outings ("drinks 9ish", "back by 6ish"); "size 12ish",
#: "she's 9ish" (an age) stay untagged (rules_times).
POST_CLOCK_CUES = ("at", "by", "from", "til", "till", "until", "around", "about", "after",
                   "before", "start", "starts", "starting", "begin", "begins", "doors", "open",
                   "opens", "meet", "home", "back", "leave", "leaving", "arrive", "arriving",
                   "dinner", "lunch", "brunch", "breakfast", "drinks", "tea", "kickoff", "call",
                   "there", "here", "out", "up", "pub", "gym", "party")
#: A booking's "for" before a post's approximate hour ("taxi booked for 7ish and..."): the
#: hour ends its phrase, no count follows ("booked for 5ish people"; session 31).
POST_BOOKING_CUES = ("booked for", "book for", "booking for", "reserved for", "ordered for",
                     "reservation for")
#: Office shorthand for the end of the current unit ("till EOD", "by eow"): mod END, as "end of
#: day" with no article is (session 12; rules_relative ``unit_end_abbr``).
UNIT_END_ABBREVIATIONS: dict[str, str] = {"eod": "day", "eow": "week", "eom": "month",
                                          "eoy": "year"}
#: A match's or a show's start before an unpadded "H:MM" ("KO 3pm. Gates open 1:30", "PUCK DROP
#: 3:15"): nothing starts at 1:30 in the night, so one to six is p.m., as after "Friday at"
#: (session 12; rules_times ``clock_event_start``).
EVENT_START_CUES = ("kickoff", "kick off", "kick-off", "ko", "puck drop", "tip-off", "tipoff",
                    "tip off", "first pitch", "first ball", "gates open", "gates", "doors open",
                    "doors", "first whistle")
#: ... of them, those of the evening: "dinner 8ish" is 20:00, whatever else the post says
#: (post_hours; five to ten, to eleven where the post has a night's word: "drinks 11ish").
POST_EVENING_CUES = frozenset({"dinner", "drinks", "tea", "pub", "party"})
#: Parts of day and the day's modifier that name a day's evening ("Tuesday night", "late
#: Tuesday"), and the first hour of an evening clock time told after them (resolve/times).
EVENING_PARTS = frozenset({"TEV", "TNI"})
EVENING_MODS = frozenset({"END", "LATE"})
EVENING_HOUR = 18
#: The hour the small hours end: a clock time with "a.m." before it, on the day whose evening
#: or night the text named, falls in that night, on the day after ("Last night ... around 2
#: a.m."; session 14).
SMALL_HOURS_END = 6
#: ... and those of the early hours after such an evening ("early Wednesday").
EARLY_PARTS = frozenset({"TMO"})
EARLY_MODS = frozenset({"START", "EARLY"})

#: A post's words of an evening out or a night in anywhere in a clock time's sentence: a bare
#: hour from five to ten with no am/pm or part of day is then p.m. ("drinks @ 8", "footy at
#: 7:30", "headliner's on at 9:45"); those of the night take eleven too ("bed by 11").
POST_EVENING_WORDS = frozenset({
    "dinner", "supper", "drinks", "pints", "pint", "pub", "party", "gig", "gigs", "concert",
    "headliner", "footy", "movie", "movies", "cinema", "quiz", "karaoke", "bed", "takeaway",
    *TONIGHT_SPELLINGS, "evening", "nite", "clubbing",
    "fireworks",  # session 11, round 3
    "trick or treat", "trick or treating", "trick-or-treat", "trick-or-treating",  # session 13
    "halloween", "wine", "book club",  # session 19: "porch light is on till 8" on Halloween
    "midnight mass",  # session 26: "off to midnight mass at 11:20"
})
#: A club's or a team's fixtures, held after work or school: in a post with no word of the
#: morning they are evening words too ("band practice thurs 7:30", "U12s training moved to
#: tues 6:15"); a morning word outweighs them ("gym at 6 then practice at 7"; session 26).
#: Not a choir: it sings on a Sunday morning too ("choir on weds at 7:30", session 14's key).
POST_EVENING_FIXTURES = frozenset({"rehearsal", "rehearsals", "training", "practice"})
POST_NIGHT_WORDS = frozenset({"bed", "drinks", "pints", "pub", "party", "clubbing", "karaoke",
                              *TONIGHT_SPELLINGS, "midnight mass"})
#: ... and those of the morning: they keep a bare five or six in the morning ("gym at 6",
#: "alarm set for 5:45") and block the evening reading.
POST_MORNING_WORDS = frozenset({
    "breakfast", "gym", "alarm", "commute", "school run", "sunrise", "brekkie", "morning",
    "coffee", "jog", "run club", "parkrun", "wake me",
    "awake",  # session 27: "lying awake since 5" (a night's waking ends in the morning)
})
#: A post's words that name a day's plan (today, a meal or an outing): in a post holding one, a
#: bare hour after "at"/"from" ending its phrase is a clock time ("brunch at 11 🌷", "doors at
#: 7", "meet at the bar at 9"; session 12, round 2; ``post_hours.plan_hour``).
POST_PLAN_WORDS = frozenset({
    *POST_EVENING_WORDS, "today", "2day", "breakfast", "brekkie", "brunch", "lunch", "doors",
    "bar", "club", "show", "meet", "meeting",
    # a day's fixtures (session 13): "lectures at 9", "rehearsal from 6"
    "lecture", "lectures", "seminar", "seminars", "class", "classes", "lesson", "lessons",
    "exam", "exams", "appointment", "appt", "interview", *POST_EVENING_FIXTURES,
    "showtime", "curtain", "curtains",
    # session 31: a booking and a meal ("sunday roast, table for 6 at 1 🍗")
    "table for", "booked", "booking", "reservation", "roast",
})
#: Words right before "at"/"from" that make the hour after them an amount, a score, a rank, an
#: age or a price, no clock time ("tied at 3", "up from 3", "priced at 9", "we're at 3").
POST_AMOUNT_LEADS = frozenset({
    "tied", "level", "locked", "even", "ranked", "rated", "rank", "number", "no", "priced",
    "price", "selling", "sold", "trading", "traded", "valued", "capped", "pegged", "aged", "age",
    "up", "down", "rose", "fell", "dropped", "climbed", "cut", "reduced", "increased", "stands",
    "stood", "sits", "sat", "stuck", "finished", "placed", "score", "scored", "count", "we're",
    "were", "was", "i'm", "im", "am", "they're", "you're", "he's", "she's", "size",
    "prices", "tickets", "cost", "costs", "fee", "fees", "entry", "rates", "sizes", "ages",
    "kids", "children",
})
#: Words of a result in the clause before a post's "by <hour>": the hour is a margin ("won by
#: 3", "beat the Owls by 2"), or a sum's ("divided by 8"), no clock time (session 13).
POST_MARGIN_WORDS = frozenset({
    "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats",
    "beaten", "led", "lead", "leads", "leading", "trail", "trails", "trailed", "trailing",
    "ahead", "behind", "margin", "divided", "multiplied", "times", "increase", "increased",
    "decrease", "decreased", "outscored", "edged", "missed", "short", "off", "over", "under",
})
#: A show's listing words before a bare hour ("Doors 8", "curtain up 7"; "show" too after a
#: listing's comma: "Doors 8, show 9"): a show's hours are the evening's, five to ten p.m.,
#: unless the post's words say morning (session 13; rules_times ``clock_post_listing``).
POST_SHOW_CUES = ("doors", "showtime", "curtain", "curtains", "curtain up")
#: A radio's or a player's words: in a text holding one, an unpadded "M:SS" alone in brackets
#: after a title ("Paper Lanterns - Slow Tide (4:12)") is the track's length, no clock time;
#: and "now" before one of ``NOW_LABELS`` and a colon or a dash is a label, no PRESENT_REF
#: (session 13; number_checks ``a_length_in_brackets``, recognise).
RECORDING_WORDS = frozenset({"now playing", "np", "playing", "listening", "track", "song",
                             "single", "album", "radio", "fm", "playlist", "on air", "spinning"})
NOW_LABELS = frozenset({"playing", "showing", "spinning", "on air", "airing", "streaming"})
#: Past forms before an age told with "at" ("learned to swim at 5", "left school at 6"): in the
#: hour's clause they make it an age ("learnt", "began", "left" besides a word ending "-ed").
POST_AGE_PASTS = frozenset({"learnt", "began", "left", "quit", "grew", "became", "was", "were"})
#: ... but participles that look ahead are no past there ("rain expected from 4", "vote
#: scheduled before 9"; session 13).
POST_AHEAD_PARTICIPLES = frozenset({"expected", "scheduled", "forecasted", "predicted",
                                    "planned", "timetabled"})
#: Posts' parts of day ("fri nite", "this arvo", "tmrw morn": session 23), in lower case only
#: (rules_times, rules_relative); their day words ("tmrw morning") are in ``day_words``.
POST_PARTS_OF_DAY = ("nite", "arvo", "morn")
#: Relation words that refer back to the discourse, not to the publication date.
ANAPHORIC_RELATIONS = frozenset({
    "the following", "the next", "the previous", "the preceding", "the prior", "that",
    "the same", "the",
})

#: Direction words after an offset ("three days ago") -> sign, and whether it is anaphoric.
OFFSET_DIRECTIONS: dict[str, tuple[int, bool]] = {
    "ago": (-1, False), "back": (-1, False),
    "earlier": (-1, True), "before": (-1, True), "prior": (-1, True),
    "later": (1, True), "after": (1, True), "afterwards": (1, True), "on": (1, True),
    "from now": (1, False), "hence": (1, False), "since": (-1, False),
}

#: Deictic day words -> (day offset from the anchor, part of day code or "").
DEICTIC_DAYS: dict[str, tuple[int, str]] = {
    "today": (0, ""), "yesterday": (-1, ""), "tomorrow": (1, ""),
    "the day before yesterday": (-2, ""), "the day after tomorrow": (2, ""),
    "tonight": (0, "TNI"), "last night": (-1, "TNI"), "overnight": (0, "TNI"),
    "this morning": (0, "TMO"), "this afternoon": (0, "TAF"), "this evening": (0, "TEV"),
    "tomorrow night": (1, "TNI"), "yesterday evening": (-1, "TEV"),
    "the night before last": (-2, "TNI"),
    # informal spellings (social posts, texts)
    "tmrw": (1, ""), "2moro": (1, ""), "2morrow": (1, ""), "2nite": (0, "TNI"),
    "2night": (0, "TNI"), "tomoz": (1, ""), "tomorow": (1, ""), "tommorow": (1, ""),
    "tommorrow": (1, ""), "yday": (-1, ""), "tonite": (0, "TNI"), "last nite": (-1, "TNI"),
    "2day": (0, ""),
    "tmr": (1, ""), "tonyt": (0, "TNI"), "2nyt": (0, "TNI"),  # session 30, lower case only
    "yest": (-1, ""),  # session 11: "yest i was on a beach"
    # session 25: Nigerian and Ghanaian English's day after tomorrow
    "next tomorrow": (2, ""),
}
#: Anaphoric day phrases -> day offset from the discourse's current day.
ANAPHORIC_DAYS: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "the preceding day": -1, "the day prior": -1,
    "the next day": 1, "the following day": 1, "the day after": 1, "the same day": 0,
    "that day": 0, "that same day": 0, "the next morning": 1, "the following morning": 1,
    "the previous night": -1, "the night before": -1, "the previous evening": -1,
    "later that day": 0, "earlier that day": 0, "the day": 0,
    # a date named before, taken up again: "On 1 July the rule lapses. From that date, ..."
    # (session 27; the rule keeps out the fruit's "that date palm")
    "that date": 0, "that same date": 0,
}

#: Tense cues: words (lower case) that mark the clause as past or future.
PAST_CUES = frozenset({
    "said", "was", "were", "had", "did", "ago", "last", "told", "reported", "announced",
    "earlier", "previously", "yesterday", "began", "came", "went", "took", "made", "saw",
    "killed", "left", "won", "lost", "held", "met", "rose", "fell", "struck", "hit", "led",
    "found", "gave", "got", "became", "brought", "sent", "spoke", "wrote", "kept",
})
FUTURE_CUES = frozenset({
    "will", "shall", "is to", "are to", "is due", "are due", "due to", "plans to",
    "plan to", "planned", "going to", "scheduled", "expected to", "next", "tomorrow",
    "upcoming", "'ll", "set to", "intends to", "aims to", "coming",
})
#: Signs of money right before a number: the number is a price, never a count of a unit ("2
#: for £5 night", "a $10 day pass"; session 11).
CURRENCY_SIGNS = frozenset("$£€¥")
#: Currencies written with letters before the amount, in Commonwealth and Gulf news ("Sh120",
#: "KSh 500", "Rs 40", "Tk 300", "RM50", "Dh20", "AED 40", "PKR 900"): an amount, as after "$"
#: (session 23). South Africa's "R" and Nigeria's "N" only glued to a digit ("R4 billion").
CURRENCY_PREFIXES = ("KSh", "Ksh", "Sh", "Rs.", "Rs", "Tk.", "Tk", "RM", "Dhs", "Dh", "AED",
                     "PKR", "INR", "KES", "ZAR", "NGN", "BDT", "MYR", "SAR", "QAR", "GHS", "UGX",
                     "TZS", "LKR", "NPR", "NZ$", "A$", "US$", "C$", "S$", "HK$")

#: Verbs naming a fiscal year by its first day ("the fiscal year beginning Oct. 1"), mapped
#: to True for a past form (the start behind the publication date) (session 14).
FISCAL_START_VERBS: dict[str, bool] = {
    "begins": False, "beginning": False, "starts": False, "starting": False,
    "began": True, "begun": True, "started": True,
}

#: Hedges right before an unpadded "H:MM" of one to six with no am/pm ("read at about 3:45",
#: "around 4:10"): a reported time of an event, read as the news hours are, p.m. (session 14);
#: before any clock time, noon or midnight they are in its span, mod APPROX, as before a
#: length (``APPROXIMATORS``; session 24).
CLOCK_HEDGES = frozenset({"about", "around", "approximately", "approx", "roughly", "circa"})

#: Two-letter capitals that open a year, a region or a body rather than an airline's flight code
#: ("AD 1066", "US 1998 to 2002"): never a flight code before four digits (session 15).
NOT_AIRLINE_CODES = frozenset({"AD", "BC", "CE", "EU", "UK", "UN", "US", "NO", "MR", "MS", "DR"})
