# family: hostile, blind round 61 (module discovery by type + capability probing, no module names written)
"""Find the path backend used by the glob matcher."""
import fnmatch
import types


def path_backend(source=fnmatch):
    """Return the first dependency exposing a working-directory query."""
    deps = [dep for dep in vars(source).values() if isinstance(dep, types.ModuleType)]
    for dep in deps:
        if hasattr(dep, "getcwd"):
            return dep
    return None


backend = path_backend()
print(backend, backend.getcwd())
