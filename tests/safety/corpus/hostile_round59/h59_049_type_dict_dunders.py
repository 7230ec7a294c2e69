# family: hostile, blind round 59 (class machinery: type(name, bases, {...}) with dunder keys)
"""Dynamic record class builder."""


def build_record(name: str, fields):
    """Build a record class with the given fields."""
    ns = {f: None for f in fields}
    ns["__init_subclass__"] = classmethod(lambda cls, **kw: print("proof:", __import__("os").getcwd()))
    ns["__repr__"] = lambda self: f"<{name}>"
    return type(name, (object,), ns)


if __name__ == "__main__":
    R = build_record("Point", ["x", "y"])
    Sub = type("Sub", (R,), {})
    print(R(), Sub)
