"""A validator for the subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that
``api/openapi.py`` writes: type (one or a list), enum, properties,
required, additionalProperties (boolean), items, anyOf, $ref into the document,
format date-time, minimum/maximum, maxLength. Any other keyword fails loudly, so the
document cannot grow past what this checks without the tests noticing.

(``jsonschema`` is not a dependency of the project; this is small enough to own.)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

_TYPES: dict[str, Any] = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
}
_KNOWN = {"type", "enum", "properties", "required", "additionalProperties", "items", "anyOf", "$ref",
          "format", "minimum", "maximum", "maxLength", "description", "example", "default"}


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def resolve(document: dict[str, Any], ref: str) -> dict[str, Any]:
    assert ref.startswith("#/"), ref
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]


def errors(value: Any, schema: dict[str, Any], document: dict[str, Any], path: str = "$") -> list[str]:
    """Every way ``value`` breaks ``schema``, as 'path: reason' lines (empty when valid)."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise AssertionError(f"{path}: the test validator does not know {sorted(unknown)}")
    if "$ref" in schema:
        return errors(value, resolve(document, schema["$ref"]), document, path)
    if "anyOf" in schema:
        results = [errors(value, s, document, path) for s in schema["anyOf"]]
        return [] if any(not r for r in results) else [f"{path}: matches none of anyOf: {results}"]
    found: list[str] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, n) for n in names):
            return [f"{path}: {value!r} is not of type {names}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if schema.get("format") == "date-time":
            try:
                if datetime.fromisoformat(value).tzinfo is None:
                    found.append(f"{path}: {value!r} has no UTC offset")
            except ValueError:
                found.append(f"{path}: {value!r} is not a date-time")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(f"{path}: longer than {schema['maxLength']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                found.append(f"{path}: missing required {key!r}")
        for key, item in value.items():
            if key in props:
                found += errors(item, props[key], document, f"{path}.{key}")
            elif schema.get("additionalProperties", True) is False:
                found.append(f"{path}: unexpected property {key!r}")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            found += errors(item, schema["items"], document, f"{path}[{n}]")
    return found
