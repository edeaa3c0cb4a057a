"""The receiver's web application (Starlette): POST /f/{form_id} in the Formspree-compatible protocol.

A browser's plain form post (no JavaScript) gets a 303 to the thank-you page named in `_next`, or an
HTML page listing what to correct; a post with `Accept: application/json` gets JSON. Every refusal is a
4xx in the Formspree shape ({"error": ..., "errors": [...]}) with the site's CORS headers, never a 5xx
for anything a sender can send. Nothing a sender typed is ever logged."""
from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from signpost.cache import tree_stamp
from signpost.errors import ContentErrors
from signpost.forms.submission import FieldError, SubmissionCheck
from signpost.load import load_portal
from signpost.portal import Portal
from signpost.receiver import pages
from signpost.receiver.bodies import read_post
from signpost.receiver.notify import Notifier
from signpost.receiver.proposals import update_contacts
from signpost.receiver.ratelimit import Limit, RateLimiter, address_key
from signpost.receiver.refusal import Rejected
from signpost.receiver.sealing import PUBLIC_KEY, load_public_key, seal
from signpost.receiver.storage import DATABASE, Writer, utc_now

log = logging.getLogger("signpost.receiver")
LOCAL_PREVIEW_HOSTS = ("127.0.0.1", "localhost", "[::1]")  # `mkdocs serve` on this machine, on any port
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": pages.PAGE_POLICY,
}


@dataclass
class ReceiverConfig:
    content: Path
    data: Path  # holds team.pub and submissions.db
    site_origins: tuple[str, ...] = ()  # besides the origin of site.yml's url
    dev: bool = False  # also the local preview's origins (`make serve`, any port); never on a live receiver
    max_body: int = 64 * 1024
    body_timeout: float = 10.0  # seconds for a whole body to arrive
    per_address: Limit = field(default_factory=lambda: Limit(10, 60))
    per_form: Limit = field(default_factory=lambda: Limit(600, 60))  # counts stored submissions only
    notifier: Notifier | None = None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


@dataclass
class Post:
    """What a reply needs to know of the post it answers."""
    form_id: str
    origin: str | None
    wants_json: bool
    lang: str
    next_url: str | None = None


