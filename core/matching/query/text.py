"""Blanking spans of a search's text and unquoting its terms."""

from __future__ import annotations

import re

# Pasted terminal colours and other control sequences (ESC[31m), control characters, and the
# trademark signs a pasted title carries ("Engineer™"): none is part of a word.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MARKS = re.compile(r"[™®℠©]")


def _clean(text: str) -> str:
    """The text without control sequences (a space) and trademark signs (nothing)."""
    return _MARKS.sub("", _CONTROL.sub(" ", text))


def _unquote(term: str) -> str:
    return term.strip('"').strip()


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
