"""Opening the SQLite file: one-line refusals, read-only access, migrations under a lock."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from pathlib import Path

import aiosqlite

from core.errors import SchemaTooNewError, StoreError
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION

_READ_WRITE = ""
_READ_ONLY = "?mode=ro"
# Without a -shm file SQLite cannot read a WAL database that it may not write (a read-only
# file system); no -shm also means no process has it open, so reading it as immutable is safe.
_READ_ONLY_SNAPSHOT = "?mode=ro&immutable=1"


async def connect(path: Path, *, read_only_ok: bool) -> tuple[aiosqlite.Connection, bool]:
    """Open the database file; return the connection and whether it is read-only.

    A file that cannot be written is opened read-only when read_only_ok, else refused.
    Every refusal is a StoreError with one line that names the file.
    """
    # Checked with plain sqlite3 first: a failed aiosqlite.connect leaves its worker thread
    # to report to a closed event loop ("Event loop is closed" after the error line).
    uri, mode = await asyncio.to_thread(_usable_uri, path, read_only_ok)
    try:
        conn = await aiosqlite.connect(uri, uri=True, isolation_level=None, timeout=10)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {str(path)!r}: {exc}") from exc
    return conn, mode != _READ_WRITE


def _usable_uri(path: Path, read_only_ok: bool) -> tuple[str, str]:
    """The file's URI and how it can be opened (a URI query)."""
    path = path.absolute()
    mode = _usable_mode(path, read_only_ok)
    return path.as_uri() + mode, mode


def _usable_mode(path: Path, read_only_ok: bool) -> str:
    """How the file can be opened, or a StoreError saying why it cannot."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(
            f"the folder {str(folder)!r} of DATABASE_URL does not exist; create it first "
            "or correct the URL (a new database is only created in an existing folder)"
        )
    if path.is_dir():
        raise StoreError(f"DATABASE_URL points at {str(path)!r}, which is a folder, not a file")
    exists = path.exists()
    writable = os.access(folder, os.W_OK) and (not exists or os.access(path, os.W_OK))
    if not exists and not writable:
        raise StoreError(f"cannot create database {str(path)!r}: its folder is read-only")
    if writable:
        _probe(path, _READ_WRITE)
        return _READ_WRITE
    if not read_only_ok:
        raise StoreError(
            f"database {str(path)!r} is read-only (the file or its folder cannot be written); "
            "`concierge search`, `explain` and `stats` can still read it"
        )
    try:
        _probe(path, _READ_ONLY)
        return _READ_ONLY
    except StoreError:
        _probe(path, _READ_ONLY_SNAPSHOT)
        return _READ_ONLY_SNAPSHOT


def _probe(path: Path, mode: str) -> None:
    """Open the file and read its header, turning SQLite's refusal into a StoreError."""
    try:
        conn = sqlite3.connect(path.as_uri() + mode, uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorname == "SQLITE_NOTADB":
            raise StoreError(
                f"DATABASE_URL points at {str(path)!r}, which is not an SQLite database"
            ) from None
        raise StoreError(f"cannot open database {str(path)!r}: {exc}") from None


async def migrate(conn: aiosqlite.Connection, path: Path, target: int, *, read_only: bool) -> None:
    """Bring the schema up to target, refusing files from a newer program.

    Processes opening an old file at once take turns: the version is read again under the
    write lock, so each migration runs exactly once.
    """
    version = await _checked_version(conn, path)
    if version >= target:
        return
    if read_only:
        raise StoreError(
            f"database {str(path)!r} is read-only and has schema version {version}; this Job "
            f"Concierge needs {target}: open it once where it can be written to upgrade it"
        )
    await conn.execute("BEGIN IMMEDIATE")
    try:
        version = await _checked_version(conn, path)
        for index in range(version, target):
            for statement in MIGRATIONS[index]:
                await conn.execute(statement)
        if version < target:
            await conn.execute(f"PRAGMA user_version = {target:d}")
    except BaseException:
        await conn.execute("ROLLBACK")
        raise
    await conn.execute("COMMIT")


async def _checked_version(conn: aiosqlite.Connection, path: Path) -> int:
    """The file's schema version; SchemaTooNewError when it is newer than this program."""
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"database {str(path)!r} has schema version {version}, but this Job Concierge "
            f"understands up to {SCHEMA_VERSION}; upgrade Job Concierge or use another "
            "DATABASE_URL"
        )
    return version
