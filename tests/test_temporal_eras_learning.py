"""Learning an era from dated day counts only when the counts agree on its first day."""

from __future__ import annotations

import random
from datetime import date, timedelta

from summarize.temporal import learn_eras, tag_text


def counts(phrase: str, start: date, days: list[int], late: dict[int, int] | None = None
           ) -> list:
    """The day-count mentions of articles reporting "day N of ``phrase``" on day N after
    ``start`` (``late``: day N -> days the report is published late or early)."""
    found = []
    for n in days:
        published = start + timedelta(days=n - 1 + (late or {}).get(n, 0))
        text = f"Ferries stayed idle on day {n} of {phrase}, a spokeswoman said."
        found.extend(m for m in tag_text(text, published) if m.rule.startswith("era_day"))
    assert len(found) == len(days)  # each sentence gives exactly one day count
    return found


def starts(mentions: list) -> dict[str, date]:
    return {era.phrases[0]: era.start for era in learn_eras(mentions)}


def test_one_storys_consistent_counts_learn_the_era() -> None:
    votes = counts("the lockout", date(2023, 6, 5), [2, 4, 7, 9, 15])
    assert starts(votes) == {"the lockout": date(2023, 6, 5)}


def test_counts_a_day_early_or_late_back_the_same_start() -> None:
    # Day 3 reported a day late and day 8 a day early: 3 of 5 votes on June 5, yet all 5 agree.
    votes = counts("the lockout", date(2023, 6, 5), [3, 5, 8, 10, 12], late={3: 1, 8: -1})
    assert starts(votes) == {"the lockout": date(2023, 6, 5)}
    # Two exact votes against one a day off each side: the exact start wins, not a neighbour.
    votes = counts("the blockade", date(2021, 1, 10), [2, 5, 6, 9], late={2: 1, 9: -1})
    assert starts(votes) == {"the blockade": date(2021, 1, 10)}


def test_two_stories_with_one_phrase_and_even_counts_learn_nothing() -> None:
    votes = [*counts("the walkout", date(2019, 9, 2), [3, 6, 11]),
             *counts("the walkout", date(2024, 2, 19), [2, 5, 8])]
    assert starts(votes) == {}


def test_a_clearly_dominant_story_is_learned() -> None:
    votes = [*counts("the walkout", date(2019, 9, 2), [3, 6, 11, 14, 20]),
             *counts("the walkout", date(2024, 2, 19), [2, 5])]
    assert starts(votes) == {"the walkout": date(2019, 9, 2)}


def test_many_stories_pooled_under_one_phrase_learn_nothing() -> None:
    votes = [m for k in range(12)
             for m in counts("the strike", date(2010, 3, 1) + timedelta(days=200 * k),
                             [2, 5, 9])]
    assert starts(votes) == {}
    # ... even when one of them has a few more votes than the others
    votes += counts("the strike", date(2010, 3, 1), [12, 13, 16, 20])
    assert starts(votes) == {}


def test_a_few_new_votes_cannot_move_a_learned_start_by_years() -> None:
    # Eight votes, four of them a day off (reports a day late or early): 4 on the start itself.
    kept = counts("the occupation", date(2020, 11, 16), [1, 2, 4, 5, 8, 12, 13, 21],
                  late={2: 1, 5: 1, 12: -1, 13: -1})
    assert starts(kept) == {"the occupation": date(2020, 11, 16)}
    for added in ([3], [3, 6], [3, 6, 10], [3, 6, 10, 11, 14]):
        later = counts("the occupation", date(2026, 7, 1), added)
        assert starts([*kept, *later]) == {"the occupation": date(2020, 11, 16)}


def test_learning_does_not_depend_on_the_mentions_order() -> None:
    votes = [*counts("the walkout", date(2019, 9, 2), [3, 6, 11, 14]),
             *counts("the Walkout", date(2019, 9, 2), [8], late={8: 1}),
             *counts("the walkout", date(2024, 2, 19), [2]),
             *counts("the siege", date(2022, 3, 1), [4, 9]),
             *counts("the blockade", date(2021, 1, 10), [2, 7])]
    expected = learn_eras(votes)
    assert [e.start for e in expected] == [date(2021, 1, 10), date(2022, 3, 1),
                                           date(2019, 9, 2)]
    shuffler = random.Random(15)
    for _ in range(20):
        shuffled = votes[:]
        shuffler.shuffle(shuffled)
        assert learn_eras(shuffled) == expected
