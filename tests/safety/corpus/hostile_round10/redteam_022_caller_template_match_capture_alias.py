# family: red team, round 10 (caller_template_match_capture_alias)
# Variant of rt_011: `match values: case box:` binds box (a capture: OTHER) to the caller's dict itself.
import typing


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def render(template: str, values: dict) -> str:
    match values:
        case box:
            box["item"] = Report("untitled")
    return template.format_map(values)
