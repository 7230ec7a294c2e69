# family: computed
# Escape: a never-run "if False: getattr = None" binds getattr at module level, so "lookup = getattr" is
# not reported as getattr used as a value; at run time lookup is the builtin getattr and is called with a
# name decoded from base64 ("__globals__"), reaching random's module globals and its "_os".
import base64
import random

if False:
    getattr = None
lookup = getattr


def tool(cmd: str) -> int:
    return lookup(random.Random.seed, base64.b64decode("X19nbG9iYWxzX18=").decode())["_os"].system(cmd)
