# family: NFKC identifiers
def tool(expr: str):
    return ｅｖａｌ(expr)
