"""Imports flow bot → adapters → core, never back; adapters never import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLATFORM_LIBRARIES = {"telegram", "slack_bolt", "slack_sdk", "apscheduler"}


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
