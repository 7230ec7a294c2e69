# family: red team, round 9 (format_instance_binding_shadowed_class)
# `opts = make(...)` binds opts as an INSTANCE of "make"; format_template trusts opts.format(...) when a class
# named make annotates a `format` field (a dataclass field, not str.format). It never checks that the name
# make resolves to that class: a later def make() shadows it and returns a run-time template, so
# opts.format(obj) is str.format on a template built at run time, walking the object's __globals__.
import typing


class make:
    format: str = "plain"


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def _d(word):
    u = "_"
    return u + u + word + u + u


def make(kind):
    return "{0." + _d("init") + "." + _d("globals") + "[typing].sys.modules[os]} {0." + _d("init") + "." + _d("globals") + "[typing].sys.modules[os].environ[PATH]}"


def run():
    opts = make("x")
    return opts.format(Report("t"))


print(run())
