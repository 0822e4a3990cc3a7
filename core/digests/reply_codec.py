"""Replies to and from JSON, so a digest built now can be delivered after a restart."""

from __future__ import annotations

import base64
import json
from dataclasses import fields, is_dataclass
from typing import Any

from core.chat.replies import (
    Action,
    Choice,
    ErrorText,
    Exploration,
    JobCard,
    JobCards,
    Message,
    Reply,
    SearchItem,
    SearchList,
    Text,
)
from core.explore.model import Count, Market, Pay, Share

_TYPES: dict[str, type[Message]] = {
    cls.__name__: cls for cls in (Text, ErrorText, SearchList, JobCards, Choice, Exploration)
}


def reply_to_json(reply: Reply) -> str:
    """Serialise a reply."""
    return json.dumps(
        [{"type": type(message).__name__, **_plain(message)} for message in reply],
        ensure_ascii=False,
    )


def _plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, without asdict's deep copies."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple:
        return [_plain(item) for item in value]
    if kind is bytes:  # a chart: its PNG as text
        return base64.b64encode(value).decode("ascii")
    names = _FIELDS.get(kind)
    if names is None:
        if not is_dataclass(value):
            return value
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    return {name: _plain(getattr(value, name)) for name in names}


_SCALARS = frozenset({str, int, float, bool, type(None)})
# Field names per dataclass, looked up once: a digest of ten cards has ~300 values to convert.
_FIELDS: dict[type, tuple[str, ...]] = {}


def reply_from_json(text: str) -> Reply:
    """Rebuild a reply serialised by reply_to_json."""
    return tuple(_message(item) for item in json.loads(text))


def _message(item: dict[str, Any]) -> Message:
    """Rebuild one message."""
    kind = _TYPES[item.pop("type")]
    if kind is JobCards:
        return JobCards(
            heading=item["heading"],
            cards=tuple(_card(card) for card in item["cards"]),
            footer=item["footer"],
            actions=_actions(item["actions"]),
        )
    if kind is SearchList:
        return SearchList(
            tuple(
                SearchItem(**{**entry, "actions": _actions(entry["actions"])})
                for entry in item["items"]
            )
        )
    if kind is Choice:
        return Choice(item["prompt"], _actions(item["options"]))
    if kind is Exploration:
        return _exploration(item)
    return kind(**item)


def _exploration(item: dict[str, Any]) -> Exploration:
    """Rebuild an /explore answer queued while the index was built (explore.commands)."""
    follow = item["follow"]
    return Exploration(
        **{
            **item,
            "market": _market(item["market"]),
            "lines": tuple(item["lines"]),
            "chart": base64.b64decode(item["chart"]),
            "follow": Action(**follow) if follow else None,
        }
    )


def _market(item: dict[str, Any]) -> Market:
    """Rebuild an exploration's figures."""

    def shares(rows: list[dict[str, Any]]) -> tuple[Share, ...]:
        return tuple(Share(**row) for row in rows)

    def counts(rows: list[dict[str, Any]]) -> tuple[Count, ...]:
        return tuple(Count(**row) for row in rows)

    pay = tuple(Pay(**{**row, "values": tuple(row["values"])}) for row in item["pay"])
    return Market(
        **{
            **item,
            "skills": shares(item["skills"]),
            "pay": pay,
            "workplace": shares(item["workplace"]),
            "locations": counts(item["locations"]),
            "companies": counts(item["companies"]),
            "levels": shares(item["levels"]),
        }
    )


def _card(card: dict[str, Any]) -> JobCard:
    """Rebuild one job card."""
    return JobCard(
        **{
            **card,
            "reasons": tuple(card["reasons"]),
            "search_numbers": tuple(card["search_numbers"]),
            "also": tuple(card.get("also", ())),  # digests queued before cards said it
            "actions": _actions(card["actions"]),
        }
    )


def _actions(items: list[dict[str, str]]) -> tuple[Action, ...]:
    """Rebuild buttons."""
    return tuple(Action(**action) for action in items)
