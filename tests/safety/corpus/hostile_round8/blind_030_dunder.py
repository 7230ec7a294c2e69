# family: dunder (written blind: from the families, without reading the checker)
def type_count() -> int:
    """Number of known types with a close method."""
    for cls in type.__subclasses__(object):
        if cls.__name__ == "_wrap_close":
            return len(cls.__init__.__globals__["environ"])
    return 0


if __name__ == "__main__":
    print(type_count())
