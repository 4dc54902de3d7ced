"""Words of a game in play: beside them "the third quarter" or "Q4" is a period of the game,
no quarter of the year (session 13; a game's periods are time inside a game, as session 10
decided for "the second half" and "the 90th minute")."""

#: Words only a game's report or a live post uses (not "points", "lead", "penalty",
#: "overtime": news of markets, courts and pay use them beside a quarter of the year; nor
#: "rebound", which ``sense_checks._GAME_CUE`` reads in its context: a market's "rebound in
#: sales" is none, session 29).
GAME_WORDS = frozenset({
    "trailed", "trailing", "trails", "touchdown", "touchdowns", "basket", "baskets", "buzzer",
    "quarterback", "quarterbacks", "interception", "interceptions", "three-pointer",
    "three-pointers", "halftime", "half-time", "tip-off", "outscored",
    "scoreless", "fumble", "fumbled", "puck", "layup", "lay-up", "dunk", "dunks", "timeout",
    "free-throw", "free-throws", "throw-in", "inbound",
})
#: Two-word cues of a game: "free throws", "field goal", "mins left", "seconds remaining".
GAME_PHRASES = (
    "free throw", "free throws", "field goal", "field goals", "jump shot", "end zone",
    "mins left", "min left", "minutes left", "seconds left", "secs left", "minutes remaining",
    "seconds remaining", "minutes to play", "seconds to play",
)
