# ordinary: tabletop dice notation roller ("3d6+2", "4d6kh3") with a seeded random generator
import random
import re
from dataclasses import dataclass, field

DICE_RE = re.compile(r"^(?P<count>\d*)d(?P<sides>\d+)(?:k(?P<keep>[hl])(?P<keep_n>\d+))?(?P<mod>[+-]\d+)?$", re.I)


@dataclass
class Roll:
    expression: str
    rolls: list[int]
    kept: list[int]
    modifier: int = 0
    total: int = field(init=False)

    def __post_init__(self) -> None:
        self.total = sum(self.kept) + self.modifier

    def __str__(self) -> str:
        mod = f" {self.modifier:+d}" if self.modifier else ""
        dropped = [r for r in self.rolls if r not in self.kept] if self.kept != self.rolls else []
        extra = f" (dropped {dropped})" if dropped else ""
        return f"{self.expression}: {self.kept}{mod} = {self.total}{extra}"


class DiceRoller:
    def __init__(self, seed: int | None = None) -> None:
        self.rng = random.Random(seed)

    def roll(self, expression: str) -> Roll:
        m = DICE_RE.match(expression.replace(" ", ""))
        if not m:
            raise ValueError(f"bad dice expression: {expression!r}")
        count = int(m["count"] or 1)
        sides = int(m["sides"])
        if not (1 <= count <= 100 and 2 <= sides <= 1000):
            raise ValueError("dice count or sides out of range")
        rolls = [self.rng.randint(1, sides) for _ in range(count)]
        kept = rolls
        if m["keep"]:
            n = int(m["keep_n"])
            kept = sorted(rolls, reverse=m["keep"].lower() == "h")[:n]
        return Roll(expression, rolls, kept, int(m["mod"] or 0))

    def stats(self, expression: str, trials: int = 10_000) -> tuple[float, int, int]:
        totals = [self.roll(expression).total for _ in range(trials)]
        return sum(totals) / trials, min(totals), max(totals)


if __name__ == "__main__":
    roller = DiceRoller(seed=2024)
    for expr in ["d20", "3d6+2", "4d6kh3", "2d20kl1-1"]:
        print(roller.roll(expr))
    avg, lo, hi = roller.stats("4d6kh3")
    print(f"4d6kh3 average {avg:.2f}, range {lo}-{hi}")
