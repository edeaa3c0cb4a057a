"""Browser tests of built sites (a package, so its module names cannot clash with tests/test_*.py)."""
