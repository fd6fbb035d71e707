"""The history: every report of every cycle in one SQLite file, and cycles compared.

Researchers compare missions and cycles; analysts want last cycle's reading beside this
one's. `record` stores a `coherence.report/1` document (what `report --json` and `batch`
write) under its mission and budget cycle, the period its proposal is for (`2026/27`).
Recording the same mission and cycle again replaces the earlier entry, so re-running a
cycle never counts it twice. Besides the whole document, the tables hold the parts people
query: tasks, resources by class and programme (one row per column of the budget's tables),
findings, links, personnel, the Advisory Committee's cuts, uniformed personnel, the earlier
cycles of the budget's legislative history and the data warnings. Money is stored as whole
dollars (SQLite integers, exact); every row keeps the cell or paragraph it came from. A
file of format 1 (before the uniformed and cycles tables) gains them when it is opened,
filled from the documents it holds.

`compare` sets two cycles of one mission side by side: tasks added, dropped or made a
priority; each task's, class's and programme's proposed resources in both cycles; findings
by rule; ceilings; each office's net change in posts; the Advisory Committee's totals.

The file is written in transactions: a report is recorded whole or not at all.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coherence.findings import difference
from provenance import InputError

REPORT_SCHEMA = "coherence.report/1"
COMPARISON_SCHEMA = "coherence.history-comparison/1"
VERSION = 2  # PRAGMA user_version of a history file this code writes

_TABLES = """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    mission TEXT NOT NULL,
    cycle TEXT NOT NULL,            -- the budget period the proposal is for, '2026/27'
    mandate TEXT,                   -- 'S/RES/2765 (2024)'
    mandate_adopted TEXT,
    mandate_expires TEXT,
    budget TEXT,                    -- 'A/80/624'
    acabq TEXT,                     -- 'A/80/604/Add.11'
    baseline TEXT,                  -- the column the proposal is compared with
    proposed TEXT,                  -- the proposal's column, '2026/27 cost estimates'
    gross_baseline INTEGER,
    gross_proposed INTEGER,
    acabq_recommended INTEGER,
    headline TEXT,
    generator TEXT,
    origin TEXT,                    -- the file or run it was recorded from
    document TEXT NOT NULL,         -- the whole coherence.report/1 JSON
    UNIQUE (mission, cycle)
);
CREATE TABLE documents (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    role TEXT NOT NULL, symbol TEXT, path TEXT, sha256 TEXT
);
CREATE TABLE tasks (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    category TEXT NOT NULL, label TEXT, area TEXT, priority INTEGER NOT NULL,
    strength TEXT, modality TEXT, paragraphs TEXT,
    baseline INTEGER, proposed INTEGER, change INTEGER, linked INTEGER NOT NULL
);
CREATE TABLE resources (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,             -- 'class' or 'programme'
    grp TEXT, item TEXT NOT NULL, role TEXT,
    period TEXT, measure TEXT,      -- '2026/27', 'cost estimates'
    amount INTEGER, at TEXT
);
CREATE TABLE findings (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    rule TEXT NOT NULL, severity TEXT, area TEXT, title TEXT, detail TEXT,
    paragraphs TEXT, at TEXT
);
CREATE TABLE links (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    category TEXT NOT NULL, item TEXT, kind TEXT, share TEXT, confidence REAL, reason TEXT,
    at TEXT
);
CREATE TABLE personnel (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, ceiling INTEGER, funded INTEGER, gap INTEGER, paragraph TEXT
);
CREATE TABLE advisory (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    item TEXT, grp TEXT, change INTEGER, proposed INTEGER, recommended INTEGER,
    recommendation TEXT, paragraphs TEXT, at TEXT
);
CREATE TABLE staffing (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    office TEXT NOT NULL, components TEXT, net_change INTEGER, abolished INTEGER,
    established INTEGER, tasks TEXT, at TEXT
);
CREATE TABLE uniformed (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    category TEXT NOT NULL, approved INTEGER, proposed INTEGER, change INTEGER,
    end_of_period INTEGER, at TEXT
);
CREATE TABLE cycles (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    period TEXT NOT NULL, proposed INTEGER, recommended INTEGER, appropriated INTEGER,
    change INTEGER, documents TEXT, appropriated_on TEXT, at TEXT
);
CREATE TABLE warnings (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    document TEXT, code TEXT, severity TEXT, message TEXT, at TEXT
);
CREATE INDEX tasks_by_report ON tasks(report_id);
CREATE INDEX resources_by_report ON resources(report_id);
CREATE INDEX findings_by_report ON findings(report_id);
"""

_PERIOD = re.compile(r"^(\d{4}/\d{2})\b\s*(.*)$")
_GROSS = re.compile(r"gross requirements", re.I)


@dataclass(frozen=True, slots=True)
class Entry:
    """One recorded report: a mission in a budget cycle."""

    mission: str
    cycle: str
    mandate: str | None
    budget: str | None
    acabq: str | None
    gross_baseline: int | None
    gross_proposed: int | None
    acabq_recommended: int | None
    tasks: int
    priority_tasks: int
    findings: Mapping[str, int]  # by severity
    origin: str | None

    def to_json(self) -> dict[str, object]:
        """JSON form (`history list --format json`)."""
        return {"mission": self.mission, "cycle": self.cycle, "mandate": self.mandate,
                "budget": self.budget, "acabq": self.acabq,
                "gross_baseline": self.gross_baseline, "gross_proposed": self.gross_proposed,
                "acabq_recommended": self.acabq_recommended, "tasks": self.tasks,
                "priority_tasks": self.priority_tasks, "findings": dict(self.findings),
                "origin": self.origin}


@dataclass(frozen=True, slots=True)
class Recorded:
    """What `record` did with one report."""

    mission: str
    cycle: str
    replaced: bool  # an entry for the same mission and cycle was there before


@dataclass(frozen=True, slots=True)
class Failed:
    """A report file that could not be recorded, and why."""

    path: Path
    error: str


@dataclass(frozen=True, slots=True)
class AddResult:
    """`record_files`: the reports recorded and the files that failed."""

    recorded: tuple[tuple[Path, Recorded], ...]
    failed: tuple[Failed, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """One thing (task, class, programme) in two cycles: its amount in each, in dollars."""

    name: str
    before: int | None
    after: int | None
    group: str | None = None

    @property
    def change(self) -> int | None:
        """After minus before; None when either side is missing."""
        return difference(self.after, self.before)

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"name": self.name, "group": self.group, "before": self.before,
                "after": self.after, "change": self.change}


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two cycles of one mission side by side."""

    mission: str
    before: Entry
    after: Entry
    added: tuple[str, ...]  # task labels
    dropped: tuple[str, ...]
    made_priority: tuple[str, ...]
    no_longer_priority: tuple[str, ...]
    tasks: tuple[Change, ...]  # each task's proposed resources, in both cycles
    classes: tuple[Change, ...]
    programmes: tuple[Change, ...]
    findings: tuple[tuple[str, int, int], ...]  # (rule, count before, count after)
    ceilings: tuple[tuple[str, int | None, int | None], ...]  # (kind, before, after)
    notes: tuple[str, ...] = field(default=())
    #: each office's proposed net change in posts and positions, in both cycles
    staffing: tuple[Change, ...] = field(default=())
    #: troops, observers and police proposed, by category, in both cycles
    uniformed: tuple[Change, ...] = field(default=())
    #: what the General Assembly appropriated for the earlier cycle, as the later budget's
    #: legislative history prints it (None when it does not), and the resolution
    appropriated: int | None = None
    appropriated_by: str | None = None

    def to_json(self) -> dict[str, object]:
        """JSON form, schema `coherence.history-comparison/1`."""
        return {
            "schema": COMPARISON_SCHEMA, "mission": self.mission,
            "before": self.before.to_json(), "after": self.after.to_json(),
            "gross_requirements": Change("gross requirements", self.before.gross_proposed,
                                         self.after.gross_proposed).to_json(),
            "tasks_added": list(self.added), "tasks_dropped": list(self.dropped),
            "made_priority": list(self.made_priority),
            "no_longer_priority": list(self.no_longer_priority),
            "tasks": [c.to_json() for c in self.tasks],
            "classes": [c.to_json() for c in self.classes],
            "programmes": [c.to_json() for c in self.programmes],
            "findings": [{"rule": r, "before": b, "after": a} for r, b, a in self.findings],
            "ceilings": [{"kind": k, "before": b, "after": a} for k, b, a in self.ceilings],
            "staffing": [c.to_json() for c in self.staffing],
            "uniformed": [c.to_json() for c in self.uniformed],
            "appropriated_before": (
                {**Change("appropriated against proposed", self.before.gross_proposed,
                          self.appropriated).to_json(), "resolution": self.appropriated_by}
                if self.appropriated is not None else None),
            "notes": list(self.notes),
        }


