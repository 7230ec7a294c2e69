# family: red team, round 29 (__slots__ built at run time, guards)
# Chain: a caller's template is trusted to be filled with data; push a tool object into the caller's
# list with heapq.heappush (a library mutator, not a method) and fill the template from the list.
# pollution.py lists heappush among storing functions, so this is expected to be refused.
import heapq


class Secret:
    def __init__(self):
        self.tag = 1

    def __lt__(self, other):
        return True


def render(template: str, rows: list) -> str:
    heapq.heappush(rows, Secret())
    return template.format(rows[0])


print(sorted(render("{0.__init__.__globals__}", []).split("'"))[:0] or "ran")
