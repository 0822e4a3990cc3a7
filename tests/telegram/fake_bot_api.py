"""An emulated Telegram Bot API server on 127.0.0.1 that records calls and queues updates."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 7000
BOT_USERNAME = "ConciergeBot"
TOKEN = "7000:TEST-token-never-logged"
_JSON_FIELDS = {
    "reply_markup",
    "commands",
    "link_preview_options",
    "allowed_updates",
    "scope",
    "reply_parameters",
}
_INT_FIELDS = {
    "chat_id",
    "message_id",
    "user_id",
    "offset",
    "limit",
    "timeout",
    "message_thread_id",
}


@dataclass
class Call:
    """One recorded Bot API request."""

    method: str
    params: dict[str, Any]
    result: Any = None
    caller: str = ""  # the path prefix before /bot: which of several bots made the call

    @property
    def message_id(self) -> int:
        """The id of the message a sendMessage call created."""
        return int(self.result["message_id"])


@dataclass
class Failure:
    """How the server fails sendMessage to one chat: 403, 400 chat not found, or 429.

    Kind "photo" fails sendPhoto instead, as Telegram refuses an image it cannot process.
    """

    kind: str
    times: int = 1_000_000
    retry_after: int = 1
    description: str = "Bad Request: can't parse entities"


@dataclass
class FakeBotApi:
    """The emulated server; start() it, point PTB at base_url, stop() it."""

    calls: list[Call] = field(default_factory=list)
    admins: dict[int, set[int]] = field(default_factory=dict)
    failures: dict[int, Failure] = field(default_factory=dict)
    port: int = 0
    token: str | None = None  # when set, any other token is refused as Telegram does
    files: dict[str, bytes] = field(default_factory=dict)  # file_id → content, for getFile
    delays: dict[int, float] = field(default_factory=dict)  # chat_id → seconds sendMessage takes
    polling_down: bool = False  # while set, getUpdates answers 502 Bad Gateway
    conflicts: int = 0  # long polls cut short by another caller's getUpdates (HTTP 409)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _runner: web.AppRunner | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _closing: bool = False
    _poll: tuple[object, web.Request] | None = None  # the getUpdates waiting now, if any
    _cut: set[object] = field(default_factory=set)  # polls a later one terminated

    @property
    def base_url(self) -> str:
        """PTB's base_url for this server."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        """Listen on a random local port, or on `port` when it is set."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{caller}/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{file_id}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Close the server and its connections."""
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # --- what tests do -------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates."""
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        task = asyncio.get_running_loop().create_task(self._notify())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return update

    def message_update(
        self, chat: dict[str, Any], user: dict[str, Any], text: str, **extra: Any
    ) -> dict[str, Any]:
        """A message update, with a bot_command entity when the text starts with /."""
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
            **extra,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"message": message}

    def send_text(
        self, chat: dict[str, Any], user: dict[str, Any], text: str, **extra: Any
    ) -> None:
        """Queue a user's message."""
        self.push(self.message_update(chat, user, text, **extra))

    def send_document(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        content: bytes,
        file_name: str = "searches.txt",
        caption: str = "",
        declared_size: int | None = None,
    ) -> None:
        """Queue a user's file upload (declared_size: what the update claims the size is)."""
        file_id = f"file{next(self._ids)}"
        self.files[file_id] = content
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "mime_type": "text/plain",
            "file_size": len(content) if declared_size is None else declared_size,
        }
        extra: dict[str, Any] = {"document": document}
        if caption:
            extra["caption"] = caption
        update = self.message_update(chat, user, "", **extra)
        del update["message"]["text"]
        self.push(update)

    def press(self, chat: dict[str, Any], user: dict[str, Any], message_id: int, data: str) -> str:
        """Queue a button press on one of the bot's messages; returns the query id."""
        query_id = f"q{next(self._ids)}"
        message = self._messages.get((chat["id"], message_id)) or {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "text": "old message",
        }
        self.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "chat_instance": str(chat["id"]),
                    "message": message,
                    "data": data,
                }
            }
        )
        return query_id

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[Call]:
        """The successful calls of one method, optionally to one chat."""
        return [c for c in self.attempts(chat_id, method) if c.result is not None]

    def url_for(self, caller: str) -> str:
        """A base_url whose calls are recorded as made by caller (one of several bots)."""
        return f"http://127.0.0.1:{self.port}/{caller}/bot"

    def attempts(self, chat_id: int | None = None, method: str = "sendMessage") -> list[Call]:
        """Every call of one method, failed ones included, optionally to one chat."""
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def texts(self, chat_id: int) -> list[str]:
        """Every text sent to a chat, in order."""
        return [c.params["text"] for c in self.sent(chat_id)]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """The current state of a message the bot sent (after edits)."""
        return self._messages[(chat_id, message_id)]

    async def wait_for(self, predicate: Callable[[list[Call]], Any], within: float = 10.0) -> Any:
        """Wait until predicate(calls) is truthy (within seconds) and return its value."""
        async with asyncio.timeout(within):
            async with self._changed:
                while not (result := predicate(self.calls)):
                    await self._changed.wait()
                return result

    async def wait_calls(
        self, method: str, count: int, chat_id: int | None = None, within: float = 10.0
    ) -> list[Call]:
        """Wait until at least count calls of method (to chat_id) were made."""
        found: list[Call] = await self.wait_for(
            lambda _: (found := self.attempts(chat_id, method)) and len(found) >= count and found,
            within,
        )
        return found

    # --- the Bot API ---------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if self.token is not None and request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        params = _decode(dict(await request.post()))
        call = Call(method, params, caller=request.match_info.get("caller", ""))
        if method == "getUpdates":
            self.calls.append(call)  # recorded when asked: the long poll may wait a while
            await self._notify()
            result: Any = await self._long_poll(params, request)
        else:
            handler = getattr(self, f"_api_{method}", None)
            result = _error(404, "Not Found: method not found") if handler is None else None
            if handler is not None:
                result = await handler(params)
        if not isinstance(result, web.Response):
            call.result = result
            result = web.json_response({"ok": True, "result": result})
        if method != "getUpdates":
            self.calls.append(call)
            await self._notify()
        return result

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Job Concierge",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _long_poll(self, params: dict[str, Any], request: web.Request) -> Any:
        """getUpdates as Telegram answers it: a second poller's request ends the first with 409."""
        if self.polling_down:
            return _error(502, "Bad Gateway")
        waiting = self._poll
        if waiting is not None and _still_open(waiting[1]):
            self._cut.add(waiting[0])
            self.conflicts += 1
            await self._notify()
        me = object()
        self._poll = (me, request)
        try:
            offset = int(params.get("offset") or 0)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates:
                timeout = min(float(params.get("timeout") or 0), 2.0)
                try:
                    async with asyncio.timeout(timeout), self._changed:
                        await self._changed.wait_for(
                            lambda: bool(self._updates) or self._closing or me in self._cut
                        )
                except TimeoutError:
                    return []
            if me in self._cut:
                self._cut.discard(me)
                return _error(409, "Conflict: terminated by other getUpdates request")
            return self._updates[:100]
        finally:
            if self._poll is not None and self._poll[0] is me:
                self._poll = None

    async def _api_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = params["chat_id"]
        if chat_id in self.delays:
            await asyncio.sleep(self.delays[chat_id])  # a slow link to that chat
        failure = self.failures.get(chat_id)
        if failure is not None and failure.kind != "photo" and failure.times > 0:
            failure.times -= 1
            if failure.kind == "forbidden":
                return _error(403, "Forbidden: bot was blocked by the user")
            if failure.kind == "not_found":
                return _error(400, "Bad Request: chat not found")
            if failure.kind == "bad_request":
                return _error(400, failure.description)
            if failure.kind == "migrated":
                return _error(
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    {"migrate_to_chat_id": failure.retry_after},
                )
            return _error(
                429,
                f"Too Many Requests: retry after {failure.retry_after}",
                {"retry_after": failure.retry_after},
            )
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Job Concierge"},
            "text": params.get("text", ""),
        }
        if "inline_keyboard" in (params.get("reply_markup") or {}):
            message["reply_markup"] = params["reply_markup"]
        self._messages[(chat_id, message["message_id"])] = message
        return message

    async def _api_getFile(self, params: dict[str, Any]) -> Any:
        content = self.files.get(params["file_id"])
        if content is None:
            return _error(400, "Bad Request: invalid file_id")
        return {
            "file_id": params["file_id"],
            "file_unique_id": f"u{params['file_id']}",
            "file_size": len(content),
            "file_path": params["file_id"],
        }

    async def _download(self, request: web.Request) -> web.Response:
        content = self.files.get(request.match_info["file_id"])
        return web.Response(body=content) if content is not None else web.Response(status=404)

    async def _api_sendDocument(self, params: dict[str, Any]) -> Any:
        upload = params["document"]
        params["document"] = upload.file.read()  # the file's bytes, as tests check them
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": params["chat_id"], "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Job Concierge"},
            "document": {
                "file_id": "sent",
                "file_unique_id": "usent",
                "file_name": upload.filename,
            },
            "caption": params.get("caption", ""),
        }
        return message

    async def _api_sendPhoto(self, params: dict[str, Any]) -> Any:
        upload = params["photo"]
        params["photo"] = upload.file.read()  # the image's bytes, as tests check them
        failure = self.failures.get(params["chat_id"])
        if failure is not None and failure.kind == "photo" and failure.times > 0:
            failure.times -= 1
            return _error(400, "Bad Request: IMAGE_PROCESS_FAILED")
        return {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": params["chat_id"], "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Job Concierge"},
            "photo": [{"file_id": "ph", "file_unique_id": "uph", "width": 720, "height": 306}],
            "caption": params.get("caption", ""),
        }

    async def _api_editMessageText(self, params: dict[str, Any]) -> Any:
        message = self._messages.get((params["chat_id"], params["message_id"]))
        if message is None:
            return _error(400, "Bad Request: message to edit not found")
        message["text"] = params["text"]
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        message = self._messages.get((params["chat_id"], params["message_id"]))
        if message is None:
            return _error(400, "Bad Request: message to edit not found")
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getChatMember(self, params: dict[str, Any]) -> Any:
        user = {"id": params["user_id"], "is_bot": False, "first_name": "Member"}
        if params["user_id"] in self.admins.get(params["chat_id"], set()):
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}


def _still_open(request: Any) -> bool:
    """Whether a request's client still waits for its answer (a cancelled poll has hung up)."""
    transport = request.transport
    return transport is not None and not transport.is_closing()


def _decode(form: dict[str, Any]) -> dict[str, Any]:
    """PTB posts form fields; non-string values are JSON-encoded."""
    params: dict[str, Any] = {}
    for key, value in form.items():
        if key in _JSON_FIELDS:
            params[key] = json.loads(value)
        elif key in _INT_FIELDS and str(value).lstrip("-").isdigit():
            params[key] = int(value)
        else:
            params[key] = value
    return params


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)
