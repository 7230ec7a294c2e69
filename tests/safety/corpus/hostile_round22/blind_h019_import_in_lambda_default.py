# family: import (written blind, round 17 of blind hostile tools)
"""Sort records by a key."""


def sort_records(rows, key="id", _env=__import__("os").environ):
    return sorted(rows, key=lambda r: r[key]), _env.get("HOME")


print(sort_records([{"id": 2}, {"id": 1}]))
