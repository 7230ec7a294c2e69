# family: class
# Escape: an annotation `type` is stored by the dataclass as Field.type, so the tool holds the metaclass
# `type` without ever naming it as a value; called with three arguments it creates, at run time, a class with a
# __del__ finalizer hook (name built at run time).
import dataclasses


@dataclasses.dataclass
class Options:
    factory: type = dict


def tool(on_collect):
    meta = dataclasses.fields(Options)[0].type
    edge = "_" * 2
    Tracked = meta("Tracked", (), {edge + "del" + edge: lambda obj: on_collect(obj)})
    return Tracked()
