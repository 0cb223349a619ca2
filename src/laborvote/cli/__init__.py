"""
The ``laborvote`` command.

`main` builds the parser (``_app``) from one module per subcommand
(``_decide``, ``_examples``, ``_rules``, ``_deadline``, ``_status``,
``_audit``); each
module's ``add_parser`` registers its ``run`` with
``set_defaults(func=...)``. The argument types all of them share (counts,
dates) are in ``_args``; the exit codes, the usage error and the one error
printer in ``_errors``; writing to standard output, and what a closed pipe
or a full disk does, in ``_output``.
"""

from laborvote.cli._app import main as main

__all__ = ["main"]
