"""Language data (word lists) used by the engine; no code lives here."""
