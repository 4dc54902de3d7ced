"""Number words, ordinals and vague quantities used in durations and day counts."""

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_ORD_UNITS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
]
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
             "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}


def _build() -> tuple[dict[str, int], dict[str, int]]:
    cardinals = {w: i for i, w in enumerate(_UNITS)}
    ordinals = {w: i for i, w in enumerate(_ORD_UNITS) if i}
    for tens, n in _TENS.items():
        cardinals[tens] = n
        for i in range(1, 10):
            for sep in ("-", " "):
                cardinals[f"{tens}{sep}{_UNITS[i]}"] = n + i
                ordinals[f"{tens}{sep}{_ORD_UNITS[i]}"] = n + i
    for w, n in _ORD_TENS.items():
        ordinals[w] = n
    cardinals.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2,
                      "a couple": 2, "couple of": 2, "a dozen": 12, "a hundred": 100,
                      "one hundred": 100, "a thousand": 1000, "hundred": 100})
    for i in range(2, 10):  # "two thousand years", "three hundred days"
        cardinals[f"{_UNITS[i]} hundred"] = i * 100
        cardinals[f"{_UNITS[i]} thousand"] = i * 1000
    return cardinals, ordinals


#: "one" -> 1, "twenty-four" -> 24, "a couple of" -> 2 ...
CARDINALS, ORDINALS = _build()
#: The hours in words, in clock order (the clock-word rules and their key guards read them).
HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve")
#: Quantities with no definite number: the TIMEX3 value uses X ("several months" -> PXM).
VAGUE_QUANTITIES = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "numerous", "countless",
    "a couple of", "the past few", "dozens of", "hundreds of", "thousands of",
})
#: Decade words -> the decade's first year within a century.
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
    # the 2000s, 1900 + 100 (session 21); "the teens" and "the tens" are ages and numbers
    "noughties": 100,
}