@contextmanager
def open_history(path: Path, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to the history file at `path`, made with its tables if it is new.

    A file that is not a history (another SQLite database, a history written by a later
    version, not SQLite at all) is refused with an `InputError`; it is never altered.
    """
    path = Path(path)
    new = not path.exists()
    if new and not create:
        raise InputError("no history file here", path=path,
                         hint="record reports first with `coherence history add`")
    if not create and path.is_file() and path.stat().st_size == 0:
        # SQLite would make the history's tables in it: reading never writes
        raise InputError("is empty, not a history file", path=path,
                         hint="record reports first with `coherence history add`")
    if path.is_dir():
        raise InputError("is a folder, not a history file", path=path,
                         hint="give a file name such as history.sqlite")
    if new:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS)
    except sqlite3.Error as exc:
        raise InputError(f"cannot open the history file ({exc})", path=path,
                         hint="check the folder exists and can be written") from exc
    with closing(conn):
        conn.execute("PRAGMA foreign_keys = ON")
        try:
            _check_or_create(conn, path)
        except sqlite3.DatabaseError as exc:
            raise _unusable(exc, path) or InputError(
                f"not a history file ({exc})", path=path,
                hint="give a file written by `coherence history add`, or a new file "
                     "name") from exc
        yield conn


#: Seconds to wait for another program's lock on the history before giving up.
BUSY_SECONDS = 5.0


def _unusable(exc: sqlite3.Error, path: Path) -> InputError | None:
    """The error for a history another program holds, or one that cannot be written;
    None when `exc` is neither."""
    name, text = getattr(exc, "sqlite_errorname", "") or "", str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "is locked" in text:
        return InputError("is in use by another program", path=path,
                          hint="try again when it is closed")
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return _read_only(path)
    return None


def _read_only(path: Path) -> InputError:
    return InputError("cannot be written (read-only)", path=path,
                      hint="make it and its folder writable, or give another history file")


def check_history(path: Path) -> None:
    """Refuse, before any work is done, a history file that `record` could not write to.

    An existing file must be a history this version can use; a new one needs a folder
    that exists or can be made. Nothing is created.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError("is a folder, not a history file", path=path,
                         hint="give a file name such as history.sqlite")
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        # (an empty file is a new history: `record` makes its tables, as `history add` does)
        with open_history(path, create=False) as conn:
            if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)):
                raise _read_only(path)  # SQLite would say so only at the first write
            try:
                conn.execute("BEGIN IMMEDIATE")  # waits for, or fails on, another's lock
                conn.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                raise _unusable(exc, path) or InputError(
                    f"cannot be written ({exc})", path=path,
                    hint="give another history file") from exc
            return
    parent = path.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise InputError("cannot be created: a file stands where a folder should be",
                         path=path, hint="give a history file in a folder")


