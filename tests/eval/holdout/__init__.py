"""Held-out judged set for the matching evaluation (never used to tune the matcher)."""
