"""The `coherence` command line: a thin layer over `mandates`, `budgets` and `coherence`.

Every command turns expected failures (`CoherenceError`) into one `error:` line on stderr
and the contract's exit code; `--debug` (or COHERENCE_DEBUG=1) shows the traceback instead.
stdout carries data only.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from coherence import __version__
from provenance import CoherenceError, ExitCode

F = TypeVar("F", bound=Callable[..., Any])

_DEBUG_KEY = "coherence.debug"


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.meta[_DEBUG_KEY] = True
    return value


def debug_option(func: F) -> F:
    """`--debug`: show the full traceback instead of the one-line error."""
    return click.option(
        "--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug,
        help="Show the full traceback when something fails.",
    )(func)


class CoherenceGroup(click.Group):
    """A click group that reports `CoherenceError` as one line with its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the subcommand; turn expected errors into `error:` lines and exit codes."""
        try:
            return super().invoke(ctx)
        except CoherenceError as exc:
            if _debugging(ctx):
                raise
            _say(exc.one_line())
            ctx.exit(int(exc.exit_code))
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # the reader stopped early (`coherence mandate … --format csv | head`): nothing
            # is wrong with the inputs; say nothing more and leave the streams closed
            _to_devnull(sys.stdout)
            ctx.exit(1)
        except Exception as exc:  # an internal fault: say so in one line, keep exit 1
            if _debugging(ctx):
                raise
            _say(
                f"error: internal error ({type(exc).__name__}: {exc}); rerun with --debug "
                "for the traceback and report it",
            )
            ctx.exit(1)


def _say(message: str, nl: bool = True) -> None:
    """A line for people on stderr: progress, notes, errors. A stderr closed early (`2>&1 |
    head -1`, a pager quit) ends the lines, never the work: later ones go nowhere."""
    try:
        click.echo(message, err=True, nl=nl)
    except OSError:  # BrokenPipeError, or a stream closed under us
        _to_devnull(sys.stderr)


def _to_devnull(stream: Any) -> None:
    """Point `stream`'s file at the null device: what it still holds, and whatever is
    written to it later, go nowhere, without a second error at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no file: nothing to do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def _debugging(ctx: click.Context) -> bool:
    return bool(ctx.meta.get(_DEBUG_KEY)) or os.environ.get("COHERENCE_DEBUG") == "1"


def _emit_json(document: object) -> None:
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))


def _show(path: Path, parsed: Any, fmt: str, table: Callable[[Any], str]) -> None:
    """One parsed document for the `mandate` and `budget` commands: its warnings on stderr,
    one line each, then its JSON or its `table` on stdout."""
    from coherence.textout import labelled_warning_lines

    for kind, line in labelled_warning_lines(parsed.warnings):
        _say(f"{kind}: {path}: {line}")
    with _writing_stdout():
        if fmt == "json":
            _emit_json(parsed.to_json())
        else:
            click.echo(table(parsed))


def _need_stdout() -> None:
    """OutputError (exit 3) before any work when standard output is closed (`>&-`): the
    result would go nowhere and the run would still say it was done."""
    from coherence.output import OutputError

    if sys.stdout is None:
        raise OutputError("is closed, so the result would be lost", path="standard output",
                          hint="redirect it to a file (> result.json)")


#: how writing to standard output fails: a full disk or quota, a file grown too large, an
#: I/O error, a stream closed under us
_STDOUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


@contextlib.contextmanager
def _writing_stdout() -> Iterator[None]:
    """The command's result on standard output: a failure to write it (a full disk, an I/O
    error) is exit 3 with one line, not an internal error. A reader that stopped early
    (`| head`) stays the quiet BrokenPipeError that `CoherenceGroup` ends."""
    from coherence.output import OutputError

    _need_stdout()
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.errno not in _STDOUT_ERRORS or exc.filename is not None:
            raise  # not the writing: a file or a process the parsing needed
        _to_devnull(sys.stdout)  # what is still buffered would fail again at exit
        raise OutputError(f"cannot be written ({exc.strerror or exc})", path="standard output",
                          hint="redirect it to a file on a disk with room") from exc


