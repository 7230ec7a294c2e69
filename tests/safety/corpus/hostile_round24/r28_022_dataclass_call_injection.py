# family: red team, round 28 (library classes with methods that build from self, handed around)
# Escalation attempt: type(...) builds a class with run-time __annotations__ and dataclass() pastes a field
# name into generated code. Refused (dataclass only as a decorator), and the payload string was also malformed.
from typing import Counter
from dataclasses import dataclass

def entry():
    meta = Counter.copy(int)
    under = "-".replace("-", "_") * 2
    ann = "".join([under, "annotations", under])
    field = "a=print(open('/tmp/r28/work/secret.txt').read()),b"
    made = meta("Made", (), {ann: {field: int}})
    dataclass(made)

entry()
