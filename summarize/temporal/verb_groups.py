"""Verb groups and their tenses: "past", "future", "present" or "".

A group is a run of auxiliaries, adverbs and verbs ("would meet", "is due to", "hoped to", "had
been scheduled to"); modals and forward-looking verbs before a to-infinitive make it future,
past forms and perfects past. ``group_before`` and ``group_after`` find the nearest group on
either side of an expression, in words already cut to its clause (``tense.clause_tense`` cuts
them and decides between the two). Word lists live in ``resources.verbs``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from summarize import regex_cache as rx

from .resources.verbs import (
    ADVERBS,
    CALENDAR_PRESENT,
    COMPARISON_OPENERS,
    COMPLEMENTISERS,
    FACED_EVENTS,
    FACING,
    FORWARD_BEFORE_TO,
    FORWARD_NOUNS,
    FORWARD_VERBS,
    FUTURE_MODALS,
    IRREGULAR_PAST,
    LINKING_PAST,
    LINKING_PRESENT,
    NOT_PAST_ED,
    NOUNISH,
    PARTICIPLES,
    PAST_AUX,
    PLURAL_NOUNS,
    POST_HAVE_SPELLINGS,
    PRESENT_BE,
    REFUSED_TELLING,
    RELATIVE_INVARIANT_PAST,
    REPORTING,
    SAY_VERBS,
    SCHEDULED_PRESENT,
    VOTE_BEFORE_TO,
    WHOLE_BEFORE,
)
from .slots import Memo, quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Tense:
    """A clause's tense and the words that decided it (for explanations)."""

    label: str = ""
    cue: str = ""
    #: A future the cue states outright where it is judged (a schedule's present, an
    #: arrangement one has): a bare weekday goes forward (``resolve.weekdays``).
    explicit: bool = False


NO_TENSE = Tense()
#: A word, hyphened parts joined ("run-off"). Possessive (``++``, ``*+``): nothing follows either
#: repeat, so the greedy form's first try (each run as long as it goes) is always its match, and
#: giving back is never needed; the engine then keeps no backtracking state (a quarter faster).
WORD = rx.compile(r"[\w'’]++(?:-[\w'’]++)*+")
_DO = frozenset({"do", "does", "did", "didn't", "doesn't", "don't"})
_AUX = FUTURE_MODALS | PRESENT_BE | PAST_AUX | ADVERBS | _DO
#: Every word ``_verbish`` may accept, besides -ed forms: a cheap test that most words fail.
_MAYBE_VERB = _AUX | NOUNISH | FORWARD_VERBS | IRREGULAR_PAST | REPORTING | SCHEDULED_PRESENT \
    | RELATIVE_INVARIANT_PAST | REFUSED_TELLING | FACING | {"to", "for"}
_PAST_MARK = frozenset({"had", "did", "was", "were", "didn't", "hadn't", "wasn't", "weren't",
                        "'d"})
#: The auxiliaries that open a present perfect ("have been told", "has ordered"), as ``normed``
#: writes them ("'ve", "haven’t" arrive as "have", "haven't").
PRESENT_PERFECT = frozenset({"has", "have", "hasn't", "haven't"})
_PERFECT = PRESENT_PERFECT | {"having"}
#: Words after which a scheduled-event verb is a noun ("the vote", "a visit").
_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that",
                          "our", "my", "your", "of", "for", "on", "in", "at", "last", "first",
                          "next", "final", "whose", "'s", "no", "any", "each", "every"})
#: Prepositions two words before a scheduled-event verb that make it a noun with a modifier
#: between ("of foul play", "in open play"), unless the word between is a name, a pronoun or
#: a time word ("in Paris opens", "on Monday plays": the verb of a clause).
_PREPOSITION_NOUN = frozenset({"of", "for", "in", "at", "with", "without"})
#: Adjectives that only a noun follows: a scheduled-event word after one is a noun ("new
#: rules", "fresh talks"; session 19).
_NOUN_ADJECTIVES = frozenset({"new", "fresh", "further", "formal", "final"})
#: Present forms of the verbs ``_verbish`` accepts that are nouns too ("plans", "heads",
#: "forecasts", "reports", "votes"): where a noun stands they are one (``_noun_in_place``).
_NOUN_OR_VERB = frozenset(
    w for w in SCHEDULED_PRESENT | REPORTING | FORWARD_VERBS | NOUNISH
    if w not in IRREGULAR_PAST and not w.endswith("ed")
    and w not in {"due", "upcoming", "effective", "according", "think", "thinks", "say"})
