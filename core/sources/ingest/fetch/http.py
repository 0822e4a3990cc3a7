"""Polite HTTP: one client setup, conditional GETs, a streamed size cap, back-off.

Redirects are followed here, not by httpx, so every hop's address is checked against the
source's AddressPolicy; each request goes to the very address that was checked (the Host header
and TLS server name keep the host name), so DNS cannot answer differently in between.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from core.sources.ingest import errors
from core.sources.ingest.fetch.addresses import (
    AddressPolicy,
    Resolver,
    checked_addresses,
    system_resolver,
)
from core.sources.ingest.spec import FetchState

USER_AGENT = "JobConcierge/0.1 (+https://github.com/job-concierge)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
# A server sending a byte now and then never trips the read timeout: cap the whole fetch too.
_TOTAL_TIMEOUT_FACTOR = 3
_RETRY_AFTER_MAX = 24 * 3600.0
_PORTS = {"http": 80, "https": 443}
# The client type the rest of the core names, so that only this package imports httpx.
HttpClient = httpx.AsyncClient


class IngestClient(httpx.AsyncClient):
    """An httpx.AsyncClient that knows its size cap, total time limit and DNS resolver."""

    def __init__(
        self, *, timeout: float, max_bytes: int, resolver: Resolver, verify: ssl.SSLContext | bool
    ) -> None:
        """Set up the User-Agent and timeouts; proxies from the environment are not used."""
        super().__init__(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            verify=verify,
            # A proxy would resolve names itself and connect where our checks never looked.
            trust_env=False,
        )
        self.max_bytes = max_bytes
        self.total_timeout = timeout * _TOTAL_TIMEOUT_FACTOR
        self.resolver = resolver


def make_client(
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    resolver: Resolver = system_resolver,
    verify: ssl.SSLContext | bool = True,
) -> IngestClient:
    """A client for polling sources (verify: the CAs to trust); close it with `aclose()`."""
    return IngestClient(timeout=timeout, max_bytes=max_bytes, resolver=resolver, verify=verify)


@dataclass(frozen=True, slots=True)
class Fetched:
    """One response: its body (None when 304 Not Modified) and the validators to keep."""

    body: bytes | None
    state: FetchState
    content_type: str
    url: str


def backoff_delay(
    failures: int,
    base_seconds: float,
    cap_seconds: float,
    *,
    jitter: float = 0.0,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait after `failures` failures in a row: base·2^(n-1), capped.

    jitter (0..1) takes up to that fraction off at random, so failing sources spread out.
    """
    if failures <= 0:
        return 0.0
    exponent = min(failures - 1, 62)  # 2**62 seconds is already far past any cap
    delay = min(cap_seconds, base_seconds * 2.0**exponent)
    if jitter > 0:
        delay *= 1.0 - min(jitter, 1.0) * rng()
    return max(delay, 0.0)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        seconds = (moment - now).total_seconds()
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), _RETRY_AFTER_MAX)


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    state: FetchState,
    now: datetime,
    *,
    policy: AddressPolicy,
    accept: str = "application/json",
) -> Fetched:
    """GET url conditionally, following redirects within policy; a FetchError on failure."""
    max_bytes = getattr(client, "max_bytes", DEFAULT_MAX_BYTES)
    total = getattr(client, "total_timeout", DEFAULT_TIMEOUT * _TOTAL_TIMEOUT_FACTOR)
    resolver = getattr(client, "resolver", system_resolver)
    headers = {"Accept": accept}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        async with asyncio.timeout(total):
            for _ in range(MAX_REDIRECTS + 1):
                hop = await _get(client, url, headers, state, now, max_bytes, policy, resolver)
                if isinstance(hop, Fetched):
                    return hop
                url = hop
    except TimeoutError:
        raise errors.NetworkError(f"timed out after {total:g} s") from None
    except httpx.TimeoutException:
        raise errors.NetworkError("timed out waiting for the server") from None
    except httpx.DecodingError:
        raise errors.FormatError("the response could not be decompressed") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise errors.FetchError(f"invalid URL: {exc}") from None
    except httpx.HTTPError as exc:
        raise errors.NetworkError(f"cannot reach the server: {_describe(exc)}") from None
    raise errors.NetworkError(f"too many redirects (more than {MAX_REDIRECTS}; a loop?)")


async def _get(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    state: FetchState,
    now: datetime,
    max_bytes: int,
    policy: AddressPolicy,
    resolver: Resolver,
) -> Fetched | str:
    """One request: the response, or the URL a redirect points to."""
    response = await _send(client, httpx.URL(url), headers, policy, resolver)
    try:
        status = response.status_code
        if status == 304:
            return Fetched(None, _validators(response, state), "", url)
        if status >= 400:
            raise _status_error(response, now)
        if response.has_redirect_location:
            return str(httpx.URL(url).join(response.headers["Location"]))
        if 300 <= status < 400:
            raise errors.FetchError(
                f"HTTP {status} redirect without a usable Location", status=status
            )
        body = await _read_capped(response, max_bytes)
        content_type = response.headers.get("Content-Type", "")
        return Fetched(body, _validators(response, FetchState()), content_type, url)
    finally:
        await response.aclose()


async def _send(
    client: httpx.AsyncClient,
    url: httpx.URL,
    headers: dict[str, str],
    policy: AddressPolicy,
    resolver: Resolver,
) -> httpx.Response:
    """Send to the first checked address of url's host that accepts a connection."""
    if url.scheme not in ("http", "https") or not url.host:
        raise errors.ForbiddenAddressError(
            f"refused to follow {str(url)[:200]}: not an http(s) URL"
        )
    host = url.raw_host.decode("ascii")
    addresses = await checked_addresses(host, url.port or _PORTS[url.scheme], policy, resolver)
    pinned = {**headers, "Host": url.netloc.decode("ascii")}
    extensions = {"sni_hostname": host} if url.scheme == "https" else {}
    *others, last = [
        client.build_request(
            "GET", url.copy_with(host=address), headers=pinned, extensions=extensions
        )
        for address in addresses
    ]
    for request in others:
        with contextlib.suppress(httpx.ConnectError):
            return await client.send(request, stream=True, follow_redirects=False)
    return await client.send(last, stream=True, follow_redirects=False)


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    too_large = errors.ResponseTooLargeError(f"response larger than {_megabytes(max_bytes)} MB")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _validators(response: httpx.Response, previous: FetchState) -> FetchState:
    etag = response.headers.get("ETag") or previous.etag
    last_modified = response.headers.get("Last-Modified") or previous.last_modified
    return FetchState(etag, last_modified)


def _status_error(response: httpx.Response, now: datetime) -> errors.FetchError:
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
    wait = f"; retry after {retry_after:g} s" if retry_after is not None else ""
    if status == 429:
        return errors.RateLimitedError(
            f"rate limited (HTTP 429){wait}", status=status, retry_after=retry_after
        )
    if status >= 500:
        return errors.ServerError(
            f"server error (HTTP {status} {response.reason_phrase}){wait}",
            status=status,
            retry_after=retry_after,
        )
    if status in (404, 410):
        return errors.NotFoundError(
            f"not found (HTTP {status}): unknown board or feed", status=status
        )
    return errors.FetchError(f"refused (HTTP {status} {response.reason_phrase})", status=status)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g}"


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
