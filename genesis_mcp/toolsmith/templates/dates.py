"""Date arithmetic on ISO dates: add or subtract (business) days, days between two dates, day of the week."""

from __future__ import annotations

import datetime
import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import Cue, Template, fill, literal, make_spec

__all__ = ["DateArithmetic", "date_plan"]

_PARSE = """\
import datetime
import re

_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.+-]*Z?)?")


def _parse(value: str, name: str) -> datetime.date:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be an ISO date string such as 2024-01-31")
    found = _ISO.fullmatch(value.strip())
    if found is None:
        raise ValueError(f"{name} {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return datetime.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a real calendar date") from None

"""

_SHIFT = '''\
"""$title an ISO date (YYYY-MM-DD), in calendar or business days."""

$parse
_MAX_BUSINESS_DAYS = 100_000
_SIGN = $sign


def $entry(date: str, days: int$days_default, business_days: bool = $business) -> str:
    """The ISO date ``days`` days $direction ``date`` (a time part is ignored).

    With ``business_days``, only Monday-Friday count and the result is a weekday.
    Raises ValueError for a date that is not ISO or not real, a non-integer ``days``, or a result outside
    years 1-9999.
    """
    start = _parse(date, "date")
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValueError("days must be an integer")
    step = days * _SIGN
    try:
        if not business_days:
            return (start + datetime.timedelta(days=step)).isoformat()
        if abs(step) > _MAX_BUSINESS_DAYS:
            raise ValueError(f"at most {_MAX_BUSINESS_DAYS} business days")
        one = datetime.timedelta(days=1 if step >= 0 else -1)
        current, remaining = start, abs(step)
        while remaining:
            current += one
            if current.weekday() < 5:
                remaining -= 1
        return current.isoformat()
    except OverflowError:
        raise ValueError("the result is outside years 1-9999") from None
'''

_BETWEEN = '''\
"""Days between two ISO dates (YYYY-MM-DD), calendar or business days."""

$parse
def days_between(start: str, end: str, business_days: bool = $business) -> int:
    """Days from ``start`` to ``end``: negative when ``end`` is earlier (time parts are ignored).

    With ``business_days``, counts the Monday-Friday days in [start, end).
    Raises ValueError for a date that is not ISO or not a real calendar date.
    """
    first, last = _parse(start, "start"), _parse(end, "end")
    if not business_days:
        return (last - first).days
    low, high = min(first, last), max(first, last)
    weeks, extra = divmod((high - low).days, 7)
    count = weeks * 5
    for offset in range(extra):
        if (low + datetime.timedelta(days=weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count if last >= first else -count
'''

_WEEKDAY = '''\
"""The day of the week of an ISO date (YYYY-MM-DD)."""

$parse
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_of(date: str) -> str:
    """The English name of the weekday of ``date`` (a time part is ignored).

    Raises ValueError for a date that is not ISO or not a real calendar date.
    """
    return _NAMES[_parse(date, "date").weekday()]
'''

_OPERATIONS = (
    ("weekday", r"weekday|day of (?:the )?week|what day|which day|day name"),
    (
        "between",
        r"between|difference|until|since|elapsed|apart|how many (?:business |working )?days"
        r"|count (?:the )?days",
    ),
    ("subtract", r"subtract|minus|before|ago|earlier|back from|go back"),
    ("add", r"\badd|plus|after|later|from now|in \d+ days|due|deadline|shift|offset|advance"),
)


def date_plan(task: str) -> tuple[str, int | None, bool]:
    """operation ("add", "subtract", "between" or "weekday"), default day count, business days."""
    lowered = task.lower()
    operation, at = "add", len(lowered) + 1
    for name, pattern in _OPERATIONS:
        found = re.search(pattern, lowered)
        if found and found.start() < at:
            operation, at = name, found.start()
    business = re.search(r"business|working|week ?days\b(?! of)|workdays?", lowered) is not None
    if operation == "weekday":
        business = False
    count = re.search(r"\b(\d{1,5})\s+(?:business\s+|working\s+|calendar\s+|week)?(days?|weeks?)\b", lowered)
    days = None
    if count:
        days = int(count.group(1)) * (7 if count.group(2).startswith("week") else 1)
    return operation, days, business


