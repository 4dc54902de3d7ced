"""The clause-tense function: the verb group governing an expression decides, not a reporting
verb; and how weekdays resolve with it (DCT 2022-05-07, a Saturday)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

from summarize.temporal.tense import clause_tense
from summarize.temporal.verb_groups import classify

#: (sentence, expression, expected tense label, words of the deciding verb group)
TENSES = [
    # modals and forward-looking verbs before a to-infinitive look ahead
    ("Kessler said the council would meet again on Thursday.", "Thursday", "future",
     "would meet"),
    ("He said he hoped to bring both sides into the same room on Thursday.", "Thursday",
     "future", "hoped to bring"),
    ("The society said it hoped a corridor could open on Wednesday.", "Wednesday", "future",
     "could open"),
    ("Hauliers plan a go-slow on the coast road from Wednesday.", "Wednesday", "future",
     "plan"),
    ("The minister is due to make a statement at 3 p.m.", "3 p.m.", "future", "is due to make"),
    ("The first of them are expected on Monday.", "Monday", "future", "are expected"),
    ("The treaty is to be signed on Friday.", "Friday", "future", "is to be signed"),
    ("They'll vote on Tuesday.", "Tuesday", "future", "will vote"),
    ("Officials expect the list to grow before the corridor closes on Friday.", "Friday",
     "future", "closes"),
    ("The new rules take effect June 1.", "June 1", "future", "take"),
    # past verbs, perfects and passives look back
    ("Two carriers said on Tuesday that they had already rerouted calls.", "Tuesday", "past",
     "said"),
    ("The minister, who met both sides on Thursday, is due to speak.", "Thursday", "past",
     "met"),
    ("A mediator named by the government on Friday is due to hold talks.", "Friday", "past",
     "named"),
    ("It had been due to expire on Friday.", "Friday", "past", "had been due to expire"),
    ("He would have met them on Monday.", "Monday", "past", "would have met"),
    ("The union had tried to meet him on Monday.", "Monday", "past", "had tried to meet"),
    ("Oil prices have come down since October.", "October", "past", "have come"),
    ("Bush told a news conference on Tuesday that the ban might be extended.", "Tuesday",
     "past", "told"),
    # the verb on the right decides when none is on the left
    ("On Tuesday, the two sides conferred in Washington.", "Tuesday", "past", "conferred"),
    ("Friday's attack killed four people.", "Friday", "past", "killed"),
    ("On Monday the council will decide.", "Monday", "future", "will decide"),
    # nouns are not verbs, and a reporting verb does not date the clause it introduces
    ("They signed an economic cooperation plan Friday.", "Friday", "past", "signed"),
    ("The United States on Monday sent envoys.", "Monday", "past", "sent"),
    ("The vote on Monday was close.", "Monday", "past", "was close"),
    ("Police said the march on Monday.", "Monday", "", ""),
    ("Talks on Monday.", "Monday", "", ""),
]


@pytest.mark.parametrize("text,span,label,cue", TENSES)
def test_clause_tense(text: str, span: str, label: str, cue: str) -> None:
    i = text.index(span)
    tense = clause_tense(text, i, i + len(span))
    assert (tense.label, tense.cue) == (label, cue)


@pytest.mark.parametrize("group,label", [
    (["would", "meet"], "future"), (["would", "have", "met"], "past"),
    (["is", "due", "to"], "future"), (["had", "been", "due", "to", "expire"], "past"),
    (["tried", "to", "meet"], "past"), (["to", "be", "held"], "future"),
    (["has", "been", "named"], "past"), (["is", "held"], "present"),
    (["are", "expected"], "future"), (["says"], "present"), (["said"], "past"),
    (["met"], "past"), (["meets"], "future"), (["house"], ""), (["to", "meet"], ""),
])
def test_classify_verb_groups(group: list[str], label: str) -> None:
    assert classify(group) == label


#: Weekdays resolved through the tense (DCT Saturday 2022-05-07).
WEEKDAYS = [
    ("Kessler said the two sides would meet again on Thursday.", "Thursday", "2022-05-12"),
    ("He said he hoped to bring both sides together on Monday.", "Monday", "2022-05-09"),
    ("Hauliers plan a go-slow from Wednesday.", "Wednesday", "2022-05-11"),
    ("The minister, who met both sides on Thursday, is due to speak.", "Thursday",
     "2022-05-05"),
    # ahead on the publication date's own weekday is that day (session 18: news name the
    # day of publication by its weekday); a week on is "next Saturday"
    ("He said the convoy would try again on Saturday morning.", "Saturday morning",
     "2022-05-07TMO"),
    ("The council will meet on Saturday.", "Saturday", "2022-05-07"),
    ("The council will meet next Saturday.", "next Saturday", "2022-05-14"),
    ("The council will meet on Saturday, officials said today.", "Saturday", "2022-05-07"),
    ("The summit on Saturday was tense.", "Saturday", "2022-05-07"),
    ("Police said on Friday that two men died.", "Friday", "2022-05-06"),
]


@pytest.mark.parametrize("text,span,value", WEEKDAYS)
def test_weekday_follows_the_governing_verb(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert m.value == value


def test_explanation_quotes_the_verb_group() -> None:
    m = mention("Kessler said the two sides would meet again on Thursday.", "Thursday")
    assert "future tense ('would meet')" in m.explanation
