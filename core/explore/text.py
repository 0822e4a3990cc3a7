"""The words of an exploration: the figures as lines, a two-sentence summary, the alt text."""

from __future__ import annotations

from core.chat.texts import count
from core.explore.model import MIN_FOR_PERCENTILES, Count, Market, Pay, Share
from core.matching.money import money

SKILLS_SAID = 3  # skills the summary names


def percent(share: float) -> str:
    """0.714 → '71%'; a share above zero never shows as 0%, nor one below all as 100%."""
    shown = max(round(share * 100), 1 if share > 0 else 0)
    return f"{min(shown, 99) if share < 1 else shown}%"


def _whole(shares: tuple[Share, ...]) -> list[int]:
    """Percents of shares that make up a whole, adding up to 100 (largest remainders)."""
    exact = [s.share * 100 for s in shares]
    shown = [int(e) for e in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: shown[i] - exact[i])
    for i in by_remainder[: max(0, 100 - sum(shown))]:
        shown[i] += 1
    for i, value in enumerate(shown):  # a share above zero shows as at least 1%
        if value == 0 and exact[i] > 0:
            shown[i] = 1
            shown[shown.index(max(shown))] -= 1
    return shown


def amount(value: float, currency: str | None) -> str:
    """An annual amount to the thousand: '$165k', '€90k', '1.2M SEK'."""
    return money(value, currency, rough=True)


def pay_text(pay: Pay) -> str:
    """'USD: median $165k, middle half $140k–$190k (n=320)', or the range when n is small."""
    name = pay.currency or "currency not stated"
    if pay.p50 is None or pay.p25 is None or pay.p75 is None:
        if pay.n == 1:
            return f"{name}: {_span(pay)} (n=1)"
        return f"{name}: {_span(pay)} (n={pay.n}, too few for percentiles)"
    return (
        f"{name}: median {amount(pay.p50, pay.currency)}, middle half "
        f"{amount(pay.p25, pay.currency)}–{amount(pay.p75, pay.currency)} (n={pay.n})"
    )


def _shares(items: tuple[Share, ...]) -> str:
    return " · ".join(f"{s.name} {percent(s.share)}" for s in items)


def _parts(items: tuple[Share, ...]) -> str:
    """Shares of a whole (workplace, level), their percents adding up to 100."""
    return " · ".join(f"{s.name} {n}%" for s, n in zip(items, _whole(items), strict=True))


def _counts(items: tuple[Count, ...]) -> str:
    return " · ".join(f"{c.name} ({c.count})" for c in items)


def figure_lines(m: Market) -> tuple[str, ...]:
    """The figures, one line each, as every chat shows them."""
    naming = f" · naming {m.asked}: {m.naming:,}{_of_read(m)}" if _some_name(m) else ""
    lines = [
        f"Open postings: {m.open:,}{naming} · new in the last 7 days: {m.new_7d:,} "
        f"(the 7 before: {m.new_prev_7d:,})",
        *([m.unstated] if m.unstated else []),
        f"Skills in demand: {_shares(m.skills)}{_unnamed(m)}"
        if m.skills
        else "Skills in demand: none named",
    ]
    if m.pay:
        stated = sum(p.n for p in m.pay)
        lines.append(f"Pay a year ({stated:,} of {m.open:,} state it):")
        lines.extend(f"  {pay_text(p)}" for p in m.pay)
    else:
        lines.append("Pay: no posting states it")
    lines.append(f"Workplace: {_parts(m.workplace)}")
    if m.locations:
        lines.append(f"Top locations: {_counts(m.locations)}")
    if m.companies:
        lines.append(f"Top companies: {_counts(m.companies)}")
    lines.append(f"Level: {_parts(m.levels)}")
    if m.read_from < m.open:
        lines.append(
            f"(skills, workplace and level read from {m.read_from:,} of the {m.open:,} postings, "
            "evenly spread)"
        )
    if m.open < MIN_FOR_PERCENTILES:
        lines.append(f"Only {count(m.open, 'posting', 'postings')}: figures without percentiles.")
    return tuple(lines)