#: what a format 1 file lacks: troops and police, and the earlier cycles of the budget
_ADDED_IN_2 = _TABLES[_TABLES.index("CREATE TABLE uniformed"):
                      _TABLES.index("CREATE TABLE warnings")]


def _check_or_create(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version == 0 and not tables:
        conn.executescript(f"BEGIN;{_TABLES}PRAGMA user_version = {VERSION};COMMIT;")
        return
    if version == 1 and "reports" in tables:
        # the new tables, filled from the reports already recorded (their JSON holds the
        # figures when a later coherence wrote them, else nothing)
        conn.execute("BEGIN")
        try:
            for statement in filter(str.strip, _ADDED_IN_2.split(";")):
                conn.execute(statement)
            for rid, text in conn.execute("SELECT id, document FROM reports").fetchall():
                _insert_added_in_2(conn, rid, json.loads(text))
            conn.execute(f"PRAGMA user_version = {VERSION}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return
    if version != VERSION or "reports" not in tables:
        why = (f"written by a later version (format {version})" if version > VERSION
               else "a SQLite database, but not a coherence history")
        raise InputError(f"not a history file this version can use: {why}", path=path,
                         hint="give a new file name, or upgrade coherence")


def cycle_of(document: Mapping[str, Any]) -> str | None:
    """The budget cycle a report is for: the period of its proposal's column (`2026/27`)."""
    for key in ("proposed", "baseline"):
        label = document.get(key)
        m = _PERIOD.match(label) if isinstance(label, str) else None
        if m:
            if key == "baseline":  # no proposal: the cycle after the baseline's
                start = int(m.group(1)[:4]) + 1
                return f"{start}/{(start + 1) % 100:02d}"
            return m.group(1)
    return None


def record(conn: sqlite3.Connection, document: Mapping[str, Any], *, origin: str | None = None,
           cycle: str | None = None) -> Recorded:
    """Store one `coherence.report/1` document under its mission and cycle (replacing).

    Raises `InputError` for a document that is not a report or whose cycle cannot be told
    (give `cycle` then); nothing is written in that case.
    """
    if not isinstance(document, Mapping) or document.get("schema") != REPORT_SCHEMA:
        found = document.get("schema") if isinstance(document, Mapping) else None
        raise InputError(f"not a coherence report (schema {found!r}, expected {REPORT_SCHEMA!r})",
                         path=origin, hint="give the JSON that `coherence report --json` or "
                                           "`coherence batch` wrote, not the overview or a "
                                           "mandate")
    mission = document.get("mission")
    if not isinstance(mission, str) or not mission:
        raise InputError("the report names no mission", path=origin,
                         hint="record a report whose mandate or budget names its mission")
    cycle = cycle or cycle_of(document)
    if cycle is None or not re.fullmatch(r"\d{4}/\d{2}", cycle):
        raise InputError("cannot tell the budget cycle of this report (its budget has no "
                         "period)" if cycle is None else f"cycle {cycle!r} is not a period "
                         "such as 2026/27", path=origin, hint="give it with --cycle 2026/27")
    try:
        conn.execute("BEGIN IMMEDIATE")
        replaced = conn.execute("DELETE FROM reports WHERE mission = ? AND cycle = ?",
                                (mission, cycle)).rowcount > 0
        report_id = _insert(conn, document, mission, cycle, origin)
        _insert_parts(conn, report_id, document)
        conn.execute("COMMIT")
    # a field of another type than coherence writes: a list or object where a value goes
    # (ProgrammingError, InterfaceError), an integer beyond SQLite's 64 bits (OverflowError)
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError,
            AttributeError, TypeError, KeyError, IndexError, ValueError, OverflowError) as exc:
        conn.execute("ROLLBACK")
        raise InputError(f"malformed report, nothing recorded ({exc})", path=origin,
                         hint="give the JSON exactly as coherence wrote it") from exc
    except sqlite3.OperationalError as exc:  # the history locked or read-only
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        database = Path(conn.execute("PRAGMA database_list").fetchone()[2] or "history")
        raise _unusable(exc, database) or InputError(
            f"cannot be written ({exc}); nothing recorded", path=database,
            hint="give another history file") from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return Recorded(mission, cycle, replaced)


def _docs(document: Mapping[str, Any]) -> Mapping[str, Any]:
    docs = document.get("documents")
    return docs if isinstance(docs, Mapping) else {}


def _symbol(doc: object) -> str | None:
    if not isinstance(doc, Mapping):
        return None
    return doc.get("symbol") or doc.get("document")


def _gross(document: Mapping[str, Any]) -> tuple[int | None, int | None]:
    for row in document.get("resources_by_class") or ():
        if _GROSS.match(str(row.get("item", ""))):
            return row.get("baseline"), row.get("proposed")
    return None, None


def _insert(conn: sqlite3.Connection, document: Mapping[str, Any], mission: str, cycle: str,
            origin: str | None) -> int:
    docs = _docs(document)
    found = docs.get("resolution")
    resolution: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    advisory = document.get("advisory_committee") or {}
    total = advisory.get("total") if isinstance(advisory, Mapping) else None
    gross_baseline, gross_proposed = _gross(document)
    cur = conn.execute(
        "INSERT INTO reports (mission, cycle, mandate, mandate_adopted, mandate_expires, budget,"
        " acabq, baseline, proposed, gross_baseline, gross_proposed, acabq_recommended,"
        " headline, generator, origin, document) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (mission, cycle, _symbol(resolution), resolution.get("adopted"),
         resolution.get("mandate_expires"), _symbol(docs.get("budget")),
         _symbol(docs.get("acabq")), document.get("baseline"), document.get("proposed"),
         gross_baseline, gross_proposed,
         total.get("recommended") if isinstance(total, Mapping) else None,
         document.get("headline"), document.get("generator"), origin,
         json.dumps(document, ensure_ascii=False, sort_keys=True)))
    assert cur.lastrowid is not None
    return cur.lastrowid


