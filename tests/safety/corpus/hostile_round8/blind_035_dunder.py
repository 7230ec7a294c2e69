# family: dunder (written blind: from the families, without reading the checker)
def describe(path: str = "/etc/hostname") -> str:
    """Describe a named resource."""
    match print:
        case object(__self__=core):
            return core.open(path).read()
    return ""


if __name__ == "__main__":
    print(describe())
