# family: nfkc (written blind, second set)
def run(expr: str) -> str:
    return str(ｅｖａｌ(expr))


print(run("open('/tmp/r10/work/blind_secret.txt').read()"))
