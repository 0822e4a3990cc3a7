"""`concierge explore`: what /explore shows, from the index over the stored open postings."""

from __future__ import annotations

import asyncio
import json
import sys
from functools import partial
from pathlib import Path

from adapters.console.charts import write_chart
from adapters.console.render import exploration_text
from bot.bootstrap import open_app
from bot.config import Settings
from core.chat.queries import MAX_QUERY_LENGTH, clean_text
from core.errors import QueryError
from core.explore.commands import explore as explore_figures
from core.explore.commands import index_finds_own as finds
from core.explore.commands import indexed_postings, nothing_found
from core.explore.figures import market
from core.matching import parse_query
from core.postings.intake import Intake
from core.postings.search_index import SearchIndex


async def explore(settings: Settings, query_text: str, as_json: bool, chart: Path | None) -> int:
    """Print the figures for a query (JSON with --json), writing the chart to chart if given."""
    text = clean_text(query_text)
    if len(text) > MAX_QUERY_LENGTH:
        print(
            f"concierge explore: keep the query to at most {MAX_QUERY_LENGTH} characters",
            file=sys.stderr,
        )
        return 2
    try:
        query = parse_query(text)
    except QueryError as exc:
        print(f"concierge explore: {exc}", file=sys.stderr)
        return 2
    async with open_app(settings, read_only_ok=True) as app:
        # The chats' path: the index over open postings, searched through a bare intake (no
        # saved search is loaded; nothing is stored).
        search = Intake(app.store, SearchIndex(), app.clock).search_open_postings
        found, analysed = await indexed_postings(app.store, search, query)
        titles = [] if found else await app.store.open_titles()
        said = "" if found else await nothing_found(text, query, titles, partial(finds, search))
        now = app.clock.now()
    for note in query.notes:  # how a word was read, as `concierge search` says it
        print(note, file=sys.stderr if as_json else sys.stdout)
    if not found:
        if as_json:
            print(json.dumps(market(text, query.describe(), [], now).to_json(), ensure_ascii=False))
        print(said, file=sys.stderr if as_json else sys.stdout)
        if chart:  # a file asked for and not written: said, and the command fails
            missing = f"Chart missing: with no posting to draw, I wrote nothing to {chart}."
            print(missing, file=sys.stderr if as_json else sys.stdout)
            return 1
        return 0
    result = await asyncio.to_thread(
        partial(explore_figures, text, query, found, now, chart=bool(chart), analysed=analysed)
    )
    line = write_chart(result, chart) if chart else ""
    if as_json:
        print(json.dumps(result.market.to_json(), ensure_ascii=False, indent=2))
        if line:
            print(line, file=sys.stderr)
    else:
        print(exploration_text(result, line))
    return 0 if not chart or line.startswith("Chart: ") else 1
