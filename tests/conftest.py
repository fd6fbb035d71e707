"""Shared fixtures: where the real documents are, and how tests reach them.

Tests that need ../shared/data skip when it is absent, and fail instead when
COHERENCE_REQUIRE_SHARED=1 (CI sets it), so the real-document tests never vanish silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COHERENCE_SHARED", ROOT.parent / "shared")).resolve()
DATA = SHARED / "data"


def require_shared(*parts: str) -> Path:
    """Path under ../shared/data; skip the test when missing (fail when it is required)."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        message = f"real documents not found at {path}"
        if os.environ.get("COHERENCE_REQUIRE_SHARED") == "1":
            pytest.fail(message + " (COHERENCE_REQUIRE_SHARED=1)")
        pytest.skip(message)
    return path


@pytest.fixture
def shared_data() -> Path:
    """The ../shared/data folder (skips or fails when absent)."""
    return require_shared()
