"""Stable identifiers for exported records: UUIDs derived from content ids.

The same service keeps its UUID across builds and machines, so a system that imported it once can
update it later. The namespace is fixed for Signpost; the site's address is part of the name, so two
portals that both have a `food-bank` never share a UUID."""
from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6c1b7f0e-3d0a-5b0e-9a3e-5f1c2d4e8a10")  # fixed forever: changing it renames every record


def record_uuid(site_url: str, kind: str, *parts: str) -> str:
    """The UUID (str) of one record: `kind` is "service", "organization", "location", ...; `parts`
    are the content ids (and positions) that make it unique within that kind."""
    name = "/".join([site_url.rstrip("/"), kind, *parts])
    return str(uuid.uuid5(NAMESPACE, name))
