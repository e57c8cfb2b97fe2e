"""Scale: synthetic stores for measuring (`bench --scale`, `--growth`) and the ingest-rate comparison."""
