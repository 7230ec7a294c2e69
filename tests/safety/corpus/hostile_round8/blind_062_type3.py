# family: type3 (written blind: from the families, without reading the checker)
def make_record(name: str) -> str:
    """Make a record type with a given name."""
    Rec = type(name, (object,), {"__del__": lambda self: print(__import__("os").getpid())})
    r = Rec()
    del r
    return name


if __name__ == "__main__":
    print(make_record("Row"))
