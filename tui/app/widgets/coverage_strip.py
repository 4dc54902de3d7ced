"""The coverage strip: how much falls on each day (week, month) across the span, as bars with
the selection marked, so the shape of a story shows before its list is read.

Textual's Sparkline scales from the smallest value shown, so on busy data (news every week)
the quietest week would look empty, and it cannot colour one bar: the bars are drawn here."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static
from textual.worker import get_current_worker

from summarize.models import Mention
from summarize.timeline import TimelineEntry

#: The strip spans the shortest stretch of dates holding this share of the count...
CORE_SHARE = 0.95
#: ...when the whole span is more than this many times longer (the rest would fill under a
#: quarter of the strip: one "in 1998" should not squeeze a month of news into two columns);
#: the dates left out are counted at its ends.
OUTLIER_STRETCH = 4.0
EPSILON = 1e-9
_EIGHTHS = " ▁▂▃▄▅▆▇█"


@dataclass(frozen=True, slots=True)
class Period:
    """One day (week, month) on the strip: [start, end) and how much falls on it."""

    start: date
    end: date
    count: int


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the strip draws: the periods inside ``window`` ([first day, end)), and the counts
    of the outlying periods left out at either end."""

    unit: str
    periods: tuple[Period, ...] = ()
    window: tuple[date, date] | None = None
    earlier: int = 0
    later: int = 0


def coverage_of(periods: Iterable[Period], unit: str = "day", *, trim: bool = True,
                also: date | None = None) -> Coverage:
    """The periods with something on them, by start; outliers cut off when ``trim`` (see
    OUTLIER_STRETCH); ``also`` is a day the window must reach (an article's publication)."""
    ordered = sorted((p for p in periods if p.count > 0), key=lambda p: (p.start, p.end))
    if not ordered:
        return Coverage(unit, (), (also, date.fromordinal(also.toordinal() + 1))
                        if also else None)
    first, last = 0, len(ordered) - 1
    if trim:
        core_first, core_last = core(ordered)
        whole = _days(ordered[0].start, max(p.end for p in ordered))
        if whole > OUTLIER_STRETCH * _days(ordered[core_first].start,
                                           ordered[core_last].end):
            first, last = core_first, core_last
    kept = ordered[first:last + 1]
    start, end = kept[0].start, max(p.end for p in kept)
    if also is not None:
        start, end = min(start, also), max(end, date.fromordinal(also.toordinal() + 1))
    return Coverage(unit, tuple(kept), (start, end), earlier=sum(p.count for p in ordered[:first]),
                    later=sum(p.count for p in ordered[last + 1:]))


def core(ordered: Sequence[Period]) -> tuple[int, int]:
    """The first and last index of the shortest run of periods (by days, from the first's
    start to the last's end) that holds CORE_SHARE of the count; one pass, two pointers."""
    need = sum(p.count for p in ordered) * CORE_SHARE
    best: tuple[int, int, int] | None = None
    held, stop = 0, 0
    for first in range(len(ordered)):
        while stop < len(ordered) and held < need:
            held += ordered[stop].count
            stop += 1
        if held < need:
            break
        days = _days(ordered[first].start, ordered[stop - 1].end)
        if best is None or days < best[0]:
            best = (days, first, stop - 1)
        held -= ordered[first].count
    return (best[1], best[2]) if best else (0, len(ordered) - 1)


def _days(start: date, end: date) -> int:
    return max(end.toordinal() - start.toordinal(), 1)


def entry_periods(entries: Sequence[TimelineEntry]) -> tuple[str, list[Period]]:
    """The timeline's own dates (not the broader periods listed below them) with their
    sentence counts, and the unit they are in (the view's granularity)."""
    own = [e for e in entries if not e.is_coarse]
    unit = Counter(e.granularity for e in own).most_common(1)[0][0] if own else "day"
    return unit, [Period(e.start, e.end, len(e.sentences)) for e in own]


def mention_periods(mentions: Iterable[Mention]) -> list[Period]:
    """An article's time expressions per day they point at (day-level or finer ones)."""
    days = Counter(m.day for m in mentions if m.day is not None)
    return [Period(day, date.fromordinal(day.toordinal() + 1), n) for day, n in days.items()]


