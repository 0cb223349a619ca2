"""
The settings of the tests that generate bad and hostile input (issue 10).

They run in every test run with a small budget; the ``fuzz`` nox session
sets ``LABORVOTE_FUZZ`` to run many more examples of each.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: Examples per fuzz test: ``LABORVOTE_FUZZ``, or 20.
EXAMPLES = int(os.environ.get("LABORVOTE_FUZZ", "20"))

#: The settings of a fuzz test: its examples, and no deadline (a hostile
#: file takes long to write, and the machine may be loaded).
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
