"""The terminal chat's start loads no chat platform, HTTP client or metrics server it never uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNUSED = ("telegram", "slack_bolt", "slack_sdk", "aiohttp", "httpx", "feedparser")


def test_a_terminal_chat_start_loads_no_platform_nor_http_client(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom bot.main import main\nmain(['chat'])\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input="/help\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}", "PATH": "", "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    loaded = set(done.stderr.split())
    assert "adapters.console.app" in loaded and "apscheduler" in loaded, done.stderr[-2000:]
    assert loaded.isdisjoint((*UNUSED, "prometheus_client")), sorted(loaded & set(UNUSED))