def _joined(values: object) -> str | None:
    if isinstance(values, str):
        return values
    if isinstance(values, Sequence):
        return ", ".join(str(v) for v in values) or None
    return None


def _insert_parts(conn: sqlite3.Connection, rid: int, document: Mapping[str, Any]) -> None:
    docs = _docs(document)
    rows: list[tuple[object, ...]] = []
    for role, doc in docs.items():
        for one in (doc if isinstance(doc, list) else [doc]):
            if isinstance(one, Mapping):
                source = one.get("source") or {}
                rows.append((rid, role, _symbol(one), source.get("path"), source.get("sha256")))
    conn.executemany("INSERT INTO documents VALUES (?,?,?,?,?)", rows)
    conn.executemany(
        "INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(rid, t.get("category"), t.get("label"), t.get("area"), int(bool(t.get("priority"))),
          t.get("strength"), t.get("modality"), _joined(t.get("refs")),
          (t.get("resources") or {}).get("baseline"), (t.get("resources") or {}).get("proposed"),
          (t.get("resources") or {}).get("change"), int(bool(t.get("links"))))
         for t in document.get("tasks") or ()])
    resources: list[tuple[object, ...]] = []
    for kind, key in (("class", "resources_by_class"), ("programme", "programmes")):
        for row in document.get(key) or ():
            at = row.get("at") or {}
            for column, amount in (row.get("amounts") or {}).items():
                m = _PERIOD.match(column)
                period, measure = (m.group(1), m.group(2) or None) if m else (None, column)
                resources.append((rid, kind, row.get("group"), row.get("item"), row.get("role"),
                                  period, measure, amount, at.get(column)))
    conn.executemany("INSERT INTO resources VALUES (?,?,?,?,?,?,?,?,?)", resources)
    conn.executemany(
        "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?)",
        [(rid, f.get("id"), f.get("severity"), f.get("area"), f.get("title"), f.get("detail"),
          _joined((f.get("evidence") or {}).get("paragraphs")),
          _joined((f.get("evidence") or {}).get("at")))
         for f in document.get("findings") or ()])
    conn.executemany(
        "INSERT INTO links VALUES (?,?,?,?,?,?,?,?)",
        [(rid, ln.get("category"), ln.get("item"), ln.get("kind"), ln.get("share"),
          ln.get("confidence"), ln.get("reason"), _joined(ln.get("at")))
         for ln in document.get("links") or ()])
    conn.executemany(
        "INSERT INTO personnel VALUES (?,?,?,?,?,?)",
        [(rid, p.get("kind"), p.get("ceiling"), p.get("funded"), p.get("gap"), p.get("ref"))
         for p in document.get("personnel") or ()])
    advisory = document.get("advisory_committee") or {}
    conn.executemany(
        "INSERT INTO advisory VALUES (?,?,?,?,?,?,?,?,?)",
        [(rid, c.get("item"), c.get("group"), c.get("change"), c.get("proposed"),
          c.get("recommended"), c.get("recommendation"), _joined(c.get("paragraphs")),
          c.get("at"))
         for c in (advisory.get("changes") or () if isinstance(advisory, Mapping) else ())])
    conn.executemany(
        "INSERT INTO staffing VALUES (?,?,?,?,?,?,?,?)",
        [(rid, o.get("office"), _joined(o.get("components")), o.get("net_change"),
          o.get("abolished"), o.get("established"), _joined(o.get("tasks")),
          _joined(o.get("at")))
         for o in document.get("staffing") or ()])
    _insert_added_in_2(conn, rid, document)
    conn.executemany(
        "INSERT INTO warnings VALUES (?,?,?,?,?,?)",
        [(rid, w.get("document"), w.get("code"), w.get("severity"), w.get("message"),
          w.get("at"))
         for w in document.get("warnings") or ()])


