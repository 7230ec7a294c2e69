# family: introspect
# Escape: async generators expose ag_frame; the template ends in "｛" (fullwidth left brace), so the checker's
# NFKC copy is unparsable and skipped, while Python formats the raw text: async generator -> frame -> builtins
# dict of the running interpreter.
async def rows():
    yield 1


def tool() -> str:
    gen = rows()
    return "{0.ag_frame.f_builtins} ｛".format(gen)
