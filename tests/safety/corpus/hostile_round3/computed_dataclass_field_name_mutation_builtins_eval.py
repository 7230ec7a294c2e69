# family: computed
# Escape: the loop is over the real dataclasses.fields(), so getattr(x, f.name) is trusted; but Field objects
# are mutable and the loop body renames the field to "__builtins__" (built at run time) before the getattr,
# which then reads tool.__builtins__; eval runs the expression.
import dataclasses


@dataclasses.dataclass
class Query:
    text: str = ""


def tool(expression: str):
    edge = "_" * 2
    for f in dataclasses.fields(Query):
        f.name = edge + "builtins" + edge
        return getattr(tool, f.name)["eval"](expression)
    return None
