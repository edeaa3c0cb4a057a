"""Signpost: builds a social prescribing service's public website from plain content files.

The library knows nothing of MkDocs: it loads and validates content into a `Portal`, and turns
the `Portal` into page files. `hooks/` calls it from MkDocs events.
"""
