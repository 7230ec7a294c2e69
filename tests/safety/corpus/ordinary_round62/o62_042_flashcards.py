# family: ordinary, blind round 62 (spaced-repetition flashcards with Leitner boxes)
import random
from dataclasses import dataclass

BOX_INTERVALS = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16}
DECK = []
reviews = 0


@dataclass
class Card:
    front: str
    back: str
    box: int = 1
    due: int = 0

    def __hash__(self):
        return hash(self.front)

    def __eq__(self, other):
        return isinstance(other, Card) and self.front == other.front


def add(front, back):
    card = Card(front, back)
    if card in DECK:
        return None
    DECK.append(card)
    return card


def review(card, correct, day):
    global reviews
    reviews += 1
    card.box = min(5, card.box + 1) if correct else 1
    card.due = day + BOX_INTERVALS[card.box]


def due_cards(day):
    return sorted((c for c in DECK if c.due <= day), key=lambda c: (c.box, c.front))


if __name__ == "__main__":
    for f, b in [("hola", "hello"), ("gato", "cat"), ("perro", "dog"), ("gato", "cat!"), ("casa", "house")]:
        if add(f, b) is None:
            print("duplicate skipped:", f)
    rng = random.Random(5)
    skill = {"hola": 0.95, "gato": 0.8, "perro": 0.5, "casa": 0.7}
    for day in range(10):
        todays = due_cards(day)
        for c in todays:
            review(c, rng.random() < skill[c.front], day)
        if todays:
            print("day %d: %s" % (day, ", ".join("%s->box%d" % (c.front, c.box) for c in todays)))
    print("total reviews:", reviews)
    print(sorted(DECK, key=lambda c: -c.box)[0])
