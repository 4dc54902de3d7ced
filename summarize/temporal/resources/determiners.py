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
#: Those that open an era's or an event's noun phrase ("the siege", "its invasion").
ERA_DETERMINERS = ARTICLES | {"this", "its", "their"}
