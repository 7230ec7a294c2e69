"""The policy: which modules, module attributes and builtins a tool may use, as validated data.

The default policy lives in ``default_policy.json`` next to this module; its JSON Schema is
``schemas/policy.schema.json``. A tool spec asks for more only by naming permissions from the policy's
``grantable`` table (``Policy.with_permissions``). No policy, however written, can allow a module or builtin
from the ``NEVER_*`` lists below: those reach the OS, processes, files, the network, code loading or the
interpreter's internals, and validation refuses them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import cached_property
from importlib import resources
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from genesis_mcp.safety.names import ATTRIBUTE_BUILTINS, KNOWN_BUILTINS, METACLASS_NAMES, NEVER_BUILTINS, words

__all__ = ["DEFAULT_POLICY", "NEVER_ATTRIBUTES", "NEVER_MODULES", "Grant", "Policy", "listing", "never_module"]

# A module here, or any of its submodules, can never be allowed.
NEVER_MODULES: frozenset[str] = words(
    """
    os posix nt posixpath ntpath sys subprocess socket ssl select selectors ctypes cffi importlib imp
    zipimport builtins pickle pickletools marshal shelve dill cloudpickle copyreg gc inspect code codeop
    runpy pkgutil timeit doctest cProfile profile pstats trace tracemalloc faulthandler pdb bdb linecache
    traceback dis signal atexit threading multiprocessing concurrent sched queue shutil pathlib tempfile
    glob fileinput filecmp mmap fcntl termios tty pty pwd grp resource platform sysconfig site
    getpass webbrowser http urllib.request urllib.response urllib.error urllib.robotparser ftplib
    smtplib poplib imaplib telnetlib xmlrpc socketserver sqlite3 dbm zipfile tarfile gzip bz2 lzma
    weakref logging.config logging.handlers asyncio.subprocess asyncio.events asyncio.base_events
    asyncio.unix_events asyncio.windows_events xml.etree.ElementInclude codecs
    encodings locale gettext ensurepip venv distutils setuptools yaml
    """
)
# Attributes of otherwise allowed modules that no policy may allow.
NEVER_ATTRIBUTES: frozenset[str] = words(
    """
    io.open io.open_code io.FileIO io.TextIOWrapper io.BufferedReader io.BufferedWriter io.BufferedRandom
    types.FunctionType types.LambdaType types.CodeType types.FrameType types.new_class types.ModuleType
    types.MethodType types.CellType types.prepare_class typing.get_type_hints typing.ForwardRef
    uuid.getnode uuid.uuid1 dataclasses.make_dataclass string.Formatter contextlib.chdir
    contextlib.redirect_stdout contextlib.redirect_stderr copy.dispatch_table time.tzset
    time.clock_settime time.clock_settime_ns asyncio.create_subprocess_exec asyncio.create_subprocess_shell
    asyncio.get_event_loop asyncio.get_running_loop asyncio.new_event_loop asyncio.to_thread
    asyncio.run_coroutine_threadsafe asyncio.set_event_loop enum.global_enum calendar.main
    calendar.different_locale calendar.LocaleTextCalendar calendar.LocaleHTMLCalendar logging.basicConfig
    logging.FileHandler logging.currentframe logging.setLoggerClass logging.setLogRecordFactory
    logging.Formatter xml.etree.ElementTree.parse xml.etree.ElementTree.iterparse
    xml.etree.ElementTree.ElementTree xml.etree.ElementTree.canonicalize zoneinfo.reset_tzpath
    base64.main
    """
)

_DOTTED = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")
_PUBLIC_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

ModuleTable = dict[str, list[str]]


def never_module(name: str) -> bool:
    """``name`` or one of its parent packages is on the never list."""
    while name not in NEVER_MODULES:  # checked on every refused import: no generator, no joins
        name, dot, _ = name.rpartition(".")
        if not dot:
            return False
    return True


def listing(names: list[str], limit: int = 60) -> str:
    """Names for a message: the first ``limit``, then how many more."""
    shown = ", ".join(names[:limit])
    return shown + (f", ... ({len(names) - limit} more)" if len(names) > limit else "")


def _validate_modules(modules: ModuleTable) -> ModuleTable:
    for module, attributes in modules.items():
        if not _DOTTED.match(module):
            raise ValueError(f"module name {module!r} is not a dotted name of public identifiers")
        if never_module(module):
            raise ValueError(f"module {module!r} can never be allowed: it reaches the OS or the interpreter")
        for attribute in attributes:
            if not _PUBLIC_NAME.match(attribute):
                raise ValueError(f"{module}.{attribute}: only public names (no leading underscore) may be allowed")
            if f"{module}.{attribute}" in NEVER_ATTRIBUTES or never_module(f"{module}.{attribute}"):
                raise ValueError(f"{module}.{attribute} can never be allowed")
    return {module: sorted(set(attributes)) for module, attributes in sorted(modules.items())}


def _validate_builtins(names: list[str]) -> list[str]:
    for name in names:
        if name not in KNOWN_BUILTINS:
            raise ValueError(f"{name!r} is not a builtin")
        if name in NEVER_BUILTINS:
            raise ValueError(f"builtin {name!r} can never be allowed: it runs code or reaches the process")
    return sorted(set(names))


# One validation for the tables wherever they appear (the policy itself and each grantable permission).
Modules = Annotated[ModuleTable, AfterValidator(_validate_modules)]
Builtins = Annotated[list[str], AfterValidator(_validate_builtins)]


class Grant(BaseModel):
    """An extra a tool spec may switch on by name: more modules, attributes or builtins."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = Field(description="What the permission allows, for the model that asks for it.")
    modules: Modules = Field(default_factory=dict, description="Module -> attribute names it adds.")
    builtins: Builtins = Field(default_factory=list, description="Builtins it adds.")


