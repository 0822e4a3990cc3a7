"""Reading postings files for `concierge import FILE...`: a JSON array (or one object), JSON
Lines or CSV.

Every format uses one schema: id, source, title, company, location, remote, salary_min,
salary_max, currency, url, description, tags, posted_at, closes_at. title and one of id/url are
required; other fields are optional and unknown fields are ignored. CSV header names are matched
case-insensitively, with spaces or hyphens read as underscores ("Salary Min" is salary_min).

The format comes from the extension: .json (an array of objects, or one object: a list of
one), .jsonl/.ndjson (one object per line; a .jsonl file holding an array is read as one), .csv
(delimiter , ; or tab, whichever the header uses most) and .tsv. Any other extension is
sniffed: "[" starts a JSON array, "{" JSON Lines, anything else is CSV. Files are UTF-8, with
or without a BOM; a gzip-compressed file is read as the file inside it, its extension before .gz
naming the format.

Files are streamed, never loaded whole. A bad record becomes a RowError with its line and the
rest still comes through; a record imported with a field cut to its limit comes after a RowNote
(its line and what was cut). A JSON array is read element by element; a syntax error in it
cannot be skipped reliably, so it ends the file: before the first element it makes the file
unreadable, after it the import stops with a RowError at its line, earlier elements kept.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from core.errors import ImportFileError
from core.model import Posting
from core.postings.importing._readers import (
    CHUNK_BYTES,
    Item,
    Progress,
    ProgressCallback,
    RepeatedNotes,
    RowError,
    RowNote,
    read,
)
from core.postings.importing._record import (
    DATE_NOT_READ,
    PAY_NOT_READ,
    posting_from_record,
    under_source,
)
from core.postings.importing.formats import (
    KINDS_BY_SUFFIX,
    FileFormat,
    Kind,
    sniff_delimiter,
    sniff_kind,
)

__all__ = [
    "DATE_NOT_READ",
    "PAY_NOT_READ",
    "PROGRESS_MIN_BYTES",
    "ProgressCallback",
    "RepeatedNotes",
    "RowError",
    "RowNote",
    "iter_postings",
    "iter_postings_from_bytes",
    "posting_from_record",
    "under_source",
]

# Files smaller than this read in well under a second: not worth a progress bar.
PROGRESS_MIN_BYTES = 1_000_000

_GZIP_MAGIC = b"\x1f\x8b"
_READ_ERRORS = (OSError, EOFError, zlib.error)
_NOT_UTF8 = "the file is not UTF-8 text (UTF-16 or binary?); save it as UTF-8"


def iter_postings(
    path: Path,
    *,
    default_source: str = "import",
    on_progress: ProgressCallback | None = None,
) -> Iterator[Posting | RowError | RowNote]:
    """Stream the postings of a file, a RowError for each record skipped, RowNotes for cuts.

    The file-level checks run during this call, before anything is yielded, and raise
    ImportFileError when the file cannot be read at all: missing, a directory, empty, not
    UTF-8, a .json that is not valid JSON up to its first posting or holds no posting, or a
    CSV header without a "title" column or without both "id" and "url". Iterating raises
    ImportFileError only if the file becomes unreadable meanwhile (removed, I/O error).

    on_progress(bytes_read, total_bytes) drives a progress bar: it is called with 0 when
    iteration starts, then about every 64 KiB, and with bytes_read == total_bytes at the end
    (total_bytes is the file size; use PROGRESS_MIN_BYTES to decide whether to show a bar).
    """
    try:
        fmt = _detect_format(path)
        _probe(path, fmt, default_source)
    except ImportFileError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    except _READ_ERRORS as exc:
        raise ImportFileError(f"{path}: {_reading_failed(exc)}") from None
    return _stream(path, fmt, default_source, on_progress)


def iter_postings_from_bytes(
    data: bytes, kind: Kind, *, delimiter: str = ",", default_source: str = "import"
) -> Iterator[Posting | RowError | RowNote]:
    """Read postings from a downloaded body in a known format ("json", "jsonl" or "csv").

    Bad records come through as RowError; a body that cannot be read at all raises
    ImportFileError while iterating.
    """
    return read(io.BytesIO(data), FileFormat(kind, delimiter), Progress(None, 0), default_source)


def _stream(
    path: Path, fmt: FileFormat, source: str, on_progress: ProgressCallback | None
) -> Iterator[Item]:
    try:
        with _open(path) as fh:
            progress = Progress(on_progress, _size(fh))
            yield from read(fh, fmt, progress, source)
            progress.finish()
    except ImportFileError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    except _READ_ERRORS as exc:
        raise ImportFileError(f"{path}: {_reading_failed(exc)}") from None


def _probe(path: Path, fmt: FileFormat, source: str) -> None:
    """Read up to the first item so that file-level errors surface before streaming."""
    with _open(path) as fh:
        items = read(fh, fmt, Progress(None, 0), source)
        try:
            next(items, None)
        finally:
            items.close()


def _reading_failed(exc: BaseException) -> str:
    """One line for a file that failed mid-read, a damaged or cut gzip file included."""
    if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile):
        return f"reading failed ({exc.strerror or exc})"
    return f"reading failed: the gzip file is damaged or cut short ({exc})"


def _open(path: Path) -> BinaryIO:
    """The file's bytes; a gzip file (.gz, as the shared data sets come) is read uncompressed."""
    if path.is_dir():
        raise ImportFileError("this is a directory, not a file")
    try:
        fh = path.open("rb")
        if fh.read(len(_GZIP_MAGIC)) != _GZIP_MAGIC:
            fh.seek(0)
            return fh
        fh.close()
        return cast(BinaryIO, gzip.open(path, "rb"))
    except FileNotFoundError:
        raise ImportFileError("no such file") from None
    except OSError as exc:
        raise ImportFileError(f"the file cannot be opened ({exc.strerror or exc})") from None


def _size(fh: BinaryIO) -> int:
    """The bytes a file will give: a gzip file's trailer holds its size (modulo 4 GiB)."""
    if not isinstance(fh, gzip.GzipFile):
        return os.fstat(fh.fileno()).st_size
    raw = fh.fileobj
    assert raw is not None  # an open GzipFile has its file
    at = raw.tell()
    raw.seek(-4, os.SEEK_END)
    size = int.from_bytes(raw.read(4), "little")
    raw.seek(at)
    return size


def _detect_format(path: Path) -> FileFormat:
    with _open(path) as fh:
        line = _first_line(fh)
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    suffix = suffixes[0] if suffixes[-1:] == [".gz"] and len(suffixes) == 2 else path.suffix.lower()
    kind = KINDS_BY_SUFFIX.get(suffix) or sniff_kind(line)
    if kind == "jsonl" and line.startswith("["):
        kind = "json"
    if kind == "csv":
        return FileFormat("csv", "\t" if suffix == ".tsv" else sniff_delimiter(line))
    return FileFormat(kind)


def _first_line(fh: BinaryIO) -> str:
    """The first non-blank line, or its first chunk; checks that the file is UTF-8 text."""
    chunk = fh.read(CHUNK_BYTES)
    if chunk.startswith(b"PK\x03\x04"):
        raise ImportFileError("this looks like a spreadsheet or a zip file; export it as CSV")
    if b"\x00" in chunk:
        raise ImportFileError(_NOT_UTF8)
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    while chunk:
        try:
            text = decoder.decode(chunk).lstrip()
        except UnicodeDecodeError:
            raise ImportFileError(_NOT_UTF8) from None
        if text:
            return text.split("\n", 1)[0]
        chunk = fh.read(CHUNK_BYTES)
    raise ImportFileError("the file is empty")
