"""The "add a search" modal: its view, and turning a submission into one AddSearch command."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.api import MAX_QUERY_LENGTH, add_search, check_query, clean_text
from core.chat.commands import Command
from core.model import SENSITIVITIES, Sensitivity

CALLBACK_ID = "jc_add_search"
OPEN_ACTION = "jc_open_add"  # the Home tab's "Add a search" button

ROLE, LOCATIONS, REMOTE, SKILLS, SALARY, SENIORITY, SENSITIVITY = (
    "role",
    "locations",
    "remote",
    "skills",
    "salary",
    "seniority",
    "sensitivity",
)
SENIORITIES = ("intern", "junior", "mid", "senior", "staff", "principal", "lead")
WORKPLACES = ("remote", "hybrid", "onsite")
_SALARY_RE = re.compile(r"^[$€£]?\s?\d{1,3}(?:[.,]?\d{3})*(?:[.,]\d+)?\s?[kK]?\s?\+?$")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the modal was opened: whose search it makes and where to answer."""

    channel: str = ""  # set when the search belongs to a channel
    response_url: str = ""  # the slash command's response_url, if any

    def dump(self) -> str:
        """Serialise into the view's private_metadata."""
        return json.dumps({"c": self.channel, "r": self.response_url})

    @classmethod
    def load(cls, raw: str) -> Origin:
        """Read private_metadata back; anything unreadable means the user's own Home."""
        try:
            data = json.loads(raw or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(str(data.get("c") or ""), str(data.get("r") or ""))


@dataclass(frozen=True, slots=True)
class Submission:
    """A valid modal submission: one AddSearch, with the chosen sensitivity."""

    command: Command


def _input(
    block_id: str, label: str, element: dict[str, Any], optional: bool = True
) -> dict[str, Any]:
    """An input block whose action_id equals its block_id."""
    return {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": {**element, "action_id": block_id},
    }


def _text_input(placeholder: str, max_length: int = 150) -> dict[str, Any]:
    """A one-line text input."""
    return {
        "type": "plain_text_input",
        "max_length": max_length,
        "placeholder": {"type": "plain_text", "text": placeholder},
    }


def _option(value: str, label: str | None = None) -> dict[str, Any]:
    """One option of a select."""
    return {"text": {"type": "plain_text", "text": label or value.capitalize()}, "value": value}


def _select(values: tuple[str, ...], placeholder: str) -> dict[str, Any]:
    """A static select over values."""
    return {
        "type": "static_select",
        "placeholder": {"type": "plain_text", "text": placeholder},
        "options": [_option(v) for v in values],
    }


def build_modal(origin: Origin) -> dict[str, Any]:
    """The modal with every search field."""
    sensitivity = _select(SENSITIVITIES, "Normal")
    sensitivity["initial_option"] = _option("normal")
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": origin.dump(),
        "title": {"type": "plain_text", "text": "Add a job search"},
        "submit": {"type": "plain_text", "text": "Save search"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _input(ROLE, "Role", _text_input("e.g. backend engineer"), optional=False),
            _input(LOCATIONS, "Locations", _text_input("e.g. Berlin, London")),
            _input(REMOTE, "Workplace", _select(WORKPLACES, "Any")),
            _input(SKILLS, "Skills", _text_input("e.g. python, kafka, postgres")),
            _input(SALARY, "Salary floor", _text_input("e.g. 120k or €90k", 20)),
            _input(SENIORITY, "Seniority", _select(SENIORITIES, "Any")),
            _input(SENSITIVITY, "Sensitivity", sensitivity),
        ],
    }


def _value(values: Mapping[str, Any], block_id: str) -> str:
    """The submitted text or selected option value of one field."""
    field = (values.get(block_id) or {}).get(block_id) or {}
    if field.get("selected_option"):
        return str(field["selected_option"].get("value") or "")
    return clean_text(str(field.get("value") or ""))


def read_submission(values: Mapping[str, Any]) -> Submission | dict[str, str]:
    """Build the AddSearch command from the fields, or the errors to show on them."""
    role, skills = _value(values, ROLE), _value(values, SKILLS)
    salary = _value(values, SALARY).replace(" ", "")
    errors: dict[str, str] = {}
    if salary and not _SALARY_RE.match(salary):
        errors[SALARY] = "Write a yearly amount like 120k, 120000 or €90k."
    seniority = _value(values, SENIORITY)
    if seniority and seniority not in SENIORITIES:
        errors[SENIORITY] = "Pick a seniority from the list."
    workplace = _value(values, REMOTE)
    if workplace and workplace not in WORKPLACES:
        errors[REMOTE] = "Pick remote, hybrid or onsite."
    chosen = _value(values, SENSITIVITY) or "normal"
    sensitivity: Sensitivity = "normal"
    for known in SENSITIVITIES:
        if known == chosen:
            sensitivity = known
    if chosen not in SENSITIVITIES:
        errors[SENSITIVITY] = "Pick strict, normal or loose."
    places = [p.strip() for p in re.split(r"[,;/]|\bor\b", _value(values, LOCATIONS)) if p.strip()]
    parts = [
        " ".join(p for p in (seniority, role) if p),
        ", ".join(s.strip() for s in skills.split(",") if s.strip()),
        " or ".join(places),
        workplace,
        salary if not salary or salary.endswith("+") else salary + "+",
    ]
    query = ", ".join(p for p in parts if p)
    if not errors:
        problem = _query_problem(query)
        if problem:
            errors[ROLE] = problem
    if errors:
        return errors
    return Submission(add_search(query, sensitivity))


def _query_problem(query: str) -> str:
    """Why the core would refuse the query, or empty when it reads well."""
    if not query:
        return "Tell me the role to look for, e.g. backend engineer."
    check = check_query(query)
    if check.too_long:
        return f"Together the fields are {len(query)} characters; the most is {MAX_QUERY_LENGTH}."
    return check.problem[:150]
