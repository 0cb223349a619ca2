"""
Shared test configuration: Hypothesis profiles and the NLRB data folder.

The Hypothesis profiles:

- ``local``, the default on a contributor's machine: Hypothesis's own
  defaults (100 examples a test), without the wall-clock deadline and the
  ``too_slow`` health check, which fail correct tests on a slow or loaded
  machine;
- ``dev``: ``local`` with 10 examples a test, for a quick run;
- ``thorough``: ``local`` with 2000 examples a test, before landing a
  change to the rules;
- ``ci``: Hypothesis's own, which Hypothesis loads by itself when it
  sees a CI service (the ``CI`` environment variable, or
  ``GITHUB_ACTIONS`` and the like): derandomized, without the example
  database, a deadline or the ``too_slow`` health check. This file leaves
  it alone.

Choose one with the ``HYPOTHESIS_PROFILE`` environment variable, for
example ``HYPOTHESIS_PROFILE=dev nox -s tests``, or pytest's
``--hypothesis-profile`` option; either wins over the ``ci`` profile.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

LOCAL = settings(
    settings.get_profile("default"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("local", LOCAL)
settings.register_profile("dev", LOCAL, max_examples=10)
settings.register_profile("thorough", LOCAL, max_examples=2000)
if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif settings.get_current_profile_name() == "default":
    # Hypothesis has not loaded its "ci" profile, so this is not CI.
    settings.load_profile("local")

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
