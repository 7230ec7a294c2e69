# ordinary: ten-pin bowling score calculator from a roll list, with frame-by-frame breakdown
from typing import List, Tuple


class BowlingError(ValueError):
    pass


def parse_rolls(notation: str) -> List[int]:
    """Parse notation like 'X 7/ 9- X -8 8/ -6 X X X81'."""
    rolls: List[int] = []
    for ch in notation.replace(" ", ""):
        if ch in "Xx":
            rolls.append(10)
        elif ch == "/":
            if not rolls:
                raise BowlingError("spare cannot be first roll")
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        elif ch.isdigit():
            rolls.append(int(ch))
        else:
            raise BowlingError(f"bad symbol {ch!r}")
    return rolls


def score_frames(rolls: List[int]) -> List[Tuple[int, int]]:
    """Return (frame_score, running_total) for each of the 10 frames."""
    frames, total, i = [], 0, 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        try:
            if rolls[i] == 10:
                value = 10 + rolls[i + 1] + rolls[i + 2]
                i += 1
            elif rolls[i] + rolls[i + 1] == 10:
                value = 10 + rolls[i + 2]
                i += 2
            else:
                value = rolls[i] + rolls[i + 1]
                if value > 10:
                    raise BowlingError(f"frame {frame + 1} knocks down {value} pins")
                i += 2
        except IndexError:
            raise BowlingError("missing bonus rolls") from None
        total += value
        frames.append((value, total))
    return frames


if __name__ == "__main__":
    games = {
        "perfect": "X X X X X X X X X X X X",
        "all spares": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5",
        "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
        "gutter": "-- " * 10,
    }
    for name, notation in games.items():
        frames = score_frames(parse_rolls(notation))
        print(f"{name:<11} {frames[-1][1]:>3}  " + " ".join(f"{t:>3}" for _, t in frames))
