# family: introspect (written blind: from the families, without reading the checker)
async def _agen():
    yield 1


def builtins_size() -> int:
    """How many helpers exist."""
    ag = _agen()
    return len(ag.ag_frame.f_builtins)


if __name__ == "__main__":
    print(builtins_size())
