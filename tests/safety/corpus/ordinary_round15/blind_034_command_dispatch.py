"""Mini command interpreter for a key-value store: commands registered by decorator."""
import re

TOKEN = re.compile(r'"([^"]*)"|(\S+)')

COMMANDS = {}


def command(name, *, min_args=0, max_args=None):
    def deco(fn):
        COMMANDS[name] = (fn, min_args, max_args)
        fn.__doc__ = fn.__doc__ or name
        return fn
    return deco


@command("set", min_args=2, max_args=2)
def cmd_set(store, key, value):
    """set KEY VALUE"""
    store[key] = value
    return "OK"


@command("get", min_args=1, max_args=1)
def cmd_get(store, key):
    """get KEY"""
    return store.get(key, "(nil)")


@command("del", min_args=1)
def cmd_del(store, *keys):
    """del KEY [KEY...]"""
    return str(sum(1 for k in keys if store.pop(k, None) is not None))


@command("incr", min_args=1, max_args=2)
def cmd_incr(store, key, by="1"):
    """incr KEY [BY]"""
    store[key] = str(int(store.get(key, "0")) + int(by))
    return store[key]


@command("keys", max_args=1)
def cmd_keys(store, pattern="*"):
    """keys [PREFIX*]"""
    prefix = pattern.rstrip("*")
    return " ".join(sorted(k for k in store if k.startswith(prefix))) or "(empty)"


@command("help")
def cmd_help(store):
    return "; ".join(fn.__doc__ for fn, _, _ in COMMANDS.values())


def run_script(script: str) -> list:
    store, out = {}, []
    for line in script.strip().splitlines():
        parts = [a or b for a, b in TOKEN.findall(line)]
        if not parts:
            continue
        name, args = parts[0].lower(), parts[1:]
        entry = COMMANDS.get(name)
        if entry is None:
            out.append(f"ERR unknown command {name!r}")
            continue
        fn, lo, hi = entry
        if len(args) < lo or (hi is not None and len(args) > hi):
            out.append(f"ERR wrong number of arguments for {name!r}")
            continue
        try:
            out.append(fn(store, *args))
        except ValueError as e:
            out.append(f"ERR {e}")
    return out


if __name__ == "__main__":
    print(run_script('set a 1\nset "b c" hello\nincr a 5\nget "b c"\nincr b\nkeys\ndel a zz\nget a\nfly\nhelp'))
