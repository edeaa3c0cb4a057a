"""The Open Referral UK 3.0 schemas (../shared/oruk-uk-profile-3.0/), as jsonschema validators that
resolve every $ref from the local files and never from the network."""
from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

from sites import PROJECT

# Beside the project, never copied into it (their README); a worktree elsewhere names them here.
SCHEMAS = Path(os.environ.get("SIGNPOST_ORUK_SCHEMAS", PROJECT.parent / "shared" / "oruk-uk-profile-3.0"))


def _no_network(uri: str):
    raise NoSuchResource(ref=uri)  # a $ref outside the local files fails the test instead of fetching


@cache
def _registry() -> Registry:
    if not (SCHEMAS / "service.json").is_file():
        raise FileNotFoundError(f"the Open Referral UK 3.0 schemas are not in {SCHEMAS}: the project's folder must be "
                                "beside shared/ (as on CI), or SIGNPOST_ORUK_SCHEMAS names their folder")
    resources = [(path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8")), DRAFT202012))
                 for path in sorted(SCHEMAS.glob("*.json")) if path.name != "openapi.json"]
    return Registry(retrieve=_no_network).with_resources(resources)


def validator(reference: str) -> Draft202012Validator:
    """A validator for "service.json" or a part of one ("service_with_definitions.json#/definitions/phone")."""
    return Draft202012Validator({"$ref": reference}, registry=_registry(), format_checker=FormatChecker())


def errors(reference: str, document: object) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator(reference).iter_errors(document)]
