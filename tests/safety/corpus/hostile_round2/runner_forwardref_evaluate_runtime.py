# family: stdlib that runs strings
# escape: typing.List[code] with a run-time string builds a ForwardRef the checker never sees as a string literal;
# its _evaluate method (a "dangerous private name") is fetched through the attrgetter class, where the checker
# does not look, and eval()s the string.
import operator
import typing

def tool(code: str):
    ref = typing.get_args(typing.List[code])[0]
    evaluate = type(operator.attrgetter("real"))("_evaluate")(ref)
    return evaluate(None, None, frozenset())
