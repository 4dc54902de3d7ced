"""A post's own signs of where it was written, for the order of a numeric date ("1/12"): the
dollar and American spellings read month first, the pound, the euro and British spellings day
first (session 11). Only a text as short as a post is read so; longer text keeps the setting."""

#: The longest text read as a post here (a post's 280 characters).
POST_LENGTH = 280
#: Signs of the United States: a dollar amount, American spellings and words.
MONTH_FIRST_SIGNS = (r"\$\s?\d", r"\b(?:mom|moms|color|colors|favorite|favorites|neighbor|"
                     r"neighbors|theater|apartment|sophomore|freshman|semester|gotten|"
                     r"fall\s+break|zip\s+code)\b")
#: Signs of Britain, Ireland and most of the world: pounds, euros, British spellings.
DAY_FIRST_SIGNS = (r"[£€]\s?\d|\d\s?quid\b", r"\b(?:mum|mums|colour|colours|favourite|"
                   r"favourites|neighbour|neighbours|theatre|uni|fortnight|postcode|"
                   r"bank\s+holiday|half\s+term|whilst)\b")
#: Emoji and pictographs (dingbats, symbols, flags, pictographs), which posts use as marks: one
#: ends a clause or a post's verbless fragment as a full stop does (session 11). A regex class body.
EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
