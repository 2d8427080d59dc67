"""Editorial config: briefing.yml -> EditorialConfig.

The one file editors own. Every mistake is reported as a ConfigError that names the
file and line, because an editor should never have to read a traceback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .model import Contradiction, Cue, Debate, DebateSide, Entity, GlossaryTerm, Story, TopicSpec
from .status import actor_ids, status_ids
from .textutil import slugify

TOPIC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
SENTENCE_REF = re.compile(r"^[^#\s]+#p-[0-9a-f]{6}(?:-\d+)?\.s\d+$")
ENTITY_KINDS = ("person", "organisation", "place", "other")
SOURCE_META_KEYS = ("title", "outlet", "url", "date", "language")


class ConfigError(Exception):
    """A mistake in briefing.yml; the message names file and line."""


@dataclass(frozen=True)
class EditorialConfig:
    story: Story
    topics: tuple[TopicSpec, ...]
    #: per seed file: metadata the editors assert (wins over anything extracted)
    source_meta: dict[str, dict[str, str]] = field(default_factory=dict)
    #: sentence ids ("<source id>#<sentence id>") never used as claims
    excluded_sentences: frozenset[str] = frozenset()
    #: extra furniture patterns (regular expressions) added to the built-in rules
    furniture_patterns: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    #: sentence refs ("<seed file or source id>#<sentence id>") whose claims go first on their page
    pinned: tuple[str, ...] = ()
    #: sentence ref -> an editor's note shown under the claim containing that sentence
    notes: dict[str, str] = field(default_factory=dict)
    #: groups of sentence refs that state the same claim, whatever the wording
    merges: tuple[tuple[str, ...], ...] = ()
    #: sentences the editors say do not disagree: no detected box sets them against each other
    agreements: tuple[tuple[str, ...], ...] = ()
    #: sentence refs that stand alone, never grouped with others
    splits: frozenset[str] = frozenset()
    contradictions: tuple[Contradiction, ...] = ()
    #: questions the sources answer differently, each with the words of each answer
    debates: tuple[Debate, ...] = ()
    #: per status or actor id: phrases editors add to build_scripts/data/status.yml's
    status_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    actor_words: tuple[tuple[str, tuple[str, ...]], ...] = ()


class _LineLoader(yaml.SafeLoader):
    """Safe loader that remembers the line of every mapping, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    return mapping


