"""A batch profile past the data limit is refused once, at the profile.

Every row starts from a copy of the profile's values, so a profile too big for
any letter would be copied by every row before each failed alike.
"""

from __future__ import annotations

from pathlib import Path

from tests.security.test_bad_input import run


def test_a_profile_past_the_data_limit_is_refused_once_not_per_row(tmp_path: Path) -> None:
    # every row starts from a copy of the profile: one too big is said once, at
    # the profile, before any row is copied from it
    (tmp_path / "big.yaml").write_text("".join(f"k{i}: v\n" for i in range(1_500)),
                                       encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text("include: big.yaml\nsender:\n  name: Alex Morgan\n", encoding="utf-8")
    table = tmp_path / "rows.yaml"
    table.write_text("- {recipient: {name: Dana Whitfield}, organization: Acme}\n" * 50,
                     encoding="utf-8")
    result = run("batch", str(table), "--profile", str(profile), "--pack", "classic",
                 "--letter", "reply", "-f", "text", "--dry-run")
    assert result.exit_code == 2, result.output
    assert result.output.count("RJ205") == 1
    assert "big.yaml:1001:" in result.output
    assert "row 1:" not in result.output and "row(s)" not in result.output
