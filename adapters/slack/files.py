"""A file shared with the app, read as an /import: files.info, then a capped download."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from core.api import MAX_IMPORT_BYTES, oversized, read_import_file
from core.chat.commands import Command, Invalid

log = logging.getLogger(__name__)

DOWNLOAD_SECONDS = 20.0
# Slack serves url_private from here; the bot token is sent to no other host (but the Web API's).
FILES_HOST = "files.slack.com"
UNREADABLE = "I could not fetch that file from Slack. Please share it again in a moment."


async def import_command(client: AsyncWebClient, file_id: str) -> Command:
    """The shared file as an ImportSearches, or Invalid saying in one line why it is refused."""
    try:
        info = (await client.files_info(file=file_id)).get("file") or {}
    except SlackApiError as exc:
        log.warning("files.info failed: %s", exc.response.get("error"))
        return Invalid(UNREADABLE)
    # A file declared too big is refused before it is downloaded.
    refused = oversized(int(info.get("size") or 0))
    if refused is not None:
        return refused
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not _trusted(url, client.base_url):
        log.warning("refused to fetch a shared file from an unexpected host")
        return Invalid(UNREADABLE)
    try:
        data = await _download(url, client.token or "")
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("downloading a shared file failed: %s", type(exc).__name__)
        return Invalid(UNREADABLE)
    return read_import_file(data)


def _trusted(url: str, api_url: str) -> bool:
    """True for an https URL on Slack's file host, or on the Web API's own host (self-hosted)."""
    parts, api = urlsplit(url), urlsplit(api_url)
    if parts.hostname == FILES_HOST and parts.scheme == "https":
        return True
    return bool(parts.hostname) and (parts.scheme, parts.netloc) == (api.scheme, api.netloc)


async def _download(url: str, token: str) -> bytes:
    """At most one byte past the cap (so a larger file is still refused), within the timeout."""
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_SECONDS)
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        session.get(url, headers=headers, allow_redirects=False) as response,
    ):
        if response.status != 200:  # a redirect is not followed with the token
            raise aiohttp.ClientResponseError(response.request_info, (), status=response.status)
        data = bytearray()
        async for chunk in response.content.iter_chunked(16 * 1024):
            data += chunk
            if len(data) > MAX_IMPORT_BYTES:
                break
        return bytes(data)
