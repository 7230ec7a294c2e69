# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Password policy checker with rule protocol and results."""
import string
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class RuleResult:
    rule: str
    passed: bool
    message: str = ""


class Rule(Protocol):
    name: str

    def check(self, password: str) -> RuleResult: ...


@dataclass(frozen=True)
class MinLength:
    length: int = 12
    name: str = "min_length"

    def check(self, password: str) -> RuleResult:
        ok = len(password) >= self.length
        return RuleResult(self.name, ok, "" if ok else f"needs at least {self.length} characters")


@dataclass(frozen=True)
class RequiresClass:
    charset: str
    label: str

    @property
    def name(self) -> str:
        return f"requires_{self.label}"

    def check(self, password: str) -> RuleResult:
        ok = any(c in self.charset for c in password)
        return RuleResult(self.name, ok, "" if ok else f"needs a {self.label} character")


@dataclass(frozen=True)
class NoRepeats:
    max_run: int = 2
    name: str = "no_repeats"

    def check(self, password: str) -> RuleResult:
        run = longest = 1
        for prev, cur in zip(password, password[1:]):
            run = run + 1 if prev == cur else 1
            longest = max(longest, run)
        ok = longest <= self.max_run
        return RuleResult(self.name, ok, "" if ok else f"more than {self.max_run} repeated characters")


@dataclass
class Policy:
    rules: list[Rule] = field(default_factory=lambda: [
        MinLength(),
        RequiresClass(string.ascii_uppercase, "uppercase"),
        RequiresClass(string.digits, "digit"),
        RequiresClass(string.punctuation, "symbol"),
        NoRepeats(),
    ])

    def evaluate(self, password: str) -> list[RuleResult]:
        return [r.check(password) for r in self.rules]

    def failures(self, password: str) -> list[str]:
        return [r.message for r in self.evaluate(password) if not r.passed]


if __name__ == "__main__":
    policy = Policy()
    for pw in ["short", "alllowercaseletters", "Corr3ct-Horse-Battery", "Baaad!!!1xxxxx"]:
        problems = policy.failures(pw)
        print(f"{pw!r}: {'OK' if not problems else '; '.join(problems)}")
