"""The Markdown cache stays bounded in a long-running process and can be emptied."""

from __future__ import annotations

import threading

import rejectlet
from rejectlet import markup
from rejectlet.markup import SkeletonCache, TokenTable, clear_caches, to_paragraphs


def test_the_cache_forgets_the_least_recently_used_source_beyond_its_entries() -> None:
    cache = SkeletonCache(entries=3, chars=1_000)
    for source in ("a", "b", "c"):
        cache.put(source, ())
    assert cache.get("a") == ()  # now the most recently used
    cache.put("d", ())
    assert len(cache) == 3
    assert cache.get("b") is None
    assert cache.get("a") == ()


def test_the_cache_is_bounded_by_characters_too() -> None:
    cache = SkeletonCache(entries=100, chars=10)
    cache.put("x" * 6, ())
    cache.put("y" * 6, ())
    assert len(cache) == 1
    cache.put("z" * 11, ())  # larger than the whole cache: not kept at all
    assert cache.get("z" * 11) is None


def test_composing_endless_distinct_sections_keeps_the_cache_bounded() -> None:
    clear_caches()
    limit = markup.skeletons.entries
    for number in range(limit + 50):
        to_paragraphs(f"Paragraph number {number} of many.", TokenTable())
    assert len(markup.skeletons) == limit


def test_clear_caches_empties_the_cache_and_letters_come_out_the_same(
        classic: rejectlet.Pack, example_data: dict[str, object]) -> None:
    before = rejectlet.render(rejectlet.compose(classic, "reply", example_data), "text")
    assert len(markup.skeletons) > 0
    clear_caches()
    assert len(markup.skeletons) == 0
    after = rejectlet.render(rejectlet.compose(classic, "reply", example_data), "text")
    assert after == before


def test_idle_converters_are_bounded_by_peak_use_not_by_threads_started() -> None:
    clear_caches()
    for number in range(3 * markup.IDLE_CONVERTERS):  # each thread converts once and ends
        thread = threading.Thread(
            target=to_paragraphs, args=(f"Thread number {number} writes.", TokenTable()))
        thread.start()
        thread.join()
    assert len(markup._converters._idle) == 1
