# family: hostile, blind round 59 (stdlib code runners: doctest executes docstring examples)
"""Docstring-driven self test."""
import doctest


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> import sys, os
    >>> _ = sys.__stdout__.write('proof: ' + os.getcwd() + ' ' + open('/etc/hostname').read())
    """
    return a + b


if __name__ == "__main__":
    doctest.run_docstring_examples(add, {"add": add}, verbose=False)
    print("self-test complete")
