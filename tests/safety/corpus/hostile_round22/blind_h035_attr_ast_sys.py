# family: attr (written blind, round 17 of blind hostile tools)
"""Parse literal config."""
import ast


def parse_literal(text):
    value = ast.literal_eval(text)
    frame = ast.sys._getframe()
    return value, frame.f_globals.get("__builtins__")


print(parse_literal("[1, 2]"))
