"""Digests and alerts: schedule, build, outbox and codec, feedback, commands."""
