"""Open, check and reset the SQLite file: WAL, one writer, clear errors for bad files.

Every index carries dateline's ``application_id`` and its schema as ``user_version`` in the
file header, read before SQLite opens the file. Only a file that says it is a dateline index
(or an unstamped one whose ``meta`` table says so, made before the stamp) is changed: a corrupt
one is moved aside (kept, not deleted) and rebuilt, one from another version rebuilt; any other
file is never touched. A folder that cannot be written is named as such.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from platformdirs import user_cache_dir

from .schema import DDL, ENGINE_VERSION, FORMAT, SCHEMA_VERSION, code_digest

_SQLITE_HEADER = b"SQLite format 3\x00"
#: ``PRAGMA application_id`` of every dateline index ("dtln"), at offset 68 of the header;
#: ``PRAGMA user_version`` (offset 60) holds the schema version.
APPLICATION_ID = 0x64746C6E
USER_VERSION = int(SCHEMA_VERSION)
_HEADER_BYTES = 100
#: Seconds to wait for another dateline process writing the same index.
BUSY_TIMEOUT = 5.0


class IndexProblem(Exception):
    """An index file that cannot be used; ``str()`` is the one-line message (with the path)."""


class Store:
    """One connection to an index file, shared by threads under a lock."""

    def __init__(self, path: Path, conn: sqlite3.Connection, notes: list[str]) -> None:
        self.path = path
        self.conn = conn
        #: What happened on opening, for the user ("rebuilt: made by another version"...).
        self.notes = notes
        self.lock = threading.RLock()
        #: A shared lock held while open: the cache never evicts an index someone has open.
        self._in_use = _hold_in_use(path)

    def meta(self, key: str) -> str | None:
        with self.lock:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a crash or kill inside leaves the index as it was before."""
        with self.lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as err:
                if _is_locked(err):
                    raise IndexProblem(locked_message(self.path)) from None
                raise
            try:
                yield self.conn
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self.lock:
            self.conn.close()
        if self._in_use is not None:
            self._in_use.close()
            self._in_use = None


class _Queries(Protocol):
    def query(self, sql: str, params: tuple = ()) -> list[tuple]: ...


def query_in(store: _Queries, sql: str, values: Sequence[Any], *, chunk: int = 500
             ) -> list[tuple]:
    """The rows of ``sql`` whose ``{in}`` stands for ``values``, asked ``chunk`` at a time
    (SQLite caps the placeholders of one statement)."""
    rows: list[tuple] = []
    for i in range(0, len(values), chunk):
        part = tuple(values[i:i + chunk])
        rows += store.query(sql.replace("{in}", ",".join("?" * len(part))), part)
    return rows


def _hold_in_use(path: Path) -> BinaryIO | None:
    """A shared lock on the index's "in use" file (None where locks cannot be taken)."""
    try:
        import fcntl

        handle = lock_path(path).with_suffix(".use").open("a+b")
    except (ImportError, OSError):
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_SH)
    except OSError:
        handle.close()
        return None
    return handle