class _LineDict(dict):
    line = 0
    key_lines: dict[str, int] = {}


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Reader:
    """Typed access to the parsed YAML that raises ConfigError with a line number."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: Any, message: str, key: str | None = None) -> None:
        line = getattr(where, "line", 0)
        if key is not None:
            line = getattr(where, "key_lines", {}).get(key, line)
        at = f"{self.path.name}:{line}" if line else self.path.name
        raise ConfigError(f"{at}: {message}")

    def mapping(self, parent: Any, key: str, required: bool = True) -> dict:
        value = parent.get(key)
        if value is None:
            if required:
                self.fail(parent, f"missing section '{key}'")
            return _LineDict()
        if not isinstance(value, dict):
            self.fail(parent, f"'{key}' must be a mapping (key: value lines)", key)
        return value

    def text(self, parent: Any, key: str, required: bool = True) -> str:
        value = parent.get(key)
        if value is None:
            if required:
                self.fail(parent, f"missing '{key}'")
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.fail(parent, f"'{key}' must be text", key)
        return str(value).strip()

    def check_ref(self, parent: Any, ref: str, key: str) -> str:
        if not SENTENCE_REF.match(ref):
            self.fail(parent, f"'{ref}' in '{key}' is not a sentence id like 'source#p-1a2b3c.s1' "
                              "(see data/briefing.json or the review page)", key)
        return ref

    def refs(self, parent: Any, key: str) -> list[str]:
        value = parent.get(key) or []
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.fail(parent, f"'{key}' must be a list of sentence ids like 'source#p-1a2b3c.s1'", key)
        return [self.check_ref(parent, x, key) for x in value]

    def only_keys(self, mapping: Any, allowed: tuple[str, ...], what: str) -> None:
        for key in mapping:
            if key not in allowed:
                self.fail(mapping, f"unknown key '{key}' in {what} (allowed: {', '.join(allowed)})", key)


def load_config(path: Path) -> EditorialConfig:
    """Read and validate briefing.yml. Raises ConfigError on any mistake."""
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: editorial config not found") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        data = yaml.load(raw_text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path.name}:{mark.line + 1}" if mark else path.name
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: YAML syntax error: {problem}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: must be a mapping with 'story' and 'topics'")

    reader = _Reader(path)
    reader.only_keys(data, ("story", "topics", "entities", "glossary", "sources", "overrides", "cleaning",
                            "status_words", "actor_words", "debates"),
                     "briefing.yml")
    story_map = reader.mapping(data, "story")
    reader.only_keys(story_map, ("title", "summary"), "story")
    story = Story(title=reader.text(story_map, "title"), summary=reader.text(story_map, "summary"))

    entities = _read_entities(reader, data)
    topics = _with_aliases(_read_topics(reader, data), entities)
    source_meta = _read_source_meta(reader, data)
    overrides = reader.mapping(data, "overrides", required=False)
    reader.only_keys(overrides, ("exclude", "pin", "notes", "merge", "split", "contradictions", "agree"), "overrides")
    excluded = reader.refs(overrides, "exclude")
    pinned = reader.refs(overrides, "pin")
    splits = reader.refs(overrides, "split")
    notes_map = reader.mapping(overrides, "notes", required=False)
    notes = {}
    for ref, note in notes_map.items():
        reader.check_ref(notes_map, str(ref), "notes")
        notes[str(ref)] = reader.text(notes_map, ref)
    merges = []
    for group in overrides.get("merge") or []:
        if not isinstance(group, list) or len(group) < 2:
            reader.fail(overrides, "each 'merge' entry must be a list of two or more sentence ids", "merge")
        merges.append(tuple(reader.check_ref(overrides, str(r), "merge") for r in group))
    agreements = []
    for group in overrides.get("agree") or []:
        if not isinstance(group, list) or len(group) < 2:
            reader.fail(overrides, "each 'agree' entry must be a list of two or more sentence ids", "agree")
        agreements.append(tuple(reader.check_ref(overrides, str(r), "agree") for r in group))
    contradictions = []
    for entry in overrides.get("contradictions") or []:
        if not isinstance(entry, dict):
            reader.fail(overrides, "each contradiction needs 'sentences' (a list) and a 'note'", "contradictions")
        reader.only_keys(entry, ("sentences", "note"), "contradiction")
        refs = reader.refs(entry, "sentences")
        if len(refs) < 2:
            reader.fail(entry, "a contradiction needs at least two sentences", "sentences")
        contradictions.append(Contradiction(tuple(refs), reader.text(entry, "note")))

    cleaning = reader.mapping(data, "cleaning", required=False)
    reader.only_keys(cleaning, ("furniture",), "cleaning")
    patterns = cleaning.get("furniture") or []
    if not isinstance(patterns, list):
        reader.fail(cleaning, "'furniture' must be a list of regular expressions", "furniture")
    for pattern in patterns:
        try:
            re.compile(str(pattern))
        except re.error as exc:
            reader.fail(cleaning, f"furniture pattern {pattern!r} is not a valid regular expression: {exc}", "furniture")

    return EditorialConfig(
        story=story,
        topics=topics,
        source_meta=source_meta,
        excluded_sentences=frozenset(excluded),
        furniture_patterns=tuple(str(p) for p in patterns),
        entities=entities,
        glossary=_read_glossary(reader, data),
        pinned=tuple(pinned),
        notes=notes,
        merges=tuple(merges),
        agreements=tuple(agreements),
        splits=frozenset(splits),
        contradictions=tuple(contradictions),
        debates=_read_debates(reader, data, {t.id for t in topics}),
        status_words=_read_words(reader, data, "status_words", status_ids()),
        actor_words=_read_words(reader, data, "actor_words", actor_ids()),
    )


def _read_words(reader: _Reader, data: dict, key: str, known: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """status_words / actor_words: a mapping of a status (or actor) to the phrases that say it."""
    table = reader.mapping(data, key, required=False)
    read = []
    for name, phrases in table.items():
        if str(name) not in known:
            reader.fail(table, f"'{name}' in {key} must be one of: {', '.join(known)}", str(name))
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            reader.fail(table, f"{key} '{name}' must be a list of phrases", str(name))
        read.append((str(name), tuple(p.strip() for p in phrases)))
    return tuple(read)


def _aliases(reader: _Reader, entry: dict) -> tuple[str, ...]:
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, (str, int, float)) for a in aliases):
        reader.fail(entry, "'aliases' must be a list of names", "aliases")
    return tuple(str(a).strip() for a in aliases if str(a).strip())


def _read_entities(reader: _Reader, data: dict) -> tuple[Entity, ...]:
    entities = []
    for entry in data.get("entities") or []:
        if not isinstance(entry, dict):
            reader.fail(data, "each entity must be a mapping with name, kind and aliases", "entities")
        reader.only_keys(entry, ("name", "kind", "aliases", "description", "part_of"), "entity")
        kind = reader.text(entry, "kind", required=False) or "other"
        if kind not in ENTITY_KINDS:
            reader.fail(entry, f"entity kind '{kind}' must be one of {', '.join(ENTITY_KINDS)}", "kind")
        entities.append(Entity(reader.text(entry, "name"), kind, _aliases(reader, entry),
                               reader.text(entry, "description", required=False),
                               reader.text(entry, "part_of", required=False)))
    names = {e.name for e in entities}
    for entry, entity in zip(data.get("entities") or [], entities):
        if entity.part_of and entity.part_of not in names:
            reader.fail(entry, f"part_of '{entity.part_of}' is not the name of an entity in this file", "part_of")
    return tuple(entities)


def _read_debates(reader: _Reader, data: dict, topic_ids: set[str]) -> tuple[Debate, ...]:
    """Each debate: a question, two or more answers each with the phrases that give it, and the page it goes on."""
    raw = data.get("debates") or []
    if not isinstance(raw, list):
        reader.fail(data, "'debates' must be a list of questions, each with its sides", "debates")
    debates = []
    for entry in raw:
        if not isinstance(entry, dict):
            reader.fail(data, "each debate must be a mapping with a question and its sides", "debates")
        reader.only_keys(entry, ("question", "topic", "about", "note", "sides"), "debate")
        question, topic = reader.text(entry, "question"), reader.text(entry, "topic", required=False)
        if topic and topic not in topic_ids:
            reader.fail(entry, f"debate topic '{topic}' is no topic id (topics: {', '.join(sorted(topic_ids))})",
                        "topic")
        sides = entry.get("sides")
        if not isinstance(sides, list) or len(sides) < 2:
            reader.fail(entry, f"debate '{question}' needs two or more sides, each a label and phrases", "sides")
        read = []
        for side in sides:
            if not isinstance(side, dict):
                reader.fail(entry, f"each side of debate '{question}' must be a mapping with label and phrases",
                            "sides")
            reader.only_keys(side, ("label", "phrases"), "debate side")
            phrases = side.get("phrases")
            if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip()
                                                                        for p in phrases):
                reader.fail(side, f"the phrases of a side of debate '{question}' must be a list of words", "phrases")
            read.append(DebateSide(reader.text(side, "label"), tuple(p.strip() for p in phrases)))
        about = entry.get("about") or []
        if not isinstance(about, list) or not all(isinstance(a, str) and a.strip() for a in about):
            reader.fail(entry, f"'about' of debate '{question}' must be a list of words", "about")
        debates.append(Debate(question, tuple(read), topic, tuple(a.strip() for a in about),
                              reader.text(entry, "note", required=False)))
    return tuple(debates)


def _read_glossary(reader: _Reader, data: dict) -> tuple[GlossaryTerm, ...]:
    terms = []
    for entry in data.get("glossary") or []:
        if not isinstance(entry, dict):
            reader.fail(data, "each glossary entry must be a mapping with term and definition", "glossary")
        reader.only_keys(entry, ("term", "definition", "aliases"), "glossary entry")
        terms.append(GlossaryTerm(reader.text(entry, "term"), reader.text(entry, "definition"),
                                  _aliases(reader, entry)))
    return tuple(terms)


def _read_topics(reader: _Reader, data: dict) -> tuple[TopicSpec, ...]:
    raw_topics = data.get("topics")
    if not isinstance(raw_topics, list) or not raw_topics:
        reader.fail(data, "'topics' must be a non-empty list", "topics")
    topics: list[TopicSpec] = []
    seen: set[str] = set()
    for entry in raw_topics:
        if not isinstance(entry, dict):
            reader.fail(data, "each topic must be a mapping with id, title, question, intro and cues", "topics")
        reader.only_keys(entry, ("id", "title", "question", "intro", "cues", "examples", "voices", "statuses",
                                 "sections"), "topic")
        if not isinstance(entry.get("statuses", False), bool):
            reader.fail(entry, "'statuses' must be true or false", "statuses")
        topic_id = reader.text(entry, "id")
        if not TOPIC_ID.match(topic_id):
            reader.fail(entry, f"topic id '{topic_id}' must be lower-case letters, digits and hyphens", "id")
        if topic_id in seen:
            reader.fail(entry, f"topic id '{topic_id}' is used twice", "id")
        seen.add(topic_id)
        cues = _read_cues(reader, entry, topic_id)
        topics.append(
            TopicSpec(
                id=topic_id,
                title=reader.text(entry, "title"),
                question=reader.text(entry, "question", required=False),
                intro=reader.text(entry, "intro", required=False),
                cues=cues,
                examples=_texts(reader, entry, "examples"),
                voices=_phrases(reader, entry, "voices"),
                statuses=bool(entry.get("statuses", False)),
                sections=_read_sections(reader, entry, topic_id),
            )
        )
    return tuple(topics)


def _read_sections(reader: _Reader, entry: dict, topic_id: str) -> tuple[TopicSpec, ...]:
    """A topic's sub-questions: each a title and a question, with cues and examples if the editors like."""
    raw = entry.get("sections") or []
    if not isinstance(raw, list):
        reader.fail(entry, f"'sections' of topic '{topic_id}' must be a list of sub-questions", "sections")
    sections: list[TopicSpec] = []
    for item in raw:
        if not isinstance(item, dict):
            reader.fail(entry, f"each section of topic '{topic_id}' must be a mapping with title and question",
                        "sections")
        reader.only_keys(item, ("id", "title", "question", "cues", "examples"), f"section of topic '{topic_id}'")
        title = reader.text(item, "title")
        section_id = reader.text(item, "id", required=False) or slugify(title, 40)
        if not TOPIC_ID.match(section_id):
            reader.fail(item, f"section id '{section_id}' must be lower-case letters, digits and hyphens", "id")
        if section_id in {s.id for s in sections}:
            reader.fail(item, f"section id '{section_id}' is used twice in topic '{topic_id}'", "id")
        cues = _read_cues(reader, item, section_id) if item.get("cues") else ()
        sections.append(TopicSpec(section_id, title, reader.text(item, "question"), "", cues,
                                  _texts(reader, item, "examples")))
    return tuple(sections)