def _insert_added_in_2(conn: sqlite3.Connection, rid: int,
                       document: Mapping[str, Any]) -> None:
    conn.executemany(
        "INSERT INTO uniformed VALUES (?,?,?,?,?,?,?)",
        [(rid, u.get("category"), u.get("approved"), u.get("proposed"), u.get("change"),
          ((u.get("phases") or [{}])[-1] or {}).get("count"), _joined(u.get("at")))
         for u in document.get("uniformed_personnel") or ()])
    conn.executemany(
        "INSERT INTO cycles VALUES (?,?,?,?,?,?,?,?,?)",
        [(rid, c.get("period"), c.get("proposed"), c.get("recommended"), c.get("appropriated"),
          c.get("change"), _joined(list((c.get("documents") or {}).values())),
          c.get("appropriated_on"), _joined(c.get("at")))
         for c in document.get("earlier_cycles") or ()])


def record_files(db: Path, files: Sequence[Path], *, cycle: str | None = None) -> AddResult:
    """Record each report file in the history at `db`; a bad file fails alone.

    A history file this call created is removed again when no report could be recorded.
    """
    db = Path(db)
    new = not db.exists()
    recorded: list[tuple[Path, Recorded]] = []
    failed: list[Failed] = []
    try:
        with open_history(db) as conn:
            for path in files:
                try:
                    document = _read_report(Path(path))
                    recorded.append((Path(path), record(conn, document, origin=str(path),
                                                        cycle=cycle)))
                except InputError as exc:
                    failed.append(Failed(Path(path), exc.one_line().removeprefix("error: ")))
    finally:
        if new and not recorded:
            db.unlink(missing_ok=True)
    return AddResult(tuple(recorded), tuple(failed))


