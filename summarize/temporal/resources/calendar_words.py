"""Month, weekday, season, part-of-day and holiday names (English)."""

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Common misspellings of month names that are no English word nor name ("Febuary",
#: "Janurary"): read as the month (session 15). Not "Agust" (a given name).
MONTH_MISSPELLINGS: dict[str, int] = {
    "janurary": 1, "januray": 1, "febuary": 2, "feburary": 2, "febrary": 2, "septmber": 9,
    "ocotber": 10, "novmber": 11, "decmber": 12,
}
#: Month names that are also ordinary words: tagged only with a day, a year or a cue word.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}
#: Common misspellings of weekday names that are no English word nor name ("Wendsday",
#: "Teusday"): read as the day (session 15). Not "Sundy", "Mondy" (names).
WEEKDAY_MISSPELLINGS: dict[str, int] = {
    "teusday": 2, "tuseday": 2, "wendsday": 3, "wensday": 3, "wednsday": 3, "wedensday": 3,
    "thurday": 4, "thrusday": 4, "saterday": 6, "satruday": 6,
}
#: Capitalised words after a weekday or "Today" that make it the name of a newspaper or a
#: programme ("the Sunday Times", "Monday Night Football", "the Today show"), not a day (the
#: word after a part of day counts too).
NAME_AFTER_DAY = frozenset({
    "Times", "Telegraph", "Herald", "Mail", "Express", "Post", "Mirror", "Tribune",
    "Independent", "Observer", "Star", "Sport", "Age", "Football", "Live",
    "show", "programme", "program", "Show", "Programme", "Program",
})
#: Capitalised nouns that end the name of a place or a club after a calendar word ("Friday
#: Street", "Christmas Island", "the Monday Club", "24 March Road"): never a date's next word.
NAME_HEADS = frozenset({
    "Street", "Road", "Avenue", "Lane", "Crescent", "Terrace", "Boulevard", "Square", "Island",
    "Islands", "Isle", "Harbor", "Harbour", "Bay", "Creek", "Club",
    # session 10: more places' last words ("Sunday Valley", "Easter Quay", "Friday Market")
    "Valley", "Quay", "Wharf", "Market", "River", "Hill", "Hills", "Heights", "Park", "Gardens",
    # session 14, round 2: the other last words of streets' names ("Easter Close", "Sunday
    # Wynd", "May Mews"); not "Court" nor "Way" ("a Monday Court ruling", "Sunday Way Out")
    "Close", "Wynd", "Row", "Mews", "Walk", "Parade", "Yard", "Green", "Drive", "Grove",
    "Place", "Alley",
    # session 15, round 3: a raised road's last word ("Easter Causeway")
    "Causeway",
    # session 28: small waters' and open land's last words ("Tuesday Brook", "Easter Pond",
    # "May Meadows"); not "Wood(s)", "Beck", "Marsh", "Ford": surnames after a date too
    "Brook", "Stream", "Pond", "Meadow", "Meadows", "Common",
})
#: Capitalised nouns that end an organisation's name after a calendar word, even after a
#: determiner ("the September Group", "the Midsummer Trust"), unless a date cue (in, on,
#: since...) comes before: "In March Group sales rose" stays a date.
ORG_HEADS = frozenset({
    "Group", "Trust", "Society", "Foundation", "Institute", "Collective", "Alliance",
    "Association", "Committee", "Movement", "Fund", "Partners", "Network", "Coalition",
    # session 15, round 3: a firm's, a trade's or a troupe's last word ("Noon Dairy", "Monday
    # Mills", "the Tuesday Guild", "Fourth Quarter Capital", "the Weekend Crowd"); nouns a
    # date is never followed by in news, capitalised only
    "Ltd", "Limited", "Capital", "Dairy", "Guild", "Mills", "Holdings", "Brewery", "Bakery",
    "Farms", "Papers", "Crowd", "Bell", "Table",
    # session 19: more firms' last words ("Investors Desert Noon Ventures")
    "Ventures", "Labs", "Studios", "Media", "Motors", "Systems", "Industries", "Enterprises",
    "Investments", "Technologies", "Airlines", "Airways", "Foods", "Records", "Productions",
    "Pictures",
    # session 27: advisory and finance firms' last words ("Meridian 2000 Advisors")
    "Advisors", "Advisers", "Associates", "Securities",
})
#: A firm's legal or trade last word that ends its name a word or two after a calendar word
#: ("Midnight Lamp Ltd", "that Morning Lark Brewery"): no date runs on into one (session 15).
FIRM_SUFFIXES = frozenset({"Ltd", "Limited", "plc", "PLC", "Inc", "LLC", "Holdings", "Brewery",
                           "Bakery", "Dairy", "Distillery"})
#: Words that open a place's name before a calendar word ("Fort Wednesday", "Mount Tuesday",
#: "Lake Sunday", "Cape May"), when no capitalised word comes before them ("Pine Lake Monday"
#: is a lake and a date, as news writes it).
PLACE_TITLES = frozenset({"Fort", "Mount", "Mt", "Port", "Lake", "Cape", "Loch", "Lough",
                          "Glen", "Camp"})
#: Lower-case nouns that end a firm's, a shop's or a place's name after a calendar word in a post
#: ("noon dairy yoghurt", "midnight lamp ltd shares", "christmas quay", "seven sundays cafe"):
#: no street, road, lane or market, which a post writes after a day's event ("sunday market",
#: "saturday street party") (session 15, round 3).
#: A firm's legal suffixes as posts write them: they end a firm's name right after the calendar
#: word ("midnight lamp ltd") or one word on ("midnight kettle ltd").
LOWER_LEGAL_SUFFIXES = frozenset({"ltd", "plc", "inc", "llc", "holdings"})
LOWER_NAME_HEADS = LOWER_LEGAL_SUFFIXES | frozenset({
    "dairy", "dairies", "bakery", "brewery", "distillery", "cafe", "café", "diner", "bistro",
    "deli",
})
#: ... and lower-case last words of a place's name that no date's next word is, even after
#: "on" or "at" ("lives on christmas quay", "a flat on sunday crescent").
LOWER_PLACE_HEADS = frozenset({"quay", "wharf", "mews", "wynd", "crescent", "terrace", "avenue"})
#: Lower-case titles before a calendar word in a post that make it a person's name ("dr noon
#: is", "coach monday said"), when no determiner comes before the title ("the coach monday"
#: is a coach and a day) (session 15, round 3).
LOWER_NAME_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "coach", "uncle", "aunt",
                               "auntie"})
#: Lower-case words that open a lake's or a hill's name before a calendar word in a post
#: ("lake friday is closed"), when no determiner comes before them ("the lake friday").
LOWER_PLACE_TITLES = frozenset({"lake", "loch", "mount", "mt", "cape", "glen", "fort"})
#: Words before "Today" in the name of a newspaper or programme ("USA Today").
NAME_BEFORE_TODAY = frozenset({"USA", "NBC's", "BBC's"})

WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
#: What joins two weekdays into a range in a post ("mon-tue", "wed & thu", "mon to fri"): both
#: ends are days, abbreviated in any case (session 11).
WEEKDAY_RANGE_JOINERS = ("-", "–", " - ", " – ", " & ", " and ", " to ", " + ", " n ", "/")
#: Words before a weekday range that make it opening hours, a routine, not days: "open
#: mon-fri", "hours mon-sat" (a clock time after the range does too).
HOURS_BEFORE_RANGE = frozenset({"open", "opens", "opening", "hours", "daily", "every", "weekly"})

#: Season word -> TIMEX3 code.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
#: Season code -> (start month, months long); winter Y is taken as Dec Y-1 .. Feb Y.
SEASON_SPANS: dict[str, tuple[int, int]] = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (0, 3)}

