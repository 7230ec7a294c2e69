"""Settings come from GENESIS_MCP_* variables; flags override them; bad values name their source."""

from __future__ import annotations

from pathlib import Path

import pytest

from genesis_mcp.config import ENV_VARS, Settings, default_db_path
from genesis_mcp.errors import InvalidInput


def test_the_database_defaults_to_the_users_data_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GENESIS_MCP_DB")
    monkeypatch.setenv("XDG_DATA_HOME", "/somewhere/data")
    assert Settings.load().db == Path("/somewhere/data/genesis-mcp/genesis.db") == default_db_path()


def test_environment_variables_set_values() -> None:
    env = {"GENESIS_MCP_DB": "/tmp/x.db", "GENESIS_MCP_PORT": "9000", "GENESIS_MCP_LOG_LEVEL": "debug"}
    settings = Settings.load(env)
    assert (settings.db, settings.port, settings.log_level) == (Path("/tmp/x.db"), 9000, "DEBUG")


def test_flags_override_environment_variables() -> None:
    settings = Settings.load({"GENESIS_MCP_PORT": "9000"}, port=9100, host=None)
    assert settings.port == 9100
    assert settings.host == "127.0.0.1"


def test_a_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(InvalidInput) as info:
        Settings.load({"GENESIS_MCP_PORT": "eighty"})
    assert "GENESIS_MCP_PORT" in info.value.message
    assert info.value.argument == "port"


def test_a_bad_flag_names_the_flag() -> None:
    with pytest.raises(InvalidInput) as info:
        Settings.load({}, port=70000)
    assert "--port" in info.value.message


def test_a_short_token_is_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        Settings.load({"GENESIS_MCP_TOKEN": "short"})
    assert info.value.argument == "token"


def test_a_blank_token_means_no_token() -> None:
    assert Settings.load({"GENESIS_MCP_TOKEN": "  "}).token is None


def test_every_setting_has_a_documented_environment_variable() -> None:
    assert set(ENV_VARS) == {"GENESIS_MCP_" + name.upper() for name in Settings.model_fields}
    assert all(ENV_VARS.values())


def test_a_tilde_in_the_database_path_is_expanded() -> None:
    assert Settings.load({"GENESIS_MCP_DB": "~/g.db"}).db == Path.home() / "g.db"
