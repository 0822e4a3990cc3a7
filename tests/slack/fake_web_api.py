"""A recording fake of Slack's Web API (and response_url endpoint) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

BOT_USER = "UBOT"
DM_PREFIX = "D"
FORM = "application/x-www-form-urlencoded"


@dataclass
class Call:
    """One request the fake received."""

    method: str  # a Web API method name, or "response_url"
    args: dict[str, Any]
    status: int = 200
    path: str = ""
    token: str = ""


@dataclass
class FakeSlackApi:
    """Answers auth.test, chat.postMessage, views.*, conversations.open, users.info and more."""

    admins: set[str] = field(default_factory=set)
    # OAuth: the workspace (team id) of each bot token oauth.v2.access handed out.
    teams: dict[str, str] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    # Token rotation: when set, tokens handed out expire after this many seconds and come with
    # a refresh token that oauth.v2.access (grant_type=refresh_token) trades for a new token.
    expires_in: int | None = None
    expiry: dict[str, float] = field(default_factory=dict)  # token → when it stops working
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token → team
    calls: list[Call] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)  # file id → bytes posted
    slow: dict[str, float] = field(default_factory=dict)  # response_url name → seconds it takes
    # Files people shared: file id → (bytes served at url_private, size files.info declares).
    shared: dict[str, tuple[bytes, int]] = field(default_factory=dict)
    _rate_limits: dict[str, list[int]] = field(default_factory=dict)
    _errors: dict[str, list[str]] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    _changed: asyncio.Condition | None = None
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    port: int = 0

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        self._changed = asyncio.Condition()
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response_url)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket)
        app.router.add_get("/files/{file_id}", self._file)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def close(self) -> None:
        """Close Socket Mode connections and stop listening."""
        await self.drop_sockets()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def api_url(self) -> str:
        """The base URL to give slack_sdk (SLACK_API_URL)."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        """A response_url this fake accepts posts on."""
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def rate_limit(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next `times` calls of method with 429 and Retry-After."""
        self._rate_limits.setdefault(method, []).extend([retry_after] * times)

    def revoke(self, team: str) -> None:
        """Revoke every bot token of a workspace (Slack does so before app_uninstalled)."""
        self.revoked.update(token for token, owner in self.teams.items() if owner == team)

    def share(self, file_id: str, data: bytes, declared: int | None = None) -> None:
        """A shared file: files.info declares its size (or declared), url_private serves it."""
        self.shared[file_id] = (data, len(data) if declared is None else declared)

    def fail(self, method: str, error: str, times: int = 1) -> None:
        """Answer the next `times` calls of method with ok=false and this error."""
        self._errors.setdefault(method, []).extend([error] * times)

    def calls_to(self, method: str, status: int | None = 200) -> list[Call]:
        """The recorded calls of one method (by default only the answered ones)."""
        return [
            c for c in self.calls if c.method == method and (status is None or c.status == status)
        ]

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        where: Callable[[Call], bool] = lambda c: True,
        within: float = 10,
    ) -> list[Call]:
        """Wait until at least count answered calls of method match; return them."""
        assert self._changed is not None

        def found() -> list[Call]:
            return [c for c in self.calls_to(method) if where(c)]

        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(lambda: len(found()) >= count)
        return found()

    async def _record(self, call: Call) -> None:
        """Remember a call and wake the waiters."""
        assert self._changed is not None
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        """Answer one Web API method."""
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(await request.post())
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        waits = self._rate_limits.get(method)
        if waits:
            retry_after = waits.pop(0)
            await self._record(Call(method, args, 429, request.path, token))
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(retry_after)},
            )
        errors = self._errors.get(method)
        if errors:
            body: dict[str, Any] = {"ok": False, "error": errors.pop(0)}
        elif token in self.revoked:
            body = {"ok": False, "error": "token_revoked"}
        elif token in self.expiry and self.expiry[token] <= time.time():
            body = {"ok": False, "error": "token_expired"}
        elif method == "oauth.v2.access" and args.get("grant_type") == "refresh_token":
            body = self._refresh(str(args.get("refresh_token", "")))
        elif method == "oauth.v2.access":
            body = self._install(str(args.get("code", "")))
        else:
            body = self._answer(method, args, token)
        await self._record(Call(method, args, 200, request.path, token))
        return web.json_response(body)

    def _install(self, code: str) -> dict[str, Any]:
        """oauth.v2.access: the code 'code-T7' installs the app in workspace T7."""
        team = code.removeprefix("code-")
        if not code.startswith("code-") or not team:
            return {"ok": False, "error": "invalid_code"}
        token = f"xoxb-{team}-{len(self.teams) + 1}"
        self.teams[token] = team
        return {
            **self._rotation(team, token),
            "ok": True,
            "app_id": "A1",
            "access_token": token,
            "token_type": "bot",
            "scope": "commands,chat:write",
            "bot_user_id": BOT_USER,
            "team": {"id": team, "name": f"Team {team}"},
            "enterprise": None,
            "is_enterprise_install": False,
            "authed_user": {"id": f"U{team}"},
        }

    def _rotation(self, team: str, token: str) -> dict[str, Any]:
        """A rotating token's expiry and refresh token (nothing when rotation is off)."""
        if self.expires_in is None:
            return {}
        self.expiry[token] = time.time() + self.expires_in
        refresh = f"xoxe-1-{team}-{len(self.refresh_tokens) + 1}"
        self.refresh_tokens[refresh] = team
        return {"refresh_token": refresh, "expires_in": self.expires_in}

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        """oauth.v2.access with grant_type=refresh_token: a new bot token for the workspace."""
        team = self.refresh_tokens.pop(refresh_token, None)  # each refresh token works once
        if team is None:
            return {"ok": False, "error": "invalid_refresh_token"}
        token = f"xoxe.xoxb-{team}-{len(self.teams) + 1}"
        self.teams[token] = team
        return {
            **self._rotation(team, token),
            "ok": True,
            "app_id": "A1",
            "access_token": token,
            "token_type": "bot",
            "scope": "commands,chat:write",
            "bot_user_id": BOT_USER,
            "team": {"id": team, "name": f"Team {team}"},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _answer(self, method: str, args: dict[str, Any], token: str = "") -> dict[str, Any]:
        """The successful answer of a method."""
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://fake.slack.test/",
                "team": "Fake",
                "user": "concierge",
                "team_id": self.teams.get(token, "T1"),
                "user_id": BOT_USER,
                "bot_id": "BBOT",
            }
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": DM_PREFIX + str(args.get("users", "X"))}}
        if method == "chat.postMessage":
            return {"ok": True, "channel": args.get("channel"), "ts": f"{time.time():.6f}"}
        if method in ("views.publish", "views.open", "views.update"):
            view = args.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            return {"ok": True, "view": {"id": "V1", **(view or {})}}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"}
        if method == "files.getUploadURLExternal":
            file_id = f"F{len(self.uploads) + 1}"
            self.uploads[file_id] = b""
            return {
                "ok": True,
                "file_id": file_id,
                "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}",
            }
        if method == "files.completeUploadExternal":
            files = args.get("files")
            files = json.loads(files) if isinstance(files, str) else files or []
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        if method == "files.info":
            file_id = str(args.get("file", ""))
            if file_id not in self.shared:
                return {"ok": False, "error": "file_not_found"}
            url = f"http://127.0.0.1:{self.port}/files/{file_id}"
            return {
                "ok": True,
                "file": {
                    "id": file_id,
                    "name": "searches.txt",
                    "mimetype": "text/plain",
                    "size": self.shared[file_id][1],
                    "url_private": url,
                    "url_private_download": url + "?download=1",
                },
            }
        if method == "users.info":
            user = str(args.get("user", ""))
            return {"ok": True, "user": {"id": user, "is_admin": user in self.admins}}
        return {"ok": True}

    async def _response_url(self, request: web.Request) -> web.Response:
        """Accept a post to a response_url."""
        body = await request.json()
        await asyncio.sleep(self.slow.get(request.match_info["name"], 0.0))
        await self._record(Call("response_url", body, 200, request.path))
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        """The upload URL files.getUploadURLExternal hands out: keeps the bytes posted."""
        file_id = request.match_info["file_id"]
        if file_id not in self.uploads:
            return web.Response(status=404)
        self.uploads[file_id] = await request.read()
        await self._record(Call("upload", {"file_id": file_id}, 200, request.path))
        return web.Response(text="OK - " + str(len(self.uploads[file_id])))

    async def _file(self, request: web.Request) -> web.Response:
        """url_private: the file's bytes for a bot token; Slack's sign-in page for anyone else."""
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        file_id = request.match_info["file_id"]
        await self._record(Call("download", {"file_id": file_id}, 200, request.path, token))
        if not token.startswith("xoxb-") or token in self.revoked or file_id not in self.shared:
            return web.Response(text="<html>sign in</html>", content_type="text/html")
        return web.Response(body=self.shared[file_id][0], content_type="text/plain")

    async def drop_sockets(self) -> None:
        """Close every Socket Mode connection, as Slack does on a network fault or a refresh."""
        for ws in list(self._sockets):
            await ws.close()

    async def send_envelope(self, envelope: dict[str, Any]) -> None:
        """Push a Socket Mode envelope to every connected client."""
        for ws in self._sockets:
            await ws.send_json(envelope)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        """A Socket Mode connection: say hello, record every acknowledgement."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        await self._record(Call("socket_connected", {}, 200, request.path))
        try:
            async for message in ws:
                if message.type == aiohttp.WSMsgType.TEXT:
                    await self._record(Call("socket_ack", json.loads(message.data), 200, "/socket"))
        finally:
            self._sockets.remove(ws)
        return ws


def view_submission(
    view: dict[str, Any], values: dict[str, Any], view_id: str = "V1"
) -> dict[str, Any]:
    """The view_submission payload of U1 in T1 filling an opened add-search modal with values."""
    return {
        "type": "view_submission",
        "team": {"id": "T1"},
        "user": {"id": "U1", "team_id": "T1"},
        "view": {
            "id": view_id,
            "type": "modal",
            "callback_id": "jc_add_search",
            # Where the answer goes travels with the form itself: no replica keeps it.
            "private_metadata": view["private_metadata"],
            "state": {"values": values},
        },
    }


def sign(secret: str, body: str, timestamp: int) -> dict[str, str]:
    """Slack's request signature: v0=HMAC-SHA256(secret, 'v0:{timestamp}:{body}')."""
    base = f"v0:{timestamp}:{body}".encode()
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}"}


