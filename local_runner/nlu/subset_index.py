"""Items that each need a set of words (or concepts, or classes), found from what an utterance says.

The NLU keeps several lists whose items can only apply when everything they need is present: sample
patterns need their own words, several-word slot values their concepts, warning-sign rules their word
classes. Scanning a whole list for every utterance was most of the NLU's time; this index files each
item under the rarest thing it needs, so a lookup reads only the items filed under what is present.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Set


class SubsetIndex:
    """Positions of items whose needs are all present, in the items' own order."""

    def __init__(self, needs: Iterable[Iterable[str]]) -> None:
        self._needs = [frozenset(n) for n in needs]
        counts = Counter(key for need in self._needs for key in need)
        self._by_key: dict[str, list[int]] = {}
        self._always: list[int] = []   # items that need nothing
        for at, need in enumerate(self._needs):
            if need:
                self._by_key.setdefault(min(need, key=lambda k: (counts[k], k)), []).append(at)
            else:
                self._always.append(at)

    def within(self, present: Set[str]) -> list[int]:
        """Positions, in order, of the items everything of which is in *present*."""
        hits = [at for key in present for at in self._by_key.get(key, ()) if self._needs[at] <= present]
        return sorted(hits + self._always)
