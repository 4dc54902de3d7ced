"""Ingestion: turn the user's files, folders, globs and stdin into Articles plus Problems.

Formats: .txt, .md (YAML front matter), .json, .jsonl (streamed), .html, RSS/Atom; stdin and
unknown extensions are sniffed. Bad input never raises: it becomes a ``Problem``.
"""

from summarize.ingest.discover import discover
from summarize.ingest.load import DEFAULT_MAX_BYTES, load_paths, read_bytes, read_file, read_stream
from summarize.ingest.sniff import FORMATS

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "discover",
    "load_paths",
    "read_bytes",
    "read_file",
    "read_stream",
]
