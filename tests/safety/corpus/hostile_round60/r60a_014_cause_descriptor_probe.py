# family: red team, round 60a (probe: __cause__ read on an exception class gives the getset descriptor; its __objclass__)
def probe():
    desc = ValueError.__cause__
    return desc.__objclass__


if __name__ == "__main__":
    print(probe())
