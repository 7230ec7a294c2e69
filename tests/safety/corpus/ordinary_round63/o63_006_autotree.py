# family: ordinary, blind round 63 (auto-vivifying nested tree on defaultdict)
import json
from collections import defaultdict


class Tree(defaultdict):
    """Nested dictionary that creates intermediate levels on demand."""

    def __init__(self, *args, **kwargs):
        super().__init__(Tree, *args, **kwargs)

    def set_path(self, path, value, sep="."):
        *parents, leaf = path.split(sep)
        node = self
        for part in parents:
            node = node[part]
        node[leaf] = value
        return self

    def get_path(self, path, default=None, sep="."):
        node = self
        for part in path.split(sep):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def to_dict(self):
        return {k: v.to_dict() if isinstance(v, Tree) else v for k, v in self.items()}

    def leaves(self, prefix=""):
        for key, value in self.items():
            full = f"{prefix}.{key}" if prefix else key
            if isinstance(value, Tree):
                yield from value.leaves(full)
            else:
                yield full, value

    def __repr__(self):
        return f"Tree({self.to_dict()!r})"


if __name__ == "__main__":
    settings = Tree()
    settings["db"]["primary"]["host"] = "localhost"
    settings.set_path("db.primary.port", 5432)
    settings.set_path("cache.ttl", 300)
    print(json.dumps(settings.to_dict(), indent=2))
    print(settings.get_path("db.primary.port"))
    print(settings.get_path("db.replica.host", "n/a"))
    for path, value in settings.leaves():
        print(f"{path} = {value}")
