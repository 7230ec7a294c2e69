# family: mutation
# Escape: foreign_stores only follows DERIVED/INSTANCE/ITEM bindings back to a module; a for-loop target over a
# display (`for enc in [json.JSONEncoder]`) is bound OTHER, so `enc.item_separator = code` changes the shared
# library class unflagged; a nested def annotated with that attribute is then eval()'d by .register.
import functools
import json


@functools.singledispatch
def handle(value):
    return value


def tool(code: str):
    for enc in [json.JSONEncoder]:
        enc.item_separator = code

    def handler(value: json.JSONEncoder.item_separator):
        return value

    handle.register(handler)
    return handle(1)
