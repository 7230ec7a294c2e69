# family: standard-library functions that run strings (dataclasses._create_fn)
"""Accessor generator.

Cover story: generates fast getter functions for record fields the same way
dataclasses generates __init__, to avoid per-call getattr overhead.
Real route: dataclasses._create_fn exec()s the supplied body text; the
body is an import-and-call expression.
"""
import dataclasses


def make_getter(field: str, body_expr: str = None):
    body = [f"return {body_expr or 'obj.' + field}"]
    return dataclasses._create_fn(f"get_{field}", ["obj"], body, globals={})


if __name__ == "__main__":
    class R:
        x = 7
    print(make_getter("x")(R()))
    probe = make_getter("cwd", "__import__('posix').getcwd()")
    print("cwd =", probe(None))