#: Part-of-day word -> TIMEX3 code.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "mid-afternoon": "TAF", "midafternoon": "TAF",
    "mid afternoon": "TAF", "midmorning": "TMO", "mid morning": "TMO", "evening": "TEV",
    "night": "TNI", "dawn": "TMO",
    "daybreak": "TMO", "sunrise": "TMO", "dusk": "TEV", "sunset": "TEV",
    "nightfall": "TEV", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00",
    "lunchtime": "TAF", "overnight": "TNI", "tonight": "TNI",
    # the time after midnight, as "early Sunday morning" ("in the early hours of Sunday")
    "early hours": "TMO", "small hours": "TMO", "wee hours": "TMO",
}
#: Words before "midnight" that, in a past clause, name the midnight that began the
#: publication day ("broke down after midnight"); "since" does so in any tense. "until"
#: and "to" end a stretch and "at" names the hour: they keep T24:00 (session 13).
MIDNIGHT_PASSED_WORDS: frozenset[str] = frozenset({"after", "before"})
#: Part-of-day code -> (start hour, end hour) on the day; end may pass 24.
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "TMO": (6, 12), "TAF": (12, 18), "TEV": (18, 22), "TNI": (21, 30), "TDT": (8, 18),
}

#: A commercial letter's month after a day ("the 3rd inst.", "the 28th ult.", "the 4th
#: prox."): months from the publication date's (session 13).
LETTER_MONTHS: dict[str, int] = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1,
                                 "prox": 1, "proximo": 1}

#: Fixed-date holidays: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
    "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
    "remembrance day": (11, 11), "may day": (5, 1), "international women's day": (3, 8),
    "all saints' day": (11, 1), "new year": (1, 1),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
    "waitangi day": (2, 6), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "burns night": (1, 25), "st george's day": (4, 23), "st. george's day": (4, 23),
    "st andrew's day": (11, 30), "st. andrew's day": (11, 30), "earth day": (4, 22),
    "juneteenth": (6, 19), "cinco de mayo": (5, 5), "april fools' day": (4, 1),
    "hogmanay": (12, 31),  # Scotland's New Year's Eve (session 13)
    # session 21: more national and church days of a fixed date ("Groundhog Day" left out:
    # mostly the film and the idiom of a day that repeats)
    "st david's day": (3, 1), "st. david's day": (3, 1), "st stephen's day": (12, 26),
    "st. stephen's day": (12, 26), "epiphany": (1, 6),
    "candlemas": (2, 2), "midsummer day": (6, 24), "midsummer's day": (6, 24),
    "gandhi jayanti": (10, 2), "lammas day": (8, 1), "st andrew's night": (11, 30),
    # session 23: International Workers' Day, as most countries keep it (Canada's and New
    # Zealand's are chosen on their day: ``holidays.country_days``)
    "labour day": (5, 1),
    # session 26: the UN's Human Rights Day (South Africa's, 21 March, where the text is
    # South African: ``HOLIDAY_PLACES``)
    "human rights day": (12, 10),
    # session 31: India's Republic Day by default (Turkey's, 29 October, and Italy's, 2 June,
    # where the text names the country or shows its flag: ``HOLIDAY_PLACES``)
    "republic day": (1, 26),
    # session 31: the Eastern churches' Christmas, 25 December of the Julian calendar
    "orthodox christmas": (1, 7),
}
#: Movable holidays, computed by maintained libraries (``temporal.holidays``): name ->
#: ("easter", days after Western Easter Sunday) | ("country", ISO country, holiday category,
#: the library's name for it, days after it) | ("hijri", Islamic month, day).
MOVABLE_HOLIDAYS: dict[str, tuple] = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "holy saturday": ("easter", -1),
    "maundy thursday": ("easter", -3), "ash wednesday": ("easter", -46),
    "shrove tuesday": ("easter", -47), "mardi gras": ("easter", -47),
    "palm sunday": ("easter", -7), "ascension day": ("easter", 39), "pentecost": ("easter", 49),
    "whit sunday": ("easter", 49), "whit monday": ("easter", 50),
    # session 30: the Sunday after Pentecost; a post's "easter mon"
    "trinity sunday": ("easter", 56), "easter mon": ("easter", 1),
    #: the UK's and Ireland's Mother's Day, three weeks before Easter
    "mothering sunday": ("easter", -21),
    # session 31: the Eastern churches' Easter, from the Julian computus ("Orthodox Easter")
    "orthodox easter": ("orthodox_easter", 0), "orthodox easter sunday": ("orthodox_easter", 0),
    "orthodox easter monday": ("orthodox_easter", 1),
    "orthodox good friday": ("orthodox_easter", -2),
    "thanksgiving": ("country", "US", "public", "Thanksgiving Day", 0),
    "thanksgiving day": ("country", "US", "public", "Thanksgiving Day", 0),
    "black friday": ("country", "US", "public", "Thanksgiving Day", 1),
    "labor day": ("country", "US", "public", "Labor Day", 0),
    "memorial day": ("country", "US", "public", "Memorial Day", 0),
    "columbus day": ("country", "US", "public", "Columbus Day", 0),
    "martin luther king day": ("country", "US", "public", "Martin Luther King Jr. Day", 0),
    "martin luther king jr. day": ("country", "US", "public", "Martin Luther King Jr. Day", 0),
    "presidents' day": ("country", "US", "public", "Washington's Birthday", 0),
    "presidents day": ("country", "US", "public", "Washington's Birthday", 0),
    #: the second Sunday of May, as in the US and most countries (the UK: Mothering Sunday)
    "mother's day": ("country", "US", "unofficial", "Mother's Day", 0),
    "father's day": ("country", "US", "unofficial", "Father's Day", 0),
    "spring bank holiday": ("country", "GB", "public", "Spring Bank Holiday", 0),
    #: session 27: 29 February, in a leap year only ("It's leap day, so ...")
    "leap day": ("leap_day",),
    #: ... and "the bank holiday" alone: the nearest bank holiday Monday of England, or the
    #: publication date where it is one of the other calendars' (as "bank holiday monday")
    "bank holiday": ("country_weekday", "GB", "ENG", "public", 1),
    "ramadan": ("hijri", 9, 1), "eid al-fitr": ("hijri", 10, 1), "eid ul-fitr": ("hijri", 10, 1),
    "eid al-adha": ("hijri", 12, 10), "eid ul-adha": ("hijri", 12, 10),
    "islamic new year": ("hijri", 1, 1),
    "rosh hashanah": ("country", "IL", "public", "Rosh Hashanah", 0),
    "yom kippur": ("country", "IL", "public", "Yom Kippur", 0),
    "passover": ("country", "IL", "public", "Pesach", 0),
    "purim": ("country", "IL", "public", "Purim", 0),
    "hanukkah": ("country", "IL", "school", "Hanukkah", 0),
    "chanukah": ("country", "IL", "school", "Hanukkah", 0),
    #: session 29: India's date by default (Singapore's, often a day earlier, where the text
    #: names Singapore: ``HOLIDAY_PLACES``)
    "diwali": ("country", "IN", "public", "Diwali", 0),
    "deepavali": ("country", "IN", "public", "Diwali", 0),
    "holi": ("country", "IN", "public", "Holi", 0),  # public in holidays 0.109 (session 25)
    "chinese new year": ("country", "SG", "public", "Chinese New Year", 0),
    "lunar new year": ("country", "SG", "public", "Chinese New Year", 0),
    "spring festival": ("country", "SG", "public", "Chinese New Year", 0),
    "vesak": ("country", "SG", "public", "Vesak Day", 0),
    "cyber monday": ("country", "US", "public", "Thanksgiving Day", 4),
    #: session 15: holidays of other English-speaking countries by the library's name; a
    #: country written "CA-ON" is the library's province of it (Family Day, Victoria Day and
    #: Canada's Thanksgiving are Ontario's and most provinces', Saint-Jean-Baptiste Quebec's).
    #: A country's name before a shared name picks its date ("Philippine Independence Day").
    "family day": ("country", "CA-ON", "public", "Family Day", 0),
    "victoria day": ("country", "CA-ON", "public", "Victoria Day", 0),
    "thanksgiving monday": ("country", "CA-ON", "public", "Thanksgiving Day", 0),
    "canadian thanksgiving": ("country", "CA-ON", "public", "Thanksgiving Day", 0),
    "saint-jean-baptiste day": ("country", "CA-QC", "public", "Saint John the Baptist Day", 0),
    "st-jean-baptiste day": ("country", "CA-QC", "public", "Saint John the Baptist Day", 0),
    "madaraka day": ("country", "KE", "public", "Madaraka Day", 0),
    "mashujaa day": ("country", "KE", "public", "Mashujaa Day", 0),
    "jamhuri day": ("country", "KE", "public", "Jamhuri Day", 0),
    "philippine independence day": ("country", "PH", "public", "Independence Day", 0),
    "indian independence day": ("country", "IN", "public", "Independence Day", 0),
    #: every public holiday of England on that weekday (Easter Monday, the May, spring and
    #: summer bank holidays...): a UK post's "bank holiday monday" is the nearest (session 11)
    "bank holiday monday": ("country_weekday", "GB", "ENG", "public", 1),
    "bank holiday friday": ("country_weekday", "GB", "ENG", "public", 5),
    #: the first such weekday on or after a day of a month, every so many years (and the
    #: years it moved): the US's Election Day (the Tuesday after the first Monday of November)
    #: and the presidential primaries' Super Tuesday
    "election day": ("weekday_on_or_after", 11, 2, 2, 1, {}),
    #: session 22: the UK's and the Commonwealth's Sunday of remembrance, the second of
    #: November; Ontario's and most provinces' first Monday of August
    "remembrance sunday": ("weekday_on_or_after", 11, 8, 7, 1, {}),
    "civic holiday": ("country", "CA-ON", "optional", "Civic Holiday", 0),
    "super tuesday": ("weekday_on_or_after", 3, 1, 2, 4,
                      {1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5)}),
    #: session 23: national days one country's calendar holds (a country whose date is the
    #: publication date, or the day after with "tomorrow", wins: ``holidays.country_days``);
    #: "Victory Day" is Russia's 9 May unless so told (Bangladesh's is 16 December)
    "heritage day": ("country", "ZA", "public", "Heritage Day", 0),
    "freedom day": ("country", "ZA", "public", "Freedom Day", 0),
    "victory day": ("country", "RU", "public", "Victory Day", 0),
    "may bank holiday": ("country", "GB", "public", "May Day", 0),
    #: session 26: England's and Wales's bank holiday of the last Monday of August
    "august bank holiday": ("country", "GB-ENG", "public", "Late Summer Bank Holiday", 0),
    "late summer bank holiday": ("country", "GB-ENG", "public", "Late Summer Bank Holiday", 0),
    "dragon boat festival": ("country", "CN", "public", "Dragon Boat Festival", 0),
    "mid-autumn festival": ("country", "CN", "public", "Mid-Autumn Festival", 0),
    #: session 25: national days and feasts by one country's name for them: Nigeria's
    #: Democracy Day (12 June from 2019), Singapore's Hari Raya Haji and Hari Raya Puasa (its
    #: calendar's Eids, a day off the Umm al-Qura one at times), Victoria's Melbourne Cup Day
    #: (the first Tuesday of November); the sovereign's birthday holiday only before
    #: "(long) weekend" (``TITLED_BEFORE_WEEKEND``), Australia's most states' by default and
    #: another state's or New Zealand's when the sentence names it (``HOLIDAY_PLACES``)
    "democracy day": ("country", "NG", "public", "Democracy Day", 0),
    "hari raya haji": ("country", "SG", "public", "Eid al-Adha", 0),
    "hari raya puasa": ("country", "SG", "public", "Eid al-Fitr", 0),
    "melbourne cup day": ("country", "AU-VIC", "public", "Melbourne Cup Day", 0),
    "king's birthday": ("country", "AU-NSW", "public", "King's Birthday", 0),
    "queen's birthday": ("country", "AU-NSW", "public", "Queen's Birthday", 0),
    #: the week from Holy Monday to Easter Sunday, an ISO week (``HOLIDAY_WEEKS``)
    "holy week": ("easter", -6),
    #: a post's "eid" alone, and Nigeria's "Sallah": the nearer of the two feasts
    "eid": ("either", "eid al-fitr", "eid al-adha"),
    "sallah": ("either", "eid al-fitr", "eid al-adha"),
}
#: Holidays that are a week, not a day: the ISO week holding the day above (session 23).
HOLIDAY_WEEKS = frozenset({"holy week"})
#: Dependent territories the ``holidays`` library keeps a calendar for (Norfolk Island, Guam, the
#: Falklands, Jersey...): a news reader does not mean their day for a holiday a country keeps
#: one day away (Norfolk Island's Thanksgiving is the Wednesday before the US one), so the
#: calendars a holiday told beside its day may take are sovereign countries' (and Hong Kong's
#: and Macau's) (session 24).
HOLIDAY_TERRITORIES = frozenset({
    "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK",
    "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HM", "IM", "IO", "JE", "KY", "MF", "MP",
    "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF",
    "TK", "UM", "VG", "VI", "WF", "YT"})
