"""The learned scorer inside validation: on unless a pack turns it off; on sentences
the frames let pass, in the body of a first reply, quoting its words; an error only
when it is sure and the sentence is aimed at the hiring or the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.diagnostics import Diagnostic

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: Sentences the frames let pass and the learned scorer stops at: surely, about the
#: hiring (an error), and less surely (a warning).
MISSED_BY_FRAMES = "Honestly, four rounds for a two-line email is a strange way to treat people."
#: a snide remark no frame catches and the scorer is less sure of
LESS_SURE = "Frankly, the case study was an odd way to judge anyone."
A_FRAME_CATCHES = "Your loss, I suppose."


#: The pack setting that turns the learned scorer on for both rules.
ON = "rules:\n  tone: {learned: true}\n  RJ003: {learned: true}\n"


def _pack(tmp_path: Path, language: str = "en", rules: str = ON) -> rejectlet.Pack:
    folder = tmp_path / f"pack-{language}"
    folder.mkdir(parents=True)
    text = (CORPUS / f"pack-{language}" / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(text + rules, encoding="utf-8")
    return rejectlet.load_pack(folder)


def _found(pack: rejectlet.Pack, section: str, sentence: str) -> list[Diagnostic]:
    letter = rejectlet.compose(pack, "reply", {section: sentence})
    return [d for d in rejectlet.validate(letter) if d.code in ("RJ003", "RJ007")]


def _learned(found: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in found if "learned scorer" in d.message
            or "gelernte Bewertung" in d.message]


def test_a_sentence_the_frames_miss_gets_a_finding_that_quotes_its_words(
        tmp_path: Path) -> None:
    found = _found(_pack(tmp_path), "resell", MISSED_BY_FRAMES)
    assert [d.code for d in found] == ["RJ007"]
    assert _learned(found)
    message = found[0].message
    quoted = message.split("weighed most: ", 1)[1]
    assert 1 <= quoted.count("'") // 2 <= 3
    assert found[0].fix is not None and found[0].fix.old == MISSED_BY_FRAMES


def test_the_warning_points_at_the_data_value(tmp_path: Path) -> None:
    found = _found(_pack(tmp_path), "resell", MISSED_BY_FRAMES)
    # the sentence came from the data's 'resell' value: the finding names that key
    assert found[0].location is not None and found[0].location.key == "resell"
    assert found[0].key == "resell"
    assert found[0].to_dict()["code"] == "RJ007"


def test_a_warning_names_the_kind_of_sentence_when_the_scorer_is_sure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # How sure the purpose models are of one sentence moves whenever the corpus
    # grows, so the level is set here below this sentence's score (the scorer keeps
    # its verdicts per sentence, and no other test judges this one).
    from rejectlet.rules import learned
    from rejectlet.rules.tone import _WHY

    sentence = "I suspect whoever you hired will find the first winter harder than expected."
    monkeypatch.setattr(learned, "PURPOSE_SURE", 0.0)
    found = _learned(_found(_pack(tmp_path), "resell", sentence))
    assert [d.code for d in found] == ["RJ007"]
    assert any(f"{sentence!r} {why} (learned scorer" in found[0].message
               for why, _ in _WHY["en"].values())


def test_a_sentence_a_frame_reports_is_not_reported_twice(tmp_path: Path) -> None:
    found = _found(_pack(tmp_path), "resell", A_FRAME_CATCHES)
    assert [d.code for d in found] == ["RJ007"]
    assert not _learned(found)


def test_a_sure_finding_about_the_hiring_stops_a_first_reply_a_less_sure_one_warns(
        tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    assert [d.severity.value for d in _learned(_found(pack, "resell", MISSED_BY_FRAMES))] \
        == ["error"]
    assert [d.severity.value for d in _learned(_found(pack, "resell", LESS_SURE))] \
        == ["warning"]


def test_a_sure_finding_on_the_packs_own_text_only_warns(tmp_path: Path) -> None:
    """The pack's fixed text is its author's, judged by the frames and by `check`:
    a learned guess about it warns, so it never refuses every letter the pack
    writes, whatever the data."""
    pack = _pack(tmp_path)
    yaml_file = Path(pack.root) / "pack.yaml"
    text = yaml_file.read_text(encoding="utf-8")
    yaml_file.write_text(text.replace("fits the team well. {{ resell }}",
                                      "fits the team well. " + MISSED_BY_FRAMES
                                      + " {{ resell }}"), encoding="utf-8")
    pack = rejectlet.load_pack(pack.root)
    found = _learned(_found(pack, "resell", "I built the depot's forecast."))
    assert [d.severity.value for d in found] == ["warning"]
    assert found[0].location is not None and not found[0].location.key
    assert str(found[0].location.path).endswith("pack.yaml")


def test_a_pack_may_lower_the_models_error_but_not_silence_it(tmp_path: Path) -> None:
    pack = _pack(tmp_path, rules="rules:\n  tone: {severity: warning}\n")
    assert [d.severity.value for d in _learned(_found(pack, "resell", MISSED_BY_FRAMES))] \
        == ["warning"]


def test_the_learned_scorer_is_on_unless_the_pack_turns_it_off(tmp_path: Path) -> None:
    by_default = _found(_pack(tmp_path / "default", rules=""), "resell", MISSED_BY_FRAMES)
    assert [d.code for d in _learned(by_default)] == ["RJ007"]
    pack = _pack(tmp_path / "off", rules="rules:\n  tone: {learned: false}\n")
    assert _found(pack, "resell", MISSED_BY_FRAMES) == []


def test_the_option_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(rejectlet.RejectletError):
        _pack(tmp_path, rules="rules:\n  tone: {learned: sometimes}\n")


def test_a_feedback_request_the_frames_miss_is_an_rj003_finding(tmp_path: Path) -> None:
    sentence = "Knowing where my case study fell short would help me prepare better next time."
    found = _learned(_found(_pack(tmp_path), "resell", sentence))
    assert [d.code for d in found] == ["RJ003"]
    pack = _pack(tmp_path / "off", rules="rules:\n  RJ003: {learned: false}\n")
    assert _learned(_found(pack, "resell", sentence)) == []


def test_gracious_and_own_work_sentences_get_nothing(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    for section, sentence in (("gratitude", "I enjoyed meeting the planning team."),
                              ("resell", "I cut forecast bias by forty percent."),
                              ("interest", "I would welcome hearing about similar roles.")):
        assert _found(pack, section, sentence) == [], sentence


def test_german_letters_get_german_words(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "de")
    sentence = "Vier Runden und dann eine Absage aus zwei Zeilen, so behandelt man niemanden."
    found = _found(pack, "resell", sentence)
    assert found and all(d.code == "RJ007" for d in found)
    learned = _learned(found)
    assert learned, [d.message for d in found]
    # the message is German, and every word it quotes is a word of the German sentence
    assert "am stärksten wogen: " in learned[0].message
    quoted = learned[0].message.split("am stärksten wogen: ", 1)[1].split("'")[1::2]
    assert quoted and all(word.lower() in sentence.lower() for word in quoted), quoted