def _read_report(path: Path) -> Mapping[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError("no such file", path=path, hint="check the path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot be read ({exc.__class__.__name__})", path=path,
                         hint="give the JSON that `coherence report --json` wrote") from exc
    try:
        document: Mapping[str, Any] = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON (line {exc.lineno}: {exc.msg})", path=path,
                         hint="give the JSON that `coherence report --json` wrote") from exc
    except RecursionError as exc:  # "[[[[…" nested deeper than Python's stack
        raise InputError("not a report (JSON nested too deeply to read)", path=path,
                         hint="give the JSON that `coherence report --json` wrote") from exc
    except ValueError as exc:  # a number of more digits than int() converts (4,300)
        raise InputError("not a report (it holds a number too long to read)", path=path,
                         hint="give the JSON that `coherence report --json` wrote") from exc
    return document  # `record` checks that it is a report


def entries(conn: sqlite3.Connection, mission: str | None = None) -> list[Entry]:
    """The recorded reports, by mission then cycle; only `mission`'s when given."""
    where, args = ("WHERE r.mission = ?", (mission,)) if mission else ("", ())
    out: list[Entry] = []
    for row in conn.execute(
            "SELECT r.id, r.mission, r.cycle, r.mandate, r.budget, r.acabq, r.gross_baseline,"
            " r.gross_proposed, r.acabq_recommended, r.origin,"
            " (SELECT count(*) FROM tasks t WHERE t.report_id = r.id),"
            " (SELECT count(*) FROM tasks t WHERE t.report_id = r.id AND t.priority)"
            f" FROM reports r {where} ORDER BY r.mission, r.cycle", args).fetchall():
        severities = Counter(dict(conn.execute(
            "SELECT severity, count(*) FROM findings WHERE report_id = ? GROUP BY severity",
            (row[0],)).fetchall()))
        out.append(Entry(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                         row[10], row[11],
                         {s: severities.get(s, 0) for s in ("high", "medium", "low")},
                         row[9]))
    return out


def previous_document(db: Path, mission: str, cycle: str) -> dict[str, Any] | None:
    """The recorded report of `mission` for the latest cycle before `cycle`, if any.

    A history file that does not exist yet holds none; one that is not a history is
    refused (`InputError`).
    """
    if not Path(db).exists() or (Path(db).is_file() and Path(db).stat().st_size == 0):
        return None  # (an empty file is a history yet to be written)
    with open_history(db, create=False) as conn:
        row = conn.execute("SELECT document FROM reports WHERE upper(mission) = upper(?) AND "
                           "cycle < ? ORDER BY cycle DESC LIMIT 1", (mission, cycle)).fetchone()
    return json.loads(row[0]) if row else None


