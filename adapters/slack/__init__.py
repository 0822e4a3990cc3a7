"""Job Concierge as a Slack app (slack-bolt AsyncApp): /jobs, Block Kit, Home tab, digests."""
