"""HTTP fetching (infrastructure): the polite client and the address policy."""
