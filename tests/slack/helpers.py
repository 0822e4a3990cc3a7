"""Reading Block Kit in assertions."""

from __future__ import annotations

from typing import Any


def texts(node: Any) -> str:
    """Every text string inside blocks, joined by newlines."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("text"), str):
                found.append(value["text"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(node)
    return "\n".join(found)


def buttons(node: Any) -> list[dict[str, Any]]:
    """Every button element inside blocks, in order."""
    found: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if value.get("type") == "button":
                found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(node)
    return found


def button(node: Any, label: str) -> dict[str, Any]:
    """The first button whose label contains label."""
    for element in buttons(node):
        if label in element["text"]["text"]:
            return element
    raise AssertionError(f"no {label!r} button in {texts(node)}")
