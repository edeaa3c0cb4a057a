"""One source for each fact: `{{ site.phone }}` in a hand-written page, or in any translatable text of
the content (a pathway step, a leaflet's intro, a story), is filled in from site.yml and the content,
so a changed phone number reaches every page, form and leaflet at once.

The syntax is Jinja's `{{ name }}` only (no `{% %}` blocks or `{# #}` comments, so Markdown's
`{ #anchor }` is left alone), run in Jinja's sandbox with nothing but these values:

    site.name  site.organisation  site.phone  site.email  site.website  site.opening_hours
    site.address  site.postcode  site.referral_weeks  site.url
    count.link_workers  count.services  count.pathways  count.needs
    blocks.latest_news  blocks.notices  blocks.quotes  blocks.impact   (hand-written pages only: HTML)

A name that does not exist is an error naming file, line and the nearest name that does; a fact the
content leaves out (no `referral_weeks`) is an error too, so a page never prints an empty claim; so is
anything but a name (`{{ site.phone | upper }}`). Every one of a text's errors is reported at once.
"""
from __future__ import annotations

import difflib
import functools
import re
from typing import Callable, Mapping

import jinja2
from jinja2.sandbox import SandboxedEnvironment

SITE_FACTS = ("name", "organisation", "phone", "email", "website", "opening_hours", "address", "postcode",
              "referral_weeks", "url")
COUNT_FACTS = ("link_workers", "services", "pathways", "needs")
BLOCK_FACTS = ("latest_news", "notices", "quotes", "impact")

_environment = SandboxedEnvironment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
    block_start_string="{%sp-never", block_end_string="sp-never%}",
    comment_start_string="{#sp-never", comment_end_string="sp-never#}",
)


class FactError(ValueError):
    """A `{{ ... }}` that names no fact, or a fact the content does not give; `line` is 1-based.
    `each` is this error and the others of the same text, in order."""

    def __init__(self, message: str, line: int, others: tuple["FactError", ...] = ()):
        super().__init__(message)
        self.line = line
        self.each = [self, *others]


_FACT = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


def has_facts(text: str) -> bool:
    return "{{" in text


def site_facts(portal, lang: str) -> dict[str, object]:
    """The values of `site.*` and `count.*` in `lang` (the names above); facts left out are absent."""
    site = portal.site.data
    values = {
        "name": portal.text(portal.site, "name", lang, facts=False).text, "organisation": site.organisation,
        "phone": site.contact.phone, "email": site.contact.email, "website": site.contact.website,
        "opening_hours": portal.text(portal.site, "opening_hours", lang, facts=False).text,
        "address": site.address.address, "postcode": site.address.postcode,
        "referral_weeks": site.referral_weeks, "url": site.url,
    }
    counts = {"link_workers": len(link_workers(portal)), "services": len(portal.services),
              "pathways": len(portal.pathways), "needs": len(portal.needs)}
    return {"site": {k: v for k, v in values.items() if v is not None}, "count": counts}


def link_workers(portal) -> list:
    """The team members who are link workers: those who cover a place (practices, PCNs, neighbourhoods or
    the whole area). Team leaders, managers and hub staff cover none (signpost.models.content.LinkWorker),
    so `count.link_workers` never counts them; a lead who also covers practices is a link worker."""
    return [item for item in portal.team.values()
            if item.data.practices or item.data.pcns or item.data.neighbourhoods or item.data.whole_area]


@functools.lru_cache(maxsize=2048)
def _template(text: str) -> jinja2.Template:
    return _environment.from_string(text)


def fill(text: str, values: Mapping[str, object]) -> str:
    """`text` with each `{{ name }}` replaced; raises FactError naming the line and the valid names,
    with every other error of `text` in its `each`."""
    problems = _problems(text, values)
    if problems:
        raise FactError(str(problems[0]), problems[0].line, tuple(problems[1:]))
    try:
        return _template(text).render(**values)
    except jinja2.TemplateSyntaxError as error:
        raise FactError(f"expected {{{{ name }}}} with a name such as site.phone, found {error.message}", error.lineno or 1) from None
    except jinja2.UndefinedError as error:
        line = _line_of_error(text, str(error))
        raise FactError(f"{_undefined_message(error)}; the facts are: {', '.join(_names(values))}", line) from None
    except jinja2.exceptions.SecurityError as error:
        raise FactError(f"expected a fact name, found {error}", 1) from None


def _problems(text: str, values: Mapping[str, object]) -> list[FactError]:
    """What is wrong with each `{{ ... }}` of `text`, before Jinja (which stops at the first)."""
    stated = _names(values)
    known = [f"site.{name}" for name in SITE_FACTS] + [f"count.{name}" for name in COUNT_FACTS]
    if "blocks" in values:
        known += [f"blocks.{name}" for name in BLOCK_FACTS]
    problems = []
    for match in _FACT.finditer(text):
        name, line = match.group(1), text.count("\n", 0, match.start()) + 1
        if name in stated:
            continue
        if not _NAME.fullmatch(name):
            problems.append(FactError(f"expected a fact's name alone, such as {{{{ site.phone }}}}, found "
                                      f"'{match.group(0)}'", line))
        elif name in known:
            field = name.split(".", 1)[1]
            problems.append(FactError(f"'{name}' is a fact the content does not state ({field}: is not in "
                                      f"site.yml), so no page can print it: add it there, or take it out here", line))
        else:
            group, _, field = name.rpartition(".")  # "site.fax" is not "site.name": compare after the dot
            fields = {known.rpartition(".")[2]: known for known in stated if known.rpartition(".")[0] == group}
            close = difflib.get_close_matches(field, list(fields), n=1, cutoff=0.5)
            hint = f" (did you mean {fields[close[0]]}?)" if close else ""
            problems.append(FactError(f"unknown fact '{name}'{hint}; the facts are: {', '.join(stated)}", line))
    return problems


def _names(values: Mapping[str, object]) -> list[str]:
    names = [f"site.{name}" for name in SITE_FACTS if name in values.get("site", {})]
    names += [f"count.{name}" for name in COUNT_FACTS]
    if "blocks" in values:
        names += [f"blocks.{name}" for name in BLOCK_FACTS]
    return names


def _undefined_message(error: jinja2.UndefinedError) -> str:
    message = str(error)  # "'dict object' has no attribute 'phne'" or "'sitee' is undefined"
    if "has no attribute" in message:
        return f"unknown or unstated fact '{message.rsplit(' ', 1)[-1].strip(chr(39))}'"
    return f"unknown fact {message.replace(' is undefined', '')}"


def _line_of_error(text: str, message: str) -> int:
    name = message.rsplit(" ", 1)[-1].strip("'") if "has no attribute" in message else message.split("'")[1] if "'" in message else ""
    for number, line in enumerate(text.splitlines(), 1):
        if "{{" in line and name and name in line:
            return number
    return 1


def page_values(portal, lang: str, blocks: Mapping[str, Callable[[], object]]) -> dict[str, object]:
    """Facts for a hand-written page: the site's and the counts, and HTML blocks made on demand."""
    values = site_facts(portal, lang)
    values["blocks"] = _LazyBlocks(blocks)
    return values


class _LazyBlocks(dict):
    """Blocks are rendered only when a page names them."""

    def __init__(self, makers: Mapping[str, Callable[[], object]]):
        super().__init__({name: None for name in makers})
        self._makers = makers

    def __getitem__(self, name):
        return self._makers[name]()
