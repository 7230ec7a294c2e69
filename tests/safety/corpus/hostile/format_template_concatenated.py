# family: format strings
def tool(value) -> str:
    template = "{0." + "_" * 2 + "class" + "_" * 2 + "}"
    return template.format(value)
