"""A TCP relay on loopback in front of the test PostgreSQL server, cut and restored at will.

An outage as a network sees it: cutting closes every relayed connection and refuses new ones;
restoring listens again on the same port. `Relay` runs in the test's event loop; `RelayThread`
runs one in a thread of its own, for tests that drive real `concierge` processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

from tests.conftest import TEST_DATABASE_URL


class Relay:
    """Relays loopback connections to the test server until cut."""

    def __init__(self, *, drop_on: bytes = b"") -> None:
        """drop_on: close a connection when its client sends a message holding these bytes."""
        self._drop_on = drop_on
        target = urlsplit(TEST_DATABASE_URL)
        self._target = (target.hostname or "127.0.0.1", target.port or 5432)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    def url(self, url: str) -> str:
        """url (a test schema's) with its host and port replaced by the relay's."""
        parts = urlsplit(url)
        return parts._replace(netloc=f"{parts.username}@127.0.0.1:{self.port}").geturl()

    async def up(self) -> None:
        """Accept connections (on the same port as before, once it has one)."""
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def down(self) -> None:
        """Close every relayed connection and stop accepting new ones."""
        if self._server is None:
            return
        server, self._server = self._server, None
        server.close()
        for writer in self._writers:
            writer.close()
        self._writers.clear()
        await server.wait_closed()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._server is None:  # accepted just before the cut
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(*self._target)
        self._writers += [writer, up_writer]

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while data := await source.read(65536):
                    if self._drop_on and sink is up_writer and self._drop_on in data:
                        writer.close()
                        break
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


class RelayThread:
    """A Relay served by an event loop in a thread of its own; cut and restore block."""

    def __init__(self) -> None:
        self.relay = Relay()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def _call(self, coro: object) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=30)  # type: ignore[arg-type]

    def cut(self) -> None:
        """Take the network down."""
        self._call(self.relay.down())

    def restore(self) -> None:
        """Bring it back on the same port."""
        self._call(self.relay.up())

    @contextlib.contextmanager
    def running(self) -> Iterator[RelayThread]:
        """Serve until the block ends."""
        self._thread.start()
        self.restore()
        try:
            yield self
        finally:
            self.cut()
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()
