"""Reading a post's body into {field: [values]}: form-encoded, multipart without files, or a JSON object
of texts. Anything else is a `Rejected` with a 4xx status: a malformed body never becomes a 5xx."""
from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request

from signpost.receiver.refusal import Rejected

MAX_FIELDS = 200
# json.loads recurses once a nesting level (RecursionError); Starlette turns a multipart body without
# a boundary into an HTTPException of its own.
_UNREADABLE = (ValueError, UnicodeError, MultiPartException, HTTPException, RecursionError)


async def read_post(request: Request, max_body: int, timeout: float) -> dict[str, list[str]]:
    """The fields of a post. Raises Rejected: 413 over `max_body` bytes, 408 when the body takes longer
    than `timeout` seconds to arrive, 415 for another content type or a file, 400 when unreadable."""
    body = await _read_body(request, max_body, timeout)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if kind == "application/x-www-form-urlencoded":
            return _collect(parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS))
        if kind == "application/json":
            return _from_json(json.loads(body.decode("utf-8")))
        if kind == "multipart/form-data":
            return await _multipart(request, body)
    except _UNREADABLE:
        raise Rejected(400, "form_error_unreadable") from None
    raise Rejected(415, "form_error_unreadable")


async def _read_body(request: Request, max_body: int, timeout: float) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_body:
        raise Rejected(413, "form_error_too_large")
    body = bytearray()
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                body += chunk
                if len(body) > max_body:
                    raise Rejected(413, "form_error_too_large")
    except TimeoutError:
        raise Rejected(408, "form_error_too_slow", {"Connection": "close"}) from None
    except ClientDisconnect:
        raise Rejected(400, "form_error_unreadable") from None
    return bytes(body)


async def _multipart(request: Request, body: bytes) -> dict[str, list[str]]:
    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    copy = Request(request.scope, receive)
    async with copy.form(max_files=MAX_FIELDS, max_fields=MAX_FIELDS) as parts:
        if any(isinstance(value, UploadFile) for _, value in parts.multi_items()):
            raise Rejected(415, "form_error_uploads")
        return _collect([(key, value) for key, value in parts.multi_items()])


def _collect(pairs) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    for key, value in pairs:
        _check_text(key), _check_text(value)
        data.setdefault(key, []).append(value)
    return data


def _from_json(document: object) -> dict[str, list[str]]:
    if not isinstance(document, dict) or len(document) > MAX_FIELDS:
        raise ValueError("expected a JSON object of at most MAX_FIELDS fields")
    data: dict[str, list[str]] = {}
    for key, value in document.items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, (dict, list)) for item in values) or len(values) > MAX_FIELDS:
            raise ValueError("expected text or a list of texts")
        data[key] = [_check_text("yes" if item is True else "" if item in (None, False) else str(item)) for item in values]
        _check_text(key)
    return data


def _check_text(text: str) -> str:
    """Refuses a lone surrogate (JSON's "\\ud800"): it could never be stored as UTF-8."""
    text.encode("utf-8")  # UnicodeEncodeError is a ValueError
    return text
