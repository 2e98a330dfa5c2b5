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


def test_a_profile_whose_values_sit_in_a_group_is_counted_as_a_letter_counts(
        tmp_path: Path) -> None:
    """A profile of one ``sender:`` key holding 1,500 values is 1,500 values to every
    row, as it would be to one letter: refused once, not once per row."""
    profile = tmp_path / "profile.yaml"
    profile.write_text("sender:\n  name: Alex Morgan\n"
                       + "".join(f"  k{i}: v\n" for i in range(1_500)), encoding="utf-8")
    table = tmp_path / "rows.yaml"
    table.write_text("- {recipient: {name: Dana Whitfield}, organization: Acme}\n" * 50,
                     encoding="utf-8")
    result = run("batch", str(table), "--profile", str(profile), "--pack", "classic",
                 "--letter", "reply", "-f", "text", "--dry-run")
    assert result.exit_code == 2, result.output
    assert result.output.count("RJ205") == 1
    assert "profile.yaml:1002:" in result.output  # the 1,001st value: k999
    assert "row 1:" not in result.output and "row(s)" not in result.output


def test_a_profile_within_the_limit_still_serves_every_row(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text("sender:\n  name: Alex Morgan\n  email: alex@example.com\n",
                       encoding="utf-8")
    table = tmp_path / "rows.yaml"
    table.write_text("- {recipient: {name: Dana Whitfield}, organization: Acme, role: Analyst,"
                     " strengths: I build forecasts.}\n" * 3, encoding="utf-8")
    result = run("batch", str(table), "--profile", str(profile), "--pack", "classic",
                 "--letter", "reply", "-f", "text", "--dry-run")
    assert "RJ205" not in result.output, result.output
