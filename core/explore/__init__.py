"""Explore a role: what the market for a query looks like now, from the open postings it matches."""
