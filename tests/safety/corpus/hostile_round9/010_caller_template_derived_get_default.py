# family: red team, round 9 (caller_template_derived_get_default)
# A template that may come from the caller may only be filled with data. `item = values.get("item", fallback)`
# binds item as DERIVED from "values.get()", and _plain_name only follows the head (values, the caller's
# data): the default argument, the tool's own object, is never judged. The caller's template then walks
# item.__init__.__globals__ to the tool's imported modules and on to sys/os.
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    fallback = Report("untitled")
    item = values.get("item", fallback)
    return template.format(item=item)
