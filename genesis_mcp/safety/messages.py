"""Finding messages: each says what is wrong and what to write instead, for a model to act on."""

from __future__ import annotations

from typing import Final

from genesis_mcp.safety.names import DEFINABLE_DUNDERS
from genesis_mcp.safety.policy import Policy, listing, never_module

__all__ = [
    "builtin_message",
    "class_hook_message",
    "dunder_attribute_message",
    "import_message",
    "module_attribute_message",
]

_BUILTIN_HINTS: Final = {
    "eval": "tools may not run code from strings; parse data with json.loads or ast.literal_eval",
    "exec": "tools may not run code from strings; write the code in the tool itself",
    "compile": "tools may not compile code; write the code in the tool itself",
    "open": "tools have no file access; take the data as an argument (use io.StringIO for file-like text)",
    "input": "tools cannot read the terminal; take the value as an argument",
    "globals": "tools may not inspect namespaces; use the names directly, or keep a dict of your own",
    "locals": "tools may not inspect namespaces; use the names directly, or keep a dict of your own",
    "vars": "tools may not read object namespaces; use dataclasses.asdict or explicit attributes",
    "dir": "tools may not list attributes; use dataclasses.fields or explicit names",
}
_INTERACTIVE: Final = "interactive builtins are not available to tools"


def builtin_message(name: str) -> str:
    hint = _BUILTIN_HINTS.get(name)
    if hint is None and name in ("breakpoint", "help", "exit", "quit", "copyright", "credits", "license"):
        hint = _INTERACTIVE
    return f"builtin {name!r} is not allowed: {hint or 'it is outside the policy'}"


def import_message(policy: Policy, module: str) -> str:
    permission = policy.permission_for.get(module)
    if permission is not None:
        description = policy.grantable[permission].description
        return f"import of {module!r} needs the permission {permission!r} ({description})"
    if never_module(module):
        why = "it reaches the OS, files, processes, the network, code loading or interpreter internals"
    else:
        why = "it is not in the policy"
    return f"import of {module!r} is not allowed: {why}; tools may import: {policy.listings['']}"


def module_attribute_message(policy: Policy, module: str, attribute: str) -> str:
    names = policy.listings.get(module)
    if names is None:  # not a module of the policy
        names = listing(policy.modules.get(module, []) + policy.submodules.get(module, []))
    if not names:
        return f"'{module}.{attribute}' is not available; nothing of {module!r} is allowed"
    return f"'{module}.{attribute}' is not available; allowed names in {module} are: {names}"


def dunder_attribute_message(name: str) -> str:
    if name == "__dict__":
        return (
            "attribute '__dict__' is not allowed: it exposes private state by name; use dataclasses.asdict(obj) "
            "or build the dict from named attributes"
        )
    return (
        f"attribute {name!r} is not allowed: dunder attributes lead into interpreter internals; protocol "
        "methods (__init__, __eq__, __len__, __iter__, ...), __name__, __doc__ and type(x).__name__ are fine"
    )


def class_hook_message(name: str) -> str:
    if name not in DEFINABLE_DUNDERS:
        return (
            f"defining {name!r} is not allowed: it runs code implicitly (attribute access, subclassing, "
            "garbage collection or unpickling); use ordinary methods and call them explicitly"
        )
    return f"{name!r} is fine"