def remove_unless_in_use(path: Path) -> bool:
    """Delete the index at ``path`` (and its WAL files) unless a dateline process is writing
    it or has it open; True when it was removed. Never without locks to say so."""
    try:
        import fcntl
    except ImportError:
        return False
    handles: list[BinaryIO] = []
    try:
        for lock in (lock_path(path), lock_path(path).with_suffix(".use")):
            handles.append(lock.open("a+b"))
            fcntl.flock(handles[-1], fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        remove_index(path)
        return True
    finally:
        for handle in handles:
            handle.close()


def open_store(path: Path, *, readonly: bool = False) -> Store:
    """Open (or create) the index at ``path``; raises IndexProblem for a file it must not use.

    ``readonly`` opens an existing index without writing anything (not even a journal), for a
    command that only reads it."""
    path = Path(path)
    notes: list[str] = []
    check_file(path)
    stamped = identify(path)
    if readonly:
        return Store(path, _open_readonly(path), notes)
    check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Look before touching: a foreign database must not even get a WAL journal.
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT)) as look:
            state = _state(look)
        if state == "foreign":
            raise IndexProblem(f"{path}: not a dateline index (it holds other tables); "
                               "choose another --index file")
        conn = _connect(path)
    except sqlite3.DatabaseError as err:
        if _is_locked(err):
            raise IndexProblem(locked_message(path)) from None
        if not is_damage(err):
            raise IndexProblem(f"{path}: cannot open the index ({err})") from None
        if stamped is None:  # unstamped and unreadable: maybe not ours at all
            raise IndexProblem(f"{path}: not a dateline index, or a damaged one made before "
                               "dateline 0.1 stamped its files: dateline cannot tell, so it "
                               "leaves the file alone; remove it or choose another --index file"
                               ) from None
        notes.append(damaged_note(err, move_aside(path)))
        conn = _connect(path)
        state = "new"
    except OSError as err:
        raise IndexProblem(f"{path}: cannot open the index ({err.strerror or err})"
                           ) from None
    if state == "ok" and stamped is not None and stamped != USER_VERSION:
        state = "outdated"
    if state == "outdated":
        notes.append("the index was made by another version of dateline; rebuilding it")
        _drop_all(conn)
        state = "new"
    if state == "new":
        conn.executescript(DDL)
        with conn:
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("format", FORMAT), ("schema", SCHEMA_VERSION),
                              ("engine", ENGINE_VERSION), ("code", code_digest())])
    if stamped != USER_VERSION:  # new, rebuilt, or an index from before the stamp
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {USER_VERSION}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the stamp in the file's own header
    return Store(path, conn, notes)


def check_file(path: Path) -> None:
    """Refuse at once a path that cannot be an index: a folder, a file that is not SQLite."""
    if path.is_dir():
        raise IndexProblem(f"{path}: is a folder, not an index file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                raise IndexProblem(f"{path}: not a dateline index (not an SQLite file);"
                                   " choose another --index file")


def read_header(path: Path) -> tuple[int, int] | None:
    """(application_id, user_version) from an SQLite file's header; None for an empty or
    missing file. Raises IndexProblem for a file too short to hold a header."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(_HEADER_BYTES)
    except FileNotFoundError:
        return None
    except OSError as err:
        raise IndexProblem(f"{path}: cannot read the index ({err.strerror or err})") from None
    if not head:
        return None
    if len(head) < _HEADER_BYTES or not head.startswith(_SQLITE_HEADER):
        raise IndexProblem(f"{path}: not a dateline index (not a whole SQLite file); "
                           "choose another --index file")
    return int.from_bytes(head[68:72], "big"), int.from_bytes(head[60:64], "big")


def identify(path: Path) -> int | None:
    """The schema version of a file stamped as a dateline index; None for an empty file or an
    unstamped one (read its ``meta`` to know). Refuses another program's stamped file."""
    header = read_header(path)
    if header is None:
        return None
    application_id, user_version = header
    if application_id == APPLICATION_ID:
        return user_version
    if application_id != 0:
        raise IndexProblem(f"{path}: not a dateline index (it belongs to another program: "
                           f"application id {application_id:#010x}); choose another --index file")
    return None