@click.group(cls=CoherenceGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="coherence")
@debug_option
def cli() -> None:
    """What each peacekeeping budget means for the mandate the Security Council wrote.

    Parse resolutions into the tasks they give a mission, parse budgets into resource
    lines, link the two and write a report on the operational implications.

    \b
    Examples:
      coherence demo -o demo-out
      coherence mandate S_RES_2765(2024).pdf --format table
      coherence budget A_80_624.xlsx --format json
      coherence report --mandate S_RES_2765(2024).pdf --budget A_80_624.xlsx -o monusco.pdf
      coherence manifest cycle-2026/ -o cycle-2026/manifest.csv
      coherence batch cycle-2026/manifest.csv -o reports-2026
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "table", "jsonl", "csv"]),
              default="table", show_default=True,
              help="json: one document (one file); jsonl: one object per line (many files); "
                   "csv: one row per task and category (many files); table: for people.")
@debug_option
def mandate(files: tuple[Path, ...], fmt: str) -> None:
    """Parse Security Council resolutions (.pdf, .txt, .docx, .html, and the UN's
    paragraph JSON, .json).

    With --format jsonl, any number of files are parsed in one call, one JSON object per
    line (a second process reads the next files meanwhile); a file that fails becomes a
    line with its error, the others go on, and the exit code is 4. --format csv does the
    same as a table of the tasks, one row per resolution, paragraph, mission and task
    category, with the PEMA key for joining with the PEMA dataset; a file that fails is
    named on stderr.

    \b
    Examples:
      coherence mandate "S_RES_2765(2024).pdf" --format json
      coherence mandate resolutions/txt/*.txt --format jsonl > corpus.jsonl
      coherence mandate resolutions/txt/*.txt --format csv > tasks.csv
      coherence mandate "S_RES_2409(2018).json"
    """
    from coherence.textout import resolution_table
    from mandates import parse_resolution

    if fmt not in ("jsonl", "csv") and len(files) > 1:
        raise click.UsageError("several files need --format jsonl or csv")
    _need_stdout()
    if fmt == "csv":
        with _writing_stdout():
            failed = _tasks_csv(files)
        if failed:
            _say(f"error: {failed} of {len(files)} files could not be read; the others "
                       "are in the table")
            click.get_current_context().exit(int(ExitCode.BATCH_PARTIAL))
        return
    if fmt == "jsonl":
        with _writing_stdout():
            failed = _jsonl(files, _resolution_documents(files))
        if failed:
            _say(f"error: {failed} of {len(files)} files could not be read; "
                       "see the lines with an \"error\" field")
            click.get_current_context().exit(int(ExitCode.BATCH_PARTIAL))
        return
    resolution = parse_resolution(files[0])
    _show(files[0], resolution, fmt, resolution_table)


TASK_CSV_COLUMNS = ("file", "symbol", "adopted", "mission", "ref", "top_ref", "page",
                    "category", "pema_key", "main", "modality", "strength", "priority",
                    "priority_rank")


def _tasks_csv(files: tuple[Path, ...]) -> int:
    """Write the tasks of every file as CSV rows on stdout; return how many files failed."""
    import csv

    from coherence.codebook import BY_ID
    from mandates import parse_resolutions

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(TASK_CSV_COLUMNS)
    failed = 0
    for path, res in parse_resolutions(files):
        if isinstance(res, CoherenceError):
            failed += 1
            _say(res.one_line())
            continue
        if isinstance(res, Exception):  # one bad file never stops the others
            failed += 1
            _say(f"error: {path}: internal error ({type(res).__name__}: {res})")
            continue
        adopted = res.adopted.isoformat() if res.adopted else ""
        for t in res.tasks:
            for category in t.categories:
                code = BY_ID.get(category)
                writer.writerow((path.name, res.symbol or "", adopted, t.mission or "", t.ref,
                                 t.ref.split("(")[0], t.page or "", category,
                                 (code.pema_key if code else "") or "",
                                 int(category == t.category), str(t.modality_of(category)),
                                 str(t.strength), int(t.priority),
                                 "" if t.priority_rank is None else t.priority_rank))
    sys.stdout.flush()
    return failed


def _resolution_documents(files: tuple[Path, ...]
                          ) -> Iterator[tuple[Path, dict[str, Any] | Exception]]:
    """Each file with its coherence.mandate/1 document, or the exception that stopped it."""
    from mandates import parse_resolutions

    for path, res in parse_resolutions(files):
        if isinstance(res, Exception):
            yield path, res
            continue
        try:
            yield path, res.to_json()
        except Exception as exc:  # one bad file never stops the others
            yield path, exc


def _jsonl(files: tuple[Path, ...],
           outcomes: Iterable[tuple[Path, dict[str, Any] | Exception]]) -> int:
    """Write one JSON line per file to stdout, from each file's JSON document or the
    exception that stopped it; return how many files failed."""
    failed = 0
    show_progress = sys.stderr.isatty() and len(files) > 1
    with click.progressbar(outcomes, length=len(files), label="parsing", file=sys.stderr,
                           hidden=not show_progress) as bar:
        for path, outcome in bar:
            line: dict[str, Any]
            if isinstance(outcome, CoherenceError):
                failed += 1
                line = {"source": {"path": str(path)},
                        "error": outcome.one_line()[len("error: "):],
                        "exit_code": int(outcome.exit_code)}
            elif isinstance(outcome, Exception):  # one bad file never stops the others
                failed += 1
                line = {"source": {"path": str(path)},
                        "error": f"internal error ({type(outcome).__name__}: {outcome})",
                        "exit_code": 1}
            else:
                line = outcome
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return failed


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
              show_default=True, help="json: the coherence.budget/1 document; table: for people.")
@debug_option
def budget(file: Path, fmt: str) -> None:
    """Parse one peacekeeping budget (.xlsx, .csv, .docx, .pdf).

    Amounts are exact whole dollars; every line says where it stands (sheet and cell, or
    page and table). Printed subtotals are checked; mismatches are warnings.

    \b
    Examples:
      coherence budget A_80_624.xlsx --format json
      coherence budget A_80_624.pdf
    """
    from budgets import parse_budget
    from coherence.textout import budget_table

    _need_stdout()
    _show(file, parse_budget(file), fmt, budget_table)


@cli.command()
@click.option("--mandate", "mandate_file", required=True, type=click.Path(path_type=Path),
              help="The resolution that sets the current mandate.")
@click.option("--budget", "budget_file", required=True, type=click.Path(path_type=Path),
              help="The budget report or workbook for the same mission.")
@click.option("--previous-mandate", type=click.Path(path_type=Path),
              help="The resolution before it, to show tasks added, dropped or strengthened.")
@click.option("--previous-budget", type=click.Path(path_type=Path),
              help="An earlier budget of the mission: checked for its mission and cycle, "
                   "and the report says why its figures add nothing (the report compares the "
                   "budget's own columns; `coherence history compare` sets cycles side by "
                   "side).")
@click.option("--tasks-from", "tasks_from", multiple=True, type=click.Path(path_type=Path),
              help="A resolution that sets the tasks the mandate renews (UNIFIL's 1701 (2006) "
                   "for a renewal that restates none); its tasks count as in force. "
                   "Repeat for several.")
@click.option("--acabq", "acabq_file", type=click.Path(path_type=Path),
              help="The Advisory Committee's report on the budget (A/80/604/Add.11 for "
                   "A/80/624): its recommended total and cuts, set against the tasks.")
@click.option("--links", "links_file", type=click.Path(path_type=Path),
              help="A mapping file that overrides task-to-resource links (CSV or JSON).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Where to write the PDF report.")
@click.option("--json", "json_out", type=click.Path(path_type=Path),
              help="Also write the report as coherence.report/1 JSON.")
@click.option("--html", "html_out", type=click.Path(path_type=Path),
              help="Also write the report as a standalone HTML page.")
@click.option("--xlsx", "xlsx_out", type=click.Path(path_type=Path),
              help="Also write the links and findings as a workbook for analysts.")
@click.option("--history", "history_db", type=click.Path(path_type=Path),
              help="Also record the report in this history file (SQLite, made if new), "
                   "under its mission and budget cycle; see `coherence history`.")
@debug_option
def report(mandate_file: Path, budget_file: Path, previous_mandate: Path | None,
           previous_budget: Path | None, tasks_from: tuple[Path, ...], acabq_file: Path | None,
           links_file: Path | None, output: Path, json_out: Path | None,
           html_out: Path | None, xlsx_out: Path | None, history_db: Path | None) -> None:
    """Write the coherence report for one mission.

    \b
    Example:
      coherence report --mandate "S_RES_2765(2024).pdf" --budget A_80_624.xlsx \\
          --previous-mandate "S_RES_2717(2023).pdf" -o monusco.pdf --json monusco.json
      coherence report --mandate "S_RES_2749(2024).pdf" --tasks-from "S_RES_1701(2006).pdf" \\
          --budget A_80_634.docx -o unifil.pdf
      coherence report --mandate "S_RES_2765(2024).pdf" --budget A_80_624.docx \\
          --acabq A_80_604_Add.11.docx -o monusco.pdf
    """
    from coherence.pipeline import run_report

    written = run_report(
        mandate=mandate_file, budget=budget_file, previous_mandate=previous_mandate,
        previous_budget=previous_budget, links=links_file, pdf=output, json_path=json_out,
        html_path=html_out, xlsx_path=xlsx_out, tasks_from=tasks_from, acabq=acabq_file,
        history=history_db, log=_say,
    )
    for path in written:
        _say(f"wrote {path}")


@cli.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the manifest here (paths relative to its folder, as `batch` reads "
                   "them); without it the manifest goes to stdout with absolute paths.")
@debug_option
def manifest(folders: tuple[Path, ...], output: Path | None) -> None:
    """Draft a batch manifest from the cycle's documents, for checking before `batch`.

    Reads every resolution, budget report and Advisory Committee report under FOLDERS
    and pairs them by mission: the latest budget proposal (the DOCX edition where there
    are several), the Committee's report on it, the latest resolution that sets the
    mandate and the one before it, and, for a renewal that restates too few tasks, the
    resolution it cites that sets them. What could not be paired is said on stderr.

    \b
    Example:
      coherence manifest cycle-2026/resolutions cycle-2026/budgets -o cycle-2026/manifest.csv
      coherence batch cycle-2026/manifest.csv -o reports-2026
    """
    from coherence.manifest import draft
    from coherence.output import check_writable, write_text_atomic
    from provenance import InputError

    if output is not None:
        check_writable(output)
    else:
        _need_stdout()
    result = draft(list(folders))
    for note in result.notes:
        _say(f"note: {note}")
    if not result.rows:
        raise InputError("no mission has both a budget report and a resolution that sets its "
                         "mandate here", path=folders[0],
                         hint="give the folders that hold the cycle's resolutions and budgets")
    if output is None:
        with _writing_stdout():
            click.echo(result.csv_text(), nl=False)
        return
    write_text_atomic(output, result.csv_text(output.parent))
    _say(f"wrote {output} ({len(result.rows)} missions: {', '.join(result.missions)})")


@cli.command()
@click.argument("manifest", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for the reports and the overview (created if missing).")
@click.option("--html", is_flag=True, help="Also write each mission's report as HTML.")
@click.option("--xlsx", is_flag=True, help="Also write each mission's links and findings "
                                            "as a workbook.")
@click.option("--history", "history_db", type=click.Path(path_type=Path),
              help="Also record each mission's report in this history file (SQLite, made if "
                   "new); see `coherence history`.")
@click.option("--timeout", type=click.FloatRange(min=1), default=600, show_default=True,
              metavar="SECONDS", help="Stop a mission that takes longer (it fails; the others "
                                      "go on).")
@debug_option
def batch(manifest: Path, out_dir: Path, html: bool, xlsx: bool,
          history_db: Path | None, timeout: float) -> None:
    """Write the report of every mission of a budget cycle, plus an overview.

    MANIFEST is a CSV (or JSON) file with one row per mission: the columns mission,
    mandate and budget are required; previous_mandate, previous_budget and links are
    optional. Paths are relative to the manifest's folder.

    The folder gets MISSION.pdf and MISSION.json for each mission and overview.pdf,
    overview.json and overview.csv. A mission whose documents cannot be read fails alone:
    the others complete, the overview names the error, and the exit code is 4. Each
    mission runs in a process of its own, so that a document that crashes a reader,
    exhausts the memory or runs past --timeout fails only its mission. A manifest that
    cannot be used stops the run before anything is written (exit 3).

    \b
    Example:
      $ cat cycle-2026/manifest.csv
      mission,mandate,budget,previous_mandate
      MONUSCO,S_RES_2765(2024).pdf,A_80_624.docx,S_RES_2717(2023).pdf
      UNMISS,S_RES_2729(2024).pdf,A_80_621.docx,S_RES_2677(2023).pdf
      $ coherence batch cycle-2026/manifest.csv -o reports-2026
    """
    from coherence.batch import run_batch

    ctx = click.get_current_context()
    result = run_batch(manifest, out_dir, html=html, xlsx=xlsx, history=history_db,
                       progress=_say, timeout=timeout)
    if _debugging(ctx):
        for failed in result.failed:
            if failed.traceback:
                _say(f"{failed.entry.mission}: {failed.traceback}", nl=False)
    for path in result.overview:
        _say(f"wrote {path}")
    if result.failed:
        names = ", ".join(m.entry.mission for m in result.failed)
        others = ("no mission completed" if len(result.failed) == len(result.missions)
                  else "the others are complete")
        _say(f"error: {len(result.failed)} of {len(result.missions)} missions failed "
                   f"({names}); {others}; see {out_dir / 'overview.pdf'}")
        ctx.exit(int(result.exit_code))


@cli.command()
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path),
              default=Path("coherence-demo"), show_default=True,
              help="Directory for the demo's PDF, HTML and JSON.")
@debug_option
def demo(out_dir: Path) -> None:
    """Run the whole job on the sample mandate and budget shipped with the package.

    The sample is a resolution written for this project on the pattern of MONUSCO's
    mandate and a workbook carrying MONUSCO's real 2024/25–2026/27 figures.

    \b
    Example:
      coherence demo -o demo-out && xdg-open demo-out/report.pdf
    """
    from coherence.pipeline import run_demo

    written = run_demo(out_dir, log=_say)
    for path in written:
        _say(f"wrote {path}")


@cli.group()
def history() -> None:
    """Keep every report of every cycle in one SQLite file, and compare cycles.

    A report is recorded under its mission and budget cycle (the period its budget
    proposes, 2026/27); recording the same mission and cycle again replaces it. The
    file holds the whole report and tables of its tasks, resources, findings, links,
    ceilings and Advisory Committee cuts, for anyone to query with SQL.

    \b
    Examples:
      coherence report --mandate ... --budget ... -o monusco.pdf --history history.sqlite
      coherence batch cycle-2026/manifest.csv -o reports-2026 --history history.sqlite
      coherence history add history.sqlite reports-2025/*.json
      coherence history list history.sqlite
      coherence history compare history.sqlite MONUSCO --from 2025/26 --to 2026/27
    """


@history.command("add")
@click.argument("db", type=click.Path(path_type=Path))
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--cycle", help="The budget cycle (2026/27) for reports whose budget shows "
                              "no period.")
@debug_option
def history_add(db: Path, reports: tuple[Path, ...], cycle: str | None) -> None:
    """Record report JSON files (from `report --json` or `batch`) in the history DB.

    A file that cannot be recorded is named on stderr and the others are recorded; the
    exit code is then 4 (3 when none could be).
    """
    from coherence.history import record_files

    result = record_files(db, reports, cycle=cycle)
    for path, done in result.recorded:
        verb = "replaced" if done.replaced else "recorded"
        _say(f"{verb} {done.mission} {done.cycle} from {path}")
    for failed in result.failed:
        _say(f"error: {failed.error}")
    if result.failed:
        click.get_current_context().exit(
            int(ExitCode.BATCH_PARTIAL if result.recorded else ExitCode.INPUT))


@history.command("list")
@click.argument("db", type=click.Path(path_type=Path))
@click.option("--mission", help="Only this mission's cycles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@debug_option
def history_list(db: Path, mission: str | None, fmt: str) -> None:
    """List the reports recorded in the history DB, by mission and cycle."""
    from coherence.history import entries, open_history
    from coherence.textout import history_table

    with open_history(db, create=False) as conn:
        found = entries(conn, mission)
    with _writing_stdout():
        if fmt == "json":
            _emit_json({"schema": "coherence.history-list/1",
                        "reports": [e.to_json() for e in found]})
        else:
            click.echo(history_table(found))


@history.command("compare")
@click.argument("db", type=click.Path(path_type=Path))
@click.argument("mission")
@click.option("--from", "before", help="The earlier cycle (default: the one before --to).")
@click.option("--to", "after", help="The later cycle (default: the last recorded).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@debug_option
def history_compare(db: Path, mission: str, before: str | None, after: str | None,
                    fmt: str) -> None:
    """Set two cycles of MISSION side by side: tasks, resources, findings, ceilings."""
    from coherence.history import compare, open_history
    from coherence.textout import comparison_table

    with open_history(db, create=False) as conn:
        try:
            result = compare(conn, mission, before, after)
        except CoherenceError as exc:
            exc.path = exc.path or str(db)  # which history holds no such report
            raise
    with _writing_stdout():
        if fmt == "json":
            _emit_json(result.to_json())
        else:
            click.echo(comparison_table(result))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="coherence")