def _shift(date: str, step: int, business: bool) -> str:
    current = datetime.date.fromisoformat(date)
    if not business:
        return (current + datetime.timedelta(days=step)).isoformat()
    one, remaining = datetime.timedelta(days=1 if step >= 0 else -1), abs(step)
    while remaining:
        current += one
        remaining -= current.weekday() < 5
    return current.isoformat()


class DateArithmetic(Template):
    id = "date_arithmetic"
    description = "ISO date arithmetic: add or subtract (business) days, days between two dates, weekday of a date."
    keywords = ("add days", "days between", "date difference", "day of the week", "business days", "iso date")
    cues = (
        Cue(0.45, ("date", "day", "weekday", "calendar", "deadline", "business day", "working day", "iso")),
        Cue(
            0.45,
            (
                "add",
                "subtract",
                "plus",
                "minus",
                "between",
                "difference",
                "until",
                "since",
                "ago",
                "later",
                "after",
                "before",
                "shift",
                "elapsed",
                "day of the week",
                "what day",
                "how many day",
                "from now",
                "from today",
            ),
        ),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        operation, days, business = date_plan(task_description)
        parse = _PARSE
        tests: list[dict[str, Any]]
        if operation in ("add", "subtract"):
            sign = 1 if operation == "add" else -1
            entry = "add_days" if operation == "add" else "subtract_days"
            source = fill(
                _SHIFT,
                title="Add days to" if sign > 0 else "Subtract days from",
                parse=parse,
                sign=literal(sign),
                entry=entry,
                days_default=f" = {days}" if days is not None else "",
                business=literal(business),
                direction="after" if sign > 0 else "before",
            )
            first = "2024-01-31" if sign > 0 else "2024-03-01"
            tests = [
                {"args": {"date": first, "days": 1, "business_days": False}, "expected": _shift(first, sign, False)},
                {
                    "args": {"date": "2024-02-28T09:30:00", "days": 2 * sign, "business_days": False},
                    "expected": _shift("2024-02-28", 2, False),
                },
                {
                    "args": {"date": "2024-01-05" if sign > 0 else "2024-01-08", "days": 1, "business_days": True},
                    "expected": "2024-01-08" if sign > 0 else "2024-01-05",
                },
                {"args": {"date": "2024-02-30", "days": 1}, "error": "ValueError"},
                {"args": {"date": "next tuesday", "days": 1}, "error": "ValueError"},
            ]
            if days is not None:
                expected = _shift("2024-01-10", sign * days, business)
                tests.insert(0, {"args": {"date": "2024-01-10"}, "expected": expected})
            what = f"{days} " if days is not None else ""
            description = (
                f"{'Add' if sign > 0 else 'Subtract'} {what}{'business ' if business else ''}days "
                f"{'to' if sign > 0 else 'from'} an ISO date (YYYY-MM-DD)."
            )
        elif operation == "between":
            entry = "days_between"
            source = fill(_BETWEEN, parse=parse, business=literal(business))
            tests = [
                {"args": {"start": "2024-01-01", "end": "2024-01-15"}, "expected": 10 if business else 14},
                {"args": {"start": "2024-01-01", "end": "2024-03-01", "business_days": False}, "expected": 60},
                {"args": {"start": "2024-03-01", "end": "2024-01-01", "business_days": False}, "expected": -60},
                {"args": {"start": "2024-01-06", "end": "2024-01-08T08:00", "business_days": True}, "expected": 0},
                {"args": {"start": "2024-01-01", "end": "2024-01-08", "business_days": True}, "expected": 5},
                {"args": {"start": "2024-13-01", "end": "2024-01-01"}, "error": "ValueError"},
            ]
            description = f"Number of {'business ' if business else ''}days between two ISO dates (YYYY-MM-DD)."
        else:
            entry = "weekday_of"
            source = fill(_WEEKDAY, parse=parse)
            tests = [
                {"args": {"date": "2024-01-01"}, "expected": "Monday"},
                {"args": {"date": "2000-02-29"}, "expected": "Tuesday"},
                {"args": {"date": "1969-07-20"}, "expected": "Sunday"},
                {"args": {"date": "2024-01-06T12:00:00"}, "expected": "Saturday"},
                {"args": {"date": "2023-02-29"}, "error": "ValueError"},
                {"args": {"date": "01/02/2024"}, "error": "ValueError"},
            ]
            description = "The day of the week (Monday-Sunday) of an ISO date (YYYY-MM-DD)."
        return make_spec(self.id, name=name, description=description, source=source, entry=entry, tests=tests)
