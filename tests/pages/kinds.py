"""Helpers shared by the new content kinds' tests: load the fixture portal with a build date, and
find a generated page's text."""
import datetime

from signpost.errors import ContentErrors
from signpost.load import load_portal

BUILT = datetime.date(2026, 11, 1)


def portal_of(content, built=BUILT):
    return load_portal(content, today=BUILT, built=built)


def errors_of(content):
    try:
        load_portal(content, today=BUILT, built=BUILT)
    except ContentErrors as errors:
        return errors.errors
    raise AssertionError("expected content errors, found none")


def page(files, path):
    return next(f.text for f in files if f.path == path)
