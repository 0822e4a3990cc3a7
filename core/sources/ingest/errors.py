"""Why a job source failed: SourceError subclasses the scheduler can tell apart."""

from __future__ import annotations

from core.errors import SourceError, UserError


class SourceSpecError(UserError, ValueError):
    """A source definition that cannot be used: unknown kind, bad name or address."""


class FetchError(SourceError):
    """A fetch that failed; retry_after (seconds) is set when the server asked for a pause."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        """Describe the failure, the HTTP status if any and the requested pause."""
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class NetworkError(FetchError):
    """The server could not be reached, timed out or redirected in a loop."""


class ForbiddenAddressError(FetchError):
    """The URL, a redirect or a DNS answer leads into a private network the source is not in."""


class RateLimitedError(FetchError):
    """The server answered 429 Too Many Requests."""


class ServerError(FetchError):
    """The server answered with a 5xx status."""


class NotFoundError(FetchError):
    """The board or feed does not exist (404 or 410)."""


class ResponseTooLargeError(FetchError):
    """The response body went over the size cap."""


class FormatError(FetchError):
    """The body is not what the source kind promises: bad JSON, not a feed, wrong shape."""
