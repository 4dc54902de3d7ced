"""Parts of a year: quarters ("the third quarter", "3Q24", "the June quarter"), halves ("the
first half", "1H23") and seasons ("last summer", "winter 2013/14"). A missing year is taken as
for a month (``absolute.ref_year``), leaning on the clause's tense."""

from __future__ import annotations

from datetime import date

from ..candidate import Candidate
from ..context import Anchors, Resolution, anchor_name, dated, modifier, vague
from ..resources.calendar_words import SEASON_SPANS, SEASONS
from ..resources.verbs import CHANGE_VERBS, RESULTS_VERBS
from ..values import Cal, interval, last_quarter, quarter_number, season, value
from ..words import amount, month_number
from .absolute import full_year, ref_year
from .season_anaphors import SEASON_ANAPHORS, season_from_discourse

_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
      "4th": 4, "final": 4, "last": 4}


def _quarter(c: Candidate, a: Anchors) -> Resolution | None:
    """A quarter; "the end of the third quarter" keeps the quarter's value with a mod."""
    return _with_edge(_quarter_value(c, a), c)


def _with_edge(r: Resolution | None, c: Candidate) -> Resolution | None:
    """``r`` with the mod of a period's edge named before it ("the end of", "the start of")."""
    mod = modifier(c.fields.get("mod"))
    if r is None or not mod or r.cal is None:
        return r
    return dated(r.cal, r.anchor, r.anchor_value, r.explanation, mod)


