# family: red team, round 10 (caller_template_alias_via_call)
# A caller's template may be filled with the caller's data only while the tool puts nothing but data into the
# caller's containers (_polluted/_shared). `box = (lambda v: v)(values)` binds box as OTHER (no root), which
# _shared does not follow: box["item"] = Report(...) writes the tool's object into the caller's dict unseen, and
# format_map hands it to the caller's template ("{item.__init__.__globals__[typing].sys.modules[os]}").
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    box = (lambda v: v)(values)
    box["item"] = Report("untitled")
    return template.format_map(values)
