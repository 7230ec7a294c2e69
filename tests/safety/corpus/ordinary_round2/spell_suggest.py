# ordinary: suggest corrections for misspelled commands with difflib and show a unified diff of two texts
import difflib
from typing import Iterable, List

COMMANDS = ["status", "commit", "checkout", "branch", "merge", "rebase", "stash", "push", "pull", "fetch", "remote"]


def suggest(word: str, vocabulary: Iterable[str] = COMMANDS, n: int = 3, cutoff: float = 0.6) -> List[str]:
    return difflib.get_close_matches(word.lower(), list(vocabulary), n=n, cutoff=cutoff)


def did_you_mean(word: str) -> str:
    if word in COMMANDS:
        return f"'{word}' is a valid command"
    options = suggest(word)
    if not options:
        return f"unknown command '{word}'"
    if len(options) == 1:
        return f"unknown command '{word}'. Did you mean '{options[0]}'?"
    return f"unknown command '{word}'. Did you mean one of: {', '.join(options)}?"


def similarity_table(word: str, vocabulary: Iterable[str] = COMMANDS) -> str:
    rows = sorted(((difflib.SequenceMatcher(None, word, v).ratio(), v) for v in vocabulary), reverse=True)
    return "\n".join(f"{v:<10} {r:5.2f} {'#' * int(r * 20)}" for r, v in rows[:5])


def text_diff(old: str, new: str, name: str = "file.txt") -> str:
    diff = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}", n=1,
    )
    return "".join(diff)


if __name__ == "__main__":
    for typo in ["stauts", "comit", "chekout", "xyz", "push"]:
        print(did_you_mean(typo))
    print(similarity_table("rebsae"))
    print(text_diff("alpha\nbeta\ngamma\ndelta\n", "alpha\nBETA\ngamma\ndelta\nepsilon\n"))
