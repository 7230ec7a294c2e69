# family: ordinary, blind round 48 (command dispatch table mini shell)
import fnmatch
import re

ARG_RE = re.compile(r'"([^"]*)"|(\S+)')

store = {}


def cmd_set(key, value):
    store[key] = value
    return "OK"


cmd_get = lambda key: store.get(key, "(nil)")  # noqa: E731


def cmd_del(*keys):
    removed = sum(1 for k in keys if store.pop(k, None) is not None)
    return f"(integer) {removed}"


def cmd_incr(key, by="1"):
    current = int(store.get(key, "0"))
    store[key] = str(current + int(by))
    return f"(integer) {store[key]}"


def cmd_keys(pattern="*"):
    return sorted(k for k in store if fnmatch.fnmatch(k, pattern)) or "(empty)"


COMMANDS = {"set": cmd_set, "get": cmd_get, "del": cmd_del, "incr": cmd_incr, "keys": cmd_keys,
            "help": lambda: ", ".join(sorted(COMMANDS))}


def split_args(line: str) -> list:
    if line.count('"') % 2:
        raise ValueError("unbalanced quotes")
    return [quoted or bare for quoted, bare in ARG_RE.findall(line)]


def execute(line: str) -> str:
    try:
        parts = split_args(line)
    except ValueError as exc:
        return f"(error) {exc}"
    name, *args = parts or [""]
    if (handler := COMMANDS.get(name.lower())) is None:
        return f"(error) unknown command '{name}'"
    try:
        return handler(*args)
    except TypeError:
        return f"(error) wrong number of arguments for '{name}'"
    except ValueError:
        return "(error) value is not an integer"


SCRIPT = """\
SET user:1 "Ada Lovelace"
SET user:2 Grace
GET user:1
SET "broken
INCR visits
INCR visits 10
SET name
INCR user:2
KEYS user:*
DEL user:2 nope
FLY away
help
"""

if __name__ == "__main__":
    for line in SCRIPT.splitlines():
        print(f"> {line}")
        print(f"  {execute(line)}")
