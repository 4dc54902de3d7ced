"""Language data for the temporal tagger: word lists and lookup tables, no logic."""
