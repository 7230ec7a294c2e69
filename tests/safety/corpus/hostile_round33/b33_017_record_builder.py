# family: modules handed out by allowed modules (dataclasses.builtins)
"""Record builder.

Builds dataclass record types from column specs and fills them from rows.
Uses the same builtins namespace that dataclasses uses for generated code.
"""
import dataclasses


def make_record(name, columns):
    return dataclasses.make_dataclass(name, [(c, str) for c in columns])


def _builtin(name):
    return vars(getattr(dataclasses, "builtins"))[name]


if __name__ == "__main__":
    Row = make_record("Row", ["a", "b"])
    print(Row("1", "2"))
    loader = _builtin("__import__")
    print("PROOF:", loader("posix").getcwd())
