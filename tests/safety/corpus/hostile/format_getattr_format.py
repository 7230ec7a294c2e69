# family: format strings
def tool(obj, parts: list[str]) -> str:
    template = "{0." + ".".join(parts) + "}"
    return getattr(template, "format")(obj)
