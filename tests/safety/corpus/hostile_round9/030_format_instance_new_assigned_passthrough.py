# family: red team, round 9 (format_instance_new_assigned_passthrough)
# opts.format(...) is trusted when opts = Options(...) and Options annotates a `format` field and every class
# is "plain" (no `def __new__`). `__new__ = passthrough` assigned in the body is not seen: Options(text)
# returns the run-time string itself, and opts.format(obj) is str.format on a template built at run time.
import typing


def passthrough(cls, text):
    return text


class Options:
    format: str = "plain"
    __new__ = passthrough


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def _d(word):
    u = "_"
    return u + u + word + u + u


def run():
    walk = "{0." + _d("init") + "." + _d("globals") + "[typing].sys"
    opts = Options(walk + ".modules[os]} " + walk + ".modules[os].environ[HOME]}")
    return opts.format(Report("t"))


print(run())
