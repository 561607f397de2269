"""The entity table: canonical names, kinds, roles and mentions of people and organisations.

Name mentions are linked by the newspaper convention: a person is introduced by full name and
later referred to by surname ("Aleksandr Grushko" ... "Grushko", "Mr Grushko").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from slant.voices.names import NameMention


@dataclass(slots=True)
class EntityRecord:
    id: str
    name: str
    kind: str  # person | organisation | group | place | unknown
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    speaks: bool = False
    merged_into: EntityRecord | None = None

    def current(self) -> EntityRecord:
        record = self
        while record.merged_into is not None:
            record = record.merged_into
        return record


class EntityTable:
    def __init__(self) -> None:
        self.entities: list[EntityRecord] = []
        self._by_name: dict[str, EntityRecord] = {}
        self._by_surname: dict[str, EntityRecord] = {}

    def _new(self, name: str, kind: str, role: str | None = None) -> EntityRecord:
        record = EntityRecord(id=f"e{len(self.entities) + 1}", name=name, kind=kind, role=role)
        self.entities.append(record)
        self._by_name[name.lower()] = record
        return record

    def add_name(self, mention: NameMention) -> EntityRecord:
        """Link a name mention to an entity (creating one) and record the mention."""
        record = self.lookup(mention.name, exact=mention.kind in ("place", "organisation"))
        words = mention.name.split()
        if record is None:
            record = self._new(mention.name, mention.kind)
        elif len(words) > len(record.name.split()) and mention.kind != "organisation":
            # a fuller form of an earlier short mention becomes the canonical name
            self._by_name[mention.name.lower()] = record
            record.name = mention.name
        if mention.kind == "person" or (mention.title and record.kind in ("unknown", "place")):
            record.kind = "person"
        elif record.kind == "unknown" and mention.kind != "unknown":
            record.kind = mention.kind
        if mention.title and record.role is None and mention.title.lower() not in _HONORIFICS:
            record.role = mention.title
        if len(words) >= 2 and record.kind not in ("organisation", "place") \
                and not any(w in ("of", "for") for w in words):
            self._by_surname.setdefault(words[-1].lower(), record)
            if record.kind == "unknown" and self._surname_reused(words[-1]):
                record.kind = "person"
        record.mentions.append((mention.start, mention.end))
        return record

    def _surname_reused(self, surname: str) -> bool:
        return surname.lower() in self._by_name

    def lookup(self, name: str, exact: bool = False) -> EntityRecord | None:
        key = name.lower()
        if key in self._by_name:
            return self._by_name[key]
        if exact:
            return None
        words = key.split()
        if len(words) == 1 and key in self._by_surname:
            record = self._by_surname[key]
            if record.kind == "unknown":
                record.kind = "person"
            return record
        if len(words) >= 2 and words[-1] in self._by_name:
            # "Grushko" was seen before "Aleksandr Grushko"
            record = self._by_name[words[-1]]
            if record.kind in ("unknown", "person"):
                return record
        return None

    def description(self, text: str, kind: str = "person", role: str | None = None) -> EntityRecord:
        """An entity known only by a description ("a government spokesman")."""
        existing = self._by_name.get(text.lower())
        return existing if existing is not None else self._new(text, kind, role)

    def merge(self, keep: EntityRecord, gone: EntityRecord) -> None:
        if keep is gone:
            return
        keep.mentions.extend(gone.mentions)
        keep.quotes.extend(gone.quotes)
        keep.speaks = keep.speaks or gone.speaks
        if keep.role is None:
            keep.role = gone.role
        for key, value in list(self._by_name.items()):
            if value is gone:
                self._by_name[key] = keep
        self.entities.remove(gone)
        gone.merged_into = keep


_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
