"""Session 28's weekdays and months told ahead or behind in news prose: a bare weekday joined by
"and"/"or" to one named right before it hangs on the same word ("more snow is likely Thursday
and Friday"), a plan's weekday after a past verb of deciding and its to-infinitive counts from
the day the plan was made ("agreed Monday night to return to work Wednesday"), an irregular
past the tense reader did not know ("her lead shrank through Wednesday"), and a passive
participle qualifying a noun in a modal future's clause, no verb of that clause ("would cut
tariffs on goods traded in the region ..., beginning in January"). Every sentence is written for
this project; each table holds cases that fail on the code before the session and near-misses
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

# Tuesday 5 March 2024, Friday 8 March 2024, Tuesday 21 May 2024.
TUE = date(2024, 3, 5)
FRI = date(2024, 3, 8)
MAY = date(2024, 5, 21)

#: A news paragraph before the sentence under test: a story longer than a post, whose
#: verbless day would otherwise be read as a post's note.
LEAD = ("The county opened two shelters overnight and asked residents of low-lying streets to "
        "move their cars, and volunteers filled sandbags at the fire station until dawn, "
        "officials said. Schools will stay shut until further notice. ")


def _check(text: str, dct: date, want: list[tuple[str, str, str]]) -> None:
    found = {(m.text, m.type, m.value) for m in tag_text(text, dct)}
    for item in want:
        assert item in found, (item, sorted(found))


# --- a weekday joined to the one before it: the same word governs both --------------------------
JOINED = [
    ("More snow is likely Thursday and Friday, and the pass is not expected to reopen until "
     "next week.", [("Thursday", "DATE", "2024-03-07"), ("Friday", "DATE", "2024-03-08")]),
    ("Showers are likely Saturday or Sunday, and the lake is not expected to drop.",
     [("Saturday", "DATE", "2024-03-09"), ("Sunday", "DATE", "2024-03-10")]),
    ("Gales are likely Wednesday and Thursday, and ferries may be cancelled.",
     [("Wednesday", "DATE", "2024-03-06"), ("Thursday", "DATE", "2024-03-07")]),
    # must stay: a past clause, a joined pair a verb after governs, a deadline
    ("More storms on Saturday and Sunday flooded the valley.",
     [("Saturday", "DATE", "2024-03-02"), ("Sunday", "DATE", "2024-03-03")]),
    ("Crews worked Monday and Tuesday, and the road was reopened.",
     [("Monday", "DATE", "2024-03-04"), ("Tuesday", "DATE", "2024-03-05")]),
    ("Officials expect a decision by Thursday or Friday.",
     [("Thursday", "DATE", "2024-03-07"), ("Friday", "DATE", "2024-03-08")]),
    ("Rain fell Saturday and Sunday, and the river rose.",
     [("Saturday", "DATE", "2024-03-02"), ("Sunday", "DATE", "2024-03-03")]),
]


@pytest.mark.parametrize(("text", "want"), JOINED)
def test_a_joined_weekday_reads_as_the_first(text, want) -> None:
    _check(LEAD + text, TUE, want)


# --- a plan made on a day named before it: counted from that day ---------------------------------
PLANNED = [
    ("Bus drivers voted Sunday to return to work Thursday.", [("Thursday", "DATE", "2024-03-07")]),
    ("The union agreed Monday night to end the strike Wednesday after a pay offer.",
     [("Wednesday", "DATE", "2024-03-06")]),
    ("Council members pledged on Monday to reopen the library Friday.",
     [("Friday", "DATE", "2024-03-08")]),
    # must stay: no infinitive, a pluperfect, no day the plan was made on
    ("The union agreed Monday to a new contract.", [("Monday", "DATE", "2024-03-04")]),
    ("The drivers had agreed on Monday to return Thursday, but the deal fell apart.",
     [("Monday", "DATE", "2024-03-04"), ("Thursday", "DATE", "2024-02-29")]),
    ("The drivers agreed to return to work Thursday.", [("Thursday", "DATE", "2024-02-29")]),
    ("Bus drivers voted Sunday and returned to work Monday.", [("Monday", "DATE", "2024-03-04")]),
]


@pytest.mark.parametrize(("text", "want"), PLANNED)
def test_a_plan_counts_from_the_day_it_was_made(text, want) -> None:
    _check(text, TUE, want)


# --- an irregular past the tense reader now knows ----------------------------------------------
PAST = [
    ("She led by 300 votes at midnight, but the margin shrank through Wednesday as ballots came "
     "in.", [("Wednesday", "DATE", "2024-03-06")]),
    ("The currency slid Wednesday after the report.", [("Wednesday", "DATE", "2024-03-06")]),
    ("Oil prices sprang back Thursday on supply fears.", [("Thursday", "DATE", "2024-03-07")]),
    # must stay: a future, a past already known
    ("The margin will shrink through Wednesday, analysts said.",
     [("Wednesday", "DATE", "2024-03-13")]),
    ("The currency fell Wednesday after the report.", [("Wednesday", "DATE", "2024-03-06")]),
]


@pytest.mark.parametrize(("text", "want"), PAST)
def test_an_irregular_past_reads_behind(text, want) -> None:
    _check(text, FRI, want)


# --- a participle after a modal's object keeps its own past (session 28, after the read) -------
# A rule that read "would cut duties on grain shipped ... starting in January" as ahead sent
# "would recover from the crisis, caused by a fire ... on 14 March" to next year in real news:
# withdrawn; these must stay.
REDUCED = [
    ("The airline would recover from the crisis, caused by a fire at its main hangar on 14 "
     "March, within two years.", [("14 March", "DATE", "2024-03-14")]),
    ("The well could be sealed this week, gushing oil since the blast of April 2 at the "
     "platform, engineers said.", [("April 2", "DATE", "2024-04-02")]),
    # must stay: the participle's own month, a relative clause with a subject, "that" and a past
    ("The bank will sell loans issued in January.", [("January", "DATE", "2024-01")]),
    ("The fund would buy bonds issued by the city in January.", [("January", "DATE", "2024-01")]),
    ("The fund will buy bonds the city issued in January.", [("January", "DATE", "2024-01")]),
    ("Analysts would say that exports dropped in February.", [("February", "DATE", "2024-02")]),
    ("Grain shipped across the border in January rose 4 percent.",
     [("January", "DATE", "2024-01")]),
]


@pytest.mark.parametrize(("text", "want"), REDUCED)
def test_a_participle_keeps_its_past_in_a_modal_clause(text, want) -> None:
    _check(text, MAY, want)
