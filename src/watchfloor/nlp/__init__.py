"""Language processing: dates, entities and events read from a document's sentences."""
