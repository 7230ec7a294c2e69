# family: red team, round 10 (caller_template_constant_list_polluted)
# A caller's template may be filled with "data": a name bound to a display of literals (CONST_COLLECTION) counts
# as data whatever happens to it later. SHARED.append(Report(...)) puts the tool's object into that list (the
# pollution check only follows containers that come from parameters), and format(*SHARED) hands it to the
# caller's template: "{1.__init__.__globals__[typing].sys.modules[os]}".
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


SHARED = ["-"]
SHARED.append(Report("untitled"))


def render(template: str) -> str:
    return template.format(*SHARED)
