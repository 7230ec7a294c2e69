# ordinary: resolve abbreviated or misspelled commands with suggestions
import difflib

COMMANDS = {
    "status": "Show the working tree status",
    "commit": "Record changes to the repository",
    "checkout": "Switch branches or restore files",
    "cherry-pick": "Apply the changes introduced by some commits",
    "clone": "Clone a repository into a new directory",
    "config": "Get and set options",
}

SUGGESTION = "Unknown command '{given}'. Did you mean {options}?"
NO_MATCH = "Unknown command '{given}'. Run 'help' for a list of commands."


class CommandNotFound(LookupError):
    pass


def resolve(given, commands=COMMANDS):
    given = given.strip().lower()
    if given in commands:
        return given
    prefixed = [name for name in commands if name.startswith(given)]
    if len(prefixed) == 1:
        return prefixed[0]
    candidates = prefixed or difflib.get_close_matches(given, list(commands), n=3, cutoff=0.6)
    if candidates:
        options = " or ".join(f"'{c}'" for c in sorted(candidates))
        raise CommandNotFound(SUGGESTION.format(given=given, options=options))
    raise CommandNotFound(NO_MATCH.format(given=given))


def help_text(commands=COMMANDS):
    width = max(map(len, commands))
    return "\n".join(f"  {name:<{width}}  {text}" for name, text in sorted(commands.items()))


if __name__ == "__main__":
    for attempt in ["status", "stat", "comit", "c", "ch", "clne", "xyz"]:
        try:
            print(f"{attempt!r} -> {resolve(attempt)}")
        except CommandNotFound as exc:
            print(f"{attempt!r} -> {exc}")
    print(help_text())
