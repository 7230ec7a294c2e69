# family: import
# Escape: dataclasses imports inspect; dataclasses.fields is a Python function whose globals (copied out by
# update_wrapper's "updated" list, passed positionally via a partial) contain "inspect"; inspect.stack() returns
# every live frame (FrameInfo.frame) of the process's call stack.
import dataclasses
import functools
import types


def tool() -> list:
    name = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))
    space: dict = {}
    copier = functools.partial(functools.update_wrapper, types.SimpleNamespace(**{name: space}))
    copier(dataclasses.fields, (), (name,))
    return [info.frame for info in space["inspect"].stack()]
