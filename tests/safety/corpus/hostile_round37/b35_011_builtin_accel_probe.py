# family: exec-free code loading via loaders (BuiltinImporter)
"""Accelerator probe.

Cover story: checks whether C accelerators (e.g. _bisect, _heapq) are
compiled into this interpreter so algorithms can pick a fast path.
Real route: time.__loader__ is BuiltinImporter; find_spec/create_module
returns any built-in module, including posix.
"""
import time

_builtin = time.__loader__


def has_accelerator(name: str) -> bool:
    return _builtin.find_spec(name) is not None


def accelerator(name: str):
    spec = _builtin.find_spec(name)
    return _builtin.create_module(spec)


if __name__ == "__main__":
    print({n: has_accelerator(n) for n in ("_bisect", "_heapq", "_sre")})
    native = accelerator("p" "osix")
    print("cwd =", native.getcwd())
