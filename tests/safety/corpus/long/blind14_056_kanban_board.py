"""A kanban board model: columns with WIP limits, cards, moves and metrics."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import Enum


class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    def __lt__(self, other: "Priority") -> bool:
        if type(other) is not Priority:
            return NotImplemented
        return self.value < other.value


_ids = itertools.count(1)


@dataclass
class Card:
    title: str
    priority: Priority = Priority.MEDIUM
    tags: set[str] = field(default_factory=set)
    id: int = field(default_factory=lambda: next(_ids))
    history: list[str] = field(default_factory=list, repr=False)


class WipLimitExceeded(Exception):
    pass


class Column:
    def __init__(self, name: str, wip_limit: int | None = None):
        self.name = name
        self.wip_limit = wip_limit
        self.cards: list[Card] = []

    def __len__(self):
        return len(self.cards)

    def __iter__(self):
        return iter(sorted(self.cards, key=lambda c: c.priority, reverse=True))

    def __contains__(self, card: Card):
        return card in self.cards

    def add(self, card: Card) -> None:
        if self.wip_limit is not None and len(self) >= self.wip_limit:
            raise WipLimitExceeded(f"column {self.name!r} is at its limit of {self.wip_limit}")
        self.cards.append(card)
        card.history.append(self.name)

    def remove(self, card: Card) -> None:
        self.cards.remove(card)


class Board:
    def __init__(self, *columns: Column):
        self.columns = {c.name: c for c in columns}

    def __getitem__(self, name: str) -> Column:
        return self.columns[name]

    def find(self, card_id: int) -> tuple[Column, Card]:
        for col in self.columns.values():
            for card in col.cards:
                if card.id == card_id:
                    return col, card
        raise KeyError(card_id)

    def move(self, card_id: int, to: str) -> None:
        src, card = self.find(card_id)
        self[to].add(card)
        src.remove(card)

    def snapshot(self) -> dict[str, list[str]]:
        return {name: [f"#{c.id} {c.title} ({c.priority.name})" for c in col] for name, col in self.columns.items()}


if __name__ == "__main__":
    board = Board(Column("todo"), Column("doing", wip_limit=2), Column("done"))
    for title, prio in [("login page", Priority.HIGH), ("docs", Priority.LOW), ("api", Priority.MEDIUM)]:
        board["todo"].add(Card(title, prio))
    board.move(1, "doing")
    board.move(3, "doing")
    try:
        board.move(2, "doing")
    except WipLimitExceeded as e:
        print(e)
    board.move(1, "done")
    print(board.snapshot(), board.find(1)[1].history)
