# family: red team, round 9 (caller_template_boolop_fallback)
# Variant: `item = values or fallback` is DERIVED from its first operand only; with an empty dict from the
# caller the tool's object goes into the caller's template.
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    fallback = Report("untitled")
    item = values or fallback
    return template.format(item=item)
