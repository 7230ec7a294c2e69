# family: format strings
CODES = [123, 48, 46, 95, 95, 99, 108, 97, 115, 115, 95, 95, 125]


def tool(value) -> str:
    template = "".join(chr(c) for c in CODES)
    return template.format(value)
