"""What may stand in a briefing: statements of what happened, never a reader's comment, a
question, a bare quote, a byline or a list fragment (sentences written for this project)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.summary import (
    _event_relevance,
    outside_quotes,
    summarize_entry,
    summary_worthy,
    topic_profile,
    topic_relevance,
)
from summarize.timeline import DatedSentence, TimelineEntry


def _sentence(text: str) -> DatedSentence:
    return DatedSentence("a", 0, 0, len(text), text, "Harbour Wire", date(2024, 5, 4), "mention")


def _entry(*texts: str) -> TimelineEntry:
    day = date(2024, 5, 4)
    return TimelineEntry("2024-05-04", "day", day, day,
                         tuple(_sentence(t) for t in texts))


@pytest.mark.parametrize("text", [
    "Dock workers at Port Valmora walked out on Monday , closing all 18 berths .",
    "The union said its members would stay out until the terminal company improves its offer .",
    "The US transport secretary said the strike had cost exporters 40 million crowns .",
    "The union leader said on Saturday that `` we will stay out as long as it takes '' .",
    "Obama - style rallies were held in Kelvan on 4 May as the strike entered its second week .",
    "Mediator Arvid Kessler said on 3 May that both sides had agreed to meet face to face .",
])
def test_statements_of_what_happened_are_worthy(text: str) -> None:
    assert summary_worthy(_sentence(text))


@pytest.mark.parametrize("text", [
    "Is it just me or has this strike gone on for far too long now ??",          # question
    "Why does the government not simply order the dockers back to work today ?",
    "I think the dockers are right and the company should pay them what they ask .",  # chatter
    "You people have no idea what it is like to live in Port Valmora these days .",
    "We have heard all of this before from the port company and nothing ever changes .",
    "Tom Bell May 4 , 2024 at 2:20 pm | Reply The strike has to end some time soon .",
    "Posted by : quayside22 | May 7 , 2024 9:02 AM | Report abuse Pay them what they ask .",
    "3 May : Dockers walk out at Port Valmora as talks with the terminal company collapse",  # list
    "- Dockers walk out at Port Valmora as talks with the terminal company collapse",
    "`` They can sack us all if they like , we are not going back , '' he said .",  # bare quote
    "Short fragment here .",
])
def test_comments_questions_lists_and_quotes_are_not(text: str) -> None:
    assert not summary_worthy(_sentence(text))


@pytest.mark.parametrize("text", [
    # Scare quotes do not make a reader's comment news: the I / us / you stand outside them.
    "I reckon they should just call it a \u201cgo-slow\u201d and stop pretending it is a strike .",
    "The harbour master called us \u201cweekend sailors\u201d but the crossing went fine .",
    "If you ask me the whole `` dispute '' was cooked up by the port company from the start .",
    "You could see the \u2018strike\u2019 was over when the first ferry sailed out on time .",
])
def test_reader_chatter_around_scare_quotes_is_not_worthy(text: str) -> None:
    assert not summary_worthy(_sentence(text))


@pytest.mark.parametrize("text", [
    # The I / we / you belong to the person quoted: the sentence reports what was said.
    "The union leader told reporters : \u201cWe will not go back until they pay us .\u201d",
    "What we want is a fair offer and nothing less ,\u201d the union leader said on Friday .",
    "The minister said the company \u201cmust pay what it owes you and your crews\u201d by May .",
    "Mediator Arvid Kessler said \"we are close to a deal\" after talks ended on 3 May .",
])
def test_speech_quoted_in_a_report_is_worthy(text: str) -> None:
    assert summary_worthy(_sentence(text))


def test_outside_quotes_drops_every_quotation() -> None:
    assert outside_quotes("He said \u201cwe stay\u201d and left .").split() == ["He", "said", "and",
                                                                              "left", "."]
    assert outside_quotes("we stay out ,\u201d she said .").split() == ["she", "said", "."]
    assert outside_quotes("She said : \u201cwe stay out").split() == ["She", "said", ":"]
    assert outside_quotes("The crews don\u2019t agree , he said .") == (
        "The crews don\u2019t agree , he said .")


def test_a_thin_summary_is_never_filled_with_comments_or_run_ons() -> None:
    good = "Dock workers at Port Valmora walked out on Monday , closing all 18 berths ."
    short = "Talks resumed on Monday ."
    run_on = ("Valmora dockers strike latest Port news in pictures Share this Most read Port "
              "Valmora dockers walk out as pay talks fail Ferry timetable for the summer The port "
              "company said it regretted the walkout Sign up for our newsletter Terms apply") + " ."
    chatter = "I think you should all stop moaning about the ferries ."
    day = date(2024, 5, 6)
    entry = TimelineEntry("2024-05-06", "day", day, day,
                          tuple(DatedSentence("a", i, 0, len(t), t, "Harbour Wire", day, "mention")
                                for i, t in enumerate([good, run_on, short, chatter])))
    assert [s.text for s in summarize_entry(entry, sentences=3)] == [good, short]


def test_a_date_told_only_in_long_sentences_keeps_one_but_never_a_comment() -> None:
    long_news = ("On Monday the harbour board , the two dockers' unions , the ferry operators and "
                 "the mayor of Valmora met for eleven hours in the town hall and agreed on a new "
                 "pay scale , a timetable for the berths , a review of the night shifts and a "
                 "fund for the families of injured dockers .")
    assert len(long_news.split()) > 45  # a run-on: too long to be summary-worthy
    long_chatter = ("I have lived by this harbour for forty years and I can tell you that nobody "
                    "on the board has ever cared about the people who actually work on the "
                    "quays , so why should we believe them now .")
    day = date(2024, 5, 6)
    entry = TimelineEntry("2024-05-06", "day", day, day,
                          tuple(DatedSentence("a", i, 0, len(t), t, "Harbour Wire", day, "mention")
                                for i, t in enumerate([long_chatter, long_news])))
    assert [s.text for s in summarize_entry(entry, sentences=2)] == [long_news]


def test_long_sentences_weigh_less_for_the_same_relevance() -> None:
    short = "Ash from the volcano closed airports across northern Europe ."
    doubled = short[:-2] + " , and ash from the volcano closed airports across northern Europe ."
    topic = topic_profile([_entry(short)])
    relevance = topic_relevance(topic, [short, doubled])
    assert relevance[0] == pytest.approx(relevance[1])  # the same words, the same share
    weighed = _event_relevance(topic, frozenset(), [short, doubled])
    assert weighed[1] < weighed[0]


@pytest.mark.parametrize("text", [
    # A reader's outburst: the sentence's own exclamation mark, not a quotation's.
    "The ferries were late again this morning and nobody at the port seems to care !",
    "Strike or no strike , the fish market in Kelvan still opened at six o'clock !",
    # Chat: doubled marks, emoticons, abbreviations.
    "Third cancelled crossing this week for the morning ferry to Kelvan :( again",
    "Good to see the dockers at Port Valmora finally standing up for themselves lol .",
    "The port company says it cannot afford it ?! It made a profit of 40 million last year .",
    # A comment signature: "At <time>, <name> wrote:".
    "At 09:12 4th May 2024 , quaysidefan wrote : the dockers deserve every penny of it .",
])
def test_outbursts_chat_and_comment_signatures_are_not_worthy(text: str) -> None:
    assert not summary_worthy(_sentence(text))


@pytest.mark.parametrize("text", [
    "The union leader shouted \u201cWe will not be moved !\u201d to the crowd at the gates .",
    "The crowd chanted \u201cPay up now !\u201d as the talks at the port ended on Friday evening .",
    "The minister wrote to the union on Monday to ask for a meeting at the port .",
])
def test_exclamations_inside_quotations_are_worthy(text: str) -> None:
    assert summary_worthy(_sentence(text))


@pytest.mark.parametrize("text", [
    "( Readers in Kelvan can send their pictures of the strike to the news desk ! )",
    "-LRB- For `` dockers '' read dockers and their families , of course ! -RRB-",
    "(Reporting by Tom Bell in Port Valmora ; editing by Ann Lee .)",
    "(not that the port company is blameless in all of this , of course) .",
])
def test_asides_in_brackets_are_not_worthy(text: str) -> None:
    assert not summary_worthy(_sentence(text))


def test_a_sentence_after_a_bracketed_credit_is_worthy() -> None:
    text = "(Harbour Wire) - Dock workers walked out on Monday , closing all 18 berths (for now) ."
    assert summary_worthy(_sentence(text))
