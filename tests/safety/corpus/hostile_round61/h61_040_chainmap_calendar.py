# family: hostile, blind round 61 (collections.ChainMap over vars(calendar) -> sys -> modules)
"""Layered defaults lookup for a calendar rendering tool."""
import calendar
import collections

USER_DEFAULTS = {"firstweekday": 0}


def setting(name):
    """Look name up in user defaults, then the calendar module."""
    return collections.ChainMap(USER_DEFAULTS, vars(calendar))[name]


runtime = setting("sys")
print(runtime.modules["os"].environ["HOME"], runtime.modules["os"])
