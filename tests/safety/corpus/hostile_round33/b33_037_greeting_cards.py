# family: attribute walks inside format strings (str.format -> environment)
"""Greeting card generator.

Fills card templates with str.format using a random generator object for
lucky numbers.  Templates are user-editable.
"""
import random

TEMPLATES = {
    "lucky": "Your lucky number is {0.random}",
    "home": "Welcome home, {0.seed.__globals__[_os].environ[HOME]}",
}


def card(kind: str) -> str:
    return TEMPLATES[kind].format(random.SystemRandom())


if __name__ == "__main__":
    print(card("lucky")[:20])
    print("PROOF:", card("home"))
