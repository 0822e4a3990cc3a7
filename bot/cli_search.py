"""`concierge search` and `concierge explain`: the matcher on the stored postings."""

from __future__ import annotations

import json
import sys

from bot.bootstrap import open_app
from bot.config import Settings
from core.chat.queries import clean_text
from core.errors import QueryError
from core.matching import parse_query, silent, threshold_for
from core.matching.order import FITS, fit_group, parting_lines
from core.matching.query.parse import unknown_words
from core.matching.unstated import unstated
from core.model import Posting, Sensitivity
from core.postings.lookup import stored_gain, stored_left_out, stored_matches
from core.postings.same_job import fold
from core.scores import score_text
from core.searches.explaining import breakdown

LOOSEN = "--sensitivity loose"
NO_POSTINGS = (
    "No open posting is stored yet. Load some with `concierge import FILE`, add a job source "
    "with `concierge sources add …`, or start the chat once (`make run`), which loads the "
    "bundled sample."
)


async def search(
    settings: Settings,
    query_text: str,
    limit: int,
    as_json: bool,
    sensitivity: Sensitivity = "normal",
) -> int:
    """Print the stored postings a query matches at this sensitivity, best first."""
    try:
        query = parse_query(clean_text(query_text))  # markup stripped as chats strip it
    except QueryError as exc:
        print(f"concierge search: {exc}", file=sys.stderr)
        return 2
    async with open_app(settings, read_only_ok=True) as app:
        ranked = await stored_matches(app.store, query, sensitivity)
        left_ids = await stored_left_out(app.store, query, sensitivity)
        # the line of jobs naming no sector asked, when there is one, is the tip
        gain = None if left_ids else await stored_gain(app.store, query, sensitivity, len(ranked))
        roots = await app.store.job_roots([posting.id for posting, _ in ranked] + left_ids)
        empty = not ranked and await app.store.count_open_postings() == 0
    found = fold(ranked, lambda pair: pair[0].id, roots)[:limit]
    if as_json:
        rows = [
            {
                "posting_id": posting.id,
                "title": posting.title,
                "company": posting.company,
                "score": round(result.score, 1),
                "reasons": list(result.reasons),
                "same_job": [other.id for other, _ in same],
                "fit": FITS[fit_group(result.short, result.lacking)],
                "short": list(result.short),
            }
            for (posting, result), same in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    bar = f"score ≥ {threshold_for(sensitivity):g}"
    if sensitivity == "loose" and query.title:
        bar = f"words scoring ≥ {threshold_for(sensitivity):g} or a title related by meaning"
    print(f"Query: {query.describe()} ({sensitivity}: {bar})")
    for note in query.notes:
        print(note)
    if empty:
        print(NO_POSTINGS)
    left = len({roots.get(posting_id, posting_id) for posting_id in left_ids})
    if not empty and not found:
        tip = silent.note(query, left, LOOSEN, more=False)
        tip = tip or (gain.said(LOOSEN) if gain else "")
        if said := unknown_words(query):
            print(said)
        print(" ".join(filter(None, ("No stored posting matches.", tip))))
    unknown = unstated(query, (posting for posting, _ in ranked))
    partings = parting_lines(
        [(result.short, result.lacking) for (_, result), _ in found],
        [result.prefer for (_, result), _ in found],
        query.prefer,
    )
    for number, (((posting, result), same), parting) in enumerate(
        zip(found, partings, strict=True), start=1
    ):
        if parting:
            print(parting)
        company = f" — {posting.company}" if posting.company else ""
        shown = score_text(result.score)
        print(f"{number:>3}. [{shown:>5}] {posting.title}{company}  ({posting.id})")
        print(f"       {'; '.join(result.reasons)}")
        if same:
            print(f"       the same job on: {', '.join(other.id for other, _ in same)}")
    if unknown:
        print(unknown)
    more = silent.note(query, left, LOOSEN) if found else ""
    more = more or (gain.said(LOOSEN) if gain and found else "")
    if more:
        print(more)
    return 0


async def explain(
    settings: Settings, query_text: str, posting_id: str, sensitivity: Sensitivity = "normal"
) -> int:
    """Print the full score breakdown of one posting, by id or by the job #N a card shows."""
    try:
        query = parse_query(clean_text(query_text))  # markup stripped as chats strip it
    except QueryError as exc:
        print(f"concierge explain: {exc}", file=sys.stderr)
        return 2
    async with open_app(settings, read_only_ok=True) as app:
        candidates = await app.store.find_postings(posting_id)
        number = job_number(posting_id)
        if not candidates and number is not None:
            found = await app.store.posting_by_ref(number)
            candidates = [found[0]] if found else []
    if len(candidates) != 1:
        print(f"concierge explain: {_not_one(posting_id, candidates)}", file=sys.stderr)
        return 2
    posting = candidates[0]
    print(f"Query:   {query.describe()}")
    for note in query.notes:
        print(f"         {note}")
    print(f"Posting: {posting.title}" + (f" — {posting.company}" if posting.company else ""))
    score, *parts = breakdown(query, posting, sensitivity)
    print(score.replace("Score: ", "Score:   ", 1))
    for line in parts:
        print(line)
    return 0


def _not_one(posting_id: str, candidates: list[Posting]) -> str:
    """Why what was given to explain names no posting, or several."""
    if not candidates:
        return (
            f"no posting {posting_id[:80]!r} in the store: give the job #N a card shows, or the "
            "id `concierge search` prints in brackets (SOURCE:ID for imported postings)"
        )
    ids = ", ".join(posting.id for posting in candidates[:10])
    return f"id {posting_id!r} is in several sources ({ids}); give one of these"


def job_number(text: str) -> int | None:
    """The N of "251", "#251" or "job #251", as cards show it; None for anything else."""
    digits = text.strip().lower().removeprefix("job").strip().removeprefix("#").strip()
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) < 19 else None
