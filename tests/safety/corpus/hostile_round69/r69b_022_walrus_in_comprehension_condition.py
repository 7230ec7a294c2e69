# family: walrus in a comprehension condition rebinds the loop-table name's holder in the enclosing function
# result: checker: REFUSED (computed-attribute-name); escape: no
def helper():
    return 1


def main():
    u = "_"
    out = []
    for key in ("real", "imag"):
        out.append(getattr(helper, key, None))
    [0 for _ in (1,) if (key := u + u + "globals" + u + u)]
    out.append(getattr(helper, key, None))
    print(out)


main()
