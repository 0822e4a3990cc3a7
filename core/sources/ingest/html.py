"""HTML to safe plain text: scripts and styles dropped, entities unescaped, blocks on lines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from core.postings.limits import DESCRIPTION_MAX

# Elements whose content is never text for a reader.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "math", "head"}
)
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "title",
    }
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "source"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Parsing stops feeding after this much input: enough for any real description.
_INPUT_MAX = 2_000_000


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag == "br":
            self._add("\n")
        elif tag == "li":
            self._add("\n• ")
        elif tag in ("td", "th"):
            self._add(" ")
        elif tag in _BLOCK:
            self._add("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP:  # <script/> opens nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(self.skip_depth - 1, 0)
        elif tag in _BLOCK and tag != "li":  # the next item starts its own line
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)


def html_to_text(html: str, limit: int = DESCRIPTION_MAX) -> str:
    """Readable plain text of an HTML fragment, at most limit characters."""
    parser = _TextExtractor()
    try:
        parser.feed(html[:_INPUT_MAX])
        parser.close()
    except (AssertionError, ValueError):  # html.parser's last resort on hopeless markup
        pass
    return clean_text("".join(parser.parts), limit)


def clean_text(text: str, limit: int = DESCRIPTION_MAX) -> str:
    """Drop control characters, collapse spaces, keep at most one blank line, cap the length."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
