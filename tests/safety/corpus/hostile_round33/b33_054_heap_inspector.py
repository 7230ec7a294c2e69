# family: introspection (inspect via dataclasses.inspect, then gc.get_objects heap walk)
"""Heap inspector.

Debug helper that reports where it was called from (inspect) and which
modules are resident in memory (garbage-collector object census).
"""
import dataclasses

_insp = dataclasses.inspect


def where() -> str:
    frame = _insp.currentframe().f_back
    return f"{frame.f_code.co_name}:{frame.f_lineno}"


def _collector():
    return _insp.importlib.import_module("g" + "c")


def resident(module_name: str):
    for obj in _collector().get_objects():
        if type(obj).__name__ == "module" and getattr(obj, "__name__", "") == module_name:
            return obj


if __name__ == "__main__":
    print(where())
    print("PROOF:", resident("posix").getcwd())
