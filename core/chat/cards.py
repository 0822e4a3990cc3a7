"""Job cards: a stored match turned into what a user sees, with its buttons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC
from urllib.parse import urlsplit

from core.chat import actions
from core.chat.replies import Action, JobCard
from core.matching.money import SHOWN, short_amount
from core.matching.order import parting_lines
from core.model import Posting, StoredMatch
from core.ports import PostingReader
from core.searches.numbered import NumberedSearches
from core.searches.stored import Others, stored_query, with_reasons

_SITES = {
    "greenhouse": "Greenhouse",
    "lever": "Lever",
    "ashby": "Ashby",
    "remoteok": "Remote OK",
    "remotive": "Remotive",
    "arbeitnow": "Arbeitnow",
}
LIKED = "ranked higher: you 👍 its company or title"
# (source, url) of the same job on other sources: store.duplicate_links gives them per posting.
Links = Sequence[tuple[str, str]]


def salary_text(posting: Posting) -> str:
    """'€90k–110k', '$150k+', or '' when the posting states no salary."""
    low, high = posting.salary_min, posting.salary_max
    if low is None and high is None:
        return ""
    code = posting.currency or ""
    symbol = SHOWN.get(code, "")
    suffix = "" if symbol or not code else f" {code}"
    if low is not None and high is not None and high != low:
        return f"{symbol}{short_amount(low)}–{short_amount(high)}{suffix}"
    amount = low if low is not None else high
    assert amount is not None
    plus = "+" if high is None else ""
    return f"{symbol}{short_amount(amount)}{plus}{suffix}"


def card_actions(posting: Posting, ref: int, also: Links = ()) -> tuple[Action, ...]:
    """The buttons under a job card: 👍, 👎, mute company, open (once per source)."""
    buttons = [
        Action("👍", actions.feedback("u", ref)),
        Action("👎 Not for me", actions.feedback("d", ref)),
    ]
    if posting.company:
        buttons.append(Action("🔇 Mute company", actions.feedback("m", ref)))
    links = [(posting.source, posting.url)] if posting.url else []
    links += [(source, url) for source, url in also if url and url != posting.url]
    sites: list[str] = []
    for source, url in links:
        site = site_name(source, url)
        if site in sites:
            continue
        sites.append(site)
        label = f"Open on {site}" if len(links) > 1 and site else "Open"
        buttons.append(Action(label, url=url))
    return tuple(buttons)


def site_name(source: str, url: str) -> str:
    """Where a link leads, for its button: "Greenhouse", "Lever", else the URL's host."""
    kind = source.split(":", 1)[0]
    return _SITES.get(kind) or (urlsplit(url).hostname or "").removeprefix("www.")


def card(
    match: StoredMatch,
    numbers: Mapping[int, int],
    also: Links = (),
    others: Sequence[tuple[int, Sequence[str]]] = (),
    parting: str = "",
) -> JobCard:
    """A job card for a stored match; numbers maps search ids to the user's list numbers.

    also: (source, url) of the same job on other sources, each given its own Open button;
    others: (search id, reasons) of what its other searches matched besides its reasons;
    parting: the line above it where the list's matches start to fit only in part.
    """
    posting = match.posting
    return JobCard(
        posting_id=posting.id,
        title=posting.title,
        company=posting.company,
        location=_where(posting),
        url=posting.url,
        score=match.score,
        reasons=(*match.reasons, LIKED) if match.liked else match.reasons,
        search_numbers=tuple(sorted(numbers[sid] for sid in match.search_ids if sid in numbers)),
        salary=salary_text(posting),
        actions=card_actions(posting, match.ref, also) if match.ref else (),
        number=match.ref,
        closes=closing_text(posting),
        also=tuple(
            f"#{numbers[sid]}: {'; '.join(reasons)}" for sid, reasons in others if sid in numbers
        ),
        parting=parting,
    )


def closing_text(posting: Posting) -> str:
    """'closes 12 Jan' (UTC), or '' when the posting states no closing date."""
    moment = posting.closes_at
    return f"closes {moment.astimezone(UTC).day} {moment.astimezone(UTC):%b}" if moment else ""


def _where(posting: Posting) -> str:
    """Location plus the workplace when the location doesn't already say it."""
    location = posting.location
    if posting.workplace and posting.workplace not in location.lower():
        return f"{location} ({posting.workplace})" if location else posting.workplace
    return location


async def job_cards(
    store: PostingReader, matches: Sequence[StoredMatch], searches: NumberedSearches
) -> tuple[JobCard, ...]:
    """Turn stored matches into cards: reasons filled in, other sources' links attached."""
    links = await store.duplicate_links([m.posting.id for m in matches])
    return linked_cards(matches, searches, links)


def linked_cards(
    matches: Sequence[StoredMatch], searches: NumberedSearches, links: Mapping[str, Links]
) -> tuple[JobCard, ...]:
    """Cards for matches with their reasons filled in, given each posting's other links."""
    filled = with_reasons(matches, searches.searches)
    explained = [(m, others) for m, _, others in filled]
    # The workplaces and shifts any shown search prefers: matches naming them come first,
    # so the line where those stop explains a higher score listed below.
    shown = sorted({sid for _, sid, _ in filled})
    preferred = tuple(dict.fromkeys(p for sid in shown for p in _preferred(searches, sid)))
    return _cards(explained, searches.numbers, links, preferred)


def grouped_cards(
    matches: Sequence[StoredMatch],
    searches: NumberedSearches,
    links: Mapping[str, Links],
    floor: float = 0.0,
) -> list[tuple[int, tuple[JobCard, ...]]]:
    """Cards under the id of the search each is filed under (with_reasons: the one it fits
    most specifically, scoring at least floor when one does; 0: none of these searches), with
    that search's score and reasons; the groups in the order of their first card, each in the
    one order's parts (fitting fully, in part, missing one), the list's order kept within."""
    groups: dict[int, list[tuple[StoredMatch, Others]]] = {}
    for match, shown, others in with_reasons(matches, searches.searches, filed=True, floor=floor):
        groups.setdefault(shown, []).append((match, others))
    return [
        (sid, _cards(sorted(group, key=_fit), searches.numbers, links, _preferred(searches, sid)))
        for sid, group in groups.items()
    ]


def _fit(explained: tuple[StoredMatch, Others]) -> tuple[int, int]:
    """Which part of the one order a filed match is in, as its search fits it."""
    return explained[0].missing, explained[0].unmet


def _preferred(searches: NumberedSearches, sid: int) -> tuple[str, ...]:
    """The workplaces and shifts search sid prefers (none for 0, no such search)."""
    search = next((s for s in searches.searches if s.id == sid), None)
    return stored_query(search).prefer if search else ()


def _cards(
    explained: Sequence[tuple[StoredMatch, Others]],
    numbers: Mapping[int, int],
    links: Mapping[str, Links],
    preferred: Sequence[str] = (),
) -> tuple[JobCard, ...]:
    """The cards of matches explained by with_reasons, each with the line above it."""
    partings = parting_lines(
        [(m.short, m.lacking) for m, _ in explained], [m.prefer for m, _ in explained], preferred
    )
    return tuple(
        card(m, numbers, links.get(m.posting.id, ()), others, parting)
        for (m, others), parting in zip(explained, partings, strict=True)
    )
