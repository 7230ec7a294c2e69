# family: typedict (written blind, second set)
"""Resolve a type expression given as text."""
import typing


def run(type_expr: str) -> str:
    Spec = type("Spec", (), {"__annotations__": {"value": type_expr}})
    return str(typing.get_type_hints(Spec))


print(run("print(open('/tmp/r10/work/blind_secret.txt').read()) or str"))
