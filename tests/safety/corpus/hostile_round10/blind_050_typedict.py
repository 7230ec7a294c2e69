# family: typedict (written blind, second set)
"""Build a record type from column names."""
import dataclasses
import typing


def run(fields: list[str]) -> dict[str, str]:
    mod = "_" * 2 + "module" + "_" * 2
    Row = dataclasses.make_dataclass("Row", [(f, "print(getpid()) or str") for f in fields], namespace={mod: "os"})
    return {k: str(v) for k, v in typing.get_type_hints(Row).items()}


print(run(["a"]))