def _quarter_value(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if f.get("hn"):  # "1H23": a half written as analysts write quarters
        return _half(c, a)
    qmonth = f.get("qmonth") or f.get("qmonth2")
    if qmonth:  # "the June quarter", "the April-June quarter": the one ending in June
        f = {**f, "qn": str(month_number(qmonth) // 3)}
    if not (f.get("qn") or f.get("qn2") or f.get("q")):
        return _year_quarter(c, a)
    q = int(f.get("qn") or f.get("qn2") or 0) or _Q[f["q"].lower()]
    if f.get("fy"):
        cal = Cal("quarter", date(full_year(f["fy"], a.dct), 3 * q - 2, 1))
        return dated(cal, "absolute", "", f"'{c.text}' names a quarter of a fiscal year")
    raw = f.get("year") or f.get("year2") or f.get("qyear")
    if raw:
        cal = Cal("quarter", date(full_year(raw, a.dct), 3 * q - 2, 1))
        return dated(cal, "absolute", "", f"'{c.text}' names quarter and year")
    rel = " ".join(((f.get("rel") or "") + " " + (f.get("the") or "")).lower().split())
    shift_years = -1 if any(w in rel for w in ("year-earlier", "year-ago", "year earlier",
                                               "year ago", "last year's", "corresponding",
                                               "comparable")) else 0
    shift_years += 1 if "next year" in rel else 0
    ofrel = (f.get("ofrel") or "").lower()
    shift_years += -1 if "last" in ofrel else 1 if "next" in ofrel else 0
    y, anchor, av = ref_year(a)
    if y is None:
        return vague(f"XXXX-Q{q}", f"'{c.text}' has no year and no publication date",
                     gran="quarter")
    if a.entry is not None and shift_years == 0 and a.dct is not None \
            and a.entry.start.year != a.dct.year:  # "2008: Orders fall in the first quarter"
        y = a.entry.start.year
        return dated(Cal("quarter", date(y, 3 * q - 2, 1)), "discourse", value(a.entry),
                     f"'{c.text}' has no year: quarter {q} of {y}, the year of the entry's "
                     f"date {value(a.entry)}")
    if shift_years == 0 and _last_years_part(q, y, a):
        shift_years = -1  # a quarter not yet begun is last year's (``_last_years_part``)
    cal = Cal("quarter", date(y + shift_years, 3 * q - 2, 1))
    return dated(cal, anchor, av, f"'{c.text}' has no year: quarter {q} of {y + shift_years} "
                 f"from the {anchor_name(anchor)} {av}")


def _last_years_part(q: int, y: int, a: Anchors) -> bool:
    """Whether quarter ``q`` of ``y`` (a part of the year with no year named, standing for it)
    has not begun at the publication date and so is last year's: unless the clause looks
    ahead, where a results report ahead ("will post a loss for the fourth quarter") is of a
    finished one, and so is the base of a change ahead ("would fall 10 percent from the fourth
    quarter"). With no past verb, last year's must be one of the two quarters before the
    publication date's: one three quarters back is stale news ("closures during the fourth
    quarter" in August are this year's; "sales fell in the fourth quarter" not)."""
    ref = a.dct or a.period.start  # type: ignore[union-attr]
    return date(y, 3 * q - 2, 1) > ref \
        and (q >= quarter_number(ref) + 2 or a.tense == "past") \
        and (a.tense != "future" or a.tense_cue.split()[-1:] in _RESULTS_CUES
             or (a.prep == "from" and a.tense_cue.split()[-1:] in _CHANGE_CUES))


#: A verb group's last word that makes results public ("expects to report"), as a list.
_RESULTS_CUES = [[w] for w in sorted(RESULTS_VERBS)]
#: A verb group's last word of change ("would fall"), as a list.
_CHANGE_CUES = [[w] for w in sorted(CHANGE_VERBS)]


def _year_quarter(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the 1988 quarter": the quarter under discussion, else the last one ended before the
    publication date, in the year named ("the 1989 period" with no quarter discussed: the year;
    with a half discussed, that half of the year named)."""
    y = full_year(c.fields.get("qyear") or c.fields["pyear"], a.dct)
    if c.fields.get("pyear") and a.period is not None and a.period.gran == "half":
        h = 1 if a.period.start.month < 7 else 2  # "for the first half ... the 1989 period"
        return dated(Cal("half", date(y, 1 if h == 1 else 7, 1)), "discourse", value(a.period),
                     f"'{c.text}' = half {h} (that of {value(a.period)}) of {y}")
    if a.period is not None and a.period.gran == "quarter":
        base, anchor = a.period, "discourse"
    elif c.fields.get("pyear"):
        return dated(Cal("year", date(y, 1, 1)), "absolute", "", f"'{c.text}' names a year")
    elif a.dct is not None:
        base, anchor = last_quarter(a.dct), "dct"
    else:
        return vague(f"{y:04d}-QX", f"'{c.text}': which quarter is not said", gran="quarter")
    q = quarter_number(base.start)
    return dated(Cal("quarter", date(y, 3 * q - 2, 1)), anchor, value(base),
                 f"'{c.text}' = quarter {q} (that of {value(base)}) of {y}")


def _half(c: Candidate, a: Anchors) -> Resolution | None:
    """A half of a year; "the end of the first half of 2024" keeps its value with a mod."""
    return _with_edge(_half_value(c, a), c)


def _half_value(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    h = int(f["hn"]) if f.get("hn") else (1 if f["h"].lower() == "first" else 2)
    if f.get("year"):
        y, anchor, av = full_year(f["year"], a.dct), "absolute", ""
    else:
        y, anchor, av = ref_year(a)
        if y is None:
            return vague(f"XXXX-H{h}", f"'{c.text}' has no publication date", gran="half")
        if a.entry is not None and (f.get("yrel") or "the").lower() == "the" \
                and a.dct is not None and a.entry.start.year != a.dct.year:
            # "14 August 2007: a record first-half profit", "the first half of the year"
            y, anchor, av = a.entry.start.year, "discourse", value(a.entry)
            return dated(Cal("half", date(y, 1 if h == 1 else 7, 1)), anchor, av,
                         f"'{c.text}' is half {h} of {y}, the year of the entry's date {av}")
        y += {"last": -1, "next": 1}.get((f.get("yrel") or "").lower(), 0)
        if not f.get("yrel") and h == 2 and _last_years_part(3, y, a):
            # "Second-half revenue rose only 4%" told in January: a half not yet begun is
            # last year's as a quarter is (session 29), the second half's first quarter
            # standing for it
            y -= 1
            return dated(Cal("half", date(y, 7, 1)), anchor, av,
                         f"'{c.text}' has no year: half 2 not begun, so that of {y} "
                         f"from the {anchor_name(anchor)} {av}")
    return dated(Cal("half", date(y, 1 if h == 1 else 7, 1)), anchor, av,
                 f"'{c.text}' is half {h} of {y}")


def _season(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    code = SEASONS[f["season"].lower()]
    rel = " ".join((f.get("rel") or "").lower().split())
    mod = modifier(rel.removeprefix("the ")) if rel not in ("the", "this", "last", "next") \
        else ""
    if f.get("smod"):  # "late last summer": the edge of the season "last summer" names
        mod = modifier(f["smod"].lower())
    if f.get("sedge"):  # "the end of the summer": the edge of the season (session 27)
        mod = modifier(f["sedge"].lower())
    if f.get("year") or f.get("year0"):
        y = full_year(f.get("year") or f["year0"], a.dct)
        if code == "WI" and f.get("yearend"):
            y += 1  # "winter 2013/14" is the winter that ends in 2014 (WI of 2014)
        return dated(season(y, code), "absolute", "", f"'{c.text}' names season and year", mod)
    if rel in SEASON_ANAPHORS:
        return season_from_discourse(c, a, code, rel)
    y, anchor, av = ref_year(a)
    if y is None:
        return vague(f"XXXX-{code}", f"'{c.text}' has no publication date", gran="season")
    if f.get("syrel"):  # "the autumn of next year": that season of the year named
        y += {"last": -1, "this": 0, "next": 1}[f["syrel"].lower()]
        return dated(season(y, code), anchor, av, f"'{c.text}' = that season of {y}", mod)
    ref = a.dct or a.period.start  # type: ignore[union-attr]
    _first, _ = SEASON_SPANS[code]
    if f.get("count"):  # "two summers ago": the last one past counts one (session 24)
        n = int(amount(f["count"]) or 1)
        yy = max(k for k in (y - 1, y) if interval(season(k, code))[1].date() <= ref) - (n - 1)
        return dated(season(yy, code), anchor, av,
                     f"'{c.text}' = {n} {f['season'].lower()}s back from the "
                     f"{anchor_name(anchor)} {av}: {yy}")
    spans = {yy: interval(season(yy, code)) for yy in (y - 1, y, y + 1)}
    now = spans[y]
    if "last" in rel or "past" in rel:
        yy = max(k for k, (s, e) in spans.items() if e.date() <= ref) if now[1].date() > ref \
            else y
    elif "next" in rel or "coming" in rel:
        yy = y if now[0].date() > ref else y + 1
    elif rel == "this":
        yy = y
    elif a.tense == "past" and now[0].date() > ref:
        yy = y - 1
    elif a.tense == "future" and now[1].date() <= ref:
        yy = y + 1
    else:
        yy = y
    return dated(season(yy, code), anchor, av,
                 f"'{c.text}' has no year: took {yy} from the {anchor_name(anchor)} {av}", mod)


HANDLERS = {"quarter": _quarter, "half": _half, "season": _season}
