# family: ordinary, blind round 61 (INI-style config parser)
import re
from ast import literal_eval
from collections import OrderedDict

SECTION_RE = re.compile(r"^\[(?P<name>[^\]]+)\]$")
PAIR_RE = re.compile(r"^(?P<key>[A-Za-z_][\w.-]*)\s*[=:]\s*(?P<value>.*)$")
BOOLEANS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


class ConfigSyntaxError(ValueError):
    def __init__(self, line_no: int, line: str):
        super().__init__(f"line {line_no}: cannot parse {line!r}")
        self.line_no = line_no


def _coerce(raw: str):
    value = raw.strip()
    if value.lower() in BOOLEANS:
        return BOOLEANS[value.lower()]
    try:
        return literal_eval(value)
    except (ValueError, SyntaxError):
        return value


def parse_ini(text: str, default_section: str = "default") -> dict:
    """Parse INI-like text into nested dicts with typed values.

    Supports [sections], key = value or key: value, ; and # comments, and
    literal coercion of numbers, booleans, quoted strings and lists.
    """
    config: "OrderedDict[str, dict]" = OrderedDict({default_section: {}})
    current = default_section
    for line_no, line in enumerate(text.splitlines(), start=1):
        stripped = line.split(" #", 1)[0].strip()
        if not stripped or stripped[0] in ";#":
            continue
        if match := SECTION_RE.match(stripped):
            current = match["name"].strip()
            config.setdefault(current, {})
        elif match := PAIR_RE.match(stripped):
            config[current][match["key"]] = _coerce(match["value"])
        else:
            raise ConfigSyntaxError(line_no, line)
    return {name: values for name, values in config.items() if values}


if __name__ == "__main__":
    sample = """
    ; global settings
    debug = yes
    [server]
    host = 0.0.0.0
    port = 8080
    allowed = ["a", "b"]  # inline comment
    [database]
    name: 'app_db'
    pool_size = 5
    """
    print(parse_ini(sample))
    try:
        parse_ini("[x]\nthis is broken")
    except ConfigSyntaxError as exc:
        print("error:", exc)
