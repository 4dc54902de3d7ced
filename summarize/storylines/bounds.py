"""Dirty stories of a resumed single pass that are bounded instead of measured for every item.

A dirty story whose members differ from its earlier self's by a few (added or missing) has sums
within that many unit fingerprints of the earlier sums, so an item's cosine with it moved by at
most that count over the story's length (Cauchy-Schwarz). While its last day is also at most the
earlier one's (so its threshold and retirement are at most the earlier ones), the margin it can
reach is bounded by what the trace recorded for the earlier story; ``single_pass._check``
measures it only where that bound does not rule it out.
"""

from __future__ import annotations

import math

#: A dirty story is bounded (not measured for every item) while its differing members over its
#: length stay under this: big stories a few members changed. Any value is exact; it trades the
#: stories measured for every item against the checks that must measure them all.
BOUNDED_REACH = 0.03


class BoundedStories:
    """The bookkeeping of bounded stories, mixed into the pass (its stories, ``clean``,
    ``old_of``, ``dirty_postings``, ``bounded``, ``spread``, ``shadow``, ``reach``)."""

    def account(self, best: int, twin: int | None, day: int | None) -> None:
        """After an item joined ``best`` (``twin``: the story holding its earlier story's
        members): count the differing members, follow the earlier spans, and keep in the
        postings the dirty stories whose span differs from their earlier self's."""
        if twin is not None and day is not None and not self.clean[twin]:
            self.shadow[twin] = day
        if twin != best:
            if twin is not None:
                self.spread[twin] += 1
                self._settle(twin, True)
            if self.old_of[best] >= 0 and not self.clean[best]:
                self.spread[best] += 1
                self._settle(best, True)
        elif self.old_of[best] >= 0 and not self.clean[best]:
            self._settle(best, False)

    def _settle(self, s: int, spread: bool) -> None:
        story, bounded, shadow = self.stories[s], self.bounded, self.shadow[s]
        # its need and retirement are at most its earlier self's: the earlier one's last day
        # is the same or later (or both are undated)
        span = story.hi <= shadow if story.lo <= story.hi else shadow == story.hi
        near = self.spread[s] <= BOUNDED_REACH * math.sqrt(story.norm2)
        if (near and span) == (s in bounded):
            if spread and s in bounded:
                self._reach()
        else:
            postings = self.dirty_postings
            if s in bounded:
                bounded.discard(s)
                for term, value in story.sums.items():
                    postings.setdefault(term, {})[s] = value
            else:
                bounded.add(s)
                self._unpost(s)
            self._reach()

    def _unpost(self, s: int) -> None:
        """Story s out of ``dirty_postings``, dropping the columns it leaves empty."""
        postings = self.dirty_postings
        for term in self.stories[s].sums:
            column = postings.get(term)
            if column is not None and column.pop(s, None) is not None and not column:
                del postings[term]

    def _reach(self) -> None:
        stories, spread = self.stories, self.spread
        # a story's length only grows: a reach worked out earlier stays an upper bound
        self.reach = max((spread[s] / math.sqrt(stories[s].norm2) for s in self.bounded
                          if stories[s].norm2 > 0.0), default=0.0) * (1.0 + 1e-9)

    def limit(self, floor: float) -> float:
        """Above this, no bounded story left unmeasured can rank, for an item whose earlier
        candidates not recorded rank at or below ``floor`` (its earlier self's margin was at
        most ``floor``, or it shared no term; sums moved by at most ``reach`` of a length)."""
        cosine = min(1.0, max(0.0, floor + 2.0 * self.join))
        return max(floor + (cosine + 1.0) * self.reach, self.reach - self.join) + 1e-9
