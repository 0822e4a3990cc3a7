"""The example place of the "near me" note ("name the place, e.g. …"): one suiting the
person — a UK city for a UK search, else a place of their searches, else their time zone's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import QueryError
from core.matching import parse_query
from core.matching.query.parse import NEAR_ME
from core.model import Subscriber
from core.ports import ServiceStore
from core.searches.stored import stored_query

_EXAMPLE = NEAR_ME[NEAR_ME.index('"') :]  # '"in austin tx"', as the parser's note says it
# Words only a search in the UK uses: the NHS, its ward and grade words, pounds.
_UK = re.compile(
    r"(?<![\w&])(?:nhs|a&e|rgn|rmn|rnld|hca|hcsw|gp|uk|band\s*[2-9])(?![\w&])|£", re.IGNORECASE
)
UK_PLACE = "manchester"


def example_place(words: str, zone: str, earlier: Sequence[str]) -> str:
    """The place to name as an example: a UK city for words only the UK uses, else the
    latest place of their searches, else their time zone's city, else the parser's."""
    if _UK.search(words):
        return UK_PLACE
    if earlier:
        return earlier[-1]
    city = zone.rsplit("/", 1)[-1].replace("_", " ").lower() if "/" in zone else ""
    return city if city and _a_place(city) else _EXAMPLE.strip('"').removeprefix("in ")


def suited(text: str, place: str) -> str:
    """The text with the "near me" note's example place replaced by this one."""
    return text.replace(_EXAMPLE, f'"in {place}"')


async def suited_for(store: ServiceStore, subscriber: Subscriber, words: str, text: str) -> str:
    """The text with its "near me" example suiting the person and the words they used."""
    if _EXAMPLE not in text:
        return text
    earlier = [
        place
        for search in await store.searches(subscriber.id)
        for place in stored_query(search).locations
    ]
    zone = subscriber.settings.timezone if subscriber.settings.timezone_set else ""
    return suited(text, example_place(words, zone, earlier))


def _a_place(name: str) -> bool:
    """Whether a search reads the name as a place, and only as one."""
    try:
        return parse_query(f"nurse in {name}").locations == (name,)
    except QueryError:
        return False
