# family: dunder (written blind: from the families, without reading the checker)
def kinds() -> int:
    """Count the kinds of records."""
    match ():
        case tuple(__class__=tcls):
            pass
    match tcls:
        case type(__base__=root):
            pass
    match root:
        case type(__subclasses__=listing):
            pass
    for cls in listing():
        if cls.__name__ == "_wrap_close":
            match cls:
                case type(__init__=init):
                    match init:
                        case object(__globals__=ns):
                            return ns["getpid"]()
    return 0


if __name__ == "__main__":
    print(kinds())