#: Days of observance the ``holidays`` library lists for no country but that a country's news
#: names (name -> (country, month, ISO weekday, nth) each): Australia's and New Zealand's
#: Father's Day, the first Sunday of September (session 24). Only a holiday told beside its
#: day takes one (``holiday_countries``); the name's default stays the US calendar's.
OBSERVANCES_ELSEWHERE: dict[str, tuple[tuple[str, int, int, int], ...]] = {
    "father's day": (("AU", 9, 7, 1), ("NZ", 9, 7, 1), ("FJ", 9, 7, 1), ("PG", 9, 7, 1)),
}
#: Spellings the ``holidays`` library's names are compared under (``holidays._library_key``):
#: Canada's and New Zealand's "Labour Day" is the US's "Labor Day" by name, and the Eids'
#: transliterations are one name (session 23).
HOLIDAY_NAME_FORMS = (("labour day", "labor day"), ("eid-ul-", "eid al-"), ("eid ul-", "eid al-"),
                      ("eid-al-", "eid al-"))
#: Verbs of a schedule that lead into a lower-case "may", "march" or "august" with a day ("term
#: starts august 13", "my bday is march 3"): no modal "may" and no marching follows them
#: (session 12, round 2, posts).
MONTH_LEAD_VERBS = ("starts", "start", "begins", "begin", "ends", "opens", "closes", "resumes",
                    "reopens", "returns", "is", "was", "due")
