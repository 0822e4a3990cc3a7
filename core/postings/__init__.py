"""Postings: intake limits, file import, the bundled sample, one-job folding."""
