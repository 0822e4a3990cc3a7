"""Ingestion: fetching job sources politely and normalising them into Postings.

poll(spec, client, state, now) fetches one source and returns a PollResult, or raises a
SourceError subclass (FetchError and its kinds, with .retry_after for 429/503). The caller
keeps FetchState between polls and applies backoff_delay after failures.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

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
from core.sources.ingest.spec import SOURCE_KINDS, FetchState, PollResult, SourceSpec, default_url

if TYPE_CHECKING:
    from core.sources.ingest.fetch.http import (
        USER_AGENT,
        IngestClient,
        backoff_delay,
        make_client,
    )
    from core.sources.ingest.polling import MAX_PAGES, poll

# The HTTP client (httpx) and the connectors (feedparser …) load on first use, so that the
# source model and the chat commands stay cheap to import.
_LAZY = {
    "USER_AGENT": "core.sources.ingest.fetch.http",
    "IngestClient": "core.sources.ingest.fetch.http",
    "backoff_delay": "core.sources.ingest.fetch.http",
    "make_client": "core.sources.ingest.fetch.http",
    "MAX_PAGES": "core.sources.ingest.polling",
    "poll": "core.sources.ingest.polling",
}

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


def __getattr__(name: str) -> object:
    """Load a heavy re-export on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
