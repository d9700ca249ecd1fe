"""Word alternations written as a trie: the same strings, each first letter read once.

At each position the engine tries the words of ``(?:street|st|road|rd|...)`` one after another (a quick test of
the first letter each, but 150 suffixes are 150 tests, again after every house number and street word);
``(?:r(?:d|oad)|s(?:t(?:reet)?)|...)`` takes the same strings and tests a letter once. A pattern with such
groups matches at exactly the same positions (the engine backtracks through every alternative either way), but
may report another match first there (the words are tried in another order): use it only where the positions
alone are read, as ``loose_twin`` reads its twin's.
"""
from __future__ import annotations

import re

# A non-capturing group of plain words, each maybe with an optional last letter ("islands?").
_WORD_GROUP = re.compile(r"\(\?:((?:[^\W\d_]+\??\|)+[^\W\d_]+\??)\)")


def factored(source: str) -> str:
    """``source`` with every group of plain words (outside a character class, not escaped) written as a trie."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char == "\\":
            out.append(source[i:i + 2])
            i += 2
        elif char == "[":
            end = _class_end(source, i)
            out.append(source[i:end])
            i = end
        elif (group := _WORD_GROUP.match(source, i)) is not None:
            out.append(_trie([w for word in group.group(1).split("|") for w in _spelled(word)]))
            i = group.end()
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """The offset after the character class opening at ``start`` (a "]" first in it is a member)."""
    i = start + 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _spelled(word: str) -> list[str]:
    return [word[:-2], word[:-1]] if word.endswith("?") else [word]


def _trie(words: list[str]) -> str:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _branches(root) + ")"


def _branches(node: dict) -> str:
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return "(?:" + body + ")?" if "" in node else body
