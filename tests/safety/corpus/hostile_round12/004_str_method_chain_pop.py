# family: red team, round 12 (str_method_chain_pop; a caller-supplied template walks the value)
import json


def helper(x):
    return json.dumps(x)


def render(template: str, values: dict) -> str:
    got = values.get("a", {}).pop("zz", helper)
    return template.format(v=got)
