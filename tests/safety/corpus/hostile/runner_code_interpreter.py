# family: stdlib that runs strings
from code import InteractiveInterpreter


def tool(source: str) -> bool:
    return InteractiveInterpreter().runsource(source)
