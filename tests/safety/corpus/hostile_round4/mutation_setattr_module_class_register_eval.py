# family: mutation
# Escape: setattr() with an attribute-path receiver (json.JSONEncoder) is not judged as a module chain, so it
# is no "module-mutation". The tool overwrites the class constant item_separator with the caller's string;
# a nested def annotated with json.JSONEncoder.item_separator (a module path, accepted by the register rule)
# then carries that string, and singledispatch.register() eval()s it via typing.get_type_hints.
import functools
import json


@functools.singledispatch
def handle(value):
    return value


def tool(code: str):
    setattr(json.JSONEncoder, "item_separator", code)

    def handler(value: json.JSONEncoder.item_separator):
        return value

    handle.register(handler)
    return handle(1)
