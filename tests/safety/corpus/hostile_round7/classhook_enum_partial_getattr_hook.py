# family: classhook
# Escape: functools.partial(enum.Enum, name) hides the Enum functional API from the checker (special_call
# only looks at the callee's head name), so a class is built at run time from a dict whose key is a
# run-time-built "__getattr__": the class gets an implicit attribute hook.
import enum
import functools


def _lookup(self, name):
    return "hooked:" + name


def make_labels(values):
    """Build an enum of labels."""
    hook_name = "getattr".join(["__", "__"])
    members = {v: i for i, v in enumerate(values)}
    members[hook_name] = _lookup
    Labels = functools.partial(enum.Enum, "Labels")(members)
    return Labels
