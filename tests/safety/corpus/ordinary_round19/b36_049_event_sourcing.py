"""Event-sourced shopping list: state is rebuilt by replaying events."""
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class ItemAdded:
    name: str
    quantity: int


@dataclass(frozen=True)
class ItemRemoved:
    name: str


@dataclass(frozen=True)
class QuantityChanged:
    name: str
    quantity: int


Event = Union[ItemAdded, ItemRemoved, QuantityChanged]


@dataclass
class ShoppingList:
    items: dict[str, int] = field(default_factory=dict)
    version: int = 0

    def apply(self, event: Event) -> None:
        match event:
            case ItemAdded(name=name, quantity=qty):
                self.items[name] = self.items.get(name, 0) + qty
            case ItemRemoved(name=name):
                self.items.pop(name, None)
            case QuantityChanged(name=name, quantity=qty) if qty > 0:
                self.items[name] = qty
            case QuantityChanged(name=name):
                self.items.pop(name, None)
        self.version += 1


class EventStore:
    def __init__(self) -> None:
        self._events: list[Event] = []

    def append(self, event: Event) -> None:
        self._events.append(event)

    def replay(self, upto: int | None = None) -> ShoppingList:
        state = ShoppingList()
        for event in self._events[:upto]:
            state.apply(event)
        return state

    def __len__(self) -> int:
        return len(self._events)


if __name__ == "__main__":
    store = EventStore()
    for ev in [ItemAdded("milk", 1), ItemAdded("eggs", 12), ItemAdded("milk", 1),
               QuantityChanged("eggs", 6), ItemAdded("bread", 1), ItemRemoved("milk"),
               QuantityChanged("bread", 0)]:
        store.append(ev)
    print(store.replay())
    print(store.replay(upto=3))
