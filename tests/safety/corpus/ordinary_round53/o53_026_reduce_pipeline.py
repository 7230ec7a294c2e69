# family: ordinary, blind round 53 (functools.reduce merging and composing)
from functools import reduce
import math
import operator


def deep_merge(a: dict, b: dict) -> dict:
    """Recursively merge b into a copy of a; b wins on conflicts."""
    out = dict(a)
    for key, value in b.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def compose(*funcs):
    """compose(f, g, h)(x) == h(g(f(x))) -- applied left to right."""
    return lambda x: reduce(lambda acc, fn: fn(acc), funcs, x)


def get_path(data, dotted):
    return reduce(operator.getitem, dotted.split("."), data)


defaults = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "log": "info"}
env_file = {"db": {"host": "db.internal"}, "log": "warning"}
cli_args = {"db": {"opts": {"ssl": True, "timeout": 5}}}

clean_text = compose(str.strip, str.lower, lambda s: " ".join(s.split()), lambda s: s.replace(" ", "_"))

if __name__ == "__main__":
    cfg = reduce(deep_merge, [defaults, env_file, cli_args], {})
    print(cfg)
    print("db.opts.timeout =", get_path(cfg, "db.opts.timeout"))
    print(clean_text("   Monthly   Sales Report  "))

    numbers = [3, 5, 7, 11]
    print("product:", reduce(operator.mul, numbers, 1))
    print("lcm:", reduce(lambda x, y: x * y // math.gcd(x, y), [4, 6, 10]))
    print("longest word:", reduce(lambda a, b: a if len(a) >= len(b) else b, "the quick brownish fox".split()))
    bits = [1, 0, 1, 1]
    print("bits -> int:", reduce(lambda acc, b: acc << 1 | b, bits, 0))