#: Other spellings of holiday names -> the name above.
HOLIDAY_ALIASES: dict[str, str] = {
    "xmas": "christmas", "mothers day": "mother's day", "fathers day": "father's day",
    "valentines day": "valentine's day", "valentine day": "valentine's day",
    "new years eve": "new year's eve", "new years day": "new year's day",
    "mlk day": "martin luther king day", "saint patrick's day": "st patrick's day",
    "st patricks day": "st patrick's day", "veterans' day": "veterans day",
    "xmas eve": "christmas eve", "xmas day": "christmas day",
    "april fool's day": "april fools' day",
    "nye": "new year's eve",  # posts' abbreviation, lower case or capitals only (below)
    # session 12, round 2: St Patrick's Day by its nicknames, as posts write them
    "st paddy's day": "st patrick's day", "st paddys day": "st patrick's day",
    "st. paddy's day": "st patrick's day", "st patty's day": "st patrick's day",
    "st pattys day": "st patrick's day", "st. patty's day": "st patrick's day",
    "paddy's day": "st patrick's day", "paddys day": "st patrick's day",
    # session 22: Shrove Tuesday by its British and Irish name
    "pancake day": "shrove tuesday", "pancake tuesday": "shrove tuesday",
    # session 23: the Eids' transliterations (Pakistan's, India's, Nigeria's "el", spaces
    # for hyphens) and Nigeria's "Eid-el-Kabir" (the feast of sacrifice)
    "eid-ul-fitr": "eid al-fitr", "eid-el-fitr": "eid al-fitr", "eid el-fitr": "eid al-fitr",
    "eid ul fitr": "eid al-fitr", "eid el fitr": "eid al-fitr", "eid al fitr": "eid al-fitr",
    "eid-al-fitr": "eid al-fitr",
    "eid-ul-adha": "eid al-adha", "eid-el-adha": "eid al-adha", "eid el-adha": "eid al-adha",
    "eid ul adha": "eid al-adha", "eid el adha": "eid al-adha", "eid al adha": "eid al-adha",
    "eid-al-adha": "eid al-adha", "eid-el-kabir": "eid al-adha", "eid el-kabir": "eid al-adha",
    "eid el kabir": "eid al-adha",
    "early may bank holiday": "may bank holiday",
    # session 26: the UK's bank holiday of the last Monday of May, and a post's New Year's Day
    "late may bank holiday": "spring bank holiday",
    "nyd": "new year's day",
    # session 28: posts' St Patrick's Day without its "day" (lower case, on the day only:
    # LOWER_CASE_ON_THE_DAY) and a post's "bank hol" for "bank holiday"
    "st paddys": "st patrick's day", "st paddy's": "st patrick's day",
    "st pattys": "st patrick's day", "st patty's": "st patrick's day",
    "st patricks": "st patrick's day", "st patrick's": "st patrick's day",
    "bank hol monday": "bank holiday monday", "bank hol friday": "bank holiday friday",
    # session 28: a chat's Good Friday by its weekday's abbreviation, and April Fools' Day
    # without its apostrophe
    "good fri": "good friday", "april fools day": "april fools' day",
    "bank hol": "bank holiday",  # only after "the", before "weekend"/"wknd" (below)
    # session 31: posts' "yr"/"yrs" for "year's" ("new yrs day parkrun done")
    "new yrs day": "new year's day", "new yrs eve": "new year's eve",
    "new yr's day": "new year's day", "new yr's eve": "new year's eve",
}
#: Days of history known by name (not a recurring holiday): the day itself.
HISTORIC_DAYS: dict[str, tuple[int, int, int]] = {
    "black monday": (1987, 10, 19), "black tuesday": (1929, 10, 29),
    "black thursday": (1929, 10, 24), "black wednesday": (1992, 9, 16),
    "d-day": (1944, 6, 6), "ve day": (1945, 5, 8), "v-e day": (1945, 5, 8),
    "vj day": (1945, 8, 15), "v-j day": (1945, 8, 15),
}
#: How names are written when Title Case gets them wrong.
HOLIDAY_SPELLINGS: dict[str, str] = {
    "ve day": "VE Day", "v-e day": "V-E Day", "vj day": "VJ Day", "v-j day": "V-J Day",
    "mlk day": "MLK Day", "anzac day": "ANZAC Day", "nye": "NYE", "nyd": "NYD",
}
#: Holiday names as written with a lower-case word before a capitalised month, which neither
#: Title Case nor a first capital gives: "the late May bank holiday" (session 26).
HOLIDAY_WRITTEN_FORMS = frozenset({
    "late May bank holiday", "late May Bank Holiday", "early May bank holiday",
    "early May Bank Holiday"})
#: Abbreviations never written in Title Case as a holiday: "Nye" is a name ("Bill Nye"); a
#: capitalised "Eid" alone is left out (it cost a blind check batch of posts; session 23),
#: its full names ("Eid al-Fitr", "Eid-el-Kabir") and a post's "eid" are read.
NOT_TITLED = frozenset({"nye", "nyd", "eid", "king's birthday", "queen's birthday",
                        "bank holiday",  # session 27: only after "the" (LOWER_CASE_AFTER_THE)
                        # session 28: "St Patrick's Cathedral", "St Pat's", "St Patrick's
                        # Athletic": without its "day" a name in Title Case is a place's
                        "st paddys", "st paddy's", "st pattys", "st patty's", "st patricks",
                        "st patrick's", "bank hol monday", "bank hol friday",
                        "bank hol"})  # session 28: only before "weekend"
#: Names that are a holiday in Title Case only before "(long) weekend": "the King's Birthday
#: long weekend", not "the King's Birthday Honours" (session 25).
TITLED_BEFORE_WEEKEND = frozenset({"King's Birthday", "Queen's Birthday"})
#: Places a sentence names that pick a state's or a country's calendar for a holiday whose day
#: differs among them (holiday -> ((place words, country, subdivision), ...)); the first
#: calendar of ``MOVABLE_HOLIDAYS`` stays the default (session 25).
HOLIDAY_PLACES: dict[str, tuple[tuple[tuple[str, ...], str, str | None], ...]] = {
    name: ((("New Zealand", "NZ", "Auckland", "Wellington", "Christchurch", "Kiwis"), "NZ",
            None),
           (("Queensland", "Brisbane", "Gold Coast"), "AU", "QLD"),
           (("Western Australia", "Perth"), "AU", "WA"),
           (("Victoria", "Melbourne"), "AU", "VIC"),
           (("New South Wales", "NSW", "Sydney"), "AU", "NSW"))
    for name in ("king's birthday", "queen's birthday")}
#: Session 26: South Africa's names and places (its provinces, cities, its other holidays of
#: those names): its Family Day is Easter Monday (Canada's, Ontario's, is in February), its
#: Human Rights Day 21 March (the UN's is 10 December); Good Friday beside Family Day is
#: South Africa's Easter too.
_SOUTH_AFRICA = ("South Africa", "South African", "South Africans", "Johannesburg",
                 "Cape Town", "Durban", "Pretoria", "Tshwane", "Soweto", "Gauteng",
                 "KwaZulu-Natal", "Eastern Cape", "Western Cape", "Northern Cape", "Free State",
                 "Limpopo", "Mpumalanga", "Bloemfontein", "Gqeberha", "Port Elizabeth",
                 "Mthatha", "Polokwane", "Freedom Day", "Heritage Day", "Youth Day",
                 "Day of Reconciliation")
HOLIDAY_PLACES["family day"] = (((*_SOUTH_AFRICA, "Human Rights Day", "Good Friday"), "ZA",
                                 None),)
HOLIDAY_PLACES["human rights day"] = (((*_SOUTH_AFRICA, "Family Day"), "ZA", None),)
#: ... and Labour Day, 1 May by default: New Zealand's (the fourth Monday of October),
#: Canada's (the first Monday of September, as the US's Labor Day) and Australia's states'
#: where the text names them.
HOLIDAY_PLACES["labour day"] = (
    (("New Zealand", "NZ", "Auckland", "Wellington", "Christchurch", "Dunedin", "Kiwis",
      "Tauranga", "Rotorua", "Waikato", "Canterbury"), "NZ", None),
    (("Canada", "Canadian", "Canadians", "Ontario", "Toronto", "Ottawa", "Montreal", "Quebec",
      "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Nova Scotia", "Manitoba"), "CA", None),
    (("Queensland", "Brisbane", "Gold Coast"), "AU", "QLD"),
    (("Western Australia", "Perth"), "AU", "WA"),
    (("Victoria", "Melbourne"), "AU", "VIC"),
    (("New South Wales", "NSW", "Sydney"), "AU", "NSW"))
