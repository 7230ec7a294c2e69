# family: format strings
def tool(value) -> str:
    return str.format("{0.__class__.__base__}", value)