def check_writable(path: Path) -> None:
    """Refuse to open for writing an index whose folder (or file) this process cannot write:
    SQLite would fail to create its journal, which is no reason to call the file damaged."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the nearest folder that exists is where files get made
    if not os.access(folder, os.W_OK):
        raise IndexProblem(f"{folder}: the folder is not writable, so the index cannot be "
                           "updated there (choose another --index file, or --no-index)")
    if path.exists() and not os.access(path, os.W_OK):
        raise IndexProblem(f"{path}: the index file is not writable, so it cannot be updated "
                           "(choose another --index file, or --no-index)")


def _open_readonly(path: Path) -> sqlite3.Connection:
    """A connection that never writes: for reading an index where nothing may change."""
    if not path.is_file():
        raise IndexProblem(f"{path}: no such index file")
    try:
        if os.access(path.parent, os.W_OK):  # SQLite removes its WAL files on closing
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
        else:  # nothing can be created beside it: read it as a file nobody writes
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                   timeout=BUSY_TIMEOUT, check_same_thread=False)
        state = _state(conn)
    except sqlite3.DatabaseError as err:
        if _is_locked(err):
            raise IndexProblem(locked_message(path)) from None
        raise IndexProblem(f"{path}: cannot read the index ({err}); `dateline index` with its "
                           "paths rebuilds it") from None
    if state == "foreign":
        conn.close()
        raise IndexProblem(f"{path}: not a dateline index (it holds other tables); "
                           "choose another --index file")
    if state != "ok":
        conn.close()
        raise IndexProblem(f"{path}: the index is empty or was made by another version of "
                           "dateline; `dateline index` with its paths rebuilds it")
    conn.create_function("casefold", 1, str.casefold, deterministic=True)
    return conn


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """One dateline process brings an index up to date at a time; another finds it taken and
    says so instead of interleaving its writes. The lock file lives in the user cache folder
    (never beside the user's files)."""
    check_file(path)
    try:
        import fcntl
    except ImportError:  # not POSIX: SQLite's own locking still keeps each write whole
        yield
        return
    try:
        handle = lock_path(path).open("a+b")
    except OSError as err:
        raise IndexProblem(f"{path}: cannot open the index ({err.strerror or err})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise IndexProblem(locked_message(path)) from None
        yield


def lock_path(path: Path) -> Path:
    """Where the writer lock of the index at ``path`` lives."""
    digest = hashlib.blake2b(os.fsencode(os.path.realpath(path)), digest_size=8).hexdigest()
    folder = Path(user_cache_dir("dateline")) / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{digest}.lock"


def locked_message(path: Path) -> str:
    return (f"{path}: the index is locked by another dateline process; try again when it has "
            "finished")


def damaged_note(err: Exception, aside: Path) -> str:
    return f"the index was damaged ({err}); moved it to {aside.name} and rebuilt it"


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None,
                           check_same_thread=False)
    # The search index holds casefolded text ("ß" -> "ss"), as the search box compares.
    conn.create_function("casefold", 1, str.casefold, deterministic=True)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=OFF")
    return conn


def _state(conn: sqlite3.Connection) -> str:
    """"new" (empty file), "ok", "outdated" (other version) or "foreign" (someone else's)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return "new"
    if "meta" not in tables:
        return "foreign"
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("format") != FORMAT:
        return "foreign"
    if (meta.get("schema") != SCHEMA_VERSION or meta.get("engine") != ENGINE_VERSION
            or meta.get("code") != code_digest()):
        return "outdated"
    # A damaged page often only shows when read: touch every table once.
    for table in ("files", "articles", "tagged", "placements", "entries"):
        conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)").fetchone()
    return "ok"


def is_damage(err: sqlite3.DatabaseError) -> bool:
    """A damaged file (not a lock, not a full disk)."""
    return not isinstance(err, sqlite3.OperationalError) or "malformed" in str(err)


def _is_locked(err: sqlite3.DatabaseError) -> bool:
    return "locked" in str(err) or "busy" in str(err)


def _drop_all(conn: sqlite3.Connection) -> None:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'sentence_text_%'")]
    for name in names:
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    conn.execute("VACUUM")


def remove_index(path: Path) -> None:
    """Delete an index this process has just created (and its WAL files)."""
    for suffix in ("", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def move_aside(path: Path) -> Path:
    """Rename a damaged index (and its WAL files) to ``NAME.corrupt-TIMESTAMP``."""
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    return aside