#: Prepositions after which such a word is a noun ("with forecasts", "about plans", "amid
#: talks"); "to" leads an infinitive, and "as", "than" a comparison's verb.
_NOUN_PREPOSITIONS = frozenset({
    "with", "without", "of", "for", "in", "on", "at", "from", "by", "about", "against", "amid",
    "among", "despite", "over", "under", "into", "like", "per", "via", "after", "before",
    "behind", "toward", "towards", "upon", "within", "beyond", "between"})
#: Words before which such a word is a noun: determiners (not "that", which leads a relative
#: clause's verb) and adjectives that only a noun follows ("latest forecasts", "media reports").
_NOUN_MODIFIERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "these", "those",
    "this", "every", "each", "no", "latest", "official", "initial", "preliminary", "previous",
    "recent", "media", "press", "new", "fresh", "further", "formal", "unconfirmed",
    "conflicting", "earlier", "early", "separate", "lowest", "highest", "best", "worst",
    "biggest", "largest", "smallest", "strongest", "weakest", "sharpest", "steepest", "record",
    "weekly", "monthly", "quarterly", "annual"})
#: Quantifiers of many before a form in -s, which as a verb would need one subject ("several
#: reports", "many plans"; "many expect" keeps its verb).
_MANY = frozenset({"several", "many", "numerous", "multiple", "various", "more", "most",
                   "few", "fewer"})
#: Quantities before a count ("200 head", "nearly 40 votes"): a number word or digits.
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "dozen", "dozens", "hundred", "hundreds", "thousand",
                           "thousands", "million", "millions", "twenty", "fifty"})
#: Words before a count that make it an object or a measure, not a subject in apposition ("won
#: 40 votes", "about 200 head"; not "Smith, 45, heads": a name there).
_COUNT_LEADS = frozenset({"about", "around", "nearly", "almost", "some", "over", "than",
                          "just", "only", "roughly", "approximately", "least", "up",
                          "more", "fewer", "another"})
#: Prepositions before such a count ("in 14 starts", "with 40 votes"); not "at", "from", "by",
#: which lead a price or an hour ("priced at £30, go on sale", "open at 8, open again").
_COUNT_PREPOSITIONS = frozenset({"with", "without", "of", "for", "in", "among", "into",
                                 "across", "within", "against"})


