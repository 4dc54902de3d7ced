"""Month, weekday, season, part-of-day and holiday names (English)."""

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Month names that are also ordinary words: tagged only with a day, a year or a cue word.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}

#: Season word -> TIMEX3 code.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
#: Season code -> (start month, months long); winter Y is taken as Dec Y-1 .. Feb Y.
SEASON_SPANS: dict[str, tuple[int, int]] = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (0, 3)}

#: Part-of-day word -> TIMEX3 code.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "mid-afternoon": "TAF", "midafternoon": "TAF",
    "mid afternoon": "TAF", "evening": "TEV", "night": "TNI", "dawn": "TMO",
    "daybreak": "TMO", "sunrise": "TMO", "dusk": "TEV", "sunset": "TEV",
    "nightfall": "TEV", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00",
    "lunchtime": "TAF", "overnight": "TNI", "tonight": "TNI",
}
#: Part-of-day code -> (start hour, end hour) on the day; end may pass 24.
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "TMO": (6, 12), "TAF": (12, 18), "TEV": (18, 22), "TNI": (21, 30), "TDT": (8, 18),
}

#: Fixed-date holidays: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
    "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
    "remembrance day": (11, 11), "may day": (5, 1), "international women's day": (3, 8),
    "all saints' day": (11, 1), "new year": (1, 1),
}
#: Movable holidays: name -> ("easter", offset days) or ("nth", month, weekday, n) where
#: n = -1 means the last such weekday of the month.
MOVABLE_HOLIDAYS: dict[str, tuple] = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "ash wednesday": ("easter", -46),
    "palm sunday": ("easter", -7), "pentecost": ("easter", 49),
    "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4),
    "labor day": ("nth", 9, 1, 1), "memorial day": ("nth", 5, 1, -1),
    "martin luther king day": ("nth", 1, 1, 3), "presidents' day": ("nth", 2, 1, 3),
    "mother's day": ("nth", 5, 7, 2), "father's day": ("nth", 6, 7, 3),
    "black friday": ("nth", 11, 4, 4, 1),
}
