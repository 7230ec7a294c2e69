# family: red team, round 12 (loop_single_display; a caller-supplied template walks the value)
import json


def helper(x):
    return json.dumps(x)


def render(template: str, values: dict) -> str:
    out = ""
    for got in [values.copy().get("zz", helper)]:
        out += template.format(v=got)
    return out
