"""What a scraped news page carries besides its article: the patterns ``scraped.py`` drops.

Data only (regular-expression sources, compiled there). Every pattern allows the spacing of
PTB-tokenised text ("May 28 , 2010", "-LRB- AP Photo -RRB-", "Herbert\\/AP") as well as
ordinary prose. Nothing here names a story, a person or a place.
"""

from __future__ import annotations

#: Optional space before punctuation, as PTB tokenisation leaves it ("Friday , 4 May").
_S = r"\s?"
OPEN = r"(?:\(|-LRB-\s?)"
CLOSE = r"(?:\)|\s?-RRB-)"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: A calendar date with its year: "Saturday , 25 April 2009", "Thu Apr 22 , 2010", "May 28, 2010".
DATE = (rf"(?:{WEEKDAY}{_S},?\s)?(?:{MONTH}\s{_DAY}{_S},?\s\d{{4}}|{_DAY}\s{MONTH}{_S},?\s\d{{4}})")
_ZONE = r"(?:\s(?:[A-Z]{2,4}|UK time|local time))?"
#: A clock time: "7:17 PM", "2:20 pm", "08.47 BST", "18:00 UK time".
TIME = rf"\d{{1,2}}[:.]\d{{2}}(?:\s?[aApP]\.?[mM]\.?)?{_ZONE}"
#: A date with a clock time next to it, either way round, or "3 hours ago".
STAMP = (rf"(?:{DATE}(?:{_S}[,;]?\s(?:at\s)?{TIME})?|{TIME}{_S},?\s{DATE}"
         r"|\d{1,3}\s(?:minutes?|hours?|days?|weeks?)\sago)")
#: The actions a comment system prints under every comment.
COMMENT_ACTIONS = r"(?:Reply|Report abuse|Report|Flag|Permalink|Recommend|Like)"

#: One reader comment's signature: who and when, then "| Reply" or "| Report abuse".
COMMENT_SIGNATURES: tuple[str, ...] = (
    rf"\bPosted by{_S}:?\s[^|]{{1,80}}?\|\s?{STAMP}",
    r"\bReport abuse\b",
)
#: The action links under a comment; a signature when a stamp stands right before them.
COMMENT_ACTION_LINK = rf"\|\s?{COMMENT_ACTIONS}\b"
#: "Jane says : May 3 , 2024 at 2:20 pm": a signature when a stamp follows.
COMMENT_SAYS = rf"\bsays{_S}:\s"
#: Lines that open or close a comment thread (everything after them is the thread); phrases
#: that prose uses too ("leave a comment") count only as a line of their own.
COMMENT_NOTICES: tuple[str, ...] = (
    r"\bwe welcome comments\b",
    r"\bviews expressed in (?:the |these )?comments\b",
    r"\bcomments (?:to this (?:entry|post|article) )?(?:are|have been) (?:now )?closed\b",
    r"\b(?:in|to) the comments? section below\b",
    r"\bcomment(?:s|ing)? (?:policy|guidelines)\b",
    r"\bsort by:? (?:newest|oldest|most recommended)\b",
    r"^\s*(?:\d+\s)?(?:reader\s)?comments?\s?(?:" + OPEN + r"\d+" + CLOSE + r")?\s*$",
    r"^\s*(?:post|add|leave|write) (?:a|your) comment\s*[.:]?\s*$",
)

#: A correspondent's byline glued to a sentence: "Jane Doe , Example News , Kelvan The ...".
_NAME = r"(?:[A-Z][\w'’.-]+\s){1,3}"
BYLINE_OUTLET = rf"(?:By\s)?{_NAME}{_S},?\s?(?:[A-Z][\w'’&.-]*\s){{0,2}}News{_S},\s?"
#: Page headers and sign-offs: "Jane Doe | 18:00 UK time , Saturday , 4 May 2024",
#: "KELVAN | Thu May 2 , 2024 7:30 pm EDT", "By Jane Doe | May 27 , 2024 ; 2:08 PM ET".
_BYLINE_WORD = r"(?:[A-Z][\w'’.\\/-]*|\d{1,2}|and|of|the|de|,)"
BYLINE_STAMPED = rf"(?:By\s)?{_BYLINE_WORD}(?:\s{_BYLINE_WORD}){{0,9}}\s?\|\s?{STAMP}"
#: A wire dateline without a date: "KELVAN , Calvennia -LRB- Example Wire -RRB- -".
DATELINE = (rf"[A-Z][A-Z.'\\/-]+(?:\s[A-Z][A-Z.'\\/-]+){{0,3}}(?:{_S},\s?[A-Z][\w.'-]+){{0,2}}\s?"
            rf"{OPEN}\s?(?:[A-Z][\w&.'-]*\s?){{1,4}}{CLOSE}\s?(?:--|-|—|–)\s")
#: Wire sign-offs: "-LRB- Reporting by Jane Doe ; Editing by John Roe -RRB-".
SIGN_OFFS: tuple[str, ...] = (
    rf"{OPEN}\s?(?:Additional\s)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\sby\s"
    rf"[^()]{{1,200}}?{CLOSE}",
    r"(?<![\w,])(?:Additional\s)?(?:Reporting|Writing)\sby\s[A-Z][^.!?]{1,150}?;\s?Editing\sby"
    r"\s(?:[A-Z][\w'’.-]+\s?){1,4}",
)
#: Publication stamps inside the text: "Last updated : 29 June 2010", "Page last updated at
#: 12:15 GMT , Monday , 3 May 2010"; also a date glued to a clock time ("Tuesday 27 April
#: 2010 08.47 BST"), found from the time.
PUBLISHED_STAMP = (rf"\b(?:Page\s)?(?:[Ll]ast\s)?(?:[Uu]pdated|Published|Posted)(?:\son)?{_S}:?"
                   rf"\s(?:at\s)?{STAMP}")
