"""Salary floors in queries: 120k+, >=120000, $150k, €90k, 60/h, 5k/month."""

from __future__ import annotations

import re
from dataclasses import dataclass

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        "JPY",
        "CNY",
        "INR",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "ILS",
        "SGD",
        "HKD",
        "BRL",
        "MXN",
        "ZAR",
        "TRY",
        "AED",
        "KRW",
        "RUB",
        "UAH",
    ]
)
WORDS = {"dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "rupees": "INR"}
PERIODS = {"h": 2080, "hr": 2080, "hour": 2080, "hourly": 2080, "d": 260, "day": 260}
PERIODS |= {"daily": 260, "week": 52, "wk": 52, "weekly": 52, "mo": 12, "month": 12}
PERIODS |= {"monthly": 12, "yr": 1, "y": 1, "year": 1, "yearly": 1, "annum": 1, "annual": 1}
MIN_ANNUAL, MAX_ANNUAL = 1_000, 5_000_000

_CUR = r"[$€£¥₹₽₩]|(?!per\b|an\b)[A-Za-z]{3}\b|dollars|euros?|pounds|rupees"
_PERIOD = (
    r"(?:\s*(?:/|per\s+|an?\s+)\s*(?P<per>hour|hr|h|day|d|week|wk|month|mo|year|yr|y|annum)\b"
    r"|\s+(?P<per2>hourly|daily|weekly|monthly|yearly|annual)\b)?"
)
SALARY = re.compile(
    r"(?<![\w-])(?P<op>>=|≥|>|\bmin(?:imum)?\s*:?\s*|\bsalary\s*:?\s*|\bfrom\s+|\bat\s+least\s+)?"
    rf"(?:(?P<cur1>{_CUR})\s*)?(?P<neg>-)?(?P<num>\d[\d,.']*\d|\d)\s*(?P<mult>[kKmM])?\b"
    rf"(?P<plus>\+)?(?:\s*(?P<cur2>{_CUR}))?{_PERIOD}(?P<plus2>\+)?(?:\s*(?P<cur3>{_CUR}))?",
)


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary floor read from a query, or why it was rejected."""

    span: tuple[int, int]
    amount: float | None  # annual
    currency: str | None
    note: str | None


def _currency(raw: str | None) -> tuple[str | None, str | None, bool]:
    """Return (code, unknown-name, is-currency) for a currency token."""
    if raw is None:
        return None, None, False
    if raw in SYMBOLS:
        return SYMBOLS[raw], None, True
    if raw.lower() in WORDS:
        return WORDS[raw.lower()], None, True
    if raw.upper() in CODES:
        return raw.upper(), None, True
    if len(raw) == 3 and raw.isupper():
        return None, raw, True
    return None, None, False


def _number(text: str) -> float | None:
    text = text.replace("'", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([,.]\d{3})+", text):
        text = text.replace(",", "").replace(".", "")
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def find_salaries(text: str) -> list[Salary]:
    """Find salary expressions in a raw query."""
    found: list[Salary] = []
    for m in SALARY.finditer(text):
        cur, unknown, is_cur1 = _currency(m["cur1"])
        cur2, unknown2, is_cur2 = _currency(m["cur2"] or m["cur3"])
        per = (m["per"] or m["per2"] or "").lower()
        explicit = bool(m["op"] or m["mult"] or m["plus"] or m["plus2"] or per)
        if not (explicit or is_cur1 or is_cur2):
            value = _number(m["num"])
            if value is None or value < 1000 or m["neg"]:
                continue
        start = m.start() if is_cur1 or m["op"] else m.start("neg" if m["neg"] else "num")
        end = m.end() if (is_cur2 or per or m["plus2"]) else m.end("plus" if m["plus"] else "num")
        if m["mult"] and not (m["plus"] or is_cur2 or per):
            end = m.end("mult")
        span = (start, end)
        cur, unknown = (cur or cur2), (unknown or unknown2)
        shown = text[span[0] : span[1]].strip()
        value = _number(m["num"])
        if value is None:
            continue
        if m["neg"]:
            found.append(Salary(span, None, None, f'a salary can\'t be negative ("{shown}")'))
            continue
        value *= {"k": 1e3, "m": 1e6}.get((m["mult"] or "").lower(), 1.0)
        value *= PERIODS.get(per, 1)
        if unknown:
            note = f'I don\'t know the currency "{unknown}", so I ignored "{shown}"'
            found.append(Salary(span, None, None, note))
        elif not MIN_ANNUAL <= value <= MAX_ANNUAL:
            note = f'"{shown}" doesn\'t look like a real salary, so I ignored it'
            found.append(Salary(span, None, None, note))
        else:
            found.append(Salary(span, value, cur, None))
    return found


def short_amount(value: float) -> str:
    """120000 -> '120k', 1500000 -> '1.5M'."""
    if value >= 1e6:
        return f"{value / 1e6:.3g}M"
    if value >= 1e3:
        return f"{value / 1e3:.4g}k"
    return f"{value:.0f}"
