"""Configuration adapter: paths, typed settings, and the keyring (the only home of secrets)."""
