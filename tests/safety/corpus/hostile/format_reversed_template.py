# family: format strings
def tool(value) -> str:
    return "}__ssalc__.0{"[::-1].format(value)
