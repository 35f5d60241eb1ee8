"""Job titles to ESCO 1.1.1 occupations (with their ISCO-08 groups)."""