@dataclass
class SlackSender:
    """Posts requests to the app exactly as Slack sends them, signed."""

    session: aiohttp.ClientSession
    url: str
    secret: str
    fake: FakeSlackApi
    _n: int = 0

    async def post(
        self, body: str, content_type: str, *, secret: str | None = None, age: int = 0
    ) -> tuple[int, str]:
        """Sign and post a raw body; age shifts the timestamp into the past."""
        timestamp = int(time.time()) - age
        headers = {"Content-Type": content_type, **sign(secret or self.secret, body, timestamp)}
        async with self.session.post(self.url, data=body.encode(), headers=headers) as response:
            return response.status, await response.text()

    def _next(self) -> str:
        self._n += 1
        return str(self._n)

    async def send(self, body: str, headers: dict[str, str]) -> int:
        """Post a body with these headers as they are (a replay, a forgery); the status."""
        async with self.session.post(self.url, data=body.encode(), headers=headers) as response:
            return response.status

    def signed(self, body: str) -> dict[str, str]:
        """The headers Slack sends a form body with now, signed with the app's secret."""
        return {"Content-Type": FORM, **sign(self.secret, body, int(time.time()))}

    async def command(
        self,
        text: str,
        *,
        user: str = "U1",
        channel: str = "D1",
        team: str = "T1",
        **post: Any,
    ) -> tuple[str, tuple[int, str]]:
        """A /jobs slash command; returns its response_url name and the HTTP answer."""
        name = f"cmd{self._next()}"
        body = self.command_form(text, name, user=user, channel=channel, team=team)
        return name, await self.post(body, FORM, **post)

    def command_form(
        self, text: str, name: str, *, user: str = "U1", channel: str = "D1", team: str = "T1"
    ) -> str:
        """The form body of a /jobs slash command answered at the response_url called name."""
        form = {
            "token": "legacy",
            "team_id": team,
            "team_domain": "fake",
            "channel_id": channel,
            "channel_name": "directmessage" if channel.startswith("D") else "jobs",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/jobs",
            "text": text,
            "api_app_id": "A1",
            "response_url": self.fake.response_url(name),
            "trigger_id": f"trigger-{name}",
        }
        return urlencode(form)

    async def share_file(
        self,
        file_id: str,
        *,
        user: str = "U1",
        channel: str = "D1",
        team: str = "T1",
        text: str = "",
        bot_id: str = "",
    ) -> tuple[int, str]:
        """The message event of a file shared in a DM (D…) or a channel, as Slack sends it."""
        event: dict[str, Any] = {
            "type": "message",
            "subtype": "file_share",
            "text": text,
            "user": user,
            "channel": channel,
            "channel_type": "im" if channel.startswith("D") else "channel",
            "files": [{"id": file_id, "name": "searches.txt", "mimetype": "text/plain"}],
            "ts": f"{time.time():.6f}",
        }
        if bot_id:
            event["bot_id"] = bot_id
        body = {
            "token": "legacy",
            "team_id": team,
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{self._next()}",
            "event_time": int(time.time()),
        }
        return await self.post(json.dumps(body), "application/json")

    async def interaction(self, payload: dict[str, Any], **post: Any) -> tuple[int, str]:
        """A block_actions or view_submission payload, form-encoded as Slack does."""
        body = urlencode({"payload": json.dumps(payload)})
        return await self.post(body, FORM, **post)

    async def press(
        self,
        value: str,
        *,
        user: str = "U1",
        team: str = "T1",
        channel: str | None = "D1",
        home: bool = False,
        block_id: str = "b1",
    ) -> tuple[str, tuple[int, str]]:
        """Press a data button on a message (in channel) or on the Home tab."""
        name = f"act{self._next()}"
        payload: dict[str, Any] = {
            "type": "block_actions",
            "team": {"id": team, "domain": "fake"},
            "user": {"id": user, "team_id": team},
            "api_app_id": "A1",
            "trigger_id": f"trigger-{name}",
            "actions": [
                {
                    "type": "button",
                    "action_id": "jc_action_0",
                    "block_id": block_id,
                    "value": value,
                    "action_ts": str(time.time()),
                }
            ],
        }
        if home:
            payload["container"] = {"type": "view", "view_id": "V1"}
            payload["view"] = {"id": "V1", "type": "home", "team_id": team}
        else:
            payload["container"] = {"type": "message", "channel_id": channel, "is_ephemeral": True}
            payload["channel"] = {"id": channel, "name": "x"}
            payload["response_url"] = self.fake.response_url(name)
        return name, await self.interaction(payload)

    async def event(
        self, event: dict[str, Any], *, team: str = "T1", **post: Any
    ) -> tuple[int, str]:
        """An Events API callback."""
        body = {
            "token": "legacy",
            "team_id": team,
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{self._next()}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": BOT_USER, "is_bot": True}],
        }
        return await self.post(json.dumps(body), "application/json", **post)
