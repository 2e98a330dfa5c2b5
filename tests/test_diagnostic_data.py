"""A diagnostic is data a host program can use without parsing its text."""

import json

from rejectlet.diagnostics import Diagnostic, Fix, Location, Severity


def test_to_dict_carries_location_key_rule_docs_and_fix_as_json() -> None:
    found = Diagnostic("RJ007", Severity.ERROR, "bitter", Location("a.yaml", 3, 5),
                       hint="say it kindly", rule="tone", key="strengths",
                       fix=Fix("your loss", "", "remove the phrase"))
    data = json.loads(json.dumps(found.to_dict()))
    assert data["path"] == "a.yaml" and (data["line"], data["column"]) == (3, 5)
    assert data["key"] == "strengths" and data["rule"] == "tone"
    assert data["severity"] == "error" and data["docs"].endswith("#rj007")
    assert data["fix"] == {"old": "your loss", "new": "", "description": "remove the phrase"}


def test_a_diagnostic_without_place_says_so_with_nulls() -> None:
    data = Diagnostic("RJ999", Severity.WARNING, "x").to_dict()
    assert data["path"] is None and data["line"] is None and data["key"] is None
    assert data["fix"] is None
