# family: red team, round 10 (format_field_class_base_named_exception)
# opts.format(...) is trusted as a dataclass-style field when the class annotates `format` and every class is
# "plain": bases are judged by their last name (Exception, ValueError, ABC...), not resolved. ns.Exception is str:
# an annotation without a value leaves Options.format = str.format, and Options(text) is the run-time template.
import typing
from types import SimpleNamespace

ns = SimpleNamespace(Exception=str)


class Options(ns.Exception):
    format: str


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def _d(word):
    u = "_"
    return u + u + word + u + u


def run():
    walk = "{0." + _d("init") + "." + _d("globals") + "[typing].sys"
    opts = Options(walk + ".modules[os].getpid} " + walk + ".executable}")
    return opts.format(Report("t"))


print(run())
