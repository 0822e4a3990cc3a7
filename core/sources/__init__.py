"""Job sources: model, manager, chat commands and the ingest connectors."""
