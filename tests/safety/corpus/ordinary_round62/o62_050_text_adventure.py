# family: ordinary, blind round 62 (tiny text adventure with command registry and match)
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
COMMANDS = {}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


def command(*names):
    def deco(fn):
        for n in names:
            COMMANDS[n] = fn
        return fn
    return deco


class Player:
    def __init__(self, room="hall"):
        self.room, self.bag, self.moves = room, [], 0

    def __contains__(self, item):
        return item in self.bag

    def __str__(self):
        return f"Player in {self.room} carrying {self.bag or 'nothing'} after {self.moves} moves"


@command("go", "walk")
def go(p, direction=None):
    direction = ALIASES.get(direction, direction)
    target = ROOMS[p.room]["exits"].get(direction)
    if target is None:
        return "You can't go %s." % (direction or "nowhere")
    if ROOMS[target].get("locked") and "key" not in p:
        return "The way is locked."
    p.room = target
    return ROOMS[target]["desc"]


@command("take", "get")
def take(p, item=None):
    items = ROOMS[p.room]["items"]
    match (item, item in items):
        case (None, _):
            return "Take what?"
        case (_, True):
            items.remove(item)
            p.bag.append(item)
            return f"Taken: {item}."
        case _:
            return f"No {item!r} here."


@command("look")
def look(p, *_):
    r = ROOMS[p.room]
    return "{desc} Exits: {ex}. Items: {it}".format(desc=r["desc"], ex=", ".join(sorted(r["exits"])),
                                                  it=", ".join(r["items"]) or "none")


def play(script):
    p = Player()
    for line in script:
        verb, *args = line.split() or ["look"]
        handler = COMMANDS.get(verb, lambda p, *a: f"I don't know how to {verb!r}.")
        p.moves += 1
        print(f"> {line:<12} {handler(p, *args)}")
        if "treasure" in p:
            print("You win!")
            break
    return p


if __name__ == "__main__":
    print(play(["look", "take lamp", "go e", "go d", "go w", "go n", "take key",
                "take sword", "dance", "go s", "go east", "go down", "take treasure", "look"]))
