"""
Shared test configuration: Hypothesis profiles and the NLRB data folder.

Select a Hypothesis profile with the ``HYPOTHESIS_PROFILE`` environment
variable, for example ``HYPOTHESIS_PROFILE=dev nox -s tests``.
Without it, Hypothesis uses its default profile, or its own ``ci`` profile
when the ``CI`` environment variable is set.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("dev", max_examples=10)
settings.register_profile("thorough", max_examples=2000)
if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])

# The folder named by LABORVOTE_NLRB_DATA (as the benchmarks read it), or
# else the shared folder beside the checkout (``../shared``); the tests run
# against the installed package, but this file is in the checkout.
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NLRB_DATA = Path(os.environ.get("LABORVOTE_NLRB_DATA") or SHARED_DATA / "nlrb")


@pytest.fixture(name="nlrb_data_dir", scope="session")
def _nlrb_data_dir() -> Path:
    """
    Return the folder of real NLRB tally records, or skip the test.

    The records (the folder ``LABORVOTE_NLRB_DATA`` names, by default
    ``../shared/data/nlrb`` beside the checkout) are never copied into
    the repository, so a test that needs them is skipped where they are
    absent.
    """
    if not NLRB_DATA.is_dir():
        pytest.skip(f"NLRB data folder not found: {NLRB_DATA}")
    return NLRB_DATA