def _some_name(m: Market) -> bool:
    """Whether the count holds postings not naming the skills asked ("icu nurse": every nurse
    posting, the few naming ICU first), which is then said beside it."""
    return bool(m.asked) and m.naming < m.read_from


def _of_read(m: Market) -> str:
    """' of the 400 read' when the text of only some postings was read, else ''."""
    return f" of the {m.read_from:,} read" if m.read_from < m.open else ""


def _naming(m: Market) -> str:
    """' (1 of them names ICU)', ' (none of them names ICU)', or '' when all of them do."""
    if not _some_name(m):
        return ""
    if not m.naming:
        return f" (none of them names {m.asked})"
    verb = "names" if m.naming == 1 else "name"
    return f" ({m.naming:,}{_of_read(m) or ' of them'} {verb} {m.asked})"


def _unnamed(m: Market) -> str:
    """' (4 of the 5 postings name no skill)' when most do not, else ''."""
    if not m.few_name_skills:
        return ""
    of = f"{m.read_from:,} read" if m.read_from < m.open else f"{m.read_from:,} postings"
    return f" ({m.unnamed:,} of the {of} name no skill)"


def _trend(m: Market) -> str:
    """How the last 7 days compare with the 7 before."""
    if m.new_7d == m.new_prev_7d:
        return "as many as in the 7 days before"
    way = "up" if m.new_7d > m.new_prev_7d else "down"
    return f"{way} from {m.new_prev_7d:,} in the 7 days before"


def _most_workplace(m: Market) -> str:
    """The leading stated workplace, if one is stated at all."""
    stated = [s for s in m.workplace if s.name != "not stated"]
    if not stated:
        return "none says whether it is remote, hybrid or onsite"
    top = max(stated, key=lambda s: s.share)
    if m.open == 1:
        return f"it is {top.name}"
    return f"{'all' if top.share == 1 else percent(top.share)} are {top.name}"


def summary(m: Market) -> str:
    """Two sentences written from the figures."""
    noun = "posting matches" if m.open == 1 else "postings match"
    first = (
        f"{m.open:,} open {noun} “{m.query}”{_naming(m)}, {m.new_7d:,} of them new in the last "
        "7 days "
        f"({_trend(m)}), and {_most_workplace(m)}."
    )
    if m.unstated:
        first += " " + m.unstated
    named = [f"{s.name} ({percent(s.share)})" for s in m.skills[:SKILLS_SAID]]
    asked = (
        "few postings name skills: the ones named most are "
        if m.few_name_skills
        else "the skills asked for most are "
    )
    skills = asked + _listing(named) if named else "no skill I know stands out"
    main = m.pay[0] if m.pay else None
    if main is None:
        pay = "none states pay"
    elif main.p50 is None and len(m.pay) > 1:
        stated = sum(p.n for p in m.pay)
        each = _listing([_span(p) for p in m.pay])
        pay = f"{stated:,} postings state pay, in {len(m.pay)} currencies: {each} a year"
    elif main.p50 is not None:
        pay = f"the median pay is {amount(main.p50, main.currency)} a year (n={main.n})"
    elif main.n == 1:
        pay = f"one posting states pay: {_span(main)} a year"
    else:
        pay = f"pay ranges {amount(main.low, main.currency)}–{amount(main.high, main.currency)}"
        pay += f" a year in the {main.n} postings stating it"
    return f"{first} {skills[0].upper()}{skills[1:]}, and {pay}."


def _span(pay: Pay) -> str:
    """'€60k', or '€60k–€90k' from the lowest bottom to the highest top stated."""
    if amount(pay.low, pay.currency) == amount(pay.high, pay.currency):
        return amount(pay.low, pay.currency)
    return f"{amount(pay.low, pay.currency)}–{amount(pay.high, pay.currency)}"


def _listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def alt_text(m: Market) -> str:
    """What the chart shows, in words: the same skills and pay figures."""
    skills = ", ".join(f"{s.name} {percent(s.share)}" for s in m.skills) or "no skills named"
    pay = pay_text(m.pay[0]) if m.pay else "no posting states pay"
    return f"Chart for “{m.query}”: top skills by share of postings — {skills}. Pay a year — {pay}."
