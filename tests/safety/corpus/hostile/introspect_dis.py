# family: introspection
import dis


def tool(fn) -> str:
    return dis.code_info(fn)
