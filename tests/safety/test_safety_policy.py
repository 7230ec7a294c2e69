"""The policy is validated data: what it may allow, how permissions extend it, its JSON Schema."""

from __future__ import annotations

import importlib
import json
import types
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from genesis_mcp.safety import DEFAULT_POLICY, Policy, check
from genesis_mcp.safety.policy import NEVER_MODULES

SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / "policy.schema.json"
# Names of later Python versions the policy already allows; they do not exist on older interpreters.
LATER_PYTHON = {
    "calendar.JANUARY", "calendar.FEBRUARY", "calendar.Month", "calendar.Day", "copy.replace",
    "csv.QUOTE_STRINGS", "csv.QUOTE_NOTNULL", "itertools.batched", "math.sumprod", "math.fma",
    "random.binomialvariate", "re.PatternError", "statistics.kde", "statistics.kde_random",
    "typing.override", "typing.TypeIs", "typing.ReadOnly", "uuid.uuid7", "uuid.uuid8", "uuid.NIL", "uuid.MAX",
}  # fmt: skip


def _policy(**changes: object) -> dict[str, object]:
    data = DEFAULT_POLICY.model_dump()
    data.update(changes)
    return data


def test_default_policy_file_validates_against_the_published_schema() -> None:
    text = resources.files("genesis_mcp.safety").joinpath("default_policy.json").read_text(encoding="utf-8")
    jsonschema.validate(json.loads(text), json.loads(SCHEMA.read_text()))


def test_every_allowed_attribute_exists_and_is_not_a_module_unless_allowed_as_one() -> None:
    policy = DEFAULT_POLICY.with_permissions(sorted(DEFAULT_POLICY.grantable))
    for module_name, attributes in policy.modules.items():
        module = importlib.import_module(module_name)
        for name in attributes:
            qualified = f"{module_name}.{name}"
            if not hasattr(module, name):
                assert qualified in LATER_PYTHON, f"{qualified} does not exist"
                continue
            if isinstance(getattr(module, name), types.ModuleType):
                assert qualified in policy.modules, f"{qualified} hands out a module"


def test_no_public_attribute_of_an_allowed_class_is_a_module() -> None:
    policy = DEFAULT_POLICY.with_permissions(sorted(DEFAULT_POLICY.grantable))
    for module_name, attributes in policy.modules.items():
        module = importlib.import_module(module_name)
        for name in attributes:
            value = getattr(module, name, None)
            if not isinstance(value, type):
                continue
            for attribute in dir(value):
                if not attribute.startswith("_"):
                    held = getattr(value, attribute, None)
                    assert not isinstance(held, types.ModuleType), f"{module_name}.{name}.{attribute}"


def test_no_policy_can_allow_a_module_that_reaches_the_os() -> None:
    for module in ("os", "os.path", "subprocess", "ctypes.util", "importlib", "pickle", "sys"):
        with pytest.raises(ValidationError, match="can never be allowed"):
            Policy.model_validate(_policy(modules={module: []}))


def test_no_policy_can_allow_an_attribute_that_opens_files_or_evaluates_strings() -> None:
    for module, attribute in (("io", "open"), ("typing", "get_type_hints"), ("uuid", "getnode")):
        with pytest.raises(ValidationError, match="can never be allowed"):
            Policy.model_validate(_policy(modules={module: [attribute]}))


def test_no_policy_can_allow_private_attribute_names() -> None:
    with pytest.raises(ValidationError, match="only public names"):
        Policy.model_validate(_policy(modules={"random": ["_os"]}))


def test_no_policy_can_allow_eval_or_open_as_builtins() -> None:
    for builtin in ("eval", "exec", "open", "__import__", "globals", "breakpoint"):
        with pytest.raises(ValidationError, match="can never be allowed"):
            Policy.model_validate(_policy(builtins=["len", builtin]))


def test_a_policy_rejects_names_that_are_not_builtins() -> None:
    with pytest.raises(ValidationError, match="is not a builtin"):
        Policy.model_validate(_policy(builtins=["len", "os"]))


def test_a_policy_rejects_unknown_fields_and_granted_permissions_it_does_not_offer() -> None:
    with pytest.raises(ValidationError):
        Policy.model_validate(_policy(allow_everything=True))
    with pytest.raises(ValidationError, match="not in grantable"):
        Policy.model_validate(_policy(granted=["network"]))


def test_never_lists_do_not_overlap_the_default_policy() -> None:
    for module in DEFAULT_POLICY.modules:
        assert not any(module == bad or module.startswith(bad + ".") for bad in NEVER_MODULES), module


def test_with_permissions_adds_the_granted_modules_and_records_the_grant() -> None:
    extended = DEFAULT_POLICY.with_permissions(["xml"])
    assert "xml.etree.ElementTree" in extended.modules
    assert "xml.etree.ElementTree" not in DEFAULT_POLICY.modules
    assert extended.granted == ["xml"]
    assert extended.with_permissions(["xml", "shlex"]).granted == ["shlex", "xml"]


def test_with_permissions_names_the_known_permissions_when_one_is_unknown() -> None:
    with pytest.raises(ValueError, match=r"unknown permission 'network'; known permissions: html-parser, logging"):
        DEFAULT_POLICY.with_permissions(["network"])


def test_a_granted_permission_changes_what_the_checker_accepts() -> None:
    source = "import shlex\n\n\ndef words(s: str) -> list[str]:\n    return shlex.split(s)\n"
    refused = check(source)
    assert [f.rule for f in refused.findings] == ["import-not-allowed"]
    assert "needs the permission 'shlex'" in refused.findings[0].message
    assert check(source, DEFAULT_POLICY.with_permissions(["shlex"])).safe


def test_a_narrower_policy_refuses_what_it_leaves_out() -> None:
    narrow = Policy.model_validate(_policy(modules={"math": ["sqrt"]}, builtins=["len"], grantable={}))
    assert check("import math\nx = math.sqrt(len([1]))\n", narrow).safe
    assert {f.rule for f in check("import math\nx = math.floor(1.5)\n", narrow).findings} == {"module-attribute"}
    assert {f.rule for f in check("x = sorted([2, 1])\n", narrow).findings} == {"forbidden-builtin"}
    assert {f.rule for f in check("import json\n", narrow).findings} == {"import-not-allowed"}
