"""Counts said with their noun agreeing: "1 new match", "2 new matches"."""

from __future__ import annotations


def count(n: int, one: str, many: str) -> str:
    """Say '1 thing' or 'n things' (thousands grouped: "1,250 rows")."""
    return f"{n:,} {one if n == 1 else many}"