def _present(module: str, attributes: Iterable[str]) -> frozenset[str]:
    try:
        found = importlib.import_module(module)
    except ImportError:  # not importable here, so not by a tool either: nothing to resolve
        return frozenset(attributes)
    return frozenset(name for name in attributes if hasattr(found, name))


class Policy(BaseModel):
    """What a tool may use. Everything not listed is refused; see the module docstring for the limits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    modules: Modules = Field(
        description=(
            "Importable modules (dotted names) -> the attribute names a tool may use on each. A submodule "
            "is reachable as an attribute only when it is listed here itself."
        )
    )
    builtins: Builtins = Field(description="Builtin names a tool may use.")
    grantable: dict[str, Grant] = Field(
        default_factory=dict, description="Permissions a tool spec may ask for, by name."
    )
    granted: list[str] = Field(default_factory=list, description="Permissions already switched on.")

    @model_validator(mode="after")
    def check_granted(self) -> Policy:
        unknown = sorted(set(self.granted) - set(self.grantable))
        if unknown:
            raise ValueError(f"granted permissions {unknown} are not in grantable")
        return self

    def with_permissions(self, permissions: Iterable[str]) -> Policy:
        """A copy with the named grantable permissions switched on.

        Raises ``ValueError`` naming the known permissions when one is unknown.
        """
        wanted = list(permissions)
        for name in wanted:
            if name not in self.grantable:
                known = ", ".join(sorted(self.grantable)) or "none"
                raise ValueError(f"unknown permission {name!r}; known permissions: {known}")
        modules = {module: list(attributes) for module, attributes in self.modules.items()}
        builtins = list(self.builtins)
        for name in wanted:
            grant = self.grantable[name]
            for module, attributes in grant.modules.items():
                modules.setdefault(module, []).extend(attributes)
            builtins.extend(grant.builtins)
        return Policy(
            modules=modules,
            builtins=builtins,
            grantable=self.grantable,
            granted=sorted(set(self.granted) | set(wanted)),
        )

    # Lookup tables for the checker, built once per policy.
    @cached_property
    def module_attributes(self) -> dict[str, frozenset[str]]:
        """Each module's allowed names that this Python has: a name listed for a later version fails to
        resolve here, and the AttributeError it raises carries the module itself (``e.obj``)."""
        return {module: _present(module, attributes) for module, attributes in self.modules.items()}

    @cached_property
    def packages(self) -> frozenset[str]:
        """Every proper prefix of an allowed module (``urllib`` for ``urllib.parse``)."""
        out: set[str] = set()
        for module in self.modules:
            parts = module.split(".")
            out.update(".".join(parts[:i]) for i in range(1, len(parts)))
        return frozenset(out)

    @cached_property
    def submodules(self) -> dict[str, list[str]]:
        """Package -> the names of its allowed submodules (``collections`` -> ``["abc"]``)."""
        out: dict[str, list[str]] = {}
        for module in sorted(self.modules):
            parent, _, name = module.rpartition(".")
            if parent:
                out.setdefault(parent, []).append(name)
        return out

    @cached_property
    def listings(self) -> dict[str, str]:
        """For messages: each module's allowed names as text, and under "" the modules themselves."""
        out = {"": listing(list(self.modules))}
        for module in {*self.modules, *self.submodules}:
            out[module] = listing(self.modules.get(module, []) + self.submodules.get(module, []))
        return out

    @cached_property
    def permission_for(self) -> dict[str, str]:
        """Module -> the first permission (by name) not yet granted that would allow importing it."""
        out: dict[str, str] = {}
        for permission, grant in sorted(self.grantable.items()):
            if permission not in self.granted:
                for module in grant.modules:
                    out.setdefault(module, permission)
        return out

    @cached_property
    def allowed_builtins(self) -> frozenset[str]:
        return frozenset(self.builtins)

    @cached_property
    def forbidden_builtins(self) -> frozenset[str]:
        """Builtins a tool may not use (dunder names have a rule of their own)."""
        return frozenset(n for n in KNOWN_BUILTINS if n not in self.allowed_builtins and not n.startswith("__"))

    @cached_property
    def watched_names(self) -> frozenset[str]:
        """Names whose every use the checker resolves: forbidden builtins, metaclasses, getattr and kin."""
        return self.forbidden_builtins | METACLASS_NAMES | ATTRIBUTE_BUILTINS | {"classmethod"}


def _load_default() -> Policy:
    text = resources.files("genesis_mcp.safety").joinpath("default_policy.json").read_text(encoding="utf-8")
    return Policy.model_validate_json(text)


DEFAULT_POLICY: Policy = _load_default()