def _span(a: float, b: float, width: int) -> range:
    """The columns whose middle lies in [a, b) (column units); at least the one holding a."""
    middles = range(max(math.ceil(a - 0.5 - EPSILON), 0),
                    min(math.ceil(b - 0.5 - EPSILON), width))
    return middles or range(min(max(int(a + EPSILON), 0), width - 1),
                            min(max(int(a + EPSILON), 0), width - 1) + 1)


def columns(coverage: Coverage, width: int) -> list[float]:
    """One value per column: periods narrower than a column add up in it, a wider period
    shows its own count in every column whose middle it covers."""
    if coverage.window is None or width <= 0:
        return []
    low = coverage.window[0].toordinal()
    per = _days(*coverage.window) / width
    values = [0.0] * width
    for period in coverage.periods:
        a = (period.start.toordinal() - low) / per
        b = (period.end.toordinal() - low) / per
        if b - a <= 1.0 + EPSILON:
            values[min(int(a + EPSILON), width - 1)] += period.count
        else:
            for column in _span(a, b, width):
                values[column] = period.count
    return values


def columns_of(coverage: Coverage, width: int, start: date, end: date
               ) -> tuple[int, int] | str | None:
    """The first and last column [start, end) covers (by the columns' middles, or the one it
    falls in), or "earlier"/"later" when it lies outside the strip (None: nothing drawn)."""
    if coverage.window is None or width <= 0:
        return None
    low, high = (d.toordinal() for d in coverage.window)
    first, stop = start.toordinal(), max(end.toordinal(), start.toordinal() + 1)
    if stop <= low:
        return "earlier"
    if first >= high:
        return "later"
    per = (high - low) / width
    span = _span(max(first - low, 0) / per, (min(stop, high) - low) / per, width)
    return span[0], span[-1]


def day_label(day: date, unit: str) -> str:
    return f"{day:%b %Y}" if unit == "month" else f"{day.day} {day:%b %Y}"


def bar_rows(values: Sequence[float], height: int, selected: tuple[int, int] | None = None
             ) -> Content:
    """The bars, ``height`` rows of eighth blocks scaled from zero to the largest value: any
    column with something in it shows at least a quarter row, empty ones a faint baseline,
    the selected columns in the accent colour."""
    top = max(values, default=0.0)
    levels = [0 if v <= 0 or top <= 0 else max(2, round(v / top * 8 * height)) for v in values]
    rows: list[Content] = []
    for row in range(height):
        floor = (height - 1 - row) * 8
        cells: list[tuple[str, str] | str] = []
        for column, level in enumerate(levels):
            if level == 0:
                cells.append(("▁", "$primary 25%") if row == height - 1 else " ")
                continue
            char = "█" if level >= floor + 8 else " " if level <= floor else \
                _EIGHTHS[level - floor]
            chosen = selected is not None and selected[0] <= column <= selected[1]
            cells.append((char, "$accent" if chosen else "$primary"))
        rows.append(Content.assemble(*cells))
    return Content("\n").join(rows)


def span_label(first: date, last: date, unit: str) -> str:
    """"2 – 7 May 2024", "28 Apr – 7 May 2024", "Mar – Jun 2024", "30 Dec 2023 – 2 Jan 2024"."""
    if first == last:
        return day_label(first, unit)
    if first.year != last.year:
        return f"{day_label(first, unit)} – {day_label(last, unit)}"
    if unit == "month":
        return f"{first:%b} – {last:%b %Y}"
    start = f"{first.day}" if first.month == last.month else f"{first.day} {first:%b}"
    return f"{start} – {day_label(last, unit)}"


