"""Determiners and possessives: before a time word they make it part of a noun phrase ("the June
vote", "its 1998 results", "her Sunday best"), before a noun they open an event ("its siege")."""

ARTICLES = frozenset({"the", "a", "an"})
DEMONSTRATIVES = frozenset({"this", "that"})
#: Possessive determiners ("his", "her", "my"...; not the pronouns "hers", "mine").
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
#: Every determiner: articles, demonstratives, possessives.
DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES
#: Those that make a four-digit number a year ("its 1998 results"); not "my"/"your", before
#: which a post's number counts things ("my 2000 followers", "your 1500 points").
YEAR_DETERMINERS = DETERMINERS - {"my", "your"}
#: Those before an ordinal day of an era ("the siege entered its 11th day"); not "a" ("a second
#: straight day" is the latest of a run) nor a person's ("his first day out").
DAY_COUNT_DETERMINERS = frozenset({"the", "its", "their"})
#: Those of a known event after "the day before/after" ("the talks", "our wedding"); not
#: "a"/"an": "the day before a meeting" names no event of the text.
DEFINITE_DETERMINERS = DETERMINERS - {"a", "an"}
