# family: red team, round 12 (derived_chain_get_default; a caller-supplied template walks the value)
import json


def helper(x):
    return json.dumps(x)


def render(template: str, values: dict) -> str:
    got = values.copy().get("zz", helper)
    return template.format(v=got)
