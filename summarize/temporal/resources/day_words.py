"""Today, tonight and tomorrow, in full and as posts spell them: one list that every rule and
check reading such a day word shares, so that a spelling added here reaches them all; named
variants where a site reads another set, each with its reason."""

#: Each day word in full, then posts' spellings of it ("2day"; "tonite", "2nite"; "tmrw").
TODAY_SPELLINGS = ("today", "2day")
TONIGHT_SPELLINGS = ("tonight", "tonite", "2nite", "tonyt", "2nyt")  # "tonyt", "2nyt": s30
TOMORROW_SPELLINGS = ("tomorrow", "tmrw", "2moro", "2morrow", "tomoz", "tmr")  # "tmr": s30
#: Every spelling of the three: a weekday joined to one is a day next to it, ahead ("closed
#: today and monday", "off tmrw & fri"; ``clause_says``).
DAY_WORDS = TODAY_SPELLINGS + TONIGHT_SPELLINGS + TOMORROW_SPELLINGS

#: Posts' spellings of tomorrow and yesterday before a part of day or "at" ("tmrw morning",
#: "yday arvo", "2moro at 6"; ``rules_times``); "at" takes them in lower case only, as posts
#: write them.
POST_DAY_WORDS = ("tmrw", "2moro", "2morrow", "tomoz", "yday", "yest",  # "yest": session 11
                  "tmr")  # session 30
#: Day words in any case before "at" and an hour (``clock_at_day``, and the check that leaves
#: "Friday at 4:30" to it), beside ``POST_DAY_WORDS``; not tonight's spellings: "tonight at 8"
#: is read with its evening (``clock_pod_at``).
DAY_AT_WORDS = ("today", "tomorrow", "2day")
#: Day words before "'s the night"/"is the day" in an idiom ("tonight's the night";
#: ``sense_checks``): the spellings round 3 wrote; "2morrow" and "tomoz" stay out, as they
#: were, until measured.
IDIOM_DAY_WORDS = tuple(w for w in DAY_WORDS if w not in ("2morrow", "tomoz", "tmr", "tonyt",
                                                          "2nyt"))
#: Posts' spellings of tonight, read in lower case only after a clock time ("9 2nite";
#: ``rules_times``), where "tonight" is read in any case.
POST_TONIGHT_SPELLINGS = TONIGHT_SPELLINGS[1:]
#: Posts' spellings of tomorrow and tonight that may stand for something else in capitals
#: ("TMR", a name's or a trade's initials): read in lower case, or with a capital first letter
#: only (``deictic_day``; session 30).
LOWER_DAY_SPELLINGS = ("tmr", "tonyt", "2nyt")