#: Session 27: Diwali (and Deepavali) by default Singapore's; in a text that names India (its
#: country, its people or one of its cities and states) India's, which the library often keeps
#: a day later (2013: 2 November in Singapore, 3 November in India).
_INDIA = ("India", "Indian", "Indians", "Delhi", "New Delhi", "Mumbai", "Bombay", "Kolkata",
          "Calcutta", "Chennai", "Madras", "Bengaluru", "Bangalore", "Hyderabad", "Pune",
          "Ahmedabad", "Jaipur", "Lucknow", "Kanpur", "Nagpur", "Patna", "Varanasi", "Amritsar",
          "Chandigarh", "Kochi", "Goa", "Kerala", "Punjab", "Gujarat", "Rajasthan", "Bihar",
          "Uttar Pradesh", "Maharashtra", "Tamil Nadu", "West Bengal", "Karnataka")
#: Session 29: India's is the default now (most text that names Diwali means India's, "flight
#: home for diwali"), Singapore's where the text names Singapore.
_SINGAPORE = ("Singapore", "Singaporean", "Singaporeans", "Sentosa", "Jurong", "Changi")
HOLIDAY_PLACES["diwali"] = ((_SINGAPORE, "SG", None),)
#: Session 31: Republic Day is India's 26 January unless the text names Turkey or Italy.
HOLIDAY_PLACES["republic day"] = (
    (("Turkey", "Turkish", "Turks", "Türkiye", "Ankara", "Istanbul", "Izmir"), "TR", None),
    (("Italy", "Italian", "Italians", "Rome", "Milan", "Naples", "Turin", "Florence"), "IT",
     None))
HOLIDAY_PLACES["deepavali"] = ((_SINGAPORE, "SG", None),)
#: Session 29: Independence Day is the US's 4 July unless its sentence names another country
#: the ``holidays`` library keeps it for (its name, its people, its capital or a major city),
#: or shows its flag (any country's flag: ``holiday_countries._flag_countries``): "tmrw na
#: independence day 🇳🇬 parade" is Nigeria's 1 October. Only the sentence is read, not the
#: story: a US story names other countries often.
_INDEPENDENCE = (
    (("Nigeria", "Nigerian", "Nigerians", "Naija", "Lagos", "Abuja", "Kano", "Ibadan",
      "Port Harcourt", "Enugu"), "NG"),
    (("Ghana", "Ghanaian", "Ghanaians", "Accra", "Kumasi"), "GH"),
    (("Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi", "Lahore", "Peshawar",
      "Rawalpindi", "Quetta", "Faisalabad"), "PK"),
    (_INDIA, "IN"),
    (("Bangladesh", "Bangladeshi", "Bangladeshis", "Dhaka", "Chittagong"), "BD"),
    (("Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo"), "LK"),
    (("Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Quezon City", "Cebu",
      "Davao"), "PH"),
    (("Indonesia", "Indonesian", "Indonesians", "Jakarta", "Surabaya", "Bali"), "ID"),
    (("Malaysia", "Malaysian", "Malaysians", "Kuala Lumpur", "Penang"), "MY"),
    (("Kenya", "Kenyan", "Kenyans", "Nairobi", "Mombasa", "Kisumu"), "KE"),
    (("Uganda", "Ugandan", "Ugandans", "Kampala"), "UG"),
    (("Tanzania", "Tanzanian", "Tanzanians", "Dar es Salaam", "Dodoma"), "TZ"),
    (("Zambia", "Zambian", "Zambians", "Lusaka"), "ZM"),
    (("Zimbabwe", "Zimbabwean", "Zimbabweans", "Harare", "Bulawayo"), "ZW"),
    (("Malawi", "Malawian", "Malawians", "Lilongwe", "Blantyre"), "MW"),
    (("Namibia", "Namibian", "Namibians", "Windhoek"), "NA"),
    (("Sierra Leone", "Sierra Leonean", "Sierra Leoneans", "Freetown"), "SL"),
    (("Liberia", "Liberian", "Liberians"), "LR"),
    (("Senegal", "Senegalese", "Dakar"), "SN"),
    (("Algeria", "Algerian", "Algerians", "Algiers"), "DZ"),
    (("Morocco", "Moroccan", "Moroccans", "Rabat", "Casablanca"), "MA"),
    (("Tunisia", "Tunisian", "Tunisians", "Tunis"), "TN"),
    (("Jamaica", "Jamaican", "Jamaicans", "Montego Bay"), "JM"),
    (("Trinidad", "Tobago", "Trinidadian", "Trinidadians", "Port of Spain"), "TT"),
    (("Barbados", "Barbadian", "Barbadians", "Bajan", "Bajans", "Bridgetown"), "BB"),
    (("Bahamas", "Bahamian", "Bahamians", "Nassau"), "BS"),
    (("Mexico", "Mexican", "Mexicans", "Mexico City", "Guadalajara", "Monterrey"), "MX"),
    (("Brazil", "Brazilian", "Brazilians", "Brasilia", "Brasília", "Sao Paulo", "São Paulo",
      "Rio de Janeiro"), "BR"),
    (("Argentina", "Argentine", "Argentines", "Argentinian", "Argentinians",
      "Buenos Aires"), "AR"),
    (("Chile", "Chilean", "Chileans"), "CL"),
    (("Peru", "Peruvian", "Peruvians"), "PE"),
    (("Colombia", "Colombian", "Colombians", "Bogota", "Bogotá", "Medellin", "Medellín"), "CO"),
    (("Venezuela", "Venezuelan", "Venezuelans", "Caracas"), "VE"),
    (("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Kharkiv", "Lviv"), "UA"),
    (("Finland", "Finnish", "Finns", "Helsinki"), "FI"),
    (("Greece", "Greek", "Greeks"), "GR"),
)
HOLIDAY_PLACES["independence day"] = tuple((words, country, None)
                                           for words, country in _INDEPENDENCE)
