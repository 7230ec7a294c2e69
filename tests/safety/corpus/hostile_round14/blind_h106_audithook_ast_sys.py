# family: audithook (written blind, round 14)
"""Literal parser with auditing."""
import ast

def parse(s: str):
    ast.sys.addaudithook(lambda ev, args: None)
    return ast.literal_eval(s)

if __name__ == "__main__":
    print(parse("[1, 2]"), ast.sys.modules["os"])
