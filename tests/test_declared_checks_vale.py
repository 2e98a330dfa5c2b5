"""Declared checks with a scope, exceptions, a link and a suggested replacement,
after the shape of a prose linter's rules, and knowing the letter's structure."""

from __future__ import annotations

from typing import Any

import pytest

import rejectlet
from rejectlet import PackError
from tests.conftest import PackFactory
from tests.test_declared_checks import DATA, found, letter, pack_text, pack_with


def test_forbid_with_a_replacement_suggests_it_as_a_fix(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: say role, not job
          forbid: [job]
          replacement: role
    """)
    (finding,) = found(letter(pack, pitch="This job suits my forecasting work."))
    assert finding.message == "say role, not job ('job'); write 'role' instead"
    assert finding.fix is not None
    assert (finding.fix.old, finding.fix.new) == ("job", "role")
    assert finding.to_dict()["fix"]["new"] == "role"


def test_an_empty_replacement_suggests_removing_the_phrase(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: no hedging
          forbid: [honestly]
          replacement: ""
    """)
    (finding,) = found(letter(pack, pitch="Honestly, I fit well."))
    assert finding.fix is not None and finding.fix.new == ""


def test_swap_suggests_each_phrase_its_own_replacement(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: say it the Acme way
          swap:
            reach out: write
            circle back: follow up
    """)
    findings = found(letter(pack, pitch="I will reach out and circle back soon."))
    assert sorted((f.fix.old, f.fix.new) for f in findings if f.fix) == [
        ("circle back", "follow up"), ("reach out", "write")]


def test_an_exception_lets_a_longer_phrase_pass(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          forbid: [salary]
          exceptions: [salary benchmarking]
    """)
    assert found(letter(pack, pitch="I built a salary benchmarking dashboard.")) == []
    assert len(found(letter(pack, pitch="I hope the salary is flexible."))) == 1
    both = "I built salary benchmarking tools; the salary is secondary."
    assert len(found(letter(pack, pitch=both))) == 1


def test_phrases_match_the_plain_form_of_the_text(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: no contractions of will not
          forbid: ["won't"]
    """)
    assert len(found(letter(pack, pitch="I won\u2019t stop learning."))) == 1


@pytest.mark.parametrize(("scope", "where", "fires"), [
    ("body", "pitch", True),
    ("body", "subject", False),
    ("letter", "subject", True),
    ("subject", "subject", True),
    ("subject", "pitch", False),
    ("resell", "pitch", True),
    ("resell", "greeting", False),
    ("gratitude", "greeting", True),
    ("data", "pitch", True),
    ("ps", "pitch", False),
])
def test_scope_chooses_where_a_check_looks(make_pack: PackFactory, scope: str, where: str,
                                           fires: bool) -> None:
    checks = f"""
        - code: ACME001
          message: no pay talk
          scope: {scope}
          forbid: [salary]
    """
    text = pack_text(checks).replace("    salutation: \"Dear {{ name }},\"\n",
                                     "    subject: \"{{ subject }}\"\n"
                                     "    salutation: \"Dear {{ name }},\"\n", 1)
    text = text.replace("variables:\n", "variables:\n  subject: {type: string, default: Hello}\n")
    pack = rejectlet.load_pack(make_pack(text))
    values: dict[str, Any] = {where: "A word on salary."}
    assert bool(found(rejectlet.compose(pack, "reply", DATA, **values))) is fires


def test_the_data_scope_ignores_the_packs_own_wording_and_names_the_key(
        make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: no hedging in your own words
          scope: data
          forbid: [keen]
    """)
    # The pack's interest section says "keen"; only the writer's values count.
    assert found(letter(pack)) == []
    (finding,) = found(letter(pack, pitch="I am keen to help."))
    assert finding.key == "pitch"


def test_a_link_becomes_the_findings_docs(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          forbid: [salary]
          link: https://coaching.example/house-style#pay
    """)
    (finding,) = found(letter(pack, pitch="The salary matters little."))
    assert finding.docs_anchor == "https://coaching.example/house-style#pay"
    assert finding.to_dict()["docs"] == "https://coaching.example/house-style#pay"


@pytest.mark.parametrize(("checks", "code"), [
    ("""
        - code: ACME001
          message: m
          kind: resell
          scope: resell
          forbid: [x]
    """, "RJ123"),
    ("""
        - code: ACME001
          message: m
          scope: everywhere
          forbid: [x]
    """, "RJ113"),
    ("""
        - code: ACME001
          message: m
          scope: body
          order: [gratitude, resell]
    """, "RJ123"),
    ("""
        - code: ACME001
          message: m
          require: [x]
          exceptions: [y]
    """, "RJ123"),
    ("""
        - code: ACME001
          message: m
          swap: [x, y]
    """, "RJ113"),
    ("""
        - code: ACME001
          message: m
          swap: {x: y}
          replacement: z
    """, "RJ123"),
])
def test_a_check_with_keys_that_do_not_fit_is_refused(make_pack: PackFactory, checks: str,
                                                     code: str) -> None:
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(make_pack(pack_text(checks)))
    assert [d.code for d in caught.value.diagnostics] == [code]
    location = caught.value.diagnostics[0].location
    assert location is not None and location.path.endswith("pack.yaml")
