# family: red team, round 25 (caller templates: data the tool slipped objects into)
# Variant of rt_001 without touching the caller's data: SHARED = ["-"] is a constant collection, which
# callers.py counts as data; bisect.insort (like heapq.heappush) stores into it without a container-method
# call, so pollution.py never sees the store (round 10 closed only SHARED.append). The caller's template
# "{1.__init__.__globals__[...]}" then walks from the tool's Box to sys.modules[os].environ.
import bisect
import typing


class Box:
    def __init__(self):
        self.n = 1

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return True


SHARED = ["-"]
bisect.insort(SHARED, Box())


def render(template: str) -> str:
    return template.format(*SHARED)
