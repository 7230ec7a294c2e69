"""A tiny INI-style config parser that works on strings."""
import re

SECTION_RE = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
KV_RE = re.compile(r"^(?P<key>[^=:#;]+?)\s*[=:]\s*(?P<value>.*)$")


def coerce(value: str):
    low = value.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def parse_ini(text: str, default_section: str = "DEFAULT") -> dict[str, dict]:
    config: dict[str, dict] = {default_section: {}}
    current = default_section
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if m := SECTION_RE.match(line):
            current = m["name"].strip()
            config.setdefault(current, {})
        elif m := KV_RE.match(line):
            config[current][m["key"].strip()] = coerce(m["value"].strip())
        else:
            raise ValueError(f"line {lineno}: cannot parse {raw!r}")
    if not config[default_section]:
        del config[default_section]
    return config


if __name__ == "__main__":
    ini = """
; comment
[server]
host = example.org
port: 8080
debug = yes
[paths]
root = "/srv/www"
ratio = 0.75
"""
    print(parse_ini(ini))
