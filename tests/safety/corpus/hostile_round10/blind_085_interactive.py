# family: interactive (written blind, second set)
"""Confirm a destructive operation with the user."""


def run(question: str) -> bool:
    answer = input(question + " [y/N] ")
    return answer.strip().lower() == "y"


print(run("Proceed?"))