def axis_line(coverage: Coverage, width: int, selected: tuple[date, date] | None = None,
              pin: date | None = None) -> Content:
    """The row under the bars: first and last date, ▲ under the selection (━ across a wide
    one, ◀ ▶ when it lies outside), ◆ under the pinned day, and the outliers' counts."""
    if coverage.window is None:
        return Content.styled("nothing on the calendar", "$text-muted")
    cells: list[tuple[str, str]] = [(" ", "")] * width
    start = coverage.window[0]
    left = (f"◀{coverage.earlier} " if coverage.earlier else "") + \
        day_label(start, coverage.unit)
    last = coverage.periods[-1].start if coverage.periods else start
    right = day_label(last, coverage.unit) + (f" {coverage.later}▶" if coverage.later else "")
    marks: dict[int, tuple[str, str]] = {}
    if pin is not None:
        spot = columns_of(coverage, width, pin, pin)
        if isinstance(spot, tuple):
            marks[spot[0]] = ("◆", "bold $text-success")
    if selected is not None:
        spot = columns_of(coverage, width, *selected)
        mark = "bold $accent"
        if spot == "earlier":
            marks[0] = ("◀", mark)
        elif spot == "later":
            marks[width - 1] = ("▶", mark)
        elif isinstance(spot, tuple):
            marks.update((column, ("━", mark)) for column in range(spot[0], spot[1] + 1))
            marks[(spot[0] + spot[1]) // 2] = ("▲", mark)
    # A date label gives way to a mark it would hide (the span is in the border too).
    if len(left) + len(right) + 1 <= width:
        if not any(column <= len(left) for column in marks):
            cells[:len(left)] = [(c, "$text-muted") for c in left]
        if not any(column >= width - len(right) - 1 for column in marks):
            cells[width - len(right):] = [(c, "$text-muted") for c in right]
    for column, cell in marks.items():
        cells[column] = cell
    return Content.assemble(*[(char, style) if style else char for char, style in cells])


class CoverageStrip(Vertical):
    """Bars of counts over the span and the axis under them; the data is computed in a
    worker, the columns at draw time (so any width, even 4,000 dates, costs one pass)."""

    def __init__(self, noun: str = "sentences", *, trim: bool = True, id: str | None = None
                 ) -> None:
        super().__init__(id=id)
        self.noun, self.trim = noun, trim
        self.coverage = Coverage("day")
        self.selected: tuple[date, date] | None = None
        self.pin: date | None = None
        self.note = ""
        self._generation = 0
        #: The columns of the coverage at a width: moving the selection redraws, not re-bins.
        self._binned: tuple[Coverage, int, list[float]] | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id=f"{self.id or 'coverage'}-bars", classes="coverage-bars")
        yield Static("", id=f"{self.id or 'coverage'}-axis", classes="coverage-axis")

    def show_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Draw the sentences per date of these timeline entries (what the list shows)."""
        self._generation += 1
        self._compute(list(entries), None, self._generation)

    def show_mentions(self, mentions: Sequence[Mention], pin: date | None = None) -> None:
        """Draw where an article's time expressions fall, ``pin`` (its publication) marked."""
        self.pin = pin
        self._generation += 1
        self._compute(None, list(mentions), self._generation)

    @work(thread=True, exclusive=True, group="coverage", exit_on_error=False)
    def _compute(self, entries: list[TimelineEntry] | None, mentions: list[Mention] | None,
                 generation: int) -> None:
        if entries is not None:
            unit, periods = entry_periods(entries)
            coverage = coverage_of(periods, unit, trim=self.trim)
        else:
            coverage = coverage_of(mention_periods(mentions or []), "day", trim=self.trim,
                                   also=self.pin)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._set_coverage, coverage, generation)

    def _set_coverage(self, coverage: Coverage, generation: int) -> None:
        if generation == self._generation:
            self.coverage = coverage
            self._redraw()

    def mark(self, span: tuple[date, date] | None, note: str = "") -> None:
        """Mark [start, end) under the bars (None: no mark); ``note`` names it in the border."""
        self.selected, self.note = span, note
        self._redraw()

    def on_resize(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        if not self.is_mounted:
            return
        bars = self.query_one(".coverage-bars", Static)
        width = self.content_size.width
        spot = columns_of(self.coverage, width, *self.selected) if self.selected else None
        if self._binned is None or self._binned[0] is not self.coverage \
                or self._binned[1] != width:
            self._binned = (self.coverage, width, columns(self.coverage, width))
        bars.update(bar_rows(self._binned[2], max(bars.content_size.height, 1),
                             spot if isinstance(spot, tuple) else None))
        self.query_one(".coverage-axis", Static).update(
            axis_line(self.coverage, width, self.selected, self.pin))
        self.border_title = self._title(width)
        self.border_subtitle = self.note

    def _title(self, width: int) -> str:
        unit = self.coverage.unit
        title = f"{self.noun.capitalize()} per {unit}"
        if self.coverage.window is not None and width:
            first, end = self.coverage.window
            last = self.coverage.periods[-1].start if self.coverage.periods else first
            title += f" · {span_label(first, last, unit)}"
            days = _days(first, end)
            span = {"week": 7, "month": 30}.get(unit, 1)
            per = days / width / span
            if per > 1.5:
                title += f" · a column is about {round(per)} {unit}s"
        return title
