# family: red team, round 9 (caller_template_alias_through_display)
# _shared follows a container back to a parameter only through ITEM/DERIVED bindings; box = [values] binds
# box as a plain display, so box[0]["item"] = obj writes the tool's object into the caller's dict unseen.
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    box = [values]
    box[0]["item"] = Report("untitled")
    return template.format(**values)
