# family: red team, round 9 (caller_template_loop_over_display)
# `for item in [values, fallback]` binds item DERIVED from the first element's root (values, the caller's
# data); the second element, the tool's own object, is never judged, and goes into the caller's template.
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    fallback = Report("untitled")
    chosen = None
    for item in [values, fallback]:
        chosen = item
    return template.format(item=item)
