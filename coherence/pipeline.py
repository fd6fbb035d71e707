"""The whole job for one mission: parse both documents, link, find, render, write.

Functions here are what the CLI calls and what a notebook can call; they hold no click.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from budgets import parse_budget
from coherence.output import (
    check_writable,
    staged_writes,
    write_text_atomic,
)
from mandates import parse_resolution
from mandates.missions import MISSIONS, current_name
from provenance import InputError

if TYPE_CHECKING:
    from coherence.report import Report

Log = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


def build_mission_report(*, mandate: Path, budget: Path,
                         previous_mandate: Path | None = None,
                         previous_budget: Path | None = None, links: Path | None = None,
                         tasks_from: Sequence[Path] = (), acabq: Path | None = None,
                         mission: str | None = None, log: Log = _quiet) -> Report:
    """Parse one mission's documents, link tasks to money and run the rules (no files).

    `tasks_from` are the resolutions that set the tasks `mandate` renews (UNIFIL's 1701
    (2006) for a renewal that restates none): their tasks count as in force. `acabq` is
    the Advisory Committee's report on the budget (A/80/604/Add.11 for A/80/624).
    `mission` is the mission a batch manifest names: a budget that names none (a workbook)
    is taken as that mission's, as the manifest says, not assumed to be the resolution's.
    """
    from dataclasses import replace

    from coherence.mapping import load_overrides, override_warnings
    from coherence.report import build_report

    log(f"reading {mandate}")
    resolution = parse_resolution(mandate)
    log(f"reading {budget}")
    current_budget = parse_budget(budget)
    named = (mission or "").strip().upper()  # acronyms are capitals: "Monusco" is MONUSCO
    if named in MISSIONS and current_budget.mission is None:
        # (a label the manifest gives its row, "DRC" or "monusco-2025", names no mission:
        # the budget is then assumed to be the resolution's, as without a manifest)
        from provenance import DataWarning, SourceRef

        mission = current_name(named)
        current_budget = replace(current_budget, mission=mission, warnings=(
            *current_budget.warnings, DataWarning(
                "budget_mission_given", f"{current_budget.document or budget.name} names no "
                f"mission; the manifest gives it as {mission}'s", SourceRef(path=budget.name),
                severity="info")))
    previous_res = parse_resolution(previous_mandate) if previous_mandate else None
    previous_bud = parse_budget(previous_budget) if previous_budget else None
    sources = []
    for path in tasks_from:
        log(f"reading {path}")
        sources.append(parse_resolution(path))
    advisory = None
    if acabq:
        log(f"reading {acabq}")
        advisory = parse_budget(acabq)
    overrides = load_overrides(links) if links else None
    if overrides is not None:  # an override that names no line changes nothing: say so
        current_budget = replace(current_budget, warnings=(
            *current_budget.warnings, *override_warnings(overrides, current_budget)))
    return build_report(resolution, current_budget, previous_resolution=previous_res,
                        previous_budget=previous_bud, overrides=overrides,
                        task_sources=tuple(sources), acabq=advisory)


def since_last_cycle(report: Report, history: Path) -> Report:
    """The report with its mission's report of the cycle before set beside it, when the
    history holds one (`Report.since`); unchanged otherwise."""
    from dataclasses import replace

    from coherence.history import compare_documents, cycle_of, previous_document

    document = report.to_json()
    cycle = cycle_of(document)
    if cycle is None or not report.mission:
        return report
    before = previous_document(history, report.mission, cycle)
    if before is None:
        return report
    return replace(report, since=compare_documents(before, document))


def report_files(report: Report, *, pdf: Path | None, json_path: Path | None = None,
                 html_path: Path | None = None, xlsx_path: Path | None = None,
                 log: Log = _quiet, fitted: bool = False) -> list[tuple[Path, bytes]]:
    """Render the report in every format asked for, in memory: (target, bytes) pairs.

    With a PDF among them, page 1 is fitted to its page first (unless `fitted` says the
    caller did it), so that every format lists the implications the PDF's page 1 lists.
    """
    from coherence.render import fit_page_one, render_html, render_pdf

    if pdf and not fitted:
        report = fit_page_one(report)
    outputs: list[tuple[Path, bytes]] = []
    if json_path:
        document = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
        outputs.append((json_path, document.encode("utf-8")))
    if html_path:
        outputs.append((html_path, render_html(report, standalone=True).encode("utf-8")))
    if pdf:
        log("rendering PDF")
        outputs.append((pdf, render_pdf(report, fitted=True)))
    if xlsx_path:
        from coherence.export import xlsx_bytes

        outputs.append((xlsx_path, xlsx_bytes(report)))
    return outputs


def write_all(outputs: list[tuple[Path, bytes]]) -> list[Path]:
    """Write each file atomically, all or none: every file goes to a temporary first, and
    only when all are written do they replace their targets. A disk that fills up between
    the PDF and the JSON neither leaves a report without its data nor removes the
    report of an earlier run."""
    with staged_writes(outputs) as targets:
        return targets


def check_outputs(inputs: Sequence[tuple[str, Path | None]],
                  outputs: Sequence[Path | None]) -> None:
    """InputError (exit 3) before any work when an output would overwrite an input, or two
    outputs share a path (`--budget X.xlsx` and `--xlsx X.xlsx` is an easy slip);
    CoherenceError (exit 3) when one cannot be written there."""
    taken: dict[Path, str] = {}
    for role, path in inputs:
        if path is not None:
            taken.setdefault(path.resolve(), f"the {role}")
    for path in outputs:
        if path is None:
            continue
        clash = taken.get(path.resolve())
        if clash is not None:
            raise InputError(f"is {clash} and would be overwritten by an output", path=path,
                             hint="write the output under another name")
        taken[path.resolve()] = "another output"
        check_writable(path)


def run_report(*, mandate: Path, budget: Path, pdf: Path | None,
               previous_mandate: Path | None = None, previous_budget: Path | None = None,
               links: Path | None = None, json_path: Path | None = None,
               html_path: Path | None = None, xlsx_path: Path | None = None,
               tasks_from: Sequence[Path] = (), acabq: Path | None = None,
               history: Path | None = None, log: Log = _quiet) -> list[Path]:
    """Parse, link, find and render one mission's report; return the paths written.

    All inputs are parsed and the whole report is rendered in memory before any file is
    written, so a failure leaves no output behind; each file is then written atomically.
    With `history`, the report is then recorded in that history file (checked first, so
    that an unusable one stops the run before anything is written); when the recording
    fails all the same (another program took the file meanwhile), no file is written and
    the reports of an earlier run stay as they were: the files replace their targets only
    once the history holds the report.
    """
    check_outputs([("mandate", mandate), ("budget", budget),
                   ("previous mandate", previous_mandate), ("previous budget", previous_budget),
                   ("links file", links), ("Advisory Committee's report", acabq),
                   ("history", history), *(("--tasks-from resolution", p) for p in tasks_from)],
                  [pdf, json_path, html_path, xlsx_path])
    if history is not None:
        from coherence.history import check_history

        check_history(history)
    report = build_mission_report(mandate=mandate, budget=budget,
                                  previous_mandate=previous_mandate,
                                  previous_budget=previous_budget, links=links,
                                  tasks_from=tasks_from, acabq=acabq, log=log)
    if history is not None:
        report = since_last_cycle(report, history)
    outputs = report_files(report, pdf=pdf, json_path=json_path, html_path=html_path,
                           xlsx_path=xlsx_path, log=log)
    if history is None:
        return write_all(outputs)
    from coherence.history import open_history, record

    # all or nothing: the files replace their targets only once the history holds the
    # report, so a history that fails leaves no report it lacks, and the last run's intact
    with staged_writes(outputs) as written, open_history(history) as conn:
        done = record(conn, report.to_json(), origin=str(json_path or pdf or ""))
    log(f"{'replaced' if done.replaced else 'recorded'} {done.mission} {done.cycle} "
        f"in {history}")
    return written


def run_demo(out_dir: Path, log: Log = _quiet) -> list[Path]:
    """Run the report on the sample mandate and budget shipped inside the package."""
    check_writable(out_dir, folder=True)
    samples = files("coherence.samples")
    with (
        as_file(samples / "sample_resolution.txt") as mandate,
        as_file(samples / "sample_previous_resolution.txt") as previous,
        as_file(samples / "sample_budget.xlsx") as budget,
        as_file(samples / "sample_acabq.docx") as acabq,
    ):
        written = run_report(
            mandate=mandate, budget=budget, previous_mandate=previous, acabq=acabq,
            pdf=out_dir / "report.pdf", json_path=out_dir / "report.json",
            html_path=out_dir / "report.html", xlsx_path=out_dir / "report.xlsx", log=log,
        )
    readme = out_dir / "README.txt"
    write_text_atomic(readme, _DEMO_README)
    return [*written, readme]


_DEMO_README = """\
coherence demo output

report.pdf   the coherence report a delegation would read
report.html  the same report as a web page
report.json  the same report as data (schema coherence.report/1)
report.xlsx  the task-to-resource links and the findings, for analysts

Inputs: a sample resolution written for this project on the pattern of MONUSCO's
mandate (S/RES/2765 (2024): same paragraph numbers, tasks, dates and ceilings, in
our own words); a workbook with MONUSCO's real 2024/25-2026/27 budget figures
(A/80/624) in the UN's table layout; and a short Advisory Committee report on that
budget, written for this demo with the Committee's figures (A/80/604/Add.11: the
total it recommends and its cuts by class).
"""
