# family: red team, round 25 (caller templates: data the tool slipped objects into)
# Variant of rt_002 on a module-level table: LABELS = {"a": "first"} is a CONST_COLLECTION (data to callers.py);
# LABELS[Box()] = "second" is recorded as a store of ["second"] (data), the key is never judged, so pollution.py says
# nothing. sorted(...)/list(LABELS) is a copy of "data" and the caller's template walks from the Box key.
import typing


class Box:
    def __init__(self):
        self.n = 1


LABELS = {"a": "first"}
LABELS[Box()] = "second"


def render(template: str) -> str:
    return template.format(list(LABELS))
