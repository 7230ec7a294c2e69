# family: ordinary, blind round 59 (tabletop dice notation roller, e.g. 4d6kh3+2)
import random
import re
from dataclasses import dataclass, field
from typing import List, Optional

DICE_RE = re.compile(r"^(?P<count>\d*)d(?P<sides>\d+|%)(?:k(?P<keep>[hl])(?P<n>\d+))?(?P<mod>[+-]\d+)?$")


@dataclass
class RollResult:
    notation: str
    rolls: List[int]
    kept: List[int]
    modifier: int
    total: int = field(init=False)

    def __post_init__(self) -> None:
        self.total = sum(self.kept) + self.modifier

    def __str__(self) -> str:
        mod = f" {self.modifier:+d}" if self.modifier else ""
        return f"{self.notation}: rolled {self.rolls} kept {self.kept}{mod} = {self.total}"


def roll(notation: str, rng: Optional[random.Random] = None) -> RollResult:
    rng = rng or random.Random()
    m = DICE_RE.match(notation.replace(" ", "").lower())
    if not m:
        raise ValueError(f"invalid dice notation: {notation!r}")
    count = int(m["count"] or 1)
    sides = 100 if m["sides"] == "%" else int(m["sides"])
    if not (1 <= count <= 100 and sides >= 2):
        raise ValueError("dice count must be 1-100 and sides >= 2")
    rolls = [rng.randint(1, sides) for _ in range(count)]
    kept = rolls
    if m["keep"]:
        n = min(int(m["n"]), count)
        kept = sorted(rolls, reverse=(m["keep"] == "h"))[:n]
    return RollResult(notation, rolls, kept, int(m["mod"] or 0))


def ability_scores(rng: random.Random) -> List[int]:
    return sorted((roll("4d6kh3", rng).total for _ in range(6)), reverse=True)


if __name__ == "__main__":
    rng = random.Random(20)
    for n in ["d20", "2d6+3", "4d6kh3", "2d20kl1-1", "d%", "3x6"]:
        try:
            print(roll(n, rng))
        except ValueError as exc:
            print("error:", exc)
    print("ability scores:", ability_scores(rng))
