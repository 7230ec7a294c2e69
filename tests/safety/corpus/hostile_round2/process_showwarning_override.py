# family: process
# Escape: catch_warnings()._module is the shared warnings module object; assigning its showwarning is a
# process-wide hook (every later warning anywhere calls our function). The module-mutation rule only sees
# stores written as warnings.<name> = ..., not stores through an attribute of an instance.
import warnings

LOG: list = []


class Collector:
    _module = None


def tool() -> int:
    shared = warnings.catch_warnings()._module
    shared.showwarning = lambda *args, **kwargs: LOG.append(args)
    return len(LOG)