def _read_cues(reader: _Reader, entry: dict, topic_id: str) -> tuple[Cue, ...]:
    """Cue phrases: a list (each weighs 1), or a mapping of phrase to weight."""
    raw = entry.get("cues")
    if isinstance(raw, list):
        raw = {phrase: 1.0 for phrase in raw}
    if not isinstance(raw, dict) or not raw:
        reader.fail(entry, f"topic '{topic_id}' needs 'cues': a list of phrases (or phrase: weight lines)", "cues")
    cues = []
    for phrase, weight in raw.items():
        if not isinstance(phrase, (str, int, float)) or not str(phrase).strip():
            reader.fail(entry, f"cue {phrase!r} in topic '{topic_id}' must be a phrase", "cues")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0:
            reader.fail(raw if isinstance(raw, _LineDict) else entry,
                        f"cue '{phrase}' needs a positive number as weight, not {weight!r}", str(phrase))
        cues.append(Cue(phrase=str(phrase).strip().lower(), weight=float(weight)))
    return tuple(cues)


def _with_aliases(topics: tuple[TopicSpec, ...], entities: tuple[Entity, ...]) -> tuple[TopicSpec, ...]:
    """A voice that names an entity also speaks under the entity's other names."""
    names_of = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            names_of.setdefault(name.lower(), (entity.name, *entity.aliases))
    expanded = []
    for topic in topics:
        voices = dict.fromkeys(v for voice in topic.voices for v in names_of.get(voice.lower(), (voice,)))
        expanded.append(replace(topic, voices=tuple(voices)))
    return tuple(expanded)


def _phrases(reader: _Reader, entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        reader.fail(entry, f"'{key}' must be a list of names or phrases", key)
    return tuple(v.strip() for v in value)


def _texts(reader: _Reader, entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        reader.fail(entry, f"'{key}' must be a list of sentences", key)
    return tuple(v.strip() for v in value)


def _read_source_meta(reader: _Reader, data: dict) -> dict[str, dict[str, str]]:
    sources = reader.mapping(data, "sources", required=False)
    result: dict[str, dict[str, str]] = {}
    for file_name, meta in sources.items():
        if not isinstance(meta, dict):
            reader.fail(sources, f"sources entry '{file_name}' must be a mapping of metadata", file_name)
        reader.only_keys(meta, SOURCE_META_KEYS, f"sources entry '{file_name}'")
        result[str(file_name)] = {key: reader.text(meta, key) for key in meta}
    return result