#: A date with its "Last updated at" clock after it, and the "Help" link about times that some
#: pages print right after the zone: "3 May 2024 Last updated at 09:12 GMT Help".
DATED_UPDATE = (rf"{DATE}{_S},?\s(?:Page\s[Ll]ast\s[Uu]pdated|Last\s[Uu]pdated|Updated)\s"
                rf"(?:at\s)?{TIME}(?:\sHelp(?=\s[A-Z`'\"‘“]))?")

#: Words that open an English sentence: a place or a credit stops before them.
SENTENCE_OPENERS = frozenset("""
a an the in on at as it its he she they we i you this that these those there here but and
after before when while even for with since despite although though if one two three four
five six seven eight nine ten some many most more officials police witnesses authorities
their his her our what why how
""".split())
_OPENER = "|".join(sorted(w.capitalize() for w in SENTENCE_OPENERS))
#: Who took a picture: "Jane Doe\/Example Agency", "Jane de Vos\/AFP\/Getty Images", "EPA",
#: or a name of up to three capitalised words that stops before a sentence's first word.
_CREDITED = (r"(?:(?:[A-Z][\w.'-]*|[a-z]{1,3})\s?){0,5}(?:\\?/\s?[A-Z][\w.&'-]*"
             r"(?:\s(?:Images|Photos|Pictures|Press))?)+"
             rf"|[A-Z]{{2,5}}\b(?!\s?\\?/)|(?!(?:{_OPENER})\b)[A-Z][\w.'-]+"
             rf"(?:\s(?!(?:{_OPENER})\b)[A-Z][\w.'-]+){{0,2}}")
#: Picture credits (the caption is the sentence they close), each with the words one of which
#: must be in a text for it to be looked for.
_AGENCIES = ("AP", "AFP", "Reuters", "EPA", "PA", "Getty Images", "Associated Press")
_AGENCY_KEYS = tuple(f"{o}{a}" for a in _AGENCIES for o in ("(", "( ", "-LRB- ", "-LRB-"))
PHOTO_CREDITS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Photograph",), rf"\bPhotograph(?:\s?:\s?|\sby\s)(?:{_CREDITED})"),
    # "(AP Photo)", "(AP Photo/Jane Doe)", "(Reuters/Jane Doe)"; a bare "(AP)" is a wire
    # dateline's or an attribution, never a picture credit
    (_AGENCY_KEYS, rf"{OPEN}\s?(?:{'|'.join(_AGENCIES)})(?:\s?Photo(?:\s?\\?/\s?[^()]{{1,60}}?)?"
                rf"|\s?\\?/\s?[^()]{{1,60}}?){CLOSE}"),
    (tuple(f"{a} Photo" for a in ("AP", "AFP", "EPA", "Reuters")),
     rf"\b(?:AP|AFP|EPA|Reuters)\sPhoto\s?\\?/\s?(?:{_CREDITED})"),
    (tuple(f"{w}{c}" for w in ("Photo", "Picture", "Image") for c in (" :", ":", " credit")),
     rf"\b(?:Photo|Picture|Image)(?:\scredit)?\s?:\s(?:{_CREDITED})"),
    (("Image copyright",), rf"\bImage copyright\s(?:{_CREDITED})"),
    (("Image caption",), r"\bImage caption\b"),
)

#: Share, follow and subscribe boxes (case matters: prose says "share" and "subscribe" too).
SHARE_BOXES: tuple[str, ...] = (
    r"\bShare this(?:\s(?:article|story|page|post|video))?\b",
    r"\bShare (?:on|via) (?:[A-Z]\w+)",
    r"\b(?:Sign up|Subscribe|Register) (?:now )?(?:for|to) (?:our |the |free )?"
    r"(?:[\w-]+\s){0,4}(?:alerts?|newsletters?|updates|feeds?|podcasts?)\b",
    r"\bSubscribe to\b",
    r"\bFollow (?:us|[A-Z]\w+) on (?:Twitter|Facebook|Instagram|X)\b",
    r"\b(?:E-?mail|Print|Bookmark) (?:this|a friend)\b",
    r"\bPrintable version\b",
    r"\b[Cc]lick here\b",
    r"\bstay up to date with\b.{0,80}\bfeeds\b",
    r"\bFor the latest updates across\b",
    r"\bpopular topics this blog covers\b",
)
#: Headings of related-story lists; the Title Case headlines after them go with them.
RELATED_MARKERS: tuple[str, ...] = (
    r"\bRelated(?:\s(?:stories|articles|links|coverage|content|topics|news))?\s?:",
    r"\bRelated (?:stories|articles|links|coverage|content|topics)\b",
    r"\bMore on this (?:story|topic)\b",
    r"\bSee also\s?:",
    r"\bMost (?:popular|read|viewed|shared)\b",
    r"\bTop stories\b",
    r"\bYou (?:may|might) also like\b",
    r"\bRead more\s?:",
)
#: Short words a Title Case headline leaves in lower case.
HEADLINE_SMALL_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with into onto over as vs via per than
""".split())
