"""Ingestion: fetching job sources politely and normalising them into Postings.

poll(spec, client, state, now) fetches one source and returns a PollResult, or raises a
SourceError subclass (FetchError and its kinds, with .retry_after for 429/503). The caller
keeps FetchState between polls and applies backoff_delay after failures.
"""

from __future__ import annotations

from core.sources.ingest.errors import (
    FetchError,
    ForbiddenAddressError,
    FormatError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseTooLargeError,
    ServerError,
    SourceSpecError,
)
from core.sources.ingest.fetch.http import USER_AGENT, IngestClient, backoff_delay, make_client
from core.sources.ingest.poll import MAX_PAGES, poll
from core.sources.ingest.spec import SOURCE_KINDS, FetchState, PollResult, SourceSpec, default_url

__all__ = [
    "MAX_PAGES",
    "SOURCE_KINDS",
    "USER_AGENT",
    "FetchError",
    "FetchState",
    "ForbiddenAddressError",
    "FormatError",
    "IngestClient",
    "NetworkError",
    "NotFoundError",
    "PollResult",
    "RateLimitedError",
    "ResponseTooLargeError",
    "ServerError",
    "SourceSpec",
    "SourceSpecError",
    "backoff_delay",
    "default_url",
    "make_client",
    "poll",
]
