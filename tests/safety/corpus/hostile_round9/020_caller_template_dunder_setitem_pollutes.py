# family: red team, round 9 (caller_template_dunder_setitem_pollutes)
# A caller's template may be filled with the caller's data only while the tool puts nothing but data into
# the caller's containers (_polluted). values.__setitem__(k, obj) is not one of CONTAINER_MUTATORS, so putting
# the tool's own object into the caller's dict that way goes unseen; format_map then hands it to the template.
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    values.__setitem__("item", Report("untitled"))
    return template.format_map(values)
