"""
Run the ``laborvote`` command: ``python -m laborvote``.
"""

import sys

from .cli import main

sys.exit(main())