def compare_documents(before: Mapping[str, Any], after: Mapping[str, Any]) -> Comparison:
    """Two report documents of one mission side by side, without a history file.

    Raises `InputError` when they are of different missions or of the same cycle.
    """
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with closing(conn):
        conn.execute("PRAGMA foreign_keys = ON")
        _check_or_create(conn, Path(":memory:"))
        earlier, later = record(conn, before), record(conn, after)
        if earlier.mission.upper() != later.mission.upper():
            raise InputError(f"the reports are of two missions, {earlier.mission} and "
                             f"{later.mission}", hint="compare two cycles of one mission")
        if earlier.cycle == later.cycle:
            raise InputError(f"both reports are for {later.cycle}",
                             hint="compare two cycles of one mission")
        return compare(conn, later.mission, earlier.cycle, later.cycle)


def _report_id(conn: sqlite3.Connection, mission: str, cycle: str) -> int | None:
    row = conn.execute("SELECT id FROM reports WHERE mission = ? AND cycle = ?",
                       (mission, cycle)).fetchone()
    return row[0] if row else None


def compare(conn: sqlite3.Connection, mission: str, before: str | None = None,
            after: str | None = None) -> Comparison:
    """Two recorded cycles of `mission` side by side (by default its last two).

    Raises `InputError` when the mission has fewer than two cycles or a cycle asked for
    is not recorded.
    """
    known = sorted({e.mission for e in entries(conn)})
    mission = next((m for m in known if m.upper() == mission.upper()), mission)
    recorded = {e.cycle: e for e in entries(conn, mission)}
    if not recorded:
        raise InputError(f"no report of {mission} is recorded", hint=(
            "missions recorded: " + ", ".join(known)) if known else "record one first")
    cycles = sorted(recorded)
    after = after or cycles[-1]
    if before is None:
        earlier = [c for c in cycles if c < after]
        if not earlier:
            raise InputError(f"only {', '.join(cycles)} of {mission} is recorded; a comparison "
                             "needs two cycles", hint="record the report of another cycle")
        before = earlier[-1]
    for cycle in (before, after):
        if cycle not in recorded:
            raise InputError(f"no report of {mission} for {cycle} is recorded",
                             hint="cycles recorded: " + ", ".join(cycles))
    b_id, a_id = _report_id(conn, mission, before), _report_id(conn, mission, after)
    tasks_b, tasks_a = _tasks(conn, b_id), _tasks(conn, a_id)
    labels = {**{c: t[0] for c, t in tasks_b.items()}, **{c: t[0] for c, t in tasks_a.items()}}
    order = list(dict.fromkeys([*tasks_a, *tasks_b]))
    added = tuple(labels[c] for c in order if c in tasks_a and c not in tasks_b)
    dropped = tuple(labels[c] for c in order if c in tasks_b and c not in tasks_a)
    made = tuple(labels[c] for c in order
                 if c in tasks_a and tasks_a[c][1] and c in tasks_b and not tasks_b[c][1])
    unmade = tuple(labels[c] for c in order
                   if c in tasks_b and tasks_b[c][1] and c in tasks_a and not tasks_a[c][1])
    task_changes = tuple(Change(labels[c], tasks_b.get(c, (None, None, None))[2],
                                tasks_a.get(c, (None, None, None))[2])
                         for c in order if (tasks_b.get(c, (0, 0, None))[2] is not None
                                            or tasks_a.get(c, (0, 0, None))[2] is not None))
    rules_b, rules_a = _rule_counts(conn, b_id), _rule_counts(conn, a_id)
    findings = tuple((r, rules_b.get(r, 0), rules_a.get(r, 0))
                     for r in sorted(set(rules_b) | set(rules_a)))
    ceil_b, ceil_a = _ceilings(conn, b_id), _ceilings(conn, a_id)
    ceilings = tuple((k, ceil_b.get(k), ceil_a.get(k))
                     for k in dict.fromkeys([*ceil_a, *ceil_b]))
    notes = _notes(conn, b_id, a_id, recorded[before], recorded[after])
    appropriated = conn.execute(
        "SELECT appropriated, documents FROM cycles WHERE report_id = ? AND period = ?",
        (a_id, before)).fetchone()
    return Comparison(mission, recorded[before], recorded[after], added, dropped, made, unmade,
                      task_changes, _proposed(conn, "class", b_id, a_id),
                      _proposed(conn, "programme", b_id, a_id), findings, ceilings, notes,
                      _named(conn, "SELECT office, net_change FROM staffing WHERE report_id = ?"
                             " ORDER BY rowid", b_id, a_id),
                      _named(conn, "SELECT category, proposed FROM uniformed WHERE report_id = ?"
                             " ORDER BY rowid", b_id, a_id),
                      appropriated[0] if appropriated else None,
                      _resolution_of(appropriated[1]) if appropriated else None)