def _noun_in_place(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` (one of ``_NOUN_OR_VERB``) stands where only a noun can: after a
    preposition or a determiner or such an adjective, or after a count that is an object ("moved
    200 head of cattle", "in 14 starts"; not "the top 16 meet on Friday": a subject; session
    24)."""
    prev = words[i - 1]
    if prev in _NOUN_PREPOSITIONS or prev in _NOUN_MODIFIERS:
        return True
    if prev.endswith("'s") and prev not in _CONTRACTED_IS and prev != "'s":
        return True  # "the bank's forecasts" (not "it's", "that's": "is")
    if prev in _MANY:
        return words[i].endswith("s")
    if words[i].endswith("s") and _gerunds_object(words, i):
        return True
    if not (prev in _NUMBER_WORDS or (prev.isdigit() and not _YEARISH.match(prev))):
        return False  # a year is no count ("who last met in 2017, meet on Friday")
    lead = words[i - 2] if i > 1 else ""
    if lead == "by" and words[i + 1:i + 2] == ["to"] and i + 2 < len(words) \
            and (words[i + 2].isdigit() or words[i + 2] in _NUMBER_WORDS):
        return True  # a tally: "carried by 23 votes to 20 in November" (session 30)
    return lead in _COUNT_LEADS or lead in _COUNT_PREPOSITIONS or lead in _NOUN_MODIFIERS \
        or (lead not in _AUX and (is_past_form(lead) or lead in PARTICIPLES))


#: Determiners that open a gerund's object ("posting its weekly flu reports").
_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your"})
#: Words in -ing that are no gerund.
_NOT_GERUNDS = frozenset({"during", "morning", "evening", "something", "anything", "nothing",
                          "everything", "spring", "thing", "king", "string", "building"})


def _gerunds_object(words: list[str], i: int) -> bool:
    """Whether the form in -s at ``i`` ends a gerund's object of two to four words ("will
    begin posting its weekly flu reports", "after releasing the monthly sales forecasts"): a
    noun, not the clause's verb; "the company reports" after no gerund keeps its verb
    (session 26)."""
    for k in (i - 2, i - 3, i - 4):
        if k < 1 or words[k] not in _OBJECT_DETERMINERS:
            continue
        gerund = words[k - 1]
        return len(gerund) > 5 and gerund.endswith("ing") and gerund not in _NOT_GERUNDS \
            and all(w.isalpha() and w not in _AUX for w in words[k + 1:i])
    return False


_YEARISH = rx.compile(r"1[89]\d\d$|2[01]\d\d$")
#: Pronouns with "'s" for "is" or "has" ("it's due", "there's talk"): no possessive.
_CONTRACTED_IS = frozenset({"it's", "that's", "there's", "here's", "he's", "she's", "what's",
                            "who's", "where's", "let's", "how's", "when's", "why's"})
#: Participles that look like their present ("cast", "set"), after a scheduled-event word.
_INVARIANT_PARTICIPLES = frozenset({"cast", "set", "put", "cut", "shut", "hit", "spread", "bid"})
#: Determiners of one thing: after one and a word, a scheduled-event word in its bare form
#: ("a confidence vote", "each club visit") is a noun, as a verb it would agree ("votes").
_SINGULAR_BEFORE = frozenset({"a", "an", "another", "each", "every"})
#: ... unless a group of many follows it ("a few members vote", "a dozen staff meet").
_GROUP_NOUNS = frozenset({"few", "dozen", "couple", "handful", "lot", "number", "group",
                          "pair", "trio", "majority", "minority", "score", "host"})
_NOT_A_MODIFIER = frozenset({"<name>", "he", "she", "it", "they", "we", "i", "you", "there",
                             "today", "tonight", "tomorrow", "now", "then", "time", "week",
                             "month", "year", "future", "turn", "part", "which", "who",
                             "that"})
_PREPOSITIONS = frozenset({"on", "in", "at", "by", "late", "early", "during", "last", "this",
                           "yesterday", "today", "earlier", "later", "to", "from", "after",
                           "before", "over", "through", "via", "again", "also", "then"})
_RELATIVE = frozenset({"which", "who", "whom", "whose", "where"})
#: Determiners after which a past participle is an adjective ("the damaged bridge"); not
#: "that", which also leads a relative clause's verb ("the storm that flooded"); "every" too
#: ("to write to every affected customer"; session 30; not "each", which floats before a
#: verb: "the two firms each reported").
_ADJECTIVE_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your",
                               "this", "these", "those", "my", "every"})
_LINKING = LINKING_PRESENT | LINKING_PAST
#: The future's auxiliaries before a linking verb ("will stay open", "'ll remain shut").
_WILL = frozenset({"will", "'ll", "shall", "won't", "shan't"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
#: Words after a participle that end a state ("closed until Friday", "shut through Sunday",
#: a post's "closed til the 3rd": session 23).
_STATE_ENDS = (["until"], ["till"], ["til"], ["through"], ["thru"])
#: Prepositions of time between such a word and the expression: the word led a place, not the
#: state's end ("marched through the capital on Saturday": a journey; session 26).
_THROUGH_PLACE = frozenset({"on", "at", "in", "during"})
#: Adverbs that may stand before such a participle ("then closed until ..."), not "be"/"been".
_STATE_ADVERBS = ADVERBS - {"be", "been", "not", "n't"}
_NOT_INFINITIVE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that",
                             "these", "those", "<name>", "our", "my", "your", "some", "any"})
#: Words that may open a sentence capitalised without being names.
_FUNCTION_WORDS = _NOUN_BEFORE | _PRONOUNS | COMPLEMENTISERS | FUTURE_MODALS | PRESENT_BE \
    | PAST_AUX | _DO | frozenset({"when", "while", "as", "after", "before", "since", "then"})
_CONTRACTIONS = (("'re", "are"), ("'ve", "have"), ("'m", "am"))
#: Words that may start the object of a bare verb ("plan a go-slow", "plan to").
_OBJECT_START = frozenset({"a", "an", "the", "to", "their", "its", "his", "her", "new",
                           "further", "more", "another", "two", "three", "talks"})


#: Posts' negative modals without their apostrophe ("cant", "couldnt"; not "wont", a noun).
_BARE_NEGATIVE_MODALS = {"cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't",
                         "shouldnt": "shouldn't"}
#: ``_norm`` of each word seen (defined below).
_NORMED = Memo(lambda word: _norm(word))


def normed(words: list[str]) -> list[str]:
    """``_norm`` of each word, memoised."""
    return list(map(_NORMED.__getitem__, words))


def _norm(word: str) -> str:
    w = word.replace("’", "'")
    if w.endswith("'ll"):
        return "will"
    if w == "im":  # "im going saturday": posts drop the apostrophe of "I'm"
        return "am"
    if w in POST_HAVE_SPELLINGS:  # "ive read one chapter": "I've" without its apostrophe
        return "have"
    if w in _BARE_NEGATIVE_MODALS:  # "cant do weds": "can't" without its apostrophe (s30)
        return _BARE_NEGATIVE_MODALS[w]
    for tail, full in _CONTRACTIONS:
        if w.endswith(tail):
            return full
    if w[0].isupper() and w != "I" and (w == "May" or w.lower() not in _FUNCTION_WORDS):
        # a capitalised word is a name ("United States"), not a verb; "May" is the month or a
        # name ("on Thursday 1 May, at 9:00"), never the modal that would send times ahead
        return "<name>"
    return w.lower()


def _is_ed(w: str) -> bool:
    return len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED and (
        "-" not in w or w.partition("-")[0] in _VERB_PREFIXES)


#: Prefixes of a hyphenated verb ("re-elected", "co-founded"); any other hyphenated "-ed" word is
#: a compound adjective ("state-owned", "long-awaited", "debt-laden"; session 19).
_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "over", "under", "out", "mis", "non",
                            "cross", "double", "counter", "fast", "sub"})


def is_past_form(w: str) -> bool:
    """Whether the lower-case word ``w`` may be a past verb: an irregular past ("cut", "went")
    or an "-ed" form of five letters or more that is no known non-past ("need", "seed")."""
    return w in IRREGULAR_PAST or _is_ed(w)


#: Determiners of one thing (or of a thing owned) before a singular noun phrase that a
#: relative clause's invariant past follows ("a storm that hit", "the firm which cut").
_ONE_THING = frozenset({"a", "an", "the", "this", "its", "their", "his", "her", "our", "one"})
_RELATIVE_THAT = frozenset({"that", "which"})


def _relative_past(words: list[str], i: int) -> bool:
    """Whether the invariant form at ``i`` ("hit", "cut", "set") follows "that"/"which" and a
    singular noun phrase of one or two words after a determiner ("a storm that hit", "the
    regional bank which cut"): its past, as a singular present would be "hits" (session 24,
    round 2); not after a plural ("storms that hit the coast every winter")."""
    if i < 3 or words[i - 1] not in _RELATIVE_THAT:
        return False
    noun = words[i - 2]
    if noun != "<name>" and (not noun.isalpha() or (noun.endswith("s") and not
                                                     noun.endswith("ss"))
                             or noun in PLURAL_NOUNS or noun in _AUX or noun in _PRONOUNS):
        return False
    if words[i - 3] in _ONE_THING:
        return True
    return i > 3 and words[i - 4] in _ONE_THING and (words[i - 3].isalpha()
                                                       or words[i - 3] == "<name>") \
        and words[i - 3] not in _MAYBE_VERB


#: Words after "moves" that make it a verb of going ("moves to Oslo", "moves up a round").
_MOVES_ON = frozenset({"to", "into", "up", "back", "forward", "ahead", "across", "over", "on",
                       "indoors", "inside", "online"})


def _plural_head_verb(words: list[str], i: int) -> bool:
    """Whether a present in -s right before the expression follows a plural noun after "of"
    ("Its board of trustees meets Thursday"): a plural modifies no noun, so the word is the
    verb of the phrase's head (session 30), not a noun as in "a sign of fresh talks"."""
    w, prev = words[i], words[i - 1]
    return i == len(words) - 1 and words[i - 2] == "of" and w.endswith("s") \
        and prev.endswith("s") and not prev.endswith(("ss", "us", "is", "'s"))


#: Prepositions before "the" and a name that make the name a noun's modifier: a bare form of a
#: scheduled-event verb after it is a noun ("from the Kodiak launch complex", "at the Senate
#: vote"); not "after"/"before"/"until"/"since", which also open a clause ("after the Lakers
#: play Sunday").
_NAME_MODIFIER_PREPS = frozenset({"of", "for", "in", "at", "with", "without", "from", "into",
                                  "near", "outside", "inside", "across", "toward", "towards"})


def _named_modifier(words: list[str], i: int) -> bool:
    """Whether the bare verb form at ``i`` follows a preposition, "the" and one or more names
    ("from the Kodiak launch complex at 8 p.m."): a noun compound's head (session 30, round 2)."""
    k = i - 1
    while k > 0 and words[k] == "<name>":
        k -= 1
    return k > 0 and words[k] == "the" and words[k - 1] in _NAME_MODIFIER_PREPS


def refused_telling(words: list[str]) -> bool:
    """Whether a verb group (lower-case words) is a refusal to tell ("would not say", "wouldn't
    comment", "could not confirm"): the refusal is reported, past, not a future."""
    if len(words) < 2 or words[-1] not in REFUSED_TELLING:
        return False
    head = words[0]
    if head in ("wouldn't", "couldn't", "wouldn’t", "couldn’t"):
        return len(words) == 2
    return head in ("would", "could") and words[1:-1] in (["not"], ["n't"])


def _verbish(words: list[str], i: int) -> bool:
    w = words[i]
    if w in _AUX and w not in ADVERBS:
        return True
    if w in RELATIVE_INVARIANT_PAST:
        return _relative_past(words, i)
    if w in FACING:
        return _faces_fixture(words, i)
    if i > 0 and w in _NOUN_OR_VERB and _noun_in_place(words, i):
        return False  # "200 head of cattle", "in line with forecasts": a noun (session 24)
    if w == "moves" and (words[i + 1] if i + 1 < len(words) else "") not in _MOVES_ON:
        return False  # "tracking protectionist moves, and on Monday": a noun; "the meeting
        # moves to Oslo on Saturday" goes somewhere (session 24, round 2)
    if w in NOUNISH:
        return i + 1 < len(words) and words[i + 1] in _OBJECT_START and (
            i == 0 or words[i - 1] not in _NOUN_BEFORE)
    if _is_ed(w) and i > 0 and words[i - 1] in _ADJECTIVE_BEFORE:
        return False  # "the damaged bridge", "a delayed report": an adjective of the noun
    if w in FORWARD_NOUNS and i > 0 and words[i - 1] in _ADJECTIVE_BEFORE:
        return False  # "issued its forecast on Wednesday": a noun
    if w in IRREGULAR_PAST and i > 0 and words[i - 1] in WHOLE_BEFORE:
        return False  # "full cast please", "the whole set": a noun (session 25)
    if w in FORWARD_VERBS or w in IRREGULAR_PAST or w in REPORTING or _is_ed(w):
        return True
    if w in REFUSED_TELLING:  # "would not disclose", "couldn't identify": a refusal's verb
        return refused_telling(words[i - 1:i + 1]) or refused_telling(words[max(0, i - 2):i + 1])
    if w == "to":
        if i + 1 < len(words) and words[i + 1] in _NOT_INFINITIVE:
            return False  # "due to the strike", "agreed to a deal"
        return i > 0 and (words[i - 1] in FORWARD_BEFORE_TO or words[i - 1] in FORWARD_VERBS
                          or _is_ed(words[i - 1]) or words[i - 1] in IRREGULAR_PAST)
    if w in SCHEDULED_PRESENT:
        if i > 0 and (words[i - 1] in _NOUN_ADJECTIVES or (
                words[i - 1] not in _AUX and is_past_form(words[i - 1]))):
            return False  # "published new rules", "held talks": a past verb's object, a noun
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and nxt not in _AUX and (is_past_form(nxt) or nxt in _INVARIANT_PARTICIPLES):
            return False  # "with 8,412 votes cast on Thursday": a noun and its participle
        if (i > 1 and words[i - 2] in _PREPOSITION_NOUN and words[i - 1] not in _NOT_A_MODIFIER
                and not any(map(str.isdigit, words[i - 1]))
                and not _plural_head_verb(words, i)):
            # "no evidence of foul play", "for a new release": a noun phrase; an amount
            # between ends the phrase ("priced at $40, go on sale"), so the verb is a clause's
            return False
        if i > 1 and _is_ed(words[i - 1]) and (words[i - 2] in _ADJECTIVE_BEFORE or (
                i > 2 and words[i - 3] in _ADJECTIVE_BEFORE)):
            return False  # "their only televised debate": a participle and a determiner before
        if not w.endswith("s") and i > 2 and words[i - 1] == "<name>" and _named_modifier(words, i):
            return False  # "from the Kodiak launch complex": a name's noun, not "the Lakers play"
        if not w.endswith("s") and i > 1 and (words[i - 2] in _SINGULAR_BEFORE or (
                i > 2 and words[i - 3] in _SINGULAR_BEFORE and words[i - 2] not in _GROUP_NOUNS
                and not words[i - 1].endswith("s"))):
            return False  # "a budget vote", "a key confidence vote": a singular subject would
            # take "votes", so a bare form after "a" and a word or two is a noun
        return i == 0 or words[i - 1] not in _NOUN_BEFORE or (
            words[i - 1] == "that" and w.endswith("s") and w in CALENDAR_PRESENT
            and i >= len(words) - 2)
        # "the year that begins Oct. 1": a relative clause's calendar verb right before the
        # expression, as "that" before a plural in -s is no determiner (session 24; further
        # away it cost a blind check batch; not "the opera that premieres Thursday
        # disappointed", a key of session 15)
    if w == "for":  # "is set for Tuesday" (not "is set in Glasgow"): the group's end
        return i > 1 and words[i - 1] == "set" and (
            words[i - 2] in PRESENT_BE or words[i - 2] in PAST_AUX)
    return False


def _grows(words: list[str], j: int) -> bool:
    """Whether words[j] belongs to the verb group of the word after it."""
    w, nxt = words[j], words[j + 1]
    if w in _AUX or w == "to" or (w == "set" and nxt == "for"):
        return True
    return nxt == "to" and (w in FORWARD_BEFORE_TO or w in FORWARD_VERBS or _is_ed(w)
                            or w in IRREGULAR_PAST)


def classify(group: list[str]) -> str:
    """The tense of one verb group (lower-case words in text order); "" when undecided."""
    g = [w for w in group if w not in ADVERBS or w in ("be", "been")]
    if not g:
        return ""
    if "likely" in group and "to" in group:
        t = group.index("to")
        if t == group.index("likely") + 1 and group[t + 1:t + 2] != ["have"]:
            return "future"  # "was likely to return": a forecast, told from the past too (s24
            # r2); the adverb list drops "likely", so "to" would read only "was"
    if "to" in g:
        k = len(g) - 1 - g[::-1].index("to")
        before, after = g[:k], g[k + 1:]
        if before and (before[-1] in FORWARD_BEFORE_TO or before[-1] in FORWARD_VERBS):
            return "past" if any(w in ("had", "hadn't") for w in before) else "future"
        if after[:1] == ["be"]:
            return "future"  # "to be held"
        if not before:
            return ""  # a bare infinitive: the verb governing it decides
        g = before
    for n, w in enumerate(g):
        if w in FUTURE_MODALS:  # "will have left" looks back; "will have turkey" ahead
            return "past" if "have" in g[n + 1:-1] else "future"
    if any(w in _PAST_MARK for w in g):
        return "past"
    if any(w in _PERFECT for w in g):
        return "past" if len(g) > 1 else "present"
    head = g[-1]
    if any(w in PRESENT_BE for w in g):
        # "is set for Tuesday": a present "set" schedules, as "is slated" does
        return "future" if head in FORWARD_VERBS or g[-2:] == ["set", "for"] else "present"
    if head in FORWARD_VERBS:
        return "future"
    if head in REPORTING:
        return "present" if head.endswith("s") or head in ("say", "tell", "think") else "past"
    if is_past_form(head):
        return "past"
    if head in SCHEDULED_PRESENT or head in FACING:
        return "future"  # ``_verbish`` took "face(s)" only before a fixture's object
    return ""


#: Determiners a fixture's event may take after "face(s)" ("faces a run-off").
_FACED_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _faces_fixture(words: list[str], i: int) -> bool:
    """Whether "face(s)" at ``i`` is a verb of a fixture or a vote ahead: its object is a
    name ("Linford face Hollinsbury", as ``normed`` reads it) or an event of ``FACED_EVENTS``
    ("faces a run-off"), and no determiner or preposition makes it a noun ("the face of").
    """
    if i > 0 and (words[i - 1] in _NOUN_BEFORE or words[i - 1] in _NOUN_PREPOSITIONS):
        return False
    nxt = words[i + 1:i + 3]
    if nxt[:1] == ["<name>"]:
        return True
    if nxt[:1] and nxt[0] in _FACED_DETERMINERS:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in FACED_EVENTS


#: ``classify`` of each verb group seen (as a tuple): a few hundred groups recur.
_CLASSIFIED = Memo(lambda group: classify(list(group)))


def _participle(nxt: list[str]) -> bool:
    return bool(nxt) and (nxt[0] in PARTICIPLES or _is_ed(nxt[0]) or nxt[0].endswith("en"))


def _reports_clause(head: str, between: list[str]) -> bool:
    """Whether a reporting verb introduces a clause holding the expression (then it does not
    decide the expression's tense)."""
    if any(w in COMPLEMENTISERS or w in _PRONOUNS for w in between):
        return True
    return bool(between) and head in SAY_VERBS and between[0] not in _PREPOSITIONS


#: Whether ``_verbish`` may accept a word at all, memoised: the verb-group scans test every
#: word of a window, and few pass.
_MAYBE = Memo(lambda w: w in _MAYBE_VERB or w.endswith("ed"))
#: The same, or a relative pronoun (which ends the right-hand search).
_MAYBE_OR_RELATIVE = Memo(lambda w: w in _RELATIVE or _MAYBE[w])


def group_before(words: list[str]) -> tuple[Tense | None, bool]:
    """The nearest verb group left of the expression; the flag says a reporting verb
    introduced the expression's clause (so the left side is done)."""
    i = len(words) - 1
    maybe = _MAYBE
    infinitive = -1  # where a bare infinitive's group starts, once one is read
    for k in compress(range(i, -1, -1), map(maybe.__getitem__, reversed(words))):
        if k > i or not _verbish(words, k):  # right to left, read lazily
            continue
        i = k
        j, stop = i, max(0, i - 6)
        while j > stop and _grows(words, j - 1):
            j -= 1
        group = words[j:i + 1]
        k = j - 1 - (j > 1 and (words[j - 1] in ADVERBS or words[j - 1].endswith("ly")))
        if k >= 0 and words[k] == "as" and _participle(group[-1:]) \
                and all(w in ADVERBS for w in group[:-1]):
            i = k - 1  # "began as (originally) planned Saturday": a comparison, not the verb
            continue
        if words[i + 1:i + 2] in _STATE_ENDS and _participle(group[-1:]) \
                and all(w in _STATE_ADVERBS for w in group[:-1]) \
                and _THROUGH_PLACE.isdisjoint(words[i + 3:]):
            i -= 1  # "kept the markets closed until Friday", "will stay closed through Friday":
            # a state, not the clause's verb; "then closed til the 3rd" too (session 23)
            continue
        label = _CLASSIFIED[tuple(group)] or _invariant_past(group)
        if len(group) == 1 and i > 0 and words[i - 1] in _LINKING:
            group = words[i - 1:i + 1]  # "remain closed": a state, the linking verb's tense
            label = "past" if group[0] in LINKING_PAST else "present"
            if i > 1 and label == "present" and words[i - 2] in _WILL:
                group, label = words[i - 2:i + 1], "future"  # "will stay open" (session 23)
        if label == "future" and len(group) == 1 and _compared_forecast(words, j):
            label = "past"  # "lower than it forecast in March": the forecast was made then
        if label and len(group) == 1 and (did := _did_before_subject(words, j)):
            label, group = "past", [did, *group]  # "did the ferry sail on Monday?" (s17)
        if label == "present" and group[-1] in _PERFECT and _participle(words[i + 1:i + 2]):
            label, group = "past", group + words[i + 1:i + 2]  # "have come down"
        if label == "past" and _voted_to(group):
            label = "future"  # "voted to close the school in June" (session 22)
        if label and label != "future" and infinitive >= 0 and infinitive - i <= _TO_REACH \
                and (group[-1] in FORWARD_BEFORE_TO or group[-1] in VOTE_BEFORE_TO) \
                and len(group) == 1:
            # "voted 8-3 Wednesday night to close the school at the end of June": a decision's
            # infinitive looks ahead of it, a few words after the verb too (session 22)
            return Tense("future", " ".join([*group, *words[infinitive:infinitive + 2]])), False
        if label:
            if group[-1] in REPORTING and _reports_clause(group[-1], words[i + 1:]):
                return None, True
            return Tense(label, _cue(group, words[i + 1:i + 2])), False
        if group[0] == "to" and len(group) == 2 and infinitive < 0:
            infinitive = j
        i = j - 1
    return None, False


def _invariant_past(group: list[str]) -> str:
    """ "past" for a group that is one invariant form ``_verbish`` took after "that"/"which"
    and a singular noun ("a storm that hit"; ``_relative_past``), else ""."""
    return "past" if len(group) == 1 and group[0] in RELATIVE_INVARIANT_PAST else ""


#: How far (in words) a verb of deciding may stand before its bare infinitive ("voted 8-3
#: Wednesday night to close").
_TO_REACH = 6


def _voted_to(group: list[str]) -> bool:
    """Whether a verb group is a vote's verb, "to" and an infinitive ("voted to close")."""
    if "to" not in group:
        return False
    k = len(group) - 1 - group[::-1].index("to")
    return 0 < k < len(group) - 1 and group[k - 1] in VOTE_BEFORE_TO


#: The past of do-support, which a question or an emphasis puts before the subject.
_DID = _DO & _PAST_MARK


def _did_before_subject(words: list[str], j: int) -> str | None:
    """The "did" a bare verb at ``j`` hangs on across its subject ("did the ferry sail", "didn't
    the parish council meet"): a subject of one to three words between, none of them a verb
    or an auxiliary ("Did" opening a question is normed to "did"). A verb with an -s ("did
    you hear the ferry sails") has a subject of its own."""
    if words[j].endswith("s"):
        return None
    for k in range(j - 1, max(-1, j - 5), -1):
        if words[k] in _DID:
            return words[k] if k < j - 1 else None  # a subject between: not "did sail"
        if words[k] in _MAYBE_VERB:
            return None
    return None


def _compared_forecast(words: list[str], j: int) -> bool:
    """Whether the forward verb at ``j``, in a past form ("forecast", "projected"), follows a
    comparison's opener and its subject ("than it", "as the bank"): a forecast already made."""
    head = words[j]
    if head != "forecast" and not _is_ed(head):
        return False
    subject = words[max(0, j - 4):j]
    for k in range(len(subject) - 2, -1, -1):
        if subject[k] in COMPARISON_OPENERS:
            return not any(w in _AUX or w in FORWARD_VERBS for w in subject[k + 1:])
    return False


def group_after(words: list[str]) -> Tense | None:
    if words[:1] == ["'s"]:
        words = words[2:]  # "Friday's attack killed four": skip the noun it owns
    for k in compress(range(len(words)), map(_MAYBE_OR_RELATIVE.__getitem__, words)):
        if words[k] in _RELATIVE:
            return None  # "Tuesday's declaration by Ford, which holds": another clause
        if not _verbish(words, k):
            continue
        if words[k] == "to" and k > 0 and _grows(words, k - 1):
            k -= 1  # "want to": the group starts at the verb before "to"
        e = k + 1
        while e < len(words) and e - k < 6 and (words[e - 1] in _AUX or words[e - 1] == "to"
                                                 or (words[e] == "to" and _grows(words, e - 1))):
            e += 1
        group = words[k:e]
        label = _CLASSIFIED[tuple(group)] or _invariant_past(group)
        if label == "future" and group[1:2] == ["to"] and _is_ed(group[0]) \
                and group[0] in FORWARD_BEFORE_TO:
            # "The county board on Tuesday agreed to fund ...": a day before a past verb of
            # deciding dates the decision, not its infinitive (session 27)
            return Tense("past", group[0])
        if label:
            return Tense(label, _cue(group, words[e:e + 1]))
    return None


def _cue(group: list[str], following: list[str]) -> str:
    """The group as quoted in explanations ("would meet", not "would")."""
    if group[-1] in _AUX or group[-1] == "to":
        group = group + following
    return " ".join(group)


#: Every word that can make a verb group past (``classify``, and ``group_before``'s linking verbs
#: and perfects), besides the -ed forms: a clause none of whose words is one (``tense._PAST_CUE``)
#: is never past, whatever its groups (``tense.PieceWords.may_be_past``).
PAST_CUES = _PAST_MARK | _PERFECT | REPORTING | IRREGULAR_PAST | LINKING_PAST \
    | RELATIVE_INVARIANT_PAST