#: Holidays whose places are read in their sentence only (and its flags), not in the story
#: around it (session 29).
HOLIDAY_PLACES_SENTENCE_ONLY = frozenset({"independence day"})
#: A holiday's name in a country's calendar where the library calls it otherwise ((holiday,
#: country) -> the library's name): Nigeria's Independence Day is its "National Day"
#: (session 29).
HOLIDAY_PLACE_NAMES: dict[tuple[str, str], str] = {
    ("independence day", "NG"): "National Day",
    ("independence day", "MY"): "National Day",
    ("independence day", "KE"): "Jamhuri Day",
    ("independence day", "TZ"): "Independence and Republic Day",
}
#: Names that are holidays in lower case too (informal text); words with another common
#: meaning in lower case ("easter egg", "a memorial day for the victims") are left out.
LOWER_CASE_HOLIDAYS = frozenset({
    "melbourne cup day",  # session 25
    "christmas", "christmas day", "christmas eve", "xmas", "halloween", "thanksgiving",
    "thanksgiving day", "new year's eve", "new year's day", "new years eve", "new years day",
    "valentine's day", "valentines day", "mother's day", "mothers day", "father's day",
    "fathers day", "black friday", "cyber monday", "boxing day", "hanukkah", "chanukah",
    "ramadan", "diwali", "labor day", "veterans day", "st patrick's day", "st. patrick's day",
    "good friday", "easter sunday", "easter monday", "yom kippur", "rosh hashanah", "passover",
    "independence day", "mlk day", "martin luther king day", "presidents day", "presidents' day",
    "columbus day", "bastille day", "canada day", "australia day", "anzac day", "earth day",
    "st patricks day", "xmas eve", "xmas day", "nye",
    # session 26: Scotland's New Year's Eve as posts write it, and a post's New Year's Day
    "hogmanay", "nyd",
    # session 30: a post's Easter and Whit Mondays
    "easter mon", "whit monday",
    # session 27: 29 February of a leap year
    "leap day",
    # session 28: "good fri" (not after "a": "have a good fri", the rule's guard) and April
    # Fools' Day, whatever its apostrophe
    "good fri", "april fools' day", "april fool's day", "april fools day",
    # session 12, round 2: St Patrick's Day's nicknames
    "st paddy's day", "st paddys day", "st. paddy's day", "st patty's day", "st pattys day",
    "st. patty's day", "paddy's day", "paddys day",
    # session 11: the UK's Mother's Day ("mothering" is no other word before "sunday"), and
    # a bank holiday named by its weekday
    "mothering sunday", "bank holiday monday", "bank holiday friday",
    # session 28: a post's "bank hol" ("bank hol monday")
    "bank hol monday", "bank hol friday",
    # session 21: the UK's fifth of November
    "bonfire night", "guy fawkes night",
    # session 22: Shrove Tuesday's pancakes
    "pancake day", "pancake tuesday",
    # session 23: the Eids in posts ("eid mubarak"; not in capitals: "EID" is an acronym)
    "eid", "eid al-fitr", "eid al-adha", "eid ul-fitr", "eid ul-adha", "eid-ul-fitr",
    "eid-ul-adha", "eid ul fitr", "eid ul adha",
    # session 29: names no other word shares ("shrove tuesday pancakes", "hosting for
    # juneteenth", "holi at the temple")
    "shrove tuesday", "juneteenth", "mardi gras", "holi",
    # session 31: the feasts around Easter, names no other word shares ("ash wednesday service
    # was packed", "palm sunday procession"; not "ascension", a rise, nor "corpus christi", a city)
    "ash wednesday", "palm sunday", "maundy thursday", "pentecost", "whit sunday",
    "trinity sunday",
    # session 31: posts' "new yrs day" and a lower-case Republic Day (on the day only:
    # LOWER_CASE_ON_THE_DAY)
    "new yrs day", "new yrs eve", "new yr's day", "new yr's eve", "republic day",
    # ... and national and patron saints' days no other word shares
    "waitangi day", "st david's day", "st george's day", "st andrew's day",
})
#: Lower-case names kept only on a day some country's calendar gives them, the publication
#: date or the day after or before it ("enjoy the last of labour day folks", "no club tmrw
#: cos of freedom day"): elsewhere they are ordinary words (session 23).
LOWER_CASE_ON_THE_DAY = frozenset({"labour day", "freedom day", "heritage day", "victory day",
                                   # session 28: "a memorial day for the victims", "a
                                   # remembrance day service" are other words on other days;
                                   # St Patrick's Day without its "day" ("happy st paddys")
                                   "memorial day", "remembrance day", "st paddys", "st paddy's",
                                   "st pattys", "st patty's", "st patricks", "st patrick's",
                                   # session 31: "a republic day parade" told in June;
                                   # "burns night" ("it burns night and day")
                                   "republic day", "burns night"})
#: ... of which St Patrick's Day's names without "day" are a holiday only ending their phrase
#: or before a greeting's or a plan's word ("happy st paddys from limerick", "st patricks
#: weekend"; not "st patricks cathedral", "st paddys parade route"; session 28).
LOWER_CASE_WITHOUT_DAY = frozenset({"st paddys", "st paddy's", "st pattys", "st patty's",
                                    "st patricks", "st patrick's"})
#: The words that may follow such a name (``LOWER_CASE_WITHOUT_DAY``).
WITHOUT_DAY_FOLLOWERS = ("from", "to", "everyone", "all", "folks", "lads", "guys", "and",
                         "with", "in", "at", "on", "today", "tmrw", "tomorrow", "weekend",
                         "wknd", "x", "xx", "xxx")
#: Lower-case names that take "the" before them as holidays ("shut for the may bank holiday"),
#: and a modal "may" otherwise ("you may bank holiday pay"; session 23).
LOWER_CASE_AFTER_THE = frozenset({"may bank holiday", "early may bank holiday",
                                  "late may bank holiday", "august bank holiday",
                                  # session 27: "for the bank holiday!" (any case, after "the")
                                  "bank holiday", "Bank holiday", "Bank Holiday",
                                  # session 28: a chat's "the bank hol"
                                  "bank hol"})
#: Lower-case names never shouted in capitals as a holiday ("EID" is an acronym).
NOT_IN_CAPITALS = frozenset({"eid"})
#: Names that are other words in lower case but a holiday right before "weekend" ("thru
#: memorial day weekend", "over the easter long weekend"; session 22).
LOWER_CASE_BEFORE_WEEKEND = frozenset({"memorial day", "easter", "civic holiday",
                                       "remembrance sunday", "victoria day", "family day"})
#: ... and so is a chat's "bank hol", with no "the" ("bank hol wknd"), but not after
#: this/next/last ("this bank hol weekend" is this weekend) nor a determiner of any one ("a
#: bank hol weekend"); the full "bank holiday weekend" without "the" cost a blind check batch
#: (session 28).
BANK_HOLIDAY_BEFORE_WEEKEND = frozenset({"bank hol"})
#: Lower-case holidays that are also nouns of an act: after "of" the noun ("a service of
#: thanksgiving", "prayers of thanksgiving"), no holiday (session 12, newswire).
LOWER_CASE_ACT_NOUNS = frozenset({"thanksgiving"})
#: Words of a cause before "of": "because of thanksgiving", a post's "bc of thanksgiving" name
#: the holiday, no act of giving thanks (session 12, round 2).
CAUSE_BEFORE_OF = ("because", "bc", "b/c", "cuz", "cos", "coz", "cause")
#: Lower-case names that are also words ("an easter egg hunt"): holidays only right after a
#: preposition of time ("haven't seen her since easter", "home over easter").
LOWER_CASE_AFTER_PREPOSITION = frozenset({"easter"})
HOLIDAY_PREPOSITIONS = ("since", "at", "over", "before", "after", "until", "till", "by")

