# family: stdlib that runs strings
import trace


def tool(statement: str) -> None:
    trace.Trace(count=False, trace=False).run(statement)
