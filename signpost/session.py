"""What one process keeps between the builds it runs: compiled templates, for every language's build and
every rebuild of a preview server.

A site generator may build the site several times in one process (once per language, and again on each
edit while previewing), each time with a new template environment that would compile the same theme
templates again. `compiled_templates` is a Jinja bytecode cache held in memory: a template is compiled
once per process and source (a changed template has another checksum and is compiled again).
"""
from __future__ import annotations

import threading

import jinja2


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled code per template, kept in memory, checked against the template's source."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, object]] = {}
        self._lock = threading.Lock()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with self._lock:
            kept = self._code.get(bucket.key)
        if kept and kept[0] == bucket.checksum:
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with self._lock:
            self._code[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        with self._lock:
            self._code.clear()


compiled_templates = CompiledTemplates()
