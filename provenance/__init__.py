"""Where every value came from, and how reading a document can fail.

`mandates/` and `budgets/` never import each other or `coherence/`; both import this
small leaf package, which imports nothing of ours. It holds the source reference carried by
every value, the warning record for data problems, the error types with their exit codes,
and the guards applied to untrusted files before a parser opens them.
"""

from provenance.errors import CoherenceError, ExitCode, InputError
from provenance.files import (
    SourceDocument,
    check_readable,
    check_suffix,
    check_zip_container,
    json_list,
    sha256_of,
)
from provenance.refs import DataWarning, SourceRef, grouped

__all__ = [
    "CoherenceError",
    "DataWarning",
    "ExitCode",
    "InputError",
    "SourceDocument",
    "SourceRef",
    "check_readable",
    "check_suffix",
    "check_zip_container",
    "grouped",
    "json_list",
    "sha256_of",
]
