"""Blanking spans of a search's text and unquoting its terms."""

from __future__ import annotations


def _unquote(term: str) -> str:
    return term.strip('"').strip()


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
