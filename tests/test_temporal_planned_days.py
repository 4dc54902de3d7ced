"""Days a wire story plans, forecasts or sets as a deadline lie ahead of the publication date,
whatever the tense of the verb that arranged them (session 11, newswire): an event arranged
"for" a day ("set the hearing for May 22", "organised a picnic for Friday night"), a deadline
given "until" a day ("gave the parties until Friday to reply"), a possibility forecast
("forecasters warned it could reach the coast late Wednesday"), a forecast that "calls for"
weather on a day, and a headline's infinitive ("Ferry service to resume Tuesday"). A
possibility merely said ("could sail Monday, its owner said") keeps the weak future's
reading (``test_temporal_explicit_future_flag.py``). Invented sentences; published Wednesday
13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from tagged_values import value_of

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    # an event arranged for a day: ahead, whatever the arranging verb's tense
    ("Magistrate Orla Vinter set sentencing for June 28 and released the clerk on bail.",
     "June 28", "2024-06-28"),
    ("The judge set a hearing for Friday and adjourned the case.", "Friday", "2024-03-15"),
    ("Neighbours have organised a goodbye picnic for Friday night.", "Friday night",
     "2024-03-15TNI"),
    ("The guild arranged a vote for Monday, its secretary said.", "Monday", "2024-03-18"),
    ("The club booked a dinner for Saturday.", "Saturday", "2024-03-16"),
    # a deadline given until a day: ahead
    ("She gave the two firms until Friday to submit their bids.", "Friday", "2024-03-15"),
    ("The panel granted the ferry owners until Monday to respond.", "Monday", "2024-03-18"),
    # a possibility ahead: could, may, might before the verb
    ("Forecasters warned the storm could reach the coast late Thursday.", "late Thursday",
     "2024-03-14"),
    ("Forecasters predicted the cold front could arrive Friday morning.", "Friday morning",
     "2024-03-15TMO"),
    ("The agency warned the river might crest Saturday.", "Saturday", "2024-03-16"),
    # a forecast that calls for weather on a day
    ("The forecast calls for a low of 6 below zero Friday night.", "Friday night",
     "2024-03-15TNI"),
    ("The outlook calls for heavy rain Saturday.", "Saturday", "2024-03-16"),
    # a headline's infinitive looks ahead
    ("Ferry service to resume Tuesday on the Brannock line", "Tuesday", "2024-03-19"),
    ("Wage talks to restart Monday", "Monday", "2024-03-18"),
    ("Night buses to run every 20 minutes from Sunday", "Sunday", "2024-03-17"),
    # unchanged: told of the past
    ("The judge set out her reasons on Monday.", "Monday", "2024-03-11"),
    ("The party for Friday night was cancelled, organisers said.", "Friday night",
     "2024-03-08TNI"),
    ("The talks ran until Friday to no avail.", "Friday", "2024-03-08"),
    ("The storm could not reach the coast Monday, forecasters said.", "Monday", "2024-03-11"),
    ("The ferry could sail Monday, its owner said.", "Monday", "2024-03-11"),  # as before
    ("The hearing, set for Monday, was held in private.", "Monday", "2024-03-11"),
    ("Crews went to work Monday on the Brannock line.", "Monday", "2024-03-11"),
])
def test_planned_days(text: str, span: str, want: str) -> None:
    assert value_of(text, span, DCT) == want
