"""Parse simple 'key = value' settings text with sections and typed values."""
import ast
import re

SECTION = re.compile(r"^\[(?P<name>[\w.-]+)\]$")
PAIR = re.compile(r"^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*)$")


class ParseError(ValueError):
    def __init__(self, lineno: int, message: str):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def coerce(raw: str):
    """Turn '42', '3.5', 'true', '[1, 2]', '"text"' into Python values."""
    lowered = raw.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered in ("", "none", "null"):
        return None
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def parse_settings(text: str) -> dict[str, dict]:
    result: dict[str, dict] = {"default": {}}
    current = result["default"]
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if m := SECTION.match(line):
            current = result.setdefault(m["name"], {})
        elif m := PAIR.match(line):
            current[m["key"]] = coerce(m["value"].strip())
        else:
            raise ParseError(lineno, f"cannot parse {line!r}")
    return result


if __name__ == "__main__":
    text = """
    name = demo  # comment
    [server]
    port = 8080
    ratio: 0.75
    debug = yes
    hosts = ["a", "b"]
    [paths]
    root = "/srv/app"
    """
    print(parse_settings(text))
    try:
        parse_settings("ok = 1\n???")
    except ParseError as e:
        print(e, e.lineno)
