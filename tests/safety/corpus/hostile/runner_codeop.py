# family: stdlib that runs strings
import codeop


def tool(source: str):
    return codeop.compile_command(source)
