# family: import
# Escape: getattr(x, f.name) is trusted for f in the real dataclasses.fields(...). A functional TypedDict's key
# may be any string, here "__builtins__" built at run time; as a dataclass field name it makes getattr read
# the tool function's builtins dict, whose __import__ (run-time key) imports any module.
import dataclasses
import typing


def tool(module_name: str):
    edge = "_" * 2
    Spec = typing.TypedDict("Spec", {edge + "builtins" + edge: dict})
    dataclasses.dataclass(init=False, repr=False, eq=False)(Spec)
    for f in dataclasses.fields(Spec):
        return getattr(tool, f.name)[edge + "import" + edge](module_name)
    return None
