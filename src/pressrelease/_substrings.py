"""Which of many short texts occur in a long one, in linear time.

``text in paragraph`` for each of many quotes costs the paragraph's length
each time: quadratic when an input has many quotes and a long body. Here the
direct search is used while its total cost stays within a constant times the
input's size; past that, a suffix automaton of the searched text answers each
query in the query's own length.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Direct searches run in C, tens of times faster a character than the
#: automaton (built in Python): they are used while they cost at most this
#: many times the size of the text and the queries together.
_DIRECT_FACTOR = 32
_DIRECT_FREE = 1_000_000


def found_in(haystack: str, needles: Sequence[str]) -> list[bool]:
    """For each needle, whether it occurs in *haystack*.

    >>> found_in("the quick brown fox", ["brown", "fax", ""])
    [True, False, True]
    """
    size = len(haystack) + sum(len(n) for n in needles)
    if len(needles) * len(haystack) <= _DIRECT_FACTOR * size + _DIRECT_FREE:
        return [needle in haystack for needle in needles]
    automaton = _SuffixAutomaton(haystack)
    return [automaton.contains(needle) for needle in needles]


class _SuffixAutomaton:
    """The minimal automaton of every substring of a text (Blumer et al.).

    Built in time and space linear in the text; a query costs its length.
    """

    __slots__ = ("_next",)

    def __init__(self, text: str) -> None:
        nexts: list[dict[str, int]] = [{}]
        links = [-1]
        lengths = [0]
        last = 0
        for char in text:
            current = len(nexts)
            nexts.append({})
            lengths.append(lengths[last] + 1)
            links.append(0)
            state = last
            while state != -1 and char not in nexts[state]:
                nexts[state][char] = current
                state = links[state]
            if state != -1:
                after = nexts[state][char]
                if lengths[state] + 1 == lengths[after]:
                    links[current] = after
                else:
                    clone = len(nexts)
                    nexts.append(dict(nexts[after]))
                    lengths.append(lengths[state] + 1)
                    links.append(links[after])
                    while state != -1 and nexts[state].get(char) == after:
                        nexts[state][char] = clone
                        state = links[state]
                    links[after] = links[current] = clone
            last = current
        self._next = nexts

    def contains(self, needle: str) -> bool:
        state = 0
        nexts = self._next
        for char in needle:
            found = nexts[state].get(char)
            if found is None:
                return False
            state = found
        return True
