"""A post refused before it is stored: the HTTP status and the interface string that says why."""
from __future__ import annotations


class Rejected(Exception):
    def __init__(self, status: int, key: str, headers: dict | None = None):
        super().__init__(status, key)
        self.status, self.key, self.headers = status, key, headers or {}
