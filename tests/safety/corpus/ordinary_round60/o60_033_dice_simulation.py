# family: ordinary, blind round 60 (dice notation roller and Monte Carlo statistics)
import random
import re
import statistics
from collections import Counter
from dataclasses import dataclass

DICE_RE = re.compile(r"^(?P<count>\d*)d(?P<sides>\d+)(?:(?P<keep>[kK][hl]?)(?P<keep_n>\d+))?(?P<mod>[+-]\d+)?$")


@dataclass(frozen=True)
class DiceSpec:
    count: int
    sides: int
    modifier: int = 0
    keep: int | None = None
    keep_lowest: bool = False

    @classmethod
    def from_string(cls, text: str) -> "DiceSpec":
        m = DICE_RE.match(text.replace(" ", ""))
        if not m:
            raise ValueError(f"bad dice notation: {text!r}")
        keep = m["keep"]
        return cls(
            count=int(m["count"] or 1),
            sides=int(m["sides"]),
            modifier=int(m["mod"] or 0),
            keep=int(m["keep_n"]) if keep else None,
            keep_lowest=bool(keep and keep.lower().endswith("l")),
        )

    def roll(self, rng: random.Random) -> int:
        rolls = sorted(rng.randint(1, self.sides) for _ in range(self.count))
        if self.keep is not None:
            rolls = rolls[:self.keep] if self.keep_lowest else rolls[-self.keep:]
        return sum(rolls) + self.modifier


def simulate(notation: str, trials: int = 10_000, seed: int = 7) -> dict:
    spec = DiceSpec.from_string(notation)
    rng = random.Random(seed)
    results = [spec.roll(rng) for _ in range(trials)]
    counts = Counter(results)
    return {
        "mean": round(statistics.fmean(results), 2),
        "median": statistics.median(results),
        "stdev": round(statistics.stdev(results), 2),
        "mode": counts.most_common(1)[0][0],
        "range": (min(results), max(results)),
    }


if __name__ == "__main__":
    for notation in ["d20", "2d6+3", "4d6k3", "2d20kl1", "3d8-2"]:
        print(f"{notation:8}", simulate(notation))
    try:
        DiceSpec.from_string("roll 3")
    except ValueError as e:
        print("error:", e)
