# family: ordinary, blind round 63 (validation pipeline using typing.Protocol)
import re
from dataclasses import dataclass
from typing import Any, Protocol


class Validator(Protocol):
    def __call__(self, value: Any) -> str | None: ...


@dataclass
class MinLength:
    n: int

    def __call__(self, value):
        return None if len(value) >= self.n else f"must be at least {self.n} characters"


@dataclass
class Matches:
    pattern: str
    message: str

    def __call__(self, value):
        return None if re.search(self.pattern, value) else self.message


class NotIn:
    def __init__(self, *forbidden):
        self.forbidden = {f.lower() for f in forbidden}

    def __call__(self, value):
        return "is too common" if value.lower() in self.forbidden else None


class Pipeline:
    def __init__(self, *validators: Validator):
        self.validators = list(validators)

    def __or__(self, other: Validator):
        return Pipeline(*self.validators, other)

    def __len__(self):
        return len(self.validators)

    def errors(self, value):
        return [msg for v in self.validators if (msg := v(value)) is not None]

    def is_valid(self, value):
        return not self.errors(value)


if __name__ == "__main__":
    password_rules = (
        Pipeline(MinLength(8))
        | Matches(r"\d", "must contain a digit")
        | Matches(r"[A-Z]", "must contain an uppercase letter")
        | NotIn("Password1", "Qwerty123")
    )
    print(f"{len(password_rules)} rules")
    for candidate in ["abc", "password1", "Password1", "S3cure-Enough"]:
        problems = password_rules.errors(candidate)
        print(f"{candidate!r:18} ->", "OK" if not problems else "; ".join(problems))
