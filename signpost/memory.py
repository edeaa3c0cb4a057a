"""Giving memory back to the system between the steps of a build.

A language's pages are built, written and let go, but the process keeps the memory they took (freed
inside Python's allocator and C's malloc) until it ends: with two build processes and Pagefind side by
side, each process's high-water mark adds up. After each language, garbage cycles (pages, files and
menus refer to one another) are collected and the C library is asked to return free memory
(glibc's malloc_trim; elsewhere only the collection happens).
"""
from __future__ import annotations

import ctypes
import functools
import gc


@functools.cache
def _malloc_trim():
    # The C library this process runs on, by its own symbols (ctypes.util.find_library would run
    # ldconfig and gcc to find it: a tenth of a second in every process of a build).
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None


def give_back() -> None:
    """Collects garbage, then returns the freed memory to the system where the C library can."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
