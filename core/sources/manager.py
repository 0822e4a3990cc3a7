"""Job sources: adding and polling them, with a silent baseline, closing and cross-source dedup.

A source's postings are those whose id starts with "kind:name:". After a full poll the ones
missing from it are closed; a partial poll (a later page failed) closes nothing, and an empty
answer closes only when the next poll is empty too. A new posting that is the same job as an
open posting of another source is linked to it (duplicate_of) and never matched on its own,
so a subscriber gets one card, which carries both links.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from core.errors import SourceError, StoreError, UserError
from core.model import Posting
from core.ports import Clock, IngestStore
from core.postings.intake import Intake
from core.sources.ingest import FetchState, PollResult, SourceSpec, SourceSpecError
from core.sources.ingest.dedup import DuplicateIndex, duplicate_key
from core.sources.ingest.spec import default_url, local_path, names_address
from core.sources.model import (
    BACKOFF_CAP,
    CONCURRENCY,
    DEFAULT_INTERVAL,
    POLL_LEASE,
    RETRY_FIRST,
    RunCounts,
    RunReport,
    RunStatus,
    Source,
    SourceRun,
    format_interval,
    min_interval,
    name_from_address,
    parse_interval,
    skipped_count,
)

if TYPE_CHECKING:
    from core.sources.ingest.fetch.http import HttpClient

log = logging.getLogger(__name__)

# A failed poll whose failure cannot be recorded (the database down past the store's own
# retries) is recorded again after these pauses (doubling) until its claim nears its end
# (POLL_LEASE, less RECORD_MARGIN): once the database is back, the source's back-off replaces
# the claim rather than the claim holding the source for the rest of the lease.
RECORD_RETRY_FIRST = 1.0
RECORD_RETRY_LAST = 30.0
RECORD_MARGIN = timedelta(seconds=30)


def _make_client() -> HttpClient:
    """The HTTP client (httpx), loaded on first use: a chat start never pays for it."""
    from core.sources.ingest.fetch.http import make_client

    return make_client()


class SourceManager:
    """Adds, lists and polls sources; records postings through the intake."""

    def __init__(
        self,
        store: IngestStore,
        intake: Intake | Callable[[], Awaitable[Intake]],
        clock: Clock,
        *,
        client_factory: Callable[[], HttpClient] | None = None,
    ) -> None:
        """Work on this store; the HTTP client is made on first use and closed by aclose.

        intake may be a function building it on first use: adding, listing, pausing and
        resuming sources then never load the search index.
        """
        self._store = store
        self._intake = intake
        self._clock = clock
        self._client_factory = client_factory or _make_client
        self._client: HttpClient | None = None
        self._write = asyncio.Lock()  # linking must see every earlier poll's postings
        self._running: set[int] = set()

    async def _ready_intake(self) -> Intake:
        """The intake, built now if only its builder was given."""
        return self._intake if isinstance(self._intake, Intake) else await self._intake()

    async def aclose(self) -> None:
        """Close the HTTP client."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def add(
        self,
        kind: str,
        target: str,
        *,
        url: str | None = None,
        interval: str | None = None,
        company: str | None = None,
        allow_files: bool = True,
    ) -> Source:
        """Add a source; target is its name, or for a feed its address (the name is derived).

        allow_files False (chat) refuses local files: only the command line may read them.
        """
        target = target.strip()
        derived = url is None and names_address(kind, target)
        if derived:
            url, target = target, name_from_address(target)
        spec = SourceSpec.parse(kind, target, url, company)
        path = local_path(spec.kind, spec.url) if spec.url else None
        if path is not None and not allow_files:
            raise UserError("A file source can only be added with `concierge sources add`.")
        if path is not None:  # polls may run from another folder: keep the file's full path
            spec = SourceSpec(spec.kind, spec.name, str(path.resolve()), spec.company)
        await self._refuse_same_location(spec)
        seconds = parse_interval(interval) if interval else DEFAULT_INTERVAL
        shortest = min_interval(spec)
        if seconds < shortest:
            raise UserError(
                f"{spec.label} may be polled at most every {format_interval(shortest)}; "
                "be kind to other people's servers"
            )
        for attempt in range(1, 10 if derived else 2):
            name = spec.name if attempt == 1 else f"{spec.name[:90]}-{attempt}"
            added = await self._store.add_source(
                SourceSpec(spec.kind, name, spec.url, spec.company), seconds, self._clock.now()
            )
            if added is not None:
                log.info("added source %s every %s", added.label, format_interval(seconds))
                return added
        raise UserError(f"{spec.label} is already a source. `sources list` shows it.")

    async def _refuse_same_location(self, spec: SourceSpec) -> None:
        """Two sources reading one file or URL would store every posting twice."""
        where = location(spec.kind, spec.name, spec.url)
        for source in await self._store.sources():
            if location(source.kind, source.name, source.url) != where:
                continue
            if source.label == spec.label:
                raise UserError(f"{spec.label} is already a source. `sources list` shows it.")
            raise UserError(
                f"{source.label} already reads {where}; `sources list` shows it. "
                "Remove it first to add this location under another name."
            )

    async def sources(self) -> list[Source]:
        """Every source."""
        return await self._store.sources()

    async def find(self, ref: str) -> Source:
        """A source by "kind:name" or a name unique across kinds."""
        ref = ref.strip().lower()
        sources = await self._store.sources()
        found = [s for s in sources if ref in (s.label, s.name)]
        if len(found) > 1:
            raise UserError(
                f'"{ref}" names several sources; say which: ' + ", ".join(s.label for s in found)
            )
        if not found:
            raise UserError(f'There is no source "{ref[:60]}". `sources list` shows them.')
        return found[0]

    async def remove(self, ref: str) -> tuple[Source, int]:
        """Remove a source and close its open postings (kept, no longer offered)."""
        source = await self.find(ref)
        async with self._write:
            await self._store.remove_source(source.id)
            closed = await self._store.close_missing(f"{source.label}:", (), self._clock.now())
            await self._promote(closed)
        return source, len(closed)

    async def pause(self, ref: str) -> Source:
        """Stop polling a source."""
        source = await self.find(ref)
        now = self._clock.now()
        await self._store.set_source_paused(source.id, True, source.next_run_at or now)
        return source

    async def resume(self, ref: str) -> Source:
        """Poll a paused source again, starting now; its failures and last error are cleared."""
        source = await self.find(ref)
        await self._store.set_source_paused(source.id, False, self._clock.now())
        return await self.find(source.label)

    async def poll_due(self, now: datetime | None = None) -> list[RunReport]:
        """Poll every unpaused source whose time has come, a few at a time."""
        due = await self._store.due_sources(now or self._clock.now())
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(source: Source) -> RunReport | None:
            async with gate:
                return await self.poll_one(source)

        reports = await asyncio.gather(*(one(source) for source in due))
        return [report for report in reports if report is not None]

    async def poll_id(self, source_id: int, tolerance: float = 0.0) -> RunReport | None:
        """Poll a source if it exists, is unpaused and due within tolerance seconds.

        The source is claimed in the store first, so of several processes one polls it.
        """
        now = self._clock.now()
        soon = now + timedelta(seconds=tolerance)
        source = await self._store.claim_source(source_id, soon, now + POLL_LEASE)
        if source is None:
            return None
        return await self.poll_one(source)

    async def poll_one(self, source: Source) -> RunReport | None:
        """Poll one source now and record everything; None if it is already being polled."""
        if source.id in self._running:
            return None
        self._running.add(source.id)
        try:
            return await self._poll(source)
        finally:
            self._running.discard(source.id)

    async def _poll(self, source: Source) -> RunReport:
        now = self._clock.now()
        state = FetchState(source.etag, source.last_modified)
        try:
            from core.sources.ingest.polling import poll  # feedparser …: on the first poll

            result = await poll(source.spec, self._http(), state, now)
        except (SourceError, SourceSpecError) as exc:
            return await self._failed(source, now, str(exc), getattr(exc, "retry_after", None))
        except Exception as exc:  # a connector bug must not stop the other sources
            log.exception("polling %s failed", source.label)
            return await self._failed(source, now, f"internal error ({type(exc).__name__})", None)
        try:
            async with self._write:
                return await self._apply(source, result, now)
        except Exception as exc:
            if isinstance(exc, StoreError):  # the database is down: its retries were logged
                log.warning("storing the postings of %s failed: %s", source.label, exc)
            else:
                log.exception("storing the postings of %s failed", source.label)
            return await self._failed(source, now, f"storing failed ({type(exc).__name__})", None)

    def _http(self) -> HttpClient:
        if self._client is None:
            self._client = self._client_factory()
        return self._client

    async def _failed(
        self, source: Source, now: datetime, error: str, retry_after: float | None
    ) -> RunReport:
        failures = source.failures + 1
        first = min(float(source.interval), RETRY_FIRST)
        from core.sources.ingest.fetch.http import backoff_delay

        delay = max(backoff_delay(failures, first, BACKOFF_CAP), retry_after or 0.0)
        next_run = now + timedelta(seconds=delay)
        log.warning("source %s failed (%d in a row): %s", source.label, failures, error)
        run = SourceRun(now, False, next_run, failures, error[:500], empty_polls=source.empty_polls)
        await self._record_failure(source, run, now)
        return RunReport(source, "failed", error=error, next_run_at=next_run)

    async def _record_failure(self, source: Source, run: SourceRun, claimed: datetime) -> None:
        """Record a failed run, again with back-off while the database is down, until the
        claim taken at `claimed` nears its end (then the error is raised)."""
        loop = asyncio.get_running_loop()
        left = POLL_LEASE - RECORD_MARGIN - (self._clock.now() - claimed)
        give_up = loop.time() + left.total_seconds()
        pause = RECORD_RETRY_FIRST
        while True:
            try:
                await self._store.record_source_run(source.id, run)
                return
            except StoreError as exc:
                if loop.time() + pause >= give_up:
                    raise
                log.warning(
                    "recording the failed poll of %s failed: %s; again in %.0fs",
                    source.label,
                    exc,
                    pause,
                )
            await asyncio.sleep(pause)
            pause = min(pause * 2, RECORD_RETRY_LAST)

    async def _apply(self, source: Source, result: PollResult, now: datetime) -> RunReport:
        next_run = now + timedelta(seconds=max(source.interval, result.retry_after or 0.0))
        if result.not_modified:
            run = SourceRun(now, True, next_run, 0, state=result.state, empty_polls=0)
            await self._store.record_source_run(source.id, run)
            return RunReport(source, "not_modified", next_run_at=next_run)
        partial = any(note.startswith("stopped ") for note in result.skipped)
        skipped = skipped_count(result.skipped)
        postings = list({p.id: p for p in result.postings}.values())
        if not postings and skipped:
            error = f"all {skipped} records were skipped; first: {result.skipped[0]}"
            return await self._failed(source, now, error, result.retry_after)
        baseline = source.last_success_at is None
        keys, links = await self._link(source, postings)
        linked = {pid for pid, original in links if original is not None}
        intake = await self._ready_intake()
        summary = await intake.record(
            postings, notify=not baseline, duplicates=linked, rematch={pid for pid, _ in links}
        )
        await self._store.set_dup_keys(keys)
        await self._store.set_duplicate_of(links)
        closed: list[str] = []
        empty = source.empty_polls + 1 if not postings else 0
        if not partial and (postings or empty >= 2):
            keep = [p.id for p in postings]
            closed = await self._store.close_missing(f"{source.label}:", keep, now)
            await self._promote(closed)
        counts = RunCounts(summary.new, summary.updated, summary.unchanged, len(closed), skipped)
        notes = [n for n in result.skipped if n.startswith("stopped ")]
        if not postings and empty < 2:
            notes.append("the source listed no postings; nothing closed until it does so twice")
        error = "; ".join(notes)
        run = SourceRun(now, True, next_run, 0, error[:500], result.state, counts, empty)
        await self._store.record_source_run(source.id, run)
        status: RunStatus = "partial" if partial else "baseline" if baseline else "ok"
        log.info(
            "polled %s: %d new, %d updated, %d closed, %d skipped, %d linked",
            source.label,
            counts.new,
            counts.updated,
            counts.closed,
            counts.skipped,
            len(linked),
        )
        return RunReport(
            source,
            status,
            counts,
            len(linked),
            summary.matches,
            error,
            next_run,
            tuple(result.skipped),
        )

    async def _link(
        self, source: Source, postings: Sequence[Posting]
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str | None]]]:
        """Dup keys of postings, and (id, original or None) for those whose link is open.

        A posting stored before as an original stays one (its cards may have gone out); the
        others are linked to the oldest open posting of another source that is the same job.
        """
        await self._fill_keys()
        prefix = f"{source.label}:"
        stored = await self._store.source_links(prefix)
        keys = {p.id: duplicate_key(p) or "" for p in postings}
        pending = [
            p
            for p in postings
            if p.id not in stored or stored[p.id][0] is not None or stored[p.id][1] is None
        ]
        wanted = sorted({keys[p.id] for p in pending if keys[p.id]})
        index = DuplicateIndex(await self._store.dedup_candidates(wanted, prefix))
        links: list[tuple[str, str | None]] = []
        for posting in pending:
            found = index.find(posting) if keys[posting.id] else []
            before = stored.get(posting.id, (None, None))[0]
            links.append((posting.id, before if before in found else next(iter(found), None)))
        return list(keys.items()), links

    async def _fill_keys(self) -> None:
        """Compute dup keys for postings stored before sources existed (imports, samples)."""
        while batch := await self._store.postings_without_dup_key(1000):
            await self._store.set_dup_keys([(p.id, duplicate_key(p) or "") for p in batch])

    async def _promote(self, closed: Sequence[str]) -> None:
        """The oldest open duplicate of a closed posting becomes the original; matched quietly."""
        orphans = await self._store.orphaned_duplicates(closed)
        heirs: dict[str, str] = {}
        links: list[tuple[str, str | None]] = []
        promoted: list[Posting] = []
        for original, orphan in orphans:
            heir = heirs.setdefault(original, orphan.id)
            links.append((orphan.id, None if heir == orphan.id else heir))
            if heir == orphan.id:
                promoted.append(orphan)
        await self._store.set_duplicate_of(links)
        if promoted:
            await (await self._ready_intake()).match_postings(promoted, notify=False)


def location(kind: str, name: str, url: str | None) -> str:
    """Where a source reads from, one spelling per place: a file's full path, or its URL."""
    path = local_path(kind, url) if url else None
    if path is not None:
        return str(path.resolve())
    try:
        address = urlsplit(default_url(SourceSpec(kind, name, url)))
    except SourceSpecError:
        return f"{kind}:{name}"
    scheme, host = address.scheme.lower(), address.netloc.lower()
    return urlunsplit((scheme, host, address.path.rstrip("/"), address.query, ""))
