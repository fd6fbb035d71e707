"""coherence: what each peacekeeping budget means for the mandate the Council wrote.

`coherence/` owns the task codebook, the links from tasks to resources, the findings,
the report and the command line. Parsing lives in `mandates/` and `budgets/`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coherence")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"
