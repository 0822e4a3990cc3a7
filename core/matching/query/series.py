"""A federal occupational series named by its 4-digit OPM code ("2210 infosec", "series 0610")."""

from __future__ import annotations

import re

from core.matching.vocab import tokens, vocabulary

# A 4-digit code, "series" or "occ series" before it or "series" after it; "gs-2210" is a pay
# grade's series; "2210-infosec" the series and the word (its hyphen is no "not"). Bare numbers
# that are years (1990-2035) are read so only with "series".
_CODE = re.compile(
    r"(?<![\w$£€.,-])(?:(?P<said>(?:occ(?:upational)?\s+)?series\s*#?|(?:gs|wg|ws|wl)\s*-?)\s*)?"
    r"(?P<code>\d{4})(?:\s+(?P<after>series)|-(?=[a-z]))?(?:(?<=-)|(?![\w%.,-]|\s*[kK]\b))",
    re.IGNORECASE,
)


def series_codes(text: str, notes: list[str]) -> tuple[str, list[str]]:
    """The text without the occupational series codes it names, and the codes, each said in a
    note with the title it is read as."""
    v = vocabulary()
    codes: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _CODE.finditer(text):
        code = m["code"]
        said = bool(m["said"] or m["after"])
        if code not in v.series or (1990 <= int(code) <= 2035 and not said):
            continue
        spans.append(m.span())
        codes.append(code)
        name, titles = v.series[code]
        if titles:
            notes.append(f'I read "{code}" as occupation series {code} {name} ("{titles[0]}")')
        else:
            notes.append(
                f'I read "{code}" as occupation series {code} {name}, which names no one'
                " occupation, so I left it out; add a title"
            )
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text, codes


def series_title(codes: list[str], title: list[str]) -> list[str]:
    """The search's title words with the title of the series named before them ("2210
    infosec": it specialist infosec), unless they already say a title of it ("0610 nurse")."""
    v = vocabulary()
    for code in reversed(codes):
        named = [tuple(tokens(t)) for t in v.series[code][1]]
        if not named or any(set(t) <= set(title) for t in named):
            continue
        title = [*dict.fromkeys([*named[0], *title])]
    return title
