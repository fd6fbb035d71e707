"""Time `coherence batch` over the real 2026/27 cycle: seconds per mission, peak memory.

    python -m benchmarks.bench_batch [--data ../shared/data] [--repeat 2] [--budgets pdf]

Writes a manifest for the six missions whose mandate resolution and budget report are both
in ../shared/data (MONUSCO and UNMISS with their previous mandates, UNIFIL with the 1701
(2006) that sets its tasks; budgets as the UN's DOCX reports, each with the Advisory
Committee's report on it; `--budgets pdf` gives both as the UN's PDFs) into a temporary
folder and runs `coherence batch` on it `--repeat` times, each a fresh process, so that
imports count as an analyst would feel them. Prints the fastest run's wall time, the seconds
per mission (wall time divided by missions, and each mission's own time from the progress
log) and the peak memory: the largest resident set of the process tree, sampled every 20 ms
from /proc on Linux, else the command's own maximum resident set. It also checks that every
run wrote byte-identical files.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COHERENCE_SHARED", ROOT.parent / "shared")).resolve()

#: mission, mandate, budget report, previous mandate
CYCLE = (
    ("MONUSCO", "S_RES_2765(2024).pdf", "A_80_624.docx", "S_RES_2717(2023).pdf"),
    ("UNMISS", "S_RES_2729(2024).pdf", "A_80_621.docx", "S_RES_2677(2023).pdf"),
    ("UNIFIL", "S_RES_2749(2024).pdf", "A_80_634.docx", ""),
    ("MINURSO", "S_RES_2756(2024).pdf", "A_80_600.docx", ""),
    ("UNFICYP", "S_RES_2771(2025).pdf", "A_80_607.docx", ""),
    ("UNMIK", "S_RES_1244(1999).pdf", "A_80_615.docx", ""),
)

#: the resolution that sets the tasks a renewal restates none of, as an analyst gives it
TASKS_FROM = {"UNIFIL": "S-RES-1701(2006).txt"}
#: the Advisory Committee's report on each budget
ACABQ = {"MONUSCO": "A_80_604_Add.11", "UNMISS": "A_80_604_Add.13", "UNIFIL": "A_80_604_Add.12",
         "MINURSO": "A_80_604_Add.3", "UNFICYP": "A_80_604_Add.2", "UNMIK": "A_80_604_Add.6"}

_PROGRESS = re.compile(r"\[\d+/\d+\] (\S+) ok \(([\d.]+) s\)")


def write_manifest(data: Path, folder: Path, budgets: str = "docx") -> Path:
    """The cycle's manifest, with absolute paths into `data`; budgets and the Advisory
    Committee's reports as `budgets` files (docx or pdf)."""
    resolutions, reports = data / "resolutions" / "pdf", data / "budgets" / "reports"
    lines = ["mission,mandate,budget,previous_mandate,tasks_from,acabq"]
    for mission, mandate, budget, previous in CYCLE:
        prev = str(resolutions / previous) if previous else ""
        base = TASKS_FROM.get(mission)
        tasks_from = str(data / "resolutions" / "txt" / base) if base else ""
        acabq = data / "budgets" / "acabq" / f"{ACABQ[mission]}.{budgets}"
        report = (reports / budget).with_suffix(f".{budgets}")
        lines.append(f'{mission},"{resolutions / mandate}","{report}","{prev}",'
                     f'"{tasks_from}","{acabq}"')
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _tree_rss_kib(root: int) -> int:
    """Resident memory of `root` and all its descendants, in KiB (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0] or 0)
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree)


def run_once(manifest: Path, out: Path) -> tuple[float, int, dict[str, float], str]:
    """Run the command; return wall seconds, peak tree memory (KiB), per-mission seconds
    from its progress lines, and its stderr."""
    command = [sys.executable, "-m", "coherence", "batch", str(manifest), "-o", str(out)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            with contextlib.suppress(OSError):
                peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/status").exists():
        sampler.start()
    _stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    if sampler.is_alive():
        sampler.join()
    if not peak:  # not Linux: the largest child waited for
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if process.returncode != 0:
        raise SystemExit(f"coherence batch exited {process.returncode}:\n{stderr}")
    per_mission = {m.group(1): float(m.group(2)) for m in _PROGRESS.finditer(stderr)}
    return wall, peak, per_mission, stderr


def main(argv: list[str] | None = None) -> int:
    """Print wall time, seconds per mission and peak memory of the fastest run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs; the fastest is reported, all must write the same bytes")
    parser.add_argument("--budgets", choices=("docx", "pdf"), default="docx",
                        help="read the budget and Advisory Committee reports as DOCX or PDF")
    args = parser.parse_args(argv)
    if not (args.data / "budgets" / "reports").is_dir():
        print(f"real documents not found at {args.data}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        manifest = write_manifest(args.data, folder, args.budgets)
        n = len(CYCLE)
        print(f"{n} missions, {os.cpu_count()} CPUs; resolutions as PDF, budgets as "
              f"{args.budgets.upper()}")
        runs = []
        outputs = []
        for attempt in range(max(args.repeat, 1)):
            out = folder / f"out-{attempt}"
            runs.append(run_once(manifest, out))
            outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
        wall, _, per_mission, _ = min(runs, key=lambda run: run[0])
        peak = max(run[1] for run in runs)
        print(f"{wall:.1f} s wall (fastest of {len(runs)}), {wall / n:.2f} s per mission "
              f"including start-up and the overview; peak memory {peak / 1024:.0f} MiB")
        print("  " + ", ".join(f"{m} {s:.1f} s" for m, s in per_mission.items()))
        same = all(files == outputs[0] for files in outputs)
        print(f"{len(outputs[0])} files, identical in every run" if same
              else "OUTPUTS DIFFER between runs of the same manifest")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
