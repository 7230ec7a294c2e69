# ordinary: a tiny command interpreter for a key-value store using a dispatch table
class KVShell:
    HELP = {
        "set": "set KEY VALUE   - store a value",
        "get": "get KEY         - print a value",
        "del": "del KEY         - remove a key",
        "keys": "keys            - list keys",
        "incr": "incr KEY [N]    - add N (default 1) to an integer value",
    }

    def __init__(self):
        self.data = {}
        self.commands = {
            "set": self.cmd_set,
            "get": self.cmd_get,
            "del": self.cmd_del,
            "keys": self.cmd_keys,
            "incr": self.cmd_incr,
            "help": self.cmd_help,
        }

    def execute(self, line):
        parts = line.split()
        if not parts:
            return ""
        name, args = parts[0].lower(), parts[1:]
        command = self.commands.get(name)
        if command is None:
            return f"unknown command {name!r}; try 'help'"
        try:
            return command(*args)
        except TypeError:
            return f"usage: {self.HELP.get(name, name)}"

    def cmd_set(self, key, *value):
        self.data[key] = " ".join(value)
        return "OK"

    def cmd_get(self, key):
        return self.data.get(key, "(nil)")

    def cmd_del(self, key):
        return "1" if self.data.pop(key, None) is not None else "0"

    def cmd_keys(self):
        return " ".join(sorted(self.data)) or "(empty)"

    def cmd_incr(self, key, amount="1"):
        try:
            value = int(self.data.get(key, "0")) + int(amount)
        except ValueError:
            return f"ERR value of {key!r} is not an integer"
        self.data[key] = str(value)
        return str(value)

    def cmd_help(self):
        return "\n".join(self.HELP.values())


if __name__ == "__main__":
    shell = KVShell()
    script = ["set name Ada Lovelace", "get name", "incr visits", "incr visits 5", "keys", "del name",
              "get name", "frobnicate", "get", "help"]
    for line in script:
        print(f"> {line}\n{shell.execute(line)}")
