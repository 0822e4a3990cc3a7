"""Start-up cost: light entry points must not load the matcher, the HTTP client or platforms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = (
    "numpy",
    "rapidfuzz",
    "httpx",
    "feedparser",
    "currency_converter",
    "core.matching",
    "matplotlib",
)
PLATFORMS = ("telegram", "slack_bolt", "apscheduler")


def _loaded_after(code: str, tmp_path: Path) -> set[str]:
    """The top-level names in sys.modules after running code in a fresh interpreter."""
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)), file=sys.stderr)"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"DATABASE_URL": f"sqlite:///{tmp_path / 'light.db'}", "PATH": ""},
        check=False,
    )
    return set(done.stderr.split())


def test_the_chat_commands_import_nothing_heavy(tmp_path: Path) -> None:
    loaded = _loaded_after("import core.chat.commands", tmp_path)
    assert "core.chat.commands" in loaded
    assert loaded.isdisjoint(HEAVY + PLATFORMS + ("aiosqlite",))


def test_concierge_help_imports_no_matcher_and_no_platform(tmp_path: Path) -> None:
    code = "from bot.main import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    loaded = _loaded_after(code, tmp_path)
    assert "bot.main" in loaded
    assert loaded.isdisjoint(HEAVY + PLATFORMS + ("aiosqlite",))


def test_concierge_stats_builds_no_matcher(tmp_path: Path) -> None:
    loaded = _loaded_after("from bot.main import main\nmain(['stats'])", tmp_path)
    assert "bot.cli_digest" in loaded
    assert loaded.isdisjoint(HEAVY + PLATFORMS)


def test_the_chat_service_leaves_matplotlib_until_a_chart_is_drawn(tmp_path: Path) -> None:
    code = "import core.chat.service, bot.cli_explore, adapters.console.app"
    loaded = _loaded_after(code, tmp_path)
    assert "core.explore.chart" in loaded
    assert "matplotlib" not in loaded
