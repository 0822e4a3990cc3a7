"""Chat: typed commands, parsing, the Concierge service, replies and help texts."""
