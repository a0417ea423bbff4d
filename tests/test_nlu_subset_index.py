"""The index that finds which items (samples, slot values, warning-sign rules) can apply to an utterance."""
from __future__ import annotations

from local_runner.nlu.subset_index import SubsetIndex


def test_an_item_is_found_only_when_everything_it_needs_is_present():
    index = SubsetIndex([{"take", "can"}, {"help"}, {"can", "help", "yoga"}])
    assert index.within({"can", "i", "take"}) == [0]
    assert index.within({"does", "yoga", "help"}) == [1]
    assert index.within({"can", "yoga", "help", "take"}) == [0, 1, 2]
    assert index.within({"can"}) == []


def test_items_come_back_in_their_own_order_and_those_needing_nothing_always():
    index = SubsetIndex([{"b"}, set(), {"a", "b"}, {"a"}])
    assert index.within({"a", "b"}) == [0, 1, 2, 3]
    assert index.within(set()) == [1]


def test_any_set_like_view_of_what_is_present_will_do():
    index = SubsetIndex([{"pain", "back"}])
    assert index.within({"back": [0], "pain": [1]}.keys()) == [0]
