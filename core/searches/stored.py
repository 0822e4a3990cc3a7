"""Reading a saved search's parsed form back, re-parsing when the parser changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.errors import QueryError
from core.matching import PARSER_VERSION, ParsedQuery, explained, parse_query
from core.matching.features import features
from core.matching.order import best_first, stored_first
from core.matching.query import ANY
from core.matching.scoring import MatchResult, compile_query, prefer_part
from core.model import SavedSearch, Sensitivity, StoredMatch


def stored_query(search: SavedSearch) -> ParsedQuery:
    """Return the parsed query of a saved search, re-parsed if it was stored by an older parser."""
    if search.parser_version == PARSER_VERSION:
        try:
            return ParsedQuery.from_json(search.parsed_json)
        except (ValueError, KeyError, TypeError):
            pass
    try:
        return parse_query(search.raw_text)
    except QueryError:
        return ParsedQuery.from_json(search.parsed_json)


def same_reading(query: ParsedQuery, searches: Sequence[SavedSearch]) -> SavedSearch | None:
    """The search read exactly as query is, whatever its wording ("Senior backend, no PHP")."""
    # The notes say how the words were read ("I read "backedn" as backend"), not what is sought.
    wanted = _reading(query)
    return next((s for s in searches if _reading(stored_query(s)) == wanted), None)


def _reading(query: ParsedQuery) -> str:
    """What a search looks for, whatever its notes, the order of its titles ("nurse or
    midwife" reads as "midwife or nurse"), of a title's words ("engineer backend" is "backend
    engineer") and of its preferences ("nurse clinic hospital")."""
    first, *others = sorted(tuple(sorted(title)) for title in query.titles)
    return replace(
        query,
        title=first,
        or_titles=tuple(ANY.join(t) for t in others),
        prefer=tuple(sorted(query.prefer)),
        notes=(),
    ).to_json()


def describe(search: SavedSearch) -> str:
    """Return the one-line description of a saved search."""
    return stored_query(search).describe()


Others = tuple[tuple[int, tuple[str, ...]], ...]


def with_reasons(
    matches: Sequence[StoredMatch],
    searches: Sequence[SavedSearch],
    *,
    filed: bool = False,
    floor: float = 0.0,
) -> list[tuple[StoredMatch, int, Others]]:
    """Each match with its reasons filled in when stored without them (the index skips
    explaining), the id of the search they are of (0: none of these), and (search id, reasons)
    of each other search it fits, for what that search alone matched: each search explains a
    match once for both.

    The card shows the best score of the searches that matched, so its reasons are those of the
    search that scores the posting best (the first such search on a tie); another search may
    have matched it for a reason of its own ("Remote (Worldwide) ≈ (open to Berlin)").

    filed (a digest's or an alert's groups, one per search): each match is of the search it
    fits most specifically (most_specific), among those scoring at least floor when any does,
    and shows that search's score, reasons and fit ("senior backend python berlin", not
    "backend", for a senior Python backend job in Berlin).
    """
    by_id = {search.id: search for search in searches}
    filled: list[tuple[StoredMatch, int, Others]] = []
    for match in matches:
        ids = [sid for sid in match.search_ids if sid in by_id]
        if not ids or (match.reasons and len(ids) < 2):
            filled.append((match, ids[0] if ids else 0, ()))
            continue
        scored = [
            (sid, explained(stored_query(by_id[sid]), match.posting, by_id[sid].sensitivity))
            for sid in ids
        ]
        if filed:
            strong = [pair for pair in scored if pair[1].score >= floor] or scored
            shown, best = max(strong, key=lambda pair: most_specific(by_id[pair[0]], pair[1]))
            match = replace(_fitted(match, best, best.reasons), score=best.score)
        else:
            shown, best = max(scored, key=lambda pair: pair[1].score)
            match = match if match.reasons else replace(match, reasons=best.reasons)
        said = set(match.reasons)
        others = [
            (sid, tuple(r for r in result.reasons if r not in said)) for sid, result in scored
        ]
        filled.append(
            (match, shown, tuple((sid, extra) for sid, extra in others if sid != shown and extra))
        )
    return filled


def _fitted(match: StoredMatch, result: MatchResult, reasons: tuple[str, ...]) -> StoredMatch:
    """The match with these reasons and how a search's result fits it (missing, unmet, prefer,
    short, lacking): the one place a card takes its fit from a search."""
    return replace(
        match,
        reasons=reasons,
        missing=result.missing,
        unmet=result.unmet,
        prefer=result.prefer,
        short=result.short,
        lacking=result.lacking,
    )


def most_specific(search: SavedSearch, result: MatchResult) -> tuple[int, int, int, float]:
    """How specifically a search fits a posting, greatest best: the parts it asks for (title,
    skills, place, pay, level) that the posting fits fully, then fewer missing, then more title
    words, then the score. The one rule for which search a digest files a job under."""
    query = stored_query(search)
    asked = sum(part != "prefer" for part in compile_query(query).weights)
    return (asked - result.unmet, -result.missing, len(query.title), result.score)


def ranked(
    matches: Sequence[StoredMatch], searches: Sequence[SavedSearch], enough: int | None = None
) -> list[StoredMatch]:
    """Matches in the one order every surface lists them in (core.matching.order), as
    `concierge search` does: each by the search it fits best, whose reasons it shows when it was
    stored without them.

    With enough, the first enough are in that order and the rest by score: matches are scored
    again best score first — those naming a workplace or shift a search prefers before the
    others — until enough fit every part fully and name all they can, as none after them
    comes first.
    """
    queries = {search.id: (stored_query(search), search.sensitivity) for search in searches}
    out = []
    fitting = 0
    # Equal scores in the one order's last ties (newest, then id), as the sort below keeps them.
    by_score = sorted(matches, key=lambda m: best_first(m.posting, 0, 0, m.score))
    named = _preferred(by_score, queries)
    if named:  # cheaply known: the order puts them first among those fitting alike
        by_score.sort(key=lambda m: -named.get(id(m), 0.0))
    for at, match in enumerate(by_score):
        if enough is not None and fitting >= enough:
            out.extend(by_score[at:])
            break
        could = named.get(id(match), 0.0)
        results = [
            explained(queries[sid][0], match.posting, queries[sid][1])
            for sid in match.search_ids
            if sid in queries
        ]
        if results:
            posting = match.posting
            best = min(
                results, key=lambda r: best_first(posting, r.missing, r.unmet, r.score, r.prefer)
            )
            match = _fitted(match, best, match.reasons or best.reasons)
            fitting += not (best.missing or best.unmet) and best.prefer >= could
        out.append(match)
    return sorted(out, key=stored_first)


def _preferred(
    matches: Sequence[StoredMatch], queries: dict[int, tuple[ParsedQuery, Sensitivity]]
) -> dict[int, float]:
    """By id(match), the most a match's searches prefer it for naming a workplace or shift
    ("nurse hospital"): its posting's features, no scoring; empty when no search prefers any."""
    if not any(query.prefer for query, _ in queries.values()):
        return {}
    return {
        id(m): max(
            (
                prefer_part(queries[sid][0], features(m.posting))
                for sid in m.search_ids
                if sid in queries
            ),
            default=0.0,
        )
        for m in matches
    }


def restated(query: ParsedQuery) -> str:
    """The search in the words it was read as, for a hint to send ("/explore nurse"): what
    it looks for, without the words it ignored ("nurse 999999999k+": nurse)."""
    return query.restated()
