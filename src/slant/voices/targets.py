"""Targets of labels: whom a Name_Calling,Labeling or Loaded_Language span is applied to.

Only patterns where the sentence makes the target plain are used: the label next to a name
("crooked Vandermolen", "Council zealots"), a label on a group noun ("lawless militias"), a copula
or appositive ("X is a traitor", "X, a traitor,"), and "called X a ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slant.voices.entities import EntityRecord, EntityTable
from slant.voices.lexicon import GROUP_NOUNS
from slant.voices.speakers import NameIndex

TARGETED_TECHNIQUES = frozenset({"Name_Calling,Labeling", "Loaded_Language"})
_COPULA = re.compile(r"(?:\s+(?:is|are|was|were|be|been|being|as)|,)\s+(?:(?:a|an|the|such)\s+)?$")
_CALLED = re.compile(r"\bcall(?:ed|s|ing)?\s+$")
_GROUP_PHRASE = r"(?:[a-z][\w-]*\s+){0,2}(?:%s)\b"


@dataclass(slots=True)
class Target:
    entity: EntityRecord
    text: str


class TargetFinder:
    def __init__(self, text: str, names: NameIndex, mention_entities: dict[int, EntityRecord],
                 table: EntityTable) -> None:
        self.text = text
        self.names = names
        self.mention_entities = mention_entities
        self.table = table
        self._group_nouns = "|".join(sorted(GROUP_NOUNS))

    def _entity(self, start: int) -> EntityRecord | None:
        record = self.mention_entities.get(start)
        return None if record is None else record.current()

    def find(self, start: int, end: int) -> Target | None:
        text = self.text
        # "crooked Vandermolen": a name right after the label
        after = self.names.starting_at(_skip_space(text, end))
        if after is not None and _skip_space(text, end) - end <= 1:
            entity = self._entity(after.start)
            if entity is not None and entity.kind != "place":
                return Target(entity, after.name)
        # "Council zealots": a name right before the label
        before = self.names.ending_at(_skip_space_back(text, start))
        if before is not None and start - before.end <= 1:
            group = self._group_of(before.name)
            if group is not None:
                return group
            entity = self._entity(before.start)
            if entity is not None:
                return Target(entity, before.name)
        # "X is a traitor", "X, a traitor,", "called X a traitor"
        left = text[max(0, start - 60) : start]
        copula = _COPULA.search(left)
        if copula is not None:
            name = self.names.ending_at(start - (len(left) - copula.start()))
            if name is not None and self._entity(name.start) is not None:
                return Target(self._entity(name.start), name.name)  # type: ignore[arg-type]
        # "lawless militias": the label sits on a group noun, inside the span or right after it
        inside = re.search(rf"\b({self._group_nouns})\b", text[start:end])
        if inside is not None:
            return self._group(inside.group(1))
        following = re.match(rf"\s+({self._group_nouns})\b", text[end : end + 40])
        if following is not None:
            return self._group(following.group(1))
        return None

    def _group_of(self, name: str) -> Target | None:
        """The group written as '<name> ... <group noun>' in the article, if any."""
        pattern = re.compile(rf"\b{re.escape(name)}\s+({_GROUP_PHRASE % self._group_nouns})")
        match = pattern.search(self.text)
        if match is None:
            return None
        phrase = f"{name} {match.group(1)}"
        entity = self.table.description(phrase, "group")
        if (match.start(), match.end()) not in entity.mentions:
            entity.mentions.append((match.start(), match.end()))
        return Target(entity, phrase)

    def _group(self, noun: str) -> Target:
        entity = self.table.description(noun, "group")
        return Target(entity, noun)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _skip_space_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos
