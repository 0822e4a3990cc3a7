"""Streaming readers for postings files: a JSON array, JSON Lines and CSV."""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from core.errors import ImportFileError
from core.model import Posting
from core.plurals import count
from core.postings.importing._record import posting_with_notes
from core.postings.importing.formats import FileFormat

CHUNK_BYTES = 64 * 1024
NOT_A_POSTING = (
    "a .json file must hold a posting {...} or a list of them [{...}, ...]"
    " (for one object per line, name the file .jsonl)"
)
MORE_THAN_ONE = (
    "more than one JSON value: a .json file holds one posting {...} or a list of them"
    " [{...}, ...] (for one object per line, name the file .jsonl)"
)
ProgressCallback = Callable[[int, int], None]
_JSON = json.JSONDecoder(strict=False)  # tolerate raw tabs and line breaks inside strings
# A decode error this close to the end of the buffer may only mean the element goes on.
_TRUNCATION_MARGIN = 64
_NOT_WHITESPACE = re.compile(r"[^ \t\r\n]")


@dataclass(frozen=True, slots=True)
class RowError:
    """A record that was skipped: its 1-based line in the file and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RowNote:
    """A record imported with a change the person should know of (a field cut): line and what;
    kind is the note without this record's own figures, the same in every record cut alike."""

    line: int
    note: str
    kind: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.note}"


class RepeatedNotes:
    """Each kind of note told at its first row, then once with how many more rows had it:
    a file whose 1,052 rows have a long tag gives two lines, not 1,052."""

    def __init__(self) -> None:
        """None seen yet."""
        self._again: dict[str, list[int]] = {}  # the lines of each kind after its first

    def first(self, note: RowNote) -> bool:
        """Whether this note is the first of its kind (to be told as it is)."""
        kind = note.kind or note.note
        if kind in self._again:
            self._again[kind].append(note.line)
            return False
        self._again[kind] = []
        return True

    def summary(self) -> list[str]:
        """One line per kind seen again: "the same for 39 more rows (lines 2–40): …"."""
        lines = []
        for kind, again in self._again.items():
            if again:
                more = count(len(again), "more row", "more rows")
                span = (
                    f"line {again[0]:,}" if len(again) == 1 else f"lines {again[0]:,}–{again[-1]:,}"
                )
                lines.append(f"the same for {more} ({span}): {kind}")
        return lines


Item = Posting | RowError | RowNote
Items = Generator[Item, None, None]


class Progress:
    """Reports bytes consumed to a callback: first 0, then every CHUNK_BYTES, then the end."""

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self._callback = callback
        self._total = total
        self._done = 0
        self._reported = -1
        self._report()

    def advance(self, count: int) -> None:
        """Count bytes consumed, reporting if enough have gone by since the last report."""
        self._done += count
        if self._done - self._reported >= CHUNK_BYTES:
            self._report()

    def finish(self) -> None:
        """Report the final count unless it was just reported."""
        if self._done != self._reported:
            self._report()

    def _report(self) -> None:
        if self._callback is not None:
            self._callback(self._done, max(self._total, self._done))
        self._reported = self._done


def read(fh: BinaryIO, fmt: FileFormat, progress: Progress, source: str) -> Items:
    """Stream the items of an open file in the given format."""
    if fmt.kind == "json":
        return _read_json_array(fh, progress, source)
    if fmt.kind == "jsonl":
        return _read_json_lines(fh, progress, source)
    return _read_csv(fh, fmt.delimiter, progress, source)


def _items(value: object, line: int, source: str) -> Iterator[Item]:
    """The posting for one decoded record after its notes, or why it was skipped."""
    if not isinstance(value, dict):
        kind = "a list" if isinstance(value, list) else "text" if isinstance(value, str) else ""
        yield RowError(line, f"expected a JSON object, found {kind or json.dumps(value)}")
        return
    try:
        posting, notes = posting_with_notes(value, default_source=source)
    except ValueError as exc:
        yield RowError(line, str(exc))
        return
    yield from (RowNote(line, note, kind) for kind, note in notes)
    yield posting


class _Lines:
    """Decoded lines of a binary file, counting bytes and noting undecodable lines."""

    def __init__(self, fh: BinaryIO, progress: Progress) -> None:
        self._fh = fh
        self._progress = progress
        self.number = 0
        self._bad = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = next(self._fh)
        self.number += 1
        self._progress.advance(len(raw))
        if self.number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self._bad = True
            return raw.decode("utf-8", errors="replace")

    def take_bad(self) -> bool:
        """Whether a line since the last call was not UTF-8."""
        bad, self._bad = self._bad, False
        return bad


def _read_json_lines(fh: BinaryIO, progress: Progress, source: str) -> Items:
    lines = _Lines(fh, progress)
    for text in lines:
        if lines.take_bad():
            yield RowError(lines.number, "the line is not UTF-8 text")
        elif text.strip():
            try:
                value = _JSON.decode(text)
            except json.JSONDecodeError as exc:
                reason = f"invalid JSON at column {exc.colno}: {_json_message(exc)}"
                yield RowError(lines.number, reason)
            else:
                yield from _items(value, lines.number, source)


def _read_csv(fh: BinaryIO, delimiter: str, progress: Progress, source: str) -> Items:
    lines = _Lines(fh, progress)
    # strict: a stray quote is reported rather than silently merging fields or rows.
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    columns = _csv_header(reader)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            lines.take_bad()
            yield RowError(start, f"malformed CSV: {exc}")
            continue
        if lines.take_bad():
            yield RowError(start, "the record is not UTF-8 text")
        elif any(cell.strip() for cell in row[len(columns) :]):
            yield RowError(start, f"{len(row)} values but the header has {len(columns)} columns")
        elif any(cell.strip() for cell in row):
            record = {name: cell for name, cell in zip(columns, row, strict=False) if name}
            yield from _items(record, start, source)


def _csv_header(reader: Iterator[list[str]]) -> list[str]:
    """Read the header row as normalised column names; "" for repeated names."""
    try:
        row = next(row for row in reader if any(cell.strip() for cell in row))
    except StopIteration:
        raise ImportFileError("the file has no CSV header row") from None
    except csv.Error as exc:
        raise ImportFileError(f"the CSV header row cannot be read: {exc}") from None
    names = ["_".join(cell.strip().lower().replace("-", " ").split()) for cell in row]
    if "title" not in names:
        found = ", ".join(f'"{name}"' for name in names if name)
        raise ImportFileError(f'the CSV header has no "title" column (it has {found})')
    if "id" not in names and "url" not in names:
        raise ImportFileError('the CSV header needs an "id" or a "url" column')
    return [name if name not in names[:i] else "" for i, name in enumerate(names)]


class _JsonSyntaxError(Exception):
    """The JSON array breaks off at a line and column."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(f"not valid JSON: it breaks at line {line}, column {column} ({message})")
        self.line = line
        self.column = column
        self.message = message


class _TextBuffer:
    """A window on a file's decoded text, read on demand, that knows line numbers."""

    def __init__(self, fh: BinaryIO, progress: Progress) -> None:
        self._fh = fh
        self._progress = progress
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.pos = 0
        self.eof = False
        self._first_column = 0  # 0-based column of text[0] in its line
        self._mark = 0  # newlines in text[:_mark] are counted in _mark_line
        self._mark_line = 1
        self._undecodable = False  # text ends where bytes that are not UTF-8 begin

    def more(self, size: int = CHUNK_BYTES) -> None:
        """Read the next size bytes, dropping text already consumed."""
        if self._undecodable:
            raise self.error(len(self.text), "the text is not UTF-8")
        if self.pos >= CHUNK_BYTES:
            self._drop_consumed()
        chunk = self._fh.read(size)
        self._progress.advance(len(chunk))
        self.eof = not chunk
        try:
            self.text += self._decoder.decode(chunk, final=self.eof)
        except UnicodeDecodeError as exc:
            # Keep the good text before the bad bytes; fail only once the parser needs more.
            self.text += exc.object[: exc.start].decode("utf-8", errors="replace")
            self._undecodable = True
            self.eof = False

    def peek(self) -> str:
        """Skip whitespace and return the next character, "" at the end of the file."""
        while True:
            found = _NOT_WHITESPACE.search(self.text, self.pos)
            self.pos = found.start() if found else len(self.text)
            if self.pos < len(self.text) or self.eof:
                return self.text[self.pos : self.pos + 1]
            self.more()

    def value(self) -> object:
        """Decode the JSON value at pos, reading more text until it is complete."""
        size = CHUNK_BYTES
        while True:
            try:
                value, end = _JSON.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof or not _maybe_truncated(exc):
                    raise self.error(exc.pos, _json_message(exc)) from None
            else:
                # A number at the very end of the buffer might continue in the next chunk.
                if end < len(self.text) or self.eof:
                    self.pos = end
                    return value
            # Doubling keeps a huge element from being re-decoded once per chunk.
            self.more(size)
            size *= 2

    def line(self, index: int | None = None) -> int:
        """The line number at an index of text (pos by default), counted incrementally."""
        index = self.pos if index is None else index
        if index >= self._mark:
            self._mark_line += self.text.count("\n", self._mark, index)
            self._mark = index
            return self._mark_line
        return self._mark_line - self.text.count("\n", index, self._mark)

    def error(self, index: int, message: str) -> _JsonSyntaxError:
        """A syntax error located at an index of text."""
        start = self.text.rfind("\n", 0, index) + 1
        column = index - start + (self._first_column if start == 0 else 0) + 1
        return _JsonSyntaxError(self.line(index), column, message)

    def _drop_consumed(self) -> None:
        line = self.line()
        start = self.text.rfind("\n", 0, self.pos) + 1
        self._first_column = self.pos - start + (self._first_column if start == 0 else 0)
        self.text = self.text[self.pos :]
        self.pos = self._mark = 0
        self._mark_line = line


def _json_message(exc: json.JSONDecodeError) -> str:
    """The decoder's message without its dangling "starting at" (the position is given)."""
    return exc.msg.removesuffix(" starting at")


def _maybe_truncated(exc: json.JSONDecodeError) -> bool:
    if exc.msg.startswith("Unterminated string"):
        return True
    return exc.pos >= len(exc.doc) - _TRUNCATION_MARGIN


def _read_json_array(fh: BinaryIO, progress: Progress, source: str) -> Items:
    """Stream a top-level array's elements, or the one object a file holds (a list of one); a
    syntax error ends the file (see the package)."""
    buffer = _TextBuffer(fh, progress)
    read_any = False
    try:
        if buffer.peek() != "[":
            yield from _one_value(buffer, source)
            return
        buffer.pos += 1
        for line, value in _array_elements(buffer):
            read_any = True
            yield from _items(value, line, source)
    except _JsonSyntaxError as exc:
        if not read_any:
            raise ImportFileError(str(exc)) from None
        reason = f"invalid JSON at column {exc.column}: {exc.message}"
        yield RowError(exc.line, f"{reason}; the rest of the file was not read")


def _one_value(buffer: _TextBuffer, source: str) -> Items:
    """The posting of a file holding one JSON object; anything else is refused whole."""
    line = buffer.line()
    value = buffer.value()
    if not isinstance(value, dict):
        raise ImportFileError(NOT_A_POSTING)
    if buffer.peek():
        raise ImportFileError(MORE_THAN_ONE)
    lists = [key for key, field in value.items() if isinstance(field, list) and key != "tags"]
    if "title" not in value and lists:  # {"jobs": [...]}: an API's wrapper, not a posting
        raise ImportFileError(
            f'the file holds one object with no "title" but a list under "{lists[0]}": '
            "save the list of postings itself ([{...}, ...]) as the file"
        )
    yield from _items(value, line, source)


def _array_elements(buffer: _TextBuffer) -> Iterator[tuple[int, object]]:
    """Yield (line, value) for each element after the opening bracket, through the end."""
    while (char := buffer.peek()) != "]":
        if not char:
            raise buffer.error(buffer.pos, "the file ends before the closing ]")
        line = buffer.line()
        yield line, buffer.value()
        char = buffer.peek()
        if char == ",":
            buffer.pos += 1
        elif char != "]":
            raise buffer.error(buffer.pos, "expected , or ] after the element")
    buffer.pos += 1
    if buffer.peek():
        raise buffer.error(buffer.pos, "unexpected text after the closing ]")
