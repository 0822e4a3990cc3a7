"""How long each field of a stored posting may be, wherever the posting comes from.

A file import and a polled source cut over-long text to the same limits (README, "Importing
postings"); an id or a url over its limit is refused, never cut.
"""

from __future__ import annotations

TITLE_MAX = 300
TEXT_MAX = 200  # company and other one-line text
LOCATION_MAX = 2_000  # a location line: a federal posting may list 40 duty stations
DESCRIPTION_MAX = 20_000
TAG_MAX = 50  # characters in one tag
TAGS_MAX = 50  # tags on one posting
SOURCE_MAX = 100
URL_MAX = 2_048
NATIVE_ID_MAX = 200  # a connector's own id for a posting
SALARY_MAX = 10_000_000  # a yearly amount