class Receiver:
    def __init__(self, config: ReceiverConfig, portal: Portal | None = None):
        self.config = config
        self.content_stamp = tree_stamp(config.content) if config.dev and config.content.is_dir() else None
        self._use(portal or load_portal(config.content))
        self.public_key = load_public_key(config.data / PUBLIC_KEY)
        self.by_address = RateLimiter(config.per_address)
        self.by_form = RateLimiter(config.per_form)
        self.writer: Writer | None = None

    def _use(self, portal: Portal) -> None:
        self.portal = portal
        self.checks = {form_id: SubmissionCheck(portal, form) for form_id, form in portal.forms.items()}
        self.site_url = portal.site.data.url.rstrip("/") + "/"
        self.site_origin = origin_of(self.site_url)
        self.origins = {self.site_origin, *(origin_of(origin) for origin in self.config.site_origins)}

    def _reload_if_edited(self) -> None:
        """Under --dev (beside `make serve`), an edit to content/ (a new language, a changed form) is taken
        up by the next post, as the preview takes it up; content with errors keeps the last good one."""
        if self.content_stamp is None:
            return
        stamp = tree_stamp(self.config.content)
        if stamp == self.content_stamp:
            return
        self.content_stamp = stamp
        try:
            self._use(load_portal(self.config.content))
        except ContentErrors as errors:
            log.error("content/ has errors; the forms as they were before this edit are used:\n%s", errors)
            return
        log.info("content/ changed: forms reloaded")

    # lifecycle
    def start(self) -> None:
        self.writer = Writer(self.config.data / DATABASE, seal=lambda data: seal(self.public_key, data))

    def stop(self) -> None:
        if self.writer:
            self.writer.close()

    # the endpoint
    async def submit(self, request: Request) -> Response:
        self._reload_if_edited()
        origin = request.headers.get("origin")
        client = address_key(request.client.host if request.client else None)
        post = Post(request.path_params["form_id"], origin if self._allowed(origin) else None,
                    "application/json" in request.headers.get("accept", ""), self._accepted_language(request))
        try:
            form = self.portal.forms.get(post.form_id)
            if form is None:
                raise Rejected(404, "form_error_unknown_form")
            if origin is not None and post.origin is None:
                raise Rejected(403, "form_error_origin")
            # Every post counts against its address, a malformed one too; the body is still read (it is
            # small and bounded in time) so a refusal page is in the form's language and links back to it.
            wait = self.by_address.hit(client)
            data = await read_post(request, self.config.max_body, self.config.body_timeout)
            lang = _first(data.get("_lang"))
            post.lang = lang if lang in self.portal.languages else post.lang
            post.next_url = self._next(_first(data.get("_next")), post.origin)
            if wait:
                raise Rejected(429, "form_error_too_many", {"Retry-After": str(wait)})
            if _first(data.get("_gotcha")).strip():
                log.info("form=%s: honeypot filled; acknowledged, not stored", post.form_id,
                         extra={"throttle": ("honeypot", client)})
                return self._success(post)
            answers, errors = self.checks[post.form_id](data, post.lang)
            if errors:
                log.info("form=%s: rejected (%s)", post.form_id, ", ".join(sorted({error.code for error in errors})),
                         extra={"throttle": ("rejected", client)})
                return self._invalid(post, errors)
            # Only a submission about to be stored counts against the form's limit: junk cannot use it up.
            wait = self.by_form.hit(post.form_id)
            if wait:
                raise Rejected(429, "form_error_too_many", {"Retry-After": str(wait)})
            reference = await self._store(post, answers)
        except Rejected as rejected:
            # Once a minute a client (serve's LogThrottle): a flood of refusals cannot flood the log. An
            # unknown form's id is the sender's text: not logged.
            known = post.form_id if post.form_id in self.portal.forms else "(unknown)"
            log.info("form=%s: refused with %d", known, rejected.status,
                     extra={"throttle": ("refused", rejected.status, client)})
            return self._refused(post, rejected)
        log.info("form=%s: stored submission %d", post.form_id, reference)
        notify = self.config.notifier
        also = update_contacts(self.portal, post.form_id, answers)  # the listing's organisation, for suggestions
        return self._success(post, BackgroundTask(notify.send, post.form_id, reference, also) if notify else None)

    async def _store(self, post: Post, answers: dict) -> int:
        received = utc_now()
        record = {"form": post.form_id, "lang": post.lang, "received": received, "answers": answers}
        try:  # sealed (~0.1 ms) in the writer's thread, beside the event loop; returns once committed
            return await self.writer.add(post.form_id, received, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except Exception as error:  # the disk, not the sender: they are told to try again later
            log.error("form=%s: could not store a submission: %s", post.form_id, type(error).__name__)
            raise Rejected(503, "form_error_unavailable", {"Retry-After": "60"}) from None

    async def preflight(self, request: Request) -> Response:
        self._reload_if_edited()
        origin = request.headers.get("origin", "")
        if not self._allowed(origin):
            return PlainTextResponse("", status_code=403, headers=SECURITY_HEADERS)
        headers = {**self._cors(origin), "Access-Control-Allow-Methods": "POST",
                   "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "600"}
        return Response(status_code=204, headers=headers)

    async def stylesheet(self, request: Request) -> Response:
        return Response(pages.STYLESHEET, media_type="text/css",
                        headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"})

    def _allowed(self, origin: str | None) -> bool:
        """The site's origin, one the operator named, or (under --dev only) a preview on this machine."""
        if not origin:
            return False
        origin = origin.lower()
        if origin in self.origins:
            return True
        parts = urlsplit(origin)
        return self.config.dev and parts.scheme == "http" and parts.netloc.rsplit(":", 1)[0] in LOCAL_PREVIEW_HOSTS

    def _accepted_language(self, request: Request) -> str:
        """The reader's language before the body says (`_lang`): the first of Accept-Language we have."""
        for part in request.headers.get("accept-language", "").split(","):
            code = part.split(";")[0].strip().lower().split("-")[0]
            if code in self.portal.languages:
                return code
        return self.portal.default_language

    def _next(self, raw: str, origin: str | None) -> str | None:
        """`_next` if it is on the site (or a local preview of it); a post from another allowed origin is
        sent to the same page there, so `make serve` works end to end without JavaScript too."""
        if not raw:
            return None
        parts = urlsplit(raw)
        if parts.scheme not in ("http", "https") or not self._allowed(origin_of(raw)):
            return None
        if origin and origin.lower() != origin_of(raw) and origin_of(raw) == self.site_origin:
            return origin + parts.path + (f"?{parts.query}" if parts.query else "")
        return raw

    def _form_page(self, post: Post) -> tuple[str, str]:
        """The form page and the home page of the post's language, keeping the site's path prefix
        (…/social-prescribing/ar/thank-you/ID/ -> …/social-prescribing/ar/forms/ID/)."""
        suffix = f"thank-you/{post.form_id}/"
        if post.next_url and urlsplit(post.next_url).path.endswith(suffix):
            home = post.next_url.split("?")[0][: -len(suffix)]
        else:
            language = "" if post.lang == self.portal.default_language else f"{post.lang}/"
            home = self._next(self.site_url, post.origin) + language
        if post.form_id not in self.portal.forms:
            return home, home
        return home + f"forms/{post.form_id}/", home

    # replies
    def _cors(self, origin: str | None) -> dict[str, str]:
        if self._allowed(origin):
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {"Vary": "Origin"}

    def _success(self, post: Post, task: BackgroundTask | None = None) -> Response:
        headers = {**SECURITY_HEADERS, **self._cors(post.origin)}
        if post.wants_json:
            return JSONResponse({"ok": True, "next": post.next_url}, headers=headers, background=task)
        if post.next_url:
            return RedirectResponse(post.next_url, status_code=303, headers=headers, background=task)
        _, home = self._form_page(post)
        page = pages.render(self.portal, post.lang, "form_received_title", [self._s("form_received_text", post.lang)],
                            home=home)
        return HTMLResponse(page, headers=headers, background=task)

    def _invalid(self, post: Post, errors: list[FieldError]) -> Response:
        headers = {**SECURITY_HEADERS, **self._cors(post.origin)}
        if post.wants_json:
            return JSONResponse({"error": self._s("form_error_title", post.lang), "errors": [e.as_json() for e in errors]},
                                status_code=422, headers=headers)
        back, home = self._form_page(post)
        page = pages.render(self.portal, post.lang, "form_error_page_title", [self._s("form_error_page_intro", post.lang)],
                            [error.message for error in errors], back, home)
        return HTMLResponse(page, status_code=422, headers=headers)

    def _refused(self, post: Post, rejected: Rejected) -> Response:
        headers = {**SECURITY_HEADERS, **self._cors(post.origin), **rejected.headers}
        message = self._s(rejected.key, post.lang)
        if post.wants_json:
            return JSONResponse({"error": message, "errors": []}, status_code=rejected.status, headers=headers)
        back, home = self._form_page(post)
        page = pages.render(self.portal, post.lang, "form_error_page_title", [message], [], back, home)
        return HTMLResponse(page, status_code=rejected.status, headers=headers)

    def _s(self, key: str, lang: str) -> str:
        return str(self.portal.string(key, lang).text)


def _first(values: list[str] | None) -> str:
    return values[0] if values else ""


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
        routes=[Route(pages.STYLESHEET_PATH, receiver.stylesheet, methods=["GET"]),
                Route("/f/{form_id}", receiver.submit, methods=["POST"]),
                Route("/f/{form_id}", receiver.preflight, methods=["OPTIONS"])],
        lifespan=lifespan,
    )
    app.state.receiver = receiver
    return app
