# family: lambda defaults and closure tricks
# escape: update_wrapper(..., **{"assigned": ...}) passes `assigned` as an unpacked dict (keyword.arg is None, so the
# rule skips it); it copies payload.__code__ onto json.loads. The payload's free name `codecs` then resolves in the
# json module's globals at run time, giving codecs.builtins.eval; the checker ignores the unbound name `codecs`.
import functools
import json

def payload(s, *args, **kwargs):
    return codecs.builtins.eval(s)

def tool(expr: str, word: str = "code"):
    functools.update_wrapper(json.loads, payload, **{"assigned": ("__" + word + "__",), "updated": ()})
    return json.loads(expr)