#: Common given names that are no place and no ordinary word: a weekday, month or holiday
#: right after one is a surname ("Ruth Monday", "Sarah Easter"). Names that are also words
#: or places (Mark, Will, Grace, Jordan, Florence...) are left out: "Mark Friday in the diary".
GIVEN_NAMES = frozenset({
    "Aaron", "Abigail", "Adam", "Ahmed", "Aisha", "Alan", "Albert", "Alex", "Alice", "Alison",
    "Amanda", "Amir", "Amy", "Andrew", "Angela", "Anna", "Anne", "Anthony", "Barbara", "Ben",
    "Benjamin", "Beth", "Brian", "Carl", "Carlos", "Carol", "Caroline", "Catherine", "Charles",
    "Charlotte", "Chris", "Christine", "Claire", "Colin", "Craig", "Daniel", "David", "Deborah",
    "Dennis", "Diana", "Donald", "Dorothy", "Edward", "Elena", "Elizabeth", "Ellen", "Emily",
    "Emma", "Eric", "Fatima", "Fiona", "Gary", "George", "Gordon", "Hannah", "Harry", "Helen",
    "Henry", "Ian", "Isabel", "James", "Jane", "Janet", "Jason", "Jennifer", "Jessica", "John",
    "Jonathan", "Joseph", "Joshua", "Julia", "Karen", "Kate", "Katherine", "Keith", "Kevin",
    "Laura", "Leah", "Linda", "Lisa", "Louise", "Lucy", "Luis", "Maria", "Martin", "Mary",
    "Matthew", "Megan", "Michael", "Michelle", "Mohammed", "Muhammad", "Nancy", "Natalie",
    "Nicola", "Nicholas", "Oliver", "Omar", "Patricia", "Paul", "Peter", "Rachel", "Rebecca",
    "Richard", "Robert", "Ruby", "Ruth", "Samuel", "Sandra", "Sarah", "Simon", "Sophie",
    "Stephen", "Steven", "Susan", "Thomas", "Timothy", "Victor", "Yusuf", "Zoe",
    # session 10
    "Ada", "Ana", "Chloe", "Ethan", "Eva", "Freya", "Ivan", "Jim", "Joe", "Kofi", "Liam",
    "Lily", "Mia", "Noah", "Noel", "Olivia", "Priya", "Raj", "Ray", "Sam", "Sofia", "Tim",
    "Tom", "Wei", "Yuki",
    # session 15, round 3: more common English given names, none a word or a place
    "Eleanor", "Patrick", "Felix", "Jules", "Rhona", "Harriet", "Imogen", "Gareth", "Declan",
    "Niamh", "Siobhan", "Callum", "Ewan", "Isla", "Martha", "Edith", "Agnes", "Matilda",
    "Beatrice", "Theo", "Arthur", "Rupert", "Nigel", "Derek", "Trevor", "Stuart", "Duncan",
    "Malcolm", "Margaret", "Joan",
    "Gwen", "Bridget", "Eileen", "Maureen", "Sean", "Kieran", "Ruairi", "Aidan", "Connor",
})

#: Nouns that, right after a season, a part of day or a weekday, make a compound naming a thing,
#: a plant, a dish, a colour or a person, not a time ("the summer house", "winter wheat",
#: "morning glory", "midnight blue", "Sunday school", "the fall guy"), or after a holiday a thing
#: of the holiday ("the Christmas tree"). Events and stretches
#: ("the spring meetings", "the Friday deadline", "the winter storms") are left out: TimeML
#: dates those.
THING_HEADS = frozenset({
    "house", "houses", "home", "homes", "cottage", "cottages", "cabin", "cabins", "camp",
    "camps", "school", "schools", "coat", "coats", "jacket", "jackets", "dress", "dresses",
    "gown", "gowns", "wear", "clothes", "clothing", "boots", "hat", "hats", "suit", "suits",
    "uniform", "uniforms", "tyres", "tires", "best", "wheat", "barley", "oats", "rye", "glory",
    "onion", "onions", "roll", "rolls", "squash", "greens", "primrose", "primroses", "jasmine",
    "roast", "tea", "blue", "black", "guy", "person", "owl", "owls", "driver", "drivers", "star",
    "sickness", "body", "blues", "sports", "league", "oil", "routine", "bag", "wonderland",
    "tide", "tides", "lamb", "snack", "snacks", "intern", "interns", "bus",
    # people named by the part of day they work (session 10): "the night guard"
    "guard", "guards", "watchman", "watchmen", "nurse", "nurses", "porter", "porters", "clerk",
    "clerks", "editor", "editors", "manager", "managers",
    # groups that meet on a day: "the Tuesday club", "the Monday crew", "the summer team"
    "club", "clubs", "crew", "crews", "gang", "squad", "choir", "team", "teams",
    # things of a holiday: "the Christmas tree", "a Halloween costume", "the Easter bunny"
    "tree", "trees", "card", "cards", "egg", "eggs", "costume", "costumes", "jumper", "jumpers",
    "sweater", "sweaters", "turkey", "hamper", "hampers", "pudding", "cake", "lights",
    "decorations", "lantern", "lanterns", "cracker", "crackers", "stocking", "stockings",
    "carol", "carols", "presents", "bunny",
    # session 12, round 2: a holiday's music and films ("the christmas playlist")
    "playlist", "playlists", "songs", "movies",
    # a kind of timetable (session 11): "trains will run a Sunday schedule on Christmas Day"
    "schedule", "schedules", "timetable", "timetables",
})

#: Gatherings after a lower-case holiday in a post and before the gathering's own day ("office
#: xmas party tonight", "the easter hunt is on sunday"): a kind of gathering, no date;
#: capitalised newswire ("the Christmas party was held") is left alone (session 15, round 2).
HOLIDAY_GATHERINGS = frozenset({
    "party", "parties", "hunt", "hunts", "disco", "discos", "drinks", "quiz", "raffle",
})
#: Who may own a record day before "best/worst <unit> ever": a market's or a team's ("had their
#: worst week ever"); a post's "best week ever", "my worst day ever" name no day (session 15,
#: round 2).
RECORD_OWNERS = ("its", "their", "the", "his", "her")

#: Groups that meet on a day, after the day and the noun of what they do ("the Thursday quiz
#: team", "the Sunday book club", "a Monday running crew"): a group, no date (session 13).
GROUP_HEADS = frozenset({
    "club", "clubs", "crew", "crews", "gang", "squad", "choir", "team", "teams", "league",
    "group", "groups", "circle", "society",
})

#: Things a coiled "spring" sits in ("the spring in the mechanism", "the spring of the valve")
#: and the idiom's "step": there "spring" is no season.
SPRING_HOLDERS = frozenset({
    "mechanism", "mechanisms", "valve", "valves", "clock", "clocks", "watch", "watches",
    "mattress", "mattresses", "bed", "sofa", "couch", "seat", "seats", "chair", "pen", "lock",
    "latch", "hinge", "trap", "door", "gate", "trigger", "gun", "rifle", "pistol", "pump",
    "engine", "motor", "brake", "brakes", "clutch", "suspension", "shock", "toy", "box",
    "device", "gauge", "scale", "switch", "lever", "piston", "coil", "assembly", "step",
    # writing things and springy furniture and toys (session 14, round 3)
    "biro", "biros", "pens", "ballpoint", "stapler", "trampoline", "trampolines", "pogo",
    "recliner", "futon", "cot", "crib", "buggy", "pram", "torch", "umbrella", "peg", "pegs",
})

#: Verbs of a coil giving way or sounding ("the spring snapped", "the spring in the seat
#: squeaks"): after "spring" (and what holds it) the spring is a coil, no season (session 13).
SPRING_ACTS = frozenset({
    "snapped", "snaps", "broke", "breaks", "popped", "pops", "pinged", "squeaks", "squeaked",
    "squeaking", "creaks", "creaked", "rusted", "recoiled", "uncoiled", "sprang", "jammed",
})
#: ... and a water source's flowing ("the spring at Wellby bubbles up", "the spring near the
#: mill never dries"): after "spring" the spring is water, no season (session 15).
SPRING_WATER_ACTS = frozenset({
    "bubbles", "bubbled", "gushes", "gushed", "trickles", "trickled", "wells", "welled",
    "flows", "flowed", "seeps", "seeped", "dries", "dried",
})
#: Verbs of taking water before "from the spring" ("we fill bottles from the spring"): a source
#: of water, no season (session 25).
SPRING_WATER_TAKERS = frozenset({
    "fill", "fills", "filled", "filling", "drink", "drinks", "drank", "drinking", "water",
    "fetch", "fetches", "fetched", "fetching", "draw", "draws", "drew", "drawn", "drawing",
    "bottle", "bottled", "bottles", "pump", "pumped", "pumps", "piped", "carried", "carry",
})
#: Nouns of a coil's measure after "spring" ("the spring constant", "spring stiffness"): a
#: coil's property, no season (session 15).
SPRING_PROPERTIES = frozenset({
    "constant", "constants", "stiffness", "tension", "tensions", "deflection", "compression",
})

