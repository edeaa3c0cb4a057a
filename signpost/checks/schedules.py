"""Opening times that cannot be: closing before opening, or the same day twice in one schedule."""
from __future__ import annotations

from pydantic import BaseModel

from signpost.checks import all_items, line_of
from signpost.errors import ContentError
from signpost.portal import Item, Portal
from signpost.source import dotted


def impossible_schedules(portal: Portal) -> list[ContentError]:
    """An error for each time slot (any model with `opens` and `closes`, in any item) that closes at or
    before it opens, and for each day named twice in one slot's or one schedule's `days`."""
    return [error for item in all_items(portal) for error in item_schedule_errors(item)]


def item_schedule_errors(item: Item) -> list[ContentError]:
    """The same checks for one item (a proposed service, before it joins a portal)."""
    return [error for path, schedule in _schedules(item.data, ()) for error in _check(item, path, schedule)]


def _schedules(value: object, path: tuple):
    """(path, list of slots) for every list of models with opens/closes, at any depth."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _schedules(getattr(value, name), path + (name,))
    elif isinstance(value, (list, tuple)):
        if value and all(isinstance(slot, BaseModel) and hasattr(slot, "opens") and hasattr(slot, "closes") for slot in value):
            yield path, value
        else:
            for index, inner in enumerate(value):
                yield from _schedules(inner, path + (index,))


def _check(item: Item, path: tuple, slots: list) -> list[ContentError]:
    errors: list[ContentError] = []
    for index, slot in enumerate(slots):
        where = path + (index,)
        if slot.opens and slot.closes and slot.closes <= slot.opens:
            errors.append(ContentError(
                item.file, line_of(item, where + ("closes",)), dotted(where + ("closes",)),
                f"expected a closing time after the opening time ({slot.opens}), found \"{slot.closes}\"; "
                "a slot past midnight is two slots, one each day"))
        days = list(getattr(slot, "days", None) or [])
        repeated = sorted({day for day in days if days.count(day) > 1}, key=days.index)
        if repeated:
            errors.append(ContentError(
                item.file, line_of(item, where + ("days",)), dotted(where + ("days",)),
                f"expected each day once, found {', '.join(repeated)} more than once"))
    return errors
