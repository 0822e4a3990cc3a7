"""Imports flow bot → adapters → core, never back; adapters never import each other.

Inside core, infrastructure libraries stay in their one home, so the domain (every other core
module) is plain Python over ports: aiosqlite only in core/store/ (the SQLite implementation),
asyncpg only in core/store/postgres/ (the PostgreSQL one), httpx only in
core/sources/ingest/fetch/ (HTTP fetching), matplotlib only in core/explore/chart.py (the
explore chart, imported when one is drawn). Connectors count as domain — pure "bytes to
Postings" functions — except that feedparser, the RSS format library, is confined to the one
connector that reads feeds, core/sources/ingest/rss.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLATFORM_LIBRARIES = {"telegram", "slack_bolt", "slack_sdk", "apscheduler"}
# Infrastructure library → the only core paths (relative to the repository) that may import it.
LIBRARY_HOMES = {
    "aiosqlite": ("core/store/",),
    "asyncpg": ("core/store/postgres/",),
    "httpx": ("core/sources/ingest/fetch/",),
    "feedparser": ("core/sources/ingest/rss.py",),
    "matplotlib": ("core/explore/chart.py",),
}


def _imported_modules(path: Path) -> set[str]:
    """Every module a Python file imports, absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_the_packages_exist() -> None:
    assert _files("core") and _files("adapters") and _files("bot")


@pytest.mark.parametrize("path", _files("core"), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_imports_no_platform_scheduler_adapter_or_bot(path: Path) -> None:
    for name in _imported_modules(path):
        top = name.split(".")[0]
        assert top not in PLATFORM_LIBRARIES | {"adapters", "bot"}, f"{path} imports {name}"


def _misplaced_libraries(path: Path, where: str) -> set[str]:
    """Infrastructure libraries the file imports although `where` (its place in core) is no home."""
    return {
        name
        for name in _imported_modules(path)
        if name.split(".")[0] in LIBRARY_HOMES
        and not where.startswith(LIBRARY_HOMES[name.split(".")[0]])
    }


@pytest.mark.parametrize("path", _files("core"), ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_modules_import_no_infrastructure_library(path: Path) -> None:
    misplaced = _misplaced_libraries(path, path.relative_to(ROOT).as_posix())
    assert not misplaced, f"{path} imports {misplaced}"


def test_the_library_rule_catches_a_domain_module(tmp_path: Path) -> None:
    for library, homes in LIBRARY_HOMES.items():
        probe = tmp_path / f"{library}.py"
        probe.write_text(f"import {library}\nfrom {library}.sub import x\n")
        assert _misplaced_libraries(probe, "core/chat/service.py") == {library, f"{library}.sub"}
        assert _misplaced_libraries(probe, "core/sources/manager.py") == {library, f"{library}.sub"}
        assert not _misplaced_libraries(
            probe, homes[0] + ("" if homes[0].endswith(".py") else "x.py")
        )


@pytest.mark.parametrize("path", _files("adapters"), ids=lambda p: str(p.relative_to(ROOT)))
def test_adapters_import_no_other_adapter_and_not_bot(path: Path) -> None:
    own = path.relative_to(ROOT / "adapters").parts[0]
    for name in _imported_modules(path):
        parts = name.split(".")
        assert parts[0] != "bot", f"{path} imports {name}"
        if parts[0] == "adapters" and len(parts) > 1:
            assert parts[1] == own, f"{path} imports another adapter: {name}"


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import telegram\nfrom adapters.slack import x\n")
    assert {"telegram", "adapters.slack"} <= _imported_modules(bad)


# The core's public API for adapters: the service and its helpers (core.api), the typed
# commands and replies, the model and the error tree. Everything else in core is internal.
ADAPTER_API = {"core.api", "core.chat.commands", "core.chat.replies", "core.model", "core.errors"}
# Entry points that read chat text: an adapter may pass them only what a person wrote.
TEXT_ENTRY_POINTS = {"handle_text", "parse_command"}


def _core_internals(path: Path) -> set[str]:
    """Core modules the file imports that are not the adapters' public API."""
    return {
        name
        for name in _imported_modules(path)
        if name.split(".")[0] == "core" and name not in ADAPTER_API
    }


def _is_written_text(node: ast.expr) -> bool:
    """True for text the code itself writes: a literal, an f-string, or one glued to either."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_written_text(node.left) or _is_written_text(node.right)
    return False


def _synthesised_commands(path: Path) -> list[int]:
    """Lines where the file passes text it wrote itself to a core entry point that reads chat."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if name in TEXT_ENTRY_POINTS and any(_is_written_text(a) for a in arguments):
            lines.append(node.lineno)
    return sorted(lines)


@pytest.mark.parametrize("path", _files("adapters"), ids=lambda p: str(p.relative_to(ROOT)))
def test_adapters_import_only_the_core_api(path: Path) -> None:
    internals = _core_internals(path)
    assert not internals, f"{path} imports core internals {internals}; use core.api"


@pytest.mark.parametrize("path", _files("adapters"), ids=lambda p: str(p.relative_to(ROOT)))
def test_adapters_send_typed_commands_not_chat_text(path: Path) -> None:
    lines = _synthesised_commands(path)
    assert not lines, f"{path} passes made-up chat text to the core on lines {lines}"


def test_the_api_rule_catches_an_internal_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from core.matching import parse_query\nimport core.chat.parsing\n"
        "from core.api import Concierge\nfrom core.model import Actor\n"
    )
    assert _core_internals(probe) == {"core.matching", "core.chat.parsing"}


def test_the_text_rule_catches_a_synthesised_command(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "async def f(service, key, who, n, message):\n"
        '    await service.handle_text(key, "/list")\n'
        '    await service.handle_text(key, f"/tz {n}", who)\n'
        '    await service.handle_text(key, "/sensitivity " + n)\n'
        '    parse_command(text="/add " + n)\n'
        "    await service.handle_text(key, message.text, who)\n"
    )
    assert _synthesised_commands(probe) == [2, 3, 4, 5]
