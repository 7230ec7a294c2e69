# ordinary: parse .env-style KEY=VALUE text (quotes, comments, ${VAR} expansion) from a string
import re
from typing import Dict, Mapping, Optional

_LINE = re.compile(
    r"""^\s*(?:export\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*
        (?P<value>"(?:\\.|[^"\\])*"|'[^']*'|[^#\n]*?)\s*(?:\#.*)?$""",
    re.VERBOSE,
)
_REF = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}")
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unquote(raw: str) -> tuple[str, bool]:
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1], False
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        body = re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), raw[1:-1])
        return body, True
    return raw.strip(), True


def parse_env(text: str, defaults: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    result: Dict[str, str] = {}
    lookup = dict(defaults or {})
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            raise ValueError(f"line {number}: cannot parse {line!r}")
        value, expand = _unquote(m.group("value"))
        if expand:
            value = _REF.sub(lambda r: result.get(r["name"], lookup.get(r["name"], r["default"] or "")), value)
        result[m.group("key")] = value
    return result


SAMPLE = r'''
# database settings
DB_HOST=localhost
DB_PORT = 5432   # default port
export DB_URL="postgres://${DB_HOST}:${DB_PORT}/app"
GREETING="Hello\tworld\n"
LITERAL='${NOT_EXPANDED}'
LOG_DIR=${BASE:-/var/log}/app
'''

if __name__ == "__main__":
    for k, v in parse_env(SAMPLE).items():
        print(f"{k:<10} = {v!r}")