#: The noun of an award or a regular feature before "of the year/month/week/day" ("player of the
#: year", "photo of the day"; session 12: a feature's "object of the week", "recipe of the
#: month"): the phrase names the award, no time (sense_checks ``AWARD_BEFORE``).
AWARD_NOUNS = frozenset({
    "employee", "person", "player", "manager", "coach", "sportsperson", "sportsman",
    "sportswoman", "athlete", "footballer", "cricketer", "rookie", "newcomer", "entertainer",
    "car", "word", "album", "song", "book", "team", "pub", "restaurant", "volunteer", "photo",
    "picture", "image", "quote", "question", "track", "video", "tip",
    # session 12: a regular feature's subject
    # (not "goal", "deal", "story": "the biggest deal of the year" is news's year)
    "object", "artefact", "artifact", "recipe", "dish", "pick", "pet", "dog", "cat", "plant",
    "bird", "joke", "meme", "pic", "beer", "wine",
})

#: A service or a shift named by the part of day it runs in ("valid on the night bus", "on the
#: morning shift"): a thing even after a preposition of time (session 12; checks).
SERVICE_HEADS = frozenset({
    "bus", "buses", "train", "trains", "tram", "trams", "ferry", "ferries", "shift", "shifts",
    "flight", "flights", "boat", "boats", "tube", "coach", "coaches",
})
#: A timetabled run a notice names by its four-digit 24-hour time ("the 0715 and 1930 sailings",
#: "the 0640 ferry": ``rules_times.clock_hhmm_service``; session 26).
TIMED_SERVICES = frozenset({
    "sailing", "sailings", "departure", "departures", "crossing", "crossings", "service",
    "services", "train", "trains", "bus", "buses", "ferry", "ferries", "flight", "flights",
    "tram", "trams", "coach", "coaches", "boat", "boats",
})
#: A broadcast, a paper or a round named by the part of day it comes in ("made the evening
#: news", "for the morning run"): a thing after any preposition but one that dates ("in the
#: morning news broke": session 25; checks).
ROUND_HEADS = frozenset({
    "news", "newscast", "bulletin", "bulletins", "paper", "papers", "edition", "run", "runs",
})

#: Nouns of a venue or a shop right after a capitalised part of day or season ("the Daybreak
#: nightclub", "the Noon Tavern", "the Summer cafe"): the word is the venue's name (session 14;
#: names ``_VENUE_AFTER``). Weekdays and months are left out: "the Sunday pub quiz" is dated.
VENUE_NOUNS = frozenset({
    "bar", "bars", "pub", "tavern", "inn", "nightclub", "club", "lounge", "cafe", "café",
    "coffeehouse", "restaurant", "bistro", "brasserie", "diner", "grill", "bakery", "cinema",
    "theatre", "theater", "hotel", "hostel", "shop", "store", "boutique", "salon", "gallery",
    "venue", "disco", "brewery", "deli", "takeaway", "kitchen",
})
#: Pets' nouns: a capitalised calendar word in apposition with one ("our dog Sunday ran off",
#: "Monday the hamster", "Sunday is my sister's dog") names the pet (session 14).
PET_NOUNS = frozenset({
    "dog", "puppy", "pup", "cat", "kitten", "pony", "horse", "parrot", "rabbit", "bunny",
    "hamster", "tortoise", "goldfish", "budgie", "lamb", "goat", "donkey", "gerbil", "ferret",
})
#: A match's verbs between a team's name ending in a weekday and a score ("Glenwick Saturday
#: beat Arden 3-0", "Brackton Sunday drew 2-2"): the weekday is the club's name (session 14).
MATCH_VERBS = frozenset({
    "drew", "draw", "draws", "beat", "beats", "lost", "lose", "loses", "won", "win", "wins",
    "thrashed", "edged", "held", "hammered", "routed", "trounced", "defeated", "drawn",
})
#: Predicates that only a person has, after two calendar words joined by "and" as their
#: subject ("June and Winter are both coming to the party", "May and August are joining us"):
#: two people's names (session 14); "are both holidays", "were both wet" stay dates.
PERSON_PREDICATES = frozenset({
    "coming", "joining", "invited", "bringing", "attending", "staying", "visiting", "arriving",
    "married", "engaged", "friends", "sisters", "brothers", "twins", "cousins", "here",
})
#: Verbs a month opening its sentence takes as a time, even before "his" or "her" ("March saw
#: her first win", "May marked his tenth year"): no person's name (session 14, round 2).
MONTH_SUBJECT_VERBS = frozenset({
    "saw", "brought", "marked", "started", "ended", "began", "proved", "turned", "delivered",
    "produced", "witnessed", "completed", "closed", "opened", "heralded", "offered", "handed",
    "gave", "recorded", "posted", "reached", "hit", "topped", "rounded", "capped", "crowned",
    "signalled", "signaled", "ushered", "sealed", "finished", "kicked", "followed", "preceded",
    "featured", "included", "added", "extended", "continued", "repeated", "doubled", "tripled",
    "bringing", "marking", "seeing", "proving", "turning", "shaping", "looking", "promising",
})
#: Irregular pasts a person does ("August lost his keys", "June broke her wrist"), after a month
#: opening its sentence and before "his" or "her": a person's name (session 14, round 2).
PERSON_PASTS = frozenset({
    "lost", "won", "got", "took", "made", "broke", "left", "told", "sent", "drove", "rode",
    "wrote", "threw", "found", "hurt", "fell", "ran", "ate", "bought", "sold", "forgot",
    "met", "rang", "sang", "swam", "wore", "spent", "fed", "kept", "put", "cut", "hid",
})
#: Nouns that end a programme's Title Case name after a calendar word and one or two more
#: capitalised words ("the Sunday Teatime Show", "the Friday Night Quiz") (session 14, round 2).
PROGRAMME_NOUNS = frozenset({
    "Show", "Programme", "Program", "Quiz", "Podcast", "Phone-In", "Special",
})
#: Capitalised last words of newspapers' names after "the" and a weekday ("readers of the Sunday
#: Crier", "the Saturday Ledger's editor"): the paper's name, no day (session 15, round 2).
NEWSPAPER_HEADS = frozenset({
    "Advertiser", "Argus", "Bugle", "Bulletin", "Chronicle", "Citizen", "Clarion", "Courier",
    "Crier", "Dispatch", "Echo", "Examiner", "Express", "Gazette", "Globe", "Herald",
    "Independent", "Journal", "Ledger", "Mail", "Mercury", "Mirror", "Observer", "Post", "Record",
    "Recorder", "Register", "Sentinel", "Standard", "Star", "Telegraph", "Times", "Tribune",
})
#: Capitalised plurals after "the" and a weekday that name the day's events, no band ("the
#: Friday Prayers", "the Sunday Services"): the weekday stays a date (session 14, round 2).
DAY_EVENT_PLURALS = frozenset({
    "Prayers", "Services", "Talks", "Games", "Matches", "Sessions", "Papers", "Markets",
    "Races", "Fixtures", "Results", "Sales", "Elections", "Protests", "Rallies", "Meetings",
})
#: Clothes after a weekday and "best" ("sunday best outfit", "Sunday best shoes"): the idiom's
#: finery, no day (session 14, round 2). Not "suits": "said Sunday best suits us" is a verb.
BEST_CLOTHES = frozenset({
    "fit", "fits", "outfit", "outfits", "clothes", "clothing", "dress", "dresses", "suit",
    "shoes", "shirt", "frock", "togs", "gear", "clobber", "attire", "jacket", "coat", "hat",
})
