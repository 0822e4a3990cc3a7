# Job Concierge in one container: `concierge run` with its SQLite file on the /data volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY core ./core
COPY adapters ./adapters
COPY bot ./bot
RUN pip install . \
    && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin concierge \
    && mkdir -p /data \
    && chown concierge:concierge /data

USER concierge
WORKDIR /data
ENV DATABASE_URL=sqlite:////data/concierge.db \
    CONCIERGE_HTTP_HOST=0.0.0.0 \
    CONCIERGE_HTTP_PORT=9090
VOLUME ["/data"]
EXPOSE 9090

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["concierge", "health"]
CMD ["concierge", "run"]
