"""`concierge health`: ask the running bot's /healthz (or /readyz), for container health checks."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

from bot.config import Settings

TIMEOUT_SECONDS = 5.0
_ANY_ADDRESS = {"0.0.0.0", "::", ""}


def check(settings: Settings, ready: bool) -> int:
    """0 when the endpoint answers 200, else 1 with the reason in one line."""
    port = settings.health_port(serving_platforms=True)  # the bot it asks serves a platform
    if not port:
        print("concierge: the health endpoints are off (CONCIERGE_HTTP_PORT=0)", file=sys.stderr)
        return 2
    host = "127.0.0.1" if settings.http_host in _ANY_ADDRESS else settings.http_host
    url = f"http://{host}:{port}/{'readyz' if ready else 'healthz'}"
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            print(response.read().decode(errors="replace").strip())
            return 0
    except urllib.error.HTTPError as exc:
        answer = " ".join(exc.read().decode(errors="replace").split())
        print(f"concierge: {url} answered {exc.code}: {answer}", file=sys.stderr)
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        print(f"concierge: no answer from {url}: {reason}", file=sys.stderr)
    return 1
