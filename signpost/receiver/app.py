"""The receiver's web application (Starlette): POST /f/{form_id} in the Formspree-compatible protocol.

A browser's plain form post (no JavaScript) gets a 303 to the thank-you page named in `_next`, or an
HTML page listing what to correct; a post with `Accept: application/json` gets JSON. Nothing a sender
typed is ever logged."""
from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from signpost.forms.submission import FieldError, validate_submission
from signpost.load import load_portal
from signpost.portal import Portal
from signpost.receiver.notify import Notifier
from signpost.receiver.ratelimit import Limit, RateLimiter
from signpost.receiver.sealing import PUBLIC_KEY, load_public_key, seal
from signpost.receiver.storage import DATABASE, Writer, utc_now
from signpost.text import direction

log = logging.getLogger("signpost.receiver")
LOCAL_SERVE_ORIGINS = ("http://127.0.0.1:8000", "http://localhost:8000")
MAX_FIELDS = 200
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
}


@dataclass
class ReceiverConfig:
    content: Path
    data: Path  # holds team.pub and submissions.db
    site_origins: tuple[str, ...] = LOCAL_SERVE_ORIGINS  # besides the origin of site.yml's url
    max_body: int = 64 * 1024
    per_address: Limit = field(default_factory=lambda: Limit(10, 60))
    per_form: Limit = field(default_factory=lambda: Limit(600, 60))
    notifier: Notifier | None = None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Rejected(Exception):
    def __init__(self, status: int, key: str, headers: dict | None = None):
        self.status, self.key, self.headers = status, key, headers or {}


