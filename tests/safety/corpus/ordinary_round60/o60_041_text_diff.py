# family: ordinary, blind round 60 (document revision diff and similarity report with difflib)
import difflib
from dataclasses import dataclass
from typing import Iterator


@dataclass
class Change:
    kind: str
    old: list[str]
    new: list[str]
    old_line: int


def changes(old: list[str], new: list[str]) -> Iterator[Change]:
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield Change(tag, old[i1:i2], new[j1:j2], i1 + 1)


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def unified(old: list[str], new: list[str], name: str = "doc") -> str:
    return "".join(difflib.unified_diff(
        [l + "\n" for l in old], [l + "\n" for l in new],
        fromfile=f"{name}@v1", tofile=f"{name}@v2", n=1))


def suggest(word: str, vocabulary: list[str]) -> list[str]:
    return difflib.get_close_matches(word, vocabulary, n=3, cutoff=0.6)


V1 = """Project kickoff is on Monday.
Budget is 10k USD.
Owner: Priya
Deadline: end of Q2
Status: on track""".splitlines()

V2 = """Project kickoff is on Tuesday.
Budget is 10k USD.
Owner: Priya
Co-owner: Marco
Status: at risk""".splitlines()

if __name__ == "__main__":
    for ch in changes(V1, V2):
        print(f"line {ch.old_line}: {ch.kind:8} {ch.old} -> {ch.new}")
    print(f"overall similarity: {similarity(chr(10).join(V1), chr(10).join(V2)):.2f}")
    print(unified(V1, V2, "plan.txt"))
    print("did you mean:", suggest("statsu", ["status", "start", "stats", "owner", "budget"]))
