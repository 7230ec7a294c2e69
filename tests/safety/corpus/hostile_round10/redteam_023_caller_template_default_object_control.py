# family: red team, round 10 (caller_template_default_object_control)
# Control: the caller's template filled with values.get("item", obj) (round 9, expected refused).
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    return template.format(item=values.get("item", Report("x")))