class Receiver:
    def __init__(self, config: ReceiverConfig, portal: Portal | None = None):
        self.config = config
        self.portal = portal or load_portal(config.content)
        self.public_key = load_public_key(config.data / PUBLIC_KEY)
        self.site_origin = origin_of(self.portal.site.data.url)
        self.origins = {self.site_origin, *(origin_of(origin) for origin in config.site_origins)}
        self.by_address = RateLimiter(config.per_address)
        self.by_form = RateLimiter(config.per_form)
        self.writer: Writer | None = None

    # lifecycle
    def start(self) -> None:
        self.writer = Writer(self.config.data / DATABASE)

    def stop(self) -> None:
        if self.writer:
            self.writer.close()

    # the endpoint
    async def submit(self, request: Request) -> Response:
        form_id = request.path_params["form_id"]
        wants_json = "application/json" in request.headers.get("accept", "")
        origin = request.headers.get("origin")
        lang = self.portal.default_language
        try:
            form = self.portal.forms.get(form_id)
            if form is None:
                raise Rejected(404, "form_error_unknown_form")
            if origin is not None and origin.lower() not in self.origins:
                raise Rejected(403, "form_error_origin")
            for limiter, key in ((self.by_address, request.client.host if request.client else "-"),
                                 (self.by_form, form_id)):
                wait = limiter.hit(key)
                if wait:
                    raise Rejected(429, "form_error_too_many", {"Retry-After": str(wait)})
            data = await self._read(request)
            lang = _first(data.get("_lang")) if _first(data.get("_lang")) in self.portal.languages else lang
            next_url = self._next(_first(data.get("_next")), origin)
            if _first(data.get("_gotcha")).strip():
                log.info("form=%s: honeypot filled; acknowledged, not stored", form_id)
                return self._success(wants_json, next_url, lang, origin)
            answers, errors = validate_submission(self.portal, form, data, lang)
            if errors:
                log.info("form=%s: rejected (%s)", form_id, ", ".join(sorted({error.code for error in errors})))
                return self._invalid(wants_json, errors, lang, origin, next_url, form_id)
            received = utc_now()
            record = {"form": form_id, "lang": lang, "received": received, "answers": answers}
            sealed = seal(self.public_key, json.dumps(record, ensure_ascii=False).encode("utf-8"))  # ~0.2 ms
            reference = await self.writer.add(form_id, received, sealed)  # returns once committed
        except Rejected as rejected:
            log.info("form=%s: refused with %d", form_id, rejected.status)
            return self._refused(wants_json, rejected, lang, origin)
        log.info("form=%s: stored submission %d", form_id, reference)
        notify = self.config.notifier
        task = BackgroundTask(notify.send, form_id, reference) if notify else None
        return self._success(wants_json, next_url, lang, origin, task)

    async def preflight(self, request: Request) -> Response:
        origin = request.headers.get("origin", "")
        if origin.lower() not in self.origins:
            return PlainTextResponse("", status_code=403, headers=SECURITY_HEADERS)
        headers = {**self._cors(origin), "Access-Control-Allow-Methods": "POST",
                   "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "600"}
        return Response(status_code=204, headers=headers)

    # reading a post
    async def _read(self, request: Request) -> dict[str, list[str]]:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.config.max_body:
            raise Rejected(413, "form_error_too_large")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.config.max_body:
                raise Rejected(413, "form_error_too_large")
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if kind == "application/x-www-form-urlencoded":
                pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS, strict_parsing=False)
                return _collect(pairs)
            if kind == "application/json":
                return _from_json(json.loads(body.decode("utf-8")))
            if kind == "multipart/form-data":
                return await self._multipart(request, bytes(body))
        except (ValueError, UnicodeDecodeError, MultiPartException):
            raise Rejected(400, "form_error_unreadable") from None
        raise Rejected(415, "form_error_unreadable")

    async def _multipart(self, request: Request, body: bytes) -> dict[str, list[str]]:
        async def receive():
            return {"type": "http.request", "body": body, "more_body": False}

        copy = Request(request.scope, receive)
        async with copy.form(max_files=MAX_FIELDS, max_fields=MAX_FIELDS) as parts:
            if any(isinstance(value, UploadFile) for _, value in parts.multi_items()):
                raise Rejected(415, "form_error_uploads")
            return _collect([(key, str(value)) for key, value in parts.multi_items()])

    def _next(self, raw: str, origin: str | None) -> str | None:
        """`_next` if it is on the site (or a local preview of it); a post from an allowed local preview is
        sent to the same page there, so `make serve` works end to end without JavaScript too."""
        if not raw:
            return None
        parts = urlsplit(raw)
        if parts.scheme not in ("http", "https") or origin_of(raw) not in self.origins:
            return None
        if origin and origin.lower() in self.origins and origin.lower() != origin_of(raw) and origin_of(raw) == self.site_origin:
            return origin + parts.path + (f"?{parts.query}" if parts.query else "")
        return raw

    # replies
    def _cors(self, origin: str | None) -> dict[str, str]:
        if origin and origin.lower() in self.origins:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {"Vary": "Origin"}

    def _success(self, wants_json, next_url, lang, origin, task=None) -> Response:
        headers = {**SECURITY_HEADERS, **self._cors(origin)}
        if wants_json:
            return JSONResponse({"ok": True, "next": next_url}, headers=headers, background=task)
        if next_url:
            return RedirectResponse(next_url, status_code=303, headers=headers, background=task)
        return HTMLResponse(self._page(lang, "form_received_title", [self._s("form_received_text", lang)]),
                            headers=headers, background=task)

    def _invalid(self, wants_json, errors: list[FieldError], lang, origin, next_url, form_id) -> Response:
        headers = {**SECURITY_HEADERS, **self._cors(origin)}
        if wants_json:
            return JSONResponse({"error": self._s("form_error_title", lang), "errors": [e.as_json() for e in errors]},
                                status_code=422, headers=headers)
        back = _form_page(next_url, form_id) or (origin + "/" if origin and origin.lower() in self.origins else None)
        return HTMLResponse(self._page(lang, "form_error_page_title", [self._s("form_error_page_intro", lang)],
                                       [error.message for error in errors], back), status_code=422, headers=headers)

    def _refused(self, wants_json, rejected: Rejected, lang, origin) -> Response:
        headers = {**SECURITY_HEADERS, **self._cors(origin), **rejected.headers}
        message = self._s(rejected.key, lang)
        if wants_json:
            return JSONResponse({"error": message, "errors": []}, status_code=rejected.status, headers=headers)
        back = origin + "/" if origin and origin.lower() in self.origins else None
        return HTMLResponse(self._page(lang, "form_error_page_title", [message], [], back),
                            status_code=rejected.status, headers=headers)

    def _s(self, key: str, lang: str) -> str:
        return str(self.portal.string(key, lang).text)

    def _page(self, lang: str, title_key: str, paragraphs: list[str], errors: list[str] = (), back: str | None = None) -> str:
        title = self._s(title_key, lang)
        items = "".join(f"<li>{escape(error)}</li>" for error in errors)
        body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        if items:
            body += (f'<h2 id="problems">{escape(self._s("form_error_title", lang))}</h2>'
                     f'<ul>{items}</ul>')
        if back:
            body += f'<p><a href="{escape(back)}">{escape(self._s("form_error_page_back", lang))}</a></p>'
        return str(Markup(
            '<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} - {site}</title></head>'
            '<body><main><h1>{title}</h1>{body}</main></body></html>'
        ).format(lang=lang, dir=direction(lang), title=title, site=self.portal.text(self.portal.site, "name", lang).text,
                 body=Markup(body)))


def _first(values: list[str] | None) -> str:
    return values[0] if values else ""


def _collect(pairs) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    for key, value in pairs:
        data.setdefault(key, []).append(value)
    return data


def _from_json(document: object) -> dict[str, list[str]]:
    if not isinstance(document, dict):
        raise ValueError("expected a JSON object")
    data: dict[str, list[str]] = {}
    for key, value in document.items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, (dict, list)) for item in values) or len(values) > MAX_FIELDS:
            raise ValueError("expected text or a list of texts")
        data[str(key)] = ["yes" if item is True else "" if item in (None, False) else str(item) for item in values]
    return data


def _form_page(next_url: str | None, form_id: str) -> str | None:
    """The form's page, from its thank-you page's address (…/ar/thank-you/ID/ -> …/ar/forms/ID/)."""
    suffix = f"thank-you/{form_id}/"
    if next_url and next_url.endswith(suffix):
        return next_url[: -len(suffix)] + f"forms/{form_id}/"
    return None


def create_app(config: ReceiverConfig, portal: Portal | None = None) -> Starlette:
    receiver = Receiver(config, portal)
    @contextlib.asynccontextmanager
    async def lifespan(app):
        receiver.start()
        try:
            yield
        finally:
            receiver.stop()

    app = Starlette(
        routes=[Route("/f/{form_id}", receiver.submit, methods=["POST"]),
                Route("/f/{form_id}", receiver.preflight, methods=["OPTIONS"])],
        lifespan=lifespan,
    )
    app.state.receiver = receiver
    return app