def _resolution_of(documents: str | None) -> str | None:
    """The General Assembly resolution among a cycle's documents (`A/RES/79/304`)."""
    return next((d for d in (documents or "").split(", ") if d.startswith("A/RES/")), None)


def _tasks(conn: sqlite3.Connection, rid: int | None) -> dict[str, tuple[str, bool, int | None]]:
    return {c: (label or c, bool(priority), proposed if linked else None)
            for c, label, priority, proposed, linked in conn.execute(
                "SELECT category, label, priority, proposed, linked FROM tasks"
                " WHERE report_id = ? ORDER BY rowid", (rid,))}


def _rule_counts(conn: sqlite3.Connection, rid: int | None) -> dict[str, int]:
    return dict(conn.execute("SELECT rule, count(*) FROM findings WHERE report_id = ?"
                             " GROUP BY rule", (rid,)).fetchall())


def _ceilings(conn: sqlite3.Connection, rid: int | None) -> dict[str, int | None]:
    return dict(conn.execute("SELECT kind, ceiling FROM personnel WHERE report_id = ?"
                             " ORDER BY rowid", (rid,)).fetchall())


def _proposed(conn: sqlite3.Connection, kind: str, b_id: int | None,
              a_id: int | None) -> tuple[Change, ...]:
    """Each line's amount in its report's proposal column, for the two reports (items only:
    subtotals and totals are the gross requirements the comparison gives on its own)."""
    def amounts(rid: int | None) -> dict[tuple[str, str], int | None]:
        out: dict[tuple[str, str], int | None] = {}
        for grp, item, amount in conn.execute(
                "SELECT s.grp, s.item, s.amount FROM resources s JOIN reports r"
                " ON r.id = s.report_id WHERE s.report_id = ? AND s.kind = ? AND s.role = 'item'"
                " AND (s.period || ' ' || coalesce(s.measure, '')) = r.proposed"
                " ORDER BY s.rowid", (rid, kind)):
            out.setdefault((grp or "", item), amount)
        return out

    before, after = amounts(b_id), amounts(a_id)
    keys = list(dict.fromkeys([*after, *before]))
    return tuple(Change(item, before.get((grp, item)), after.get((grp, item)), grp or None)
                 for grp, item in keys)


def _named(conn: sqlite3.Connection, query: str, b_id: int | None,
           a_id: int | None) -> tuple[Change, ...]:
    """One `Change` per name that `query` (name, figure for one report_id) gives either
    report: the later report's order first."""
    def figures(rid: int | None) -> dict[str, int | None]:
        return dict(conn.execute(query, (rid,)).fetchall())

    before, after = figures(b_id), figures(a_id)
    return tuple(Change(name, before.get(name), after.get(name))
                 for name in dict.fromkeys([*after, *before]))


def _notes(conn: sqlite3.Connection, b_id: int | None, a_id: int | None, before: Entry,
           after: Entry) -> tuple[str, ...]:
    notes = []
    if before.mandate and before.mandate == after.mandate:
        notes.append(f"Both cycles were read with the same mandate, {after.mandate}: task "
                     "changes between them come from the coding, not from the Council.")
    # the same period's approved figure printed differently in the two budgets
    for grp, item, period, measure, old, new in conn.execute(
            "SELECT a.grp, a.item, a.period, a.measure, b.amount, a.amount FROM resources a"
            " JOIN resources b ON b.report_id = ? AND b.kind = a.kind AND b.item = a.item"
            " AND coalesce(b.grp, '') = coalesce(a.grp, '') AND b.period = a.period"
            " AND b.measure = a.measure"
            " WHERE a.report_id = ? AND a.kind = 'class' AND a.measure = 'apportionment'"
            " AND a.amount IS NOT b.amount AND a.role != 'item' ORDER BY a.rowid",
            (b_id, a_id)):
        earlier = before.budget or "the earlier budget"
        later = after.budget or "the later budget"
        name = f"{grp}, subtotal" if item.lower() == "subtotal" and grp else item
        notes.append(f"{name}: the {period} {measure} is {_money(old)} in {earlier} but "
                     f"{_money(new)} in {later}.")
    return tuple(notes)


def _money(amount: int | None) -> str:
    return "–" if amount is None else f"${amount:,}"
