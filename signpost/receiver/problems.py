"""A problem the operator must fix before the receiver can run: one line naming the file and what to do."""
from __future__ import annotations


class OperatorError(Exception):
    """Shown as one line (`error: ...`) with a non-zero exit, never as a traceback."""
