"""What a subscriber's 👍, 👎 and mutes do to the matches they are shown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.matching.order import stored_first
from core.matching.vocab import fold
from core.model import FeedbackRow, Posting, StoredMatch
from core.ports.feedback import FeedbackStore
from core.postings.same_job import company_key

LIKE_BOOST = 5.0
_NON_WORD = re.compile(r"[^a-z0-9+#]+")


def title_key(title: str) -> str:
    """A title folded for comparison."""
    return " ".join(w for w in _NON_WORD.split(fold(title)) if w)


def unknown_job(number: int) -> str:
    """Why /like N, /hide N or /mute N did nothing: N is not one of the person's jobs."""
    shown = str(number) if abs(number) < 10**9 else "with that number"
    return (
        f'There is no job {shown} among your matches: job numbers are the "job #N" on cards '
        "from /jobs or your digest."
    )


def keys(posting: Posting) -> tuple[str, str]:
    """The (company, title) keys feedback is stored under."""
    return company_key(posting.company), title_key(posting.title)


@dataclass(frozen=True, slots=True)
class Preferences:
    """A subscriber's mutes and reactions, applied when ranking matches."""

    muted: frozenset[str]
    hidden: frozenset[tuple[str, str]]  # (company, title) of 👎: in every search of theirs
    liked_companies: frozenset[str]
    liked_titles: frozenset[str]

    @classmethod
    def build(cls, muted: Sequence[str], rows: Sequence[FeedbackRow]) -> Preferences:
        """Collect preferences from stored mutes and feedback."""
        return cls(
            muted=frozenset(muted),
            hidden=frozenset((r.company_key, r.title_key) for r in rows if r.kind == "down"),
            liked_companies=frozenset(
                r.company_key for r in rows if r.kind == "up" and r.company_key
            ),
            liked_titles=frozenset(r.title_key for r in rows if r.kind == "up"),
        )

    def muted_among(self, matches: Sequence[StoredMatch]) -> int:
        """How many of these matches are of a muted company."""
        return sum(bool(c) and c in self.muted for c, _ in map(keys, (m.posting for m in matches)))

    @classmethod
    async def stored(cls, store: FeedbackStore, subscriber_id: int) -> Preferences:
        """A subscriber's stored mutes and reactions."""
        return cls.build(
            [key for key, _ in await store.muted_companies(subscriber_id)],
            await store.feedback(subscriber_id),
        )

    def shows(self, posting: Posting) -> bool:
        """Whether a posting may be shown: not of a muted company, not hidden with 👎."""
        company, title = keys(posting)
        return not (company and company in self.muted) and (company, title) not in self.hidden

    def apply(self, matches: Sequence[StoredMatch]) -> list[StoredMatch]:
        """Drop muted and 👎-hidden matches; rank 👍-like ones higher, best first; a match is
        marked liked only where its 👍 moved it up the list (not one that was first anyway)."""
        if not (self.muted or self.hidden or self.liked_companies or self.liked_titles):
            return sorted(matches, key=stored_first)
        shown = [match for match in matches if self.shows(match.posting)]
        boosted = [self._liked(match.posting) for match in shown]
        plain = sorted(range(len(shown)), key=lambda at: stored_first(shown[at]))
        was = {at: place for place, at in enumerate(plain)}
        order = sorted(
            range(len(shown)),
            key=lambda at: stored_first(
                replace(shown[at], score=shown[at].score + LIKE_BOOST) if boosted[at] else shown[at]
            ),
        )
        return [
            replace(shown[at], liked=True) if boosted[at] and place < was[at] else shown[at]
            for place, at in enumerate(order)
        ]

    def _liked(self, posting: Posting) -> bool:
        """Whether a 👍 to its company or title ranks a posting higher."""
        company, title = keys(posting)
        return company in self.liked_companies or title in self.liked_titles
