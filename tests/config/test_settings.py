"""Settings file: defaults, environment overrides, version upgrades, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kixie_desktop.config import settings as settings_module
from kixie_desktop.config.settings import Settings, SipSettings, load, save
from kixie_desktop.domain.errors import ValidationError


def test_missing_file_gives_defaults_and_env_overrides(tmp_path: Path) -> None:
    s = load(tmp_path / "config.toml", {"KIXIE_API_PORT": "9999", "KIXIE_DATABASE_URL": "postgresql://x/y"})
    assert (s.api_port, s.database_url, s.api_host) == (9999, "postgresql://x/y", "127.0.0.1")


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    wanted = Settings(api_port=8000, sip=SipSettings(domain="pbx.example", username="alex", transport="tls"))
    save(path, wanted)
    assert load(path, {}) == wanted
    assert "password" not in path.read_text()


def test_bad_values_are_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("api_port = 80\nfavourite_colour = 'blue'\n")
    with pytest.raises(ValidationError, match="favourite_colour"):
        load(path, {})
    path.write_text("this is = not toml [")
    with pytest.raises(ValidationError, match="not valid TOML"):
        load(path, {})
    with pytest.raises(ValidationError, match="KIXIE_API_PORT"):
        load(tmp_path / "none.toml", {"KIXIE_API_PORT": "eighty"})


def test_an_old_format_is_upgraded_and_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text("version = 1\nport = 8123\n")
    monkeypatch.setattr(settings_module, "VERSION", 2)
    monkeypatch.setitem(settings_module.UPGRADES, 2,
                        lambda d: {**{k: v for k, v in d.items() if k != "port"}, "api_port": d["port"]})
    monkeypatch.setattr(Settings, "__init__", Settings.__init__)
    s = load(path, {})
    assert s.api_port == 8123
    assert "api_port = 8123" in path.read_text()


def test_the_sms_inflight_window_defaults_to_16_and_stays_within_1_to_100(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    assert load(path, {}).sms_inflight_window == 16
    path.write_text("sms_inflight_window = 8\n")
    assert load(path, {}).sms_inflight_window == 8
    for bad in ("0", "101", "'16'", "true"):
        path.write_text(f"sms_inflight_window = {bad}\n")
        with pytest.raises(ValidationError, match="sms_inflight_window must be a whole number from 1 to 100"):
            load(path, {})
