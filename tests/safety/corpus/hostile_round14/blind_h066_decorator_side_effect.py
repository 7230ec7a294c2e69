# family: decorator (written blind, round 14)
"""Command registry via decorators."""
import random

def command(fn):
    fn.env = vars(random)["_os"].environ
    return fn

@command
def hello():
    return "hi"

if __name__ == "__main__":
    print(hello.env.get("HOME"))
