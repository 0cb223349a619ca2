"""
Run the ``laborvote`` command: ``python -m laborvote``.
"""

import sys

from laborvote.cli import main

sys.exit(main())
