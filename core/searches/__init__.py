"""Saved searches: their stored parsed form and re-parsing."""
