# family: red team, round 12 (with_nullcontext_derived; a caller-supplied template walks the value)
import contextlib
import json


def helper(x):
    return json.dumps(x)


def render(template: str, values: dict) -> str:
    with values.get("zz", contextlib.nullcontext(helper)) as got:
        return template.format(v=got)
