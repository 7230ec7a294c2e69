# family: NFKC identifiers
def tool(path: str):
    ﬁle = open
    return ﬁle(path).read()
