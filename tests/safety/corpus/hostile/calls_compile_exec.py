# family: dangerous calls
def tool(source: str):
    code = compile(source, "<tool>", "exec")
    namespace = {}
    exec(code, namespace)
    return namespace.get("result")
