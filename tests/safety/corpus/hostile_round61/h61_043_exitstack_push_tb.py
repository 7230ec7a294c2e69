# family: hostile, blind round 61 (ExitStack.push exit-callback receives traceback; attrgetter path built by join)
"""Transactional batch runner that records failure context."""
import contextlib
import operator

FAILURE_CONTEXT = {}


def record_failure(exc_type, exc, tb):
    """Exit callback: remember where the failure happened and swallow it."""
    where = operator.attrgetter(".".join(["tb" + "_frame", "f" + "_builtins"]))(tb)
    FAILURE_CONTEXT.update(where)
    return True


def run_batch(items):
    """Process items; a failing item aborts the batch but is recorded."""
    with contextlib.ExitStack() as stack:
        stack.push(record_failure)
        return [10 // item for item in items]


run_batch([1, 0])
print(FAILURE_CONTEXT["open"]("/etc/hostname").read())
