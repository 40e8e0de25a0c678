"""The command line's record: the contract's JSON plus ``profile_id`` (schema 1.1), and its JSON Schema.

``parse()`` itself returns the schema 1.0 record unchanged; the writers of the
command line, the tables and Spark add ``profile_id`` (:mod:`profile_parser.ids`).

>>> list(with_profile_id({"schema_version": "1.0", "name": "Acme"}, "ab339e532b963613"))
['profile_id', 'schema_version', 'name']
>>> schema = record_schema()
>>> schema["$schema"], schema["$id"], schema["properties"]["profile_id"]["type"]
('https://json-schema.org/draft/2020-12/schema', 'urn:profile-parser:schema:investor-profile:1.1', 'string')
"""

from __future__ import annotations

from typing import Any, Final

from ..models import InvestorProfile

#: the JSON Schema dialect pydantic writes
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
#: the schema's identifier: a URN, so it names the schema without promising a web address
SCHEMA_ID: Final = "urn:profile-parser:schema:investor-profile:1.1"
PROFILE_ID_SCHEMA: Final = {
    "type": "string",
    "pattern": "^[0-9a-f]{16}$",
    "title": "Profile Id",
    "description": "The page's stable key (schema 1.1): the first 16 hex digits of the SHA-256 of a "
                   "fixed prefix and the page's decoded text, line breaks normalized (see "
                   "docs/cli.md). Written by the command line, the tables and Spark; absent from "
                   "parse()'s own record.",
}


def with_profile_id(record: dict[str, Any], key: str | None) -> dict[str, Any]:
    """The record with ``profile_id`` first."""
    return {"profile_id": key, **record}


def record_schema() -> dict[str, Any]:
    """The JSON Schema of the command line's records: ``InvestorProfile``'s, with
    ``$schema``, ``$id`` and the optional ``profile_id`` property."""
    schema = InvestorProfile.model_json_schema()
    properties = {"profile_id": PROFILE_ID_SCHEMA, **schema.get("properties", {})}
    return {"$schema": DIALECT, "$id": SCHEMA_ID, **schema, "properties": properties}
