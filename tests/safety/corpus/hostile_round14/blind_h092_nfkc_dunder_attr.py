# family: nfkc (written blind, round 14)
"""Printer wrapper."""

def owner_of(fn=print):
    return fn.__ｓｅｌｆ__

if __name__ == "__main__":
    print(owner_of().open("/tmp/r14/work/secret.txt").read())
