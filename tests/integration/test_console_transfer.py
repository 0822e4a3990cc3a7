"""The terminal chat: /share N, /export, /import PATH and a bare /import's pasted lines."""

from __future__ import annotations

import io
from pathlib import Path

from adapters.console.app import ConsoleChat
from core.chat.service import Concierge


async def chat(service: Concierge, *lines: str) -> str:
    """Run the terminal chat over these input lines; everything it printed."""
    out = io.StringIO()
    await ConsoleChat(service, io.StringIO("".join(f"{line}\n" for line in lines)), out).run()
    return out.getvalue()


async def test_share_prints_the_search_and_its_add_line(service: Concierge) -> None:
    shown = await chat(
        service, "/add --sensitivity strict senior python backend remote", "/share 1"
    )
    assert "someone can save it by sending\n/add --sensitivity strict senior python" in shown


async def test_export_to_a_file_then_import_path_and_pasted_lines(
    service: Concierge, tmp_path: Path
) -> None:
    exported = await chat(service, "/add senior python backend remote", "/tz berlin", "/export")
    lines = [line for line in exported.splitlines() if line.startswith(("/add", "/tz", "/time"))]
    assert "/add senior python backend remote" in lines and "/tz Europe/Berlin" in lines
    path = tmp_path / "searches.txt"
    path.write_text("\n".join([*lines, "/add golang developer", "nonsense"]) + "\n")
    shown = await chat(service, f"/import {path}")
    assert "Imported 1 search and 2 settings." in shown
    assert "Already saved: line 1." in shown and "line 5: nonsense" in shown

    pasted = await chat(service, "/import", "/add rust developer", "", "/list")
    assert "Paste the lines" in pasted and "Imported 1 search and 0 settings." in pasted
    assert "rust" in pasted.split("Imported")[1]


async def test_import_of_missing_binary_or_huge_files_says_why(
    service: Concierge, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    huge = tmp_path / "huge.txt"
    huge.write_text("/add go\n" * 20000)
    shown = await chat(
        service, f"/import {tmp_path / 'missing.txt'}", f"/import {binary}", f"/import {huge}"
    )
    assert "I can't read" in shown and "not text" in shown and "at most 64 KB" in shown
    assert "no saved searches" in await chat(service, "/list")
