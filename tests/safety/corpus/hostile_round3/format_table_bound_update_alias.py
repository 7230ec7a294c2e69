# family: format
# Escape: `TABLE.update(...)` marks TABLE as changed, but taking the bound method first (`merge = TABLE.update`)
# does not: the alias only records a value derived from TABLE. Calling it installs a template built with
# string.Template at run time, "{0.__init__.__globals__[_os].environ}", which then reads os.environ.
import random
import string

TABLE = {"line": "{0}"}


def tool() -> str:
    merge = TABLE.update
    merge(line=string.Template("{0.${u}init${u}.${u}globals${u}[_os].environ}").substitute(u="__"))
    return TABLE["line"].format(random.Random())
