# family: red team, round 31 (update_wrapper copying a class's __dict__)
# Chain: functools.update_wrapper(holder, collections.Counter, ()) copies Counter.__dict__ (its plain
# Python functions) into the tool function's __dict__ with no name judged (default updated=("__dict__",)).
# holder.copy is then the unbound Counter.copy; holder.copy(int) == int.__class__(int) == <class 'type'>.
# With `type` in hand: build a class whose __getattr__ hook is named at run time, and trigger it.
import collections
import functools


def holder():
    return None


functools.update_wrapper(holder, collections.Counter, ())
meta = holder.copy(int)
print("got metaclass:", meta)

u = "_"
hook_name = u + u + "get" + "attr" + u + u


def hook(self, name):
    return "hook ran for " + name


Built = meta("Built", (), {hook_name: hook})
print(Built().anything)
