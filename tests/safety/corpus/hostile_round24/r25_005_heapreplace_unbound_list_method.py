# family: red team, round 25 (caller templates: data the tool slipped objects into)
# Attempt: other library stores into the caller's list. heapq.heapreplace(items, Box()) replaces items[0]
# (same root cause as rt_001: pollution.py only knows container methods, subscript and augmented stores).
# The caller passes items=["x"] and the template "{0[0].__init__.__globals__[heapq]...}".
import heapq


class Box:
    def __init__(self):
        self.n = 1


def render(template: str, items: list) -> str:
    if items:
        heapq.heapreplace(items, Box())
    return template.format(items)
