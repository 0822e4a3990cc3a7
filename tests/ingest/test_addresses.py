"""SSRF: redirects and DNS answers into private networks are refused, unless configured there.

No traffic leaves 127.0.0.1: every other address is refused before a connection is made, and
host names resolve through an injected resolver.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import pytest
import trustme
from aiohttp import web

from core.sources.ingest import (
    FetchError,
    FetchState,
    ForbiddenAddressError,
    IngestClient,
    NetworkError,
    SourceSpec,
    make_client,
    poll,
)
from core.sources.ingest.fetch.addresses import AddressPolicy
from tests.ingest.conftest import NOW, Server

RSS = (
    '<rss version="2.0"><channel><title>t</title><item><title>Engineer</title>'
    "<link>https://x.example/1</link></item></channel></rss>"
)
NAMES = {
    "feeds.internal.test": ["127.0.0.1"],
    "jobs.example.com": ["127.0.0.1"],
    "mixed.example.com": ["93.184.216.34", "127.0.0.1"],
    "metadata.example.com": ["169.254.169.254"],
}


async def fake_resolver(host: str, port: int) -> list[str]:
    return NAMES[host]


@pytest.fixture
async def resolving_client() -> AsyncIterator[IngestClient]:
    http = make_client(timeout=2.0, max_bytes=1024 * 1024, resolver=fake_resolver)
    try:
        yield http
    finally:
        await http.aclose()


def _redirect_to(server: Server, target: str) -> str:
    async def handler(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(target.replace("{port}", server.base.rsplit(":", 1)[1]))

    return server.add("/jobs.rss", handler)


def _feed(server: Server) -> list[str]:
    hosts: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        hosts.append(request.headers["Host"])
        return web.Response(text=RSS, content_type="application/rss+xml")

    server.add("/feed.rss", handler)
    return hosts


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/feed.rss",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://192.168.1.1:{port}/feed.rss",
        "http://0.0.0.0:{port}/feed.rss",
        "http://metadata.example.com/",
        "file:///etc/passwd",
    ],
)
async def test_a_redirect_out_of_the_configured_range_is_refused(
    server: Server, resolving_client: IngestClient, target: str
) -> None:
    spec = SourceSpec.parse("rss", "local", _redirect_to(server, target))
    with pytest.raises(ForbiddenAddressError, match="refused to"):
        await poll(spec, resolving_client, FetchState(), NOW)
    assert len(server.requests) == 1


async def test_redirects_within_the_configured_loopback_range_are_followed(
    server: Server, resolving_client: IngestClient
) -> None:
    hosts = _feed(server)
    spec = SourceSpec.parse(
        "rss", "local", _redirect_to(server, "http://feeds.internal.test:{port}/feed.rss")
    )
    result = await poll(spec, resolving_client, FetchState(), NOW)
    assert [p.title for p in result.postings] == ["Engineer"]
    # Connected to the checked address, while the server saw the name it was asked for.
    assert hosts == [f"feeds.internal.test:{server.base.rsplit(':', 1)[1]}"]
    closed = SourceSpec.parse("rss", "other", _redirect_to(server, "http://127.0.0.1:9/feed.rss"))
    with pytest.raises(NetworkError, match="cannot reach the server"):  # allowed, nobody listens
        await poll(closed, resolving_client, FetchState(), NOW)


@pytest.mark.parametrize("name", ["jobs.example.com", "mixed.example.com"])
async def test_a_name_resolving_to_loopback_is_refused(
    server: Server, resolving_client: IngestClient, name: str
) -> None:
    _feed(server)
    port = server.base.rsplit(":", 1)[1]
    spec = SourceSpec.parse("rss", "remote", f"http://{name}:{port}/feed.rss")
    with pytest.raises(ForbiddenAddressError, match=rf"refused to connect to {name} \(127.0.0.1"):
        await poll(spec, resolving_client, FetchState(), NOW)
    assert server.requests == []


@pytest.mark.parametrize(
    ("url", "note"),
    [
        ("http://127.0.0.1:8080/jobs.rss", "127.0.0.0/8"),
        ("http://localhost:8080/", "127.0.0.0/8 and ::1/128"),
        ("http://10.1.2.3/", "10.0.0.0/8"),
        ("http://[::1]:8080/", "::1/128"),
        ("http://[::ffff:192.168.0.7]/", "192.168.0.0/16"),
        ("http://169.254.169.254/", "169.254.0.0/16"),
        ("https://boards-api.greenhouse.io/v1/boards/x/jobs", ""),
        ("http://93.184.216.34/", ""),
        ("http://intranet.example/", ""),
    ],
)
def test_the_configured_url_names_the_allowed_range(url: str, note: str) -> None:
    policy = AddressPolicy.for_url(url)
    expected = f"private network allowed: URL configured in {note}" if note else ""
    assert policy.note == expected


@pytest.mark.parametrize(
    ("configured", "address", "allowed"),
    [
        ("https://jobs.example.com/", "93.184.216.34", True),
        ("https://jobs.example.com/", "2606:4700::1", True),
        ("https://jobs.example.com/", "127.0.0.1", False),
        ("https://jobs.example.com/", "::1", False),
        ("https://jobs.example.com/", "::ffff:127.0.0.1", False),
        ("https://jobs.example.com/", "64:ff9b::a00:1", False),
        ("https://jobs.example.com/", "10.0.0.1", False),
        ("https://jobs.example.com/", "172.16.5.4", False),
        ("https://jobs.example.com/", "100.64.0.1", False),
        ("https://jobs.example.com/", "169.254.169.254", False),
        ("https://jobs.example.com/", "fe80::1%eth0", False),
        ("https://jobs.example.com/", "fc00::1", False),
        ("https://jobs.example.com/", "224.0.0.1", False),
        ("https://jobs.example.com/", "0.0.0.0", False),
        ("https://jobs.example.com/", "240.0.0.1", False),
        ("http://127.0.0.1:8080/", "127.0.0.2", True),
        ("http://127.0.0.1:8080/", "10.0.0.1", False),
        ("http://10.0.0.5/", "10.200.0.1", True),
        ("http://10.0.0.5/", "192.168.0.1", False),
        ("http://169.254.10.10/", "169.254.10.11", True),
        ("http://169.254.10.10/", "169.254.169.254", False),
        ("http://169.254.169.254/", "169.254.169.254", True),
    ],
)
def test_address_policy(configured: str, address: str, allowed: bool) -> None:
    policy = AddressPolicy.for_url(configured)
    if allowed:
        assert policy.check("host", [address]) == [address]
    else:
        with pytest.raises(ForbiddenAddressError, match="refused to connect to host"):
            policy.check("host", [address])


async def test_proxies_from_the_environment_are_not_used(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    _feed(server)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nobody listens: a proxied poll fails
    client = make_client(timeout=2.0)
    try:
        spec = SourceSpec.parse("rss", "local", f"{server.base}/feed.rss")
        assert len((await poll(spec, client, FetchState(), NOW)).postings) == 1
    finally:
        await client.aclose()


async def test_a_redirect_without_location_is_a_clear_failure(
    server: Server, client: IngestClient
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302)

    spec = SourceSpec.parse("rss", "local", server.add("/jobs.rss", handler))
    with pytest.raises(FetchError, match="HTTP 302 redirect without a usable Location"):
        await poll(spec, client, FetchState(), NOW)


@pytest.fixture
def tls() -> trustme.CA:
    return trustme.CA()


async def _tls_server(ca: trustme.CA, names: list[str]) -> tuple[web.AppRunner, int, list[str]]:
    hosts: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        hosts.append(request.headers["Host"])
        if request.path == "/jobs.rss":
            port = request.url.port
            raise web.HTTPFound(f"https://feeds.internal.test:{port}/feed.rss")
        return web.Response(text=RSS, content_type="application/rss+xml")

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    return runner, runner.addresses[0][1], hosts


@pytest.mark.parametrize("trusted", [True, False])
async def test_https_goes_to_the_checked_address_and_verifies_the_name(
    tls: trustme.CA, trusted: bool
) -> None:
    names = ["127.0.0.1", "feeds.internal.test" if trusted else "other.test"]
    runner, port, hosts = await _tls_server(tls, names)
    context = ssl.create_default_context()
    tls.configure_trust(context)
    client = make_client(timeout=2.0, resolver=fake_resolver, verify=context)
    try:
        spec = SourceSpec.parse("rss", "tls", f"https://127.0.0.1:{port}/jobs.rss")
        if trusted:
            assert len((await poll(spec, client, FetchState(), NOW)).postings) == 1
            assert hosts == [f"127.0.0.1:{port}", f"feeds.internal.test:{port}"]
        else:
            with pytest.raises(NetworkError, match="CERTIFICATE_VERIFY_FAILED"):
                await poll(spec, client, FetchState(), NOW)
    finally:
        await client.aclose()
        await runner.cleanup()
