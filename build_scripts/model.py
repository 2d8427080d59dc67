"""Types passed between the stages. Plain frozen dataclasses, no behaviour.

ingest -> RawDocument; normalize -> CleanDocument; segment -> Source;
judge + topics -> LabelledSentence; claims -> Claim; brief -> TopicBriefing; the pipeline assembles a Briefing.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input; the build goes on without that input if severity is error."""

    file: str  #: seed file name (or config file) the problem is about
    severity: str  #: "error" (input skipped or unusable) or "warning" (input used)
    message: str  #: one line a person can act on


@dataclass(frozen=True)
class Fix:
    """One repair or removal applied to a source's text, shown on its page."""

    name: str  #: short machine name of the rule, e.g. "furniture.counter"
    detail: str  #: what was done, for readers; never quotes the removed text itself
    removed: str = ""  #: the text removed, for editors (`check --verbose`); kept off the site


@dataclass(frozen=True)
class RawDocument:
    """One input file decoded to text, before any cleaning."""

    file: str  #: file name inside seeds/
    format: str  #: "txt", "md" or "html"
    text: str  #: decoded body text (front matter removed)
    declared: dict[str, str] = field(default_factory=dict)  #: metadata the file states itself
    fixes: tuple[Fix, ...] = ()  #: decoding repairs already applied
    warnings: tuple[str, ...] = ()  #: things an editor should know, e.g. bytes that had to be replaced


@dataclass(frozen=True)
class MetaValue:
    """A metadata value with where it came from, so the page can say so."""

    value: str  #: empty string when unknown
    origin: str  #: e.g. "front matter", "first line", "source line", "url", "fallback"


@dataclass(frozen=True)
class Block:
    """A paragraph-level piece of cleaned text."""

    kind: str  #: "heading", "paragraph", "item" (list item) or "caption"
    text: str
    language: str = ""  #: set only when this block is in another language than the document


@dataclass(frozen=True)
class CleanDocument:
    """A source after repair and furniture removal, still unsegmented into sentences."""

    file: str
    format: str
    meta: dict[str, MetaValue]  #: title, outlet, url, date, language
    blocks: tuple[Block, ...]
    fixes: tuple[Fix, ...]
    flags: tuple[str, ...]  #: quality flags, e.g. "no-url"


@dataclass(frozen=True)
class Sentence:
    id: str  #: "<paragraph id>.s<n>", unique inside its source
    text: str


@dataclass(frozen=True)
class Paragraph:
    id: str  #: stable anchor id derived from the paragraph's own text
    kind: str  #: "heading", "paragraph", "item" or "caption"
    text: str
    sentences: tuple[Sentence, ...]
    language: str = ""  #: set only when this paragraph is in another language than the document


@dataclass(frozen=True)
class Source:
    """A cleaned, segmented article: what a source page shows."""

    id: str  #: URL slug of the source page
    file: str  #: seed file name
    format: str
    meta: dict[str, MetaValue]
    paragraphs: tuple[Paragraph, ...]
    fixes: tuple[Fix, ...]
    flags: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.meta["title"].value

    @property
    def outlet(self) -> str:
        return self.meta["outlet"].value

    @property
    def counted_as(self) -> str:
        """The outlet whose report it is: the one its byline credits (a paper running a wire story
        prints the wire's report, which counts once), else its own."""
        credit = self.meta.get("credit")
        return credit.value if credit and credit.value else self.outlet


@dataclass(frozen=True)
class Cue:
    phrase: str  #: lower-case words, matched on word boundaries
    weight: float


@dataclass(frozen=True)
class TopicSpec:
    """A briefing topic as the editors define it in briefing.yml."""

    id: str
    title: str
    question: str
    intro: str
    cues: tuple[Cue, ...]  #: phrases an editor expects in sentences that answer the question
    examples: tuple[str, ...] = ()  #: sentences an editor wrote as examples of what belongs here
    voices: tuple[str, ...] = ()  #: who speaks for this topic: names (with their entities' aliases) and phrases
    statuses: bool = False  #: its points are measures: each shows how far along it is, grouped by who would act
    #: sub-questions (each described like a topic): the page lists each point under the one it answers
    sections: tuple[TopicSpec, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A person or organisation the editors name, with the other names the coverage uses."""

    name: str
    kind: str  #: "person", "organisation", "place" or "other"
    aliases: tuple[str, ...]  #: other names; ALL-CAPS aliases match case-sensitively ("US" is not "us")
    description: str = ""
    part_of: str = ""  #: the entity this one belongs to: what a ministry says, its government says


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contradiction:
    """Sources that disagree, as recorded by editors."""

    sentences: tuple[str, ...]  #: sentence refs "<source>#<sentence id>"
    note: str


@dataclass(frozen=True)
class DebateSide:
    label: str  #: the answer this side gives, as a page shows it ("It was untrue")
    phrases: tuple[str, ...]  #: words a sentence taking this side says ("untrue", "baseless"); "..." for a gap


@dataclass(frozen=True)
class Debate:
    """A question the sources answer differently, as editors put it: every sentence that gives one of its answers
    is shown under that answer, in the articles they have and in those still to come."""

    question: str
    sides: tuple[DebateSide, ...]
    topic: str = ""  #: the page its box goes on; "" for the page of the points it cites
    about: tuple[str, ...] = ()  #: words one of which a sentence must say to answer it (who or what it asks about)
    note: str = ""  #: the editors' summary of how the sources answer it, shown after the question


@dataclass(frozen=True)
class TopicLabel:
    topic: str
    score: float  #: how well the sentence answers the topic's question (higher is better)
    cues: tuple[str, ...]  #: the cue phrases it contains, for explaining the decision


@dataclass(frozen=True)
class SentenceRef:
    """A sentence located in its source, the unit that judge, topics and claims work on."""

    source_id: str
    outlet_key: str  #: outlets are counted by this key (same outlet twice counts once)
    paragraph_id: str
    paragraph_kind: str
    sentence: Sentence
    other_language: bool = False  #: the paragraph is in another language than its article
    previous: str = ""  #: the sentence before it in the article's running text ("" at the start)
    lead_in: str = ""  #: for a list item: the line that introduces the list ("... could include:")
    section: str = ""  #: the heading the sentence sits under ("" before the first heading)
    speaker: str = ""  #: in a transcript, who speaks its paragraph ("Lind" in "Lind: We have noted the report.")

    @property
    def key(self) -> str:
        """How editors, claims and the open data name the sentence: "<source id>#<sentence id>"."""
        return f"{self.source_id}#{self.sentence.id}"

    @property
    def citation(self) -> Citation:
        """The sentence, cited where it stands."""
        return Citation(self.source_id, self.paragraph_id, self.sentence.id, self.sentence.text)


@dataclass(frozen=True)
class LabelledSentence:
    ref: SentenceRef
    labels: tuple[TopicLabel, ...]
    eligible: bool  #: may stand as a point (a complete, checkable statement)
    reason: str  #: why not eligible, empty when eligible
    context: str = ""  #: shown before it on a page: a list item's lead-in, or the sentence it leans on


@dataclass(frozen=True)
class Citation:
    source_id: str
    paragraph_id: str
    sentence_id: str
    quote: str  #: the exact cited sentence

    @property
    def key(self) -> str:
        """The cited sentence as "<source id>#<sentence id>", as SentenceRef.key names it."""
        return f"{self.source_id}#{self.sentence_id}"


@dataclass(frozen=True)
class Claim:
    """One statement, possibly reported by several sources."""

    id: str
    text: str  #: the representative sentence, verbatim from citations[0]
    topics: tuple[TopicLabel, ...]
    citations: tuple[Citation, ...]  #: representative first, then one per other member
    outlets: tuple[str, ...]  #: distinct outlet keys reporting it
    score: float  #: topic relevance of the claim (best member label score)
    members: tuple[str, ...] = ()  #: every member sentence as "<source id>#<sentence id>"
    pinned: bool = False  #: editors put it first on its pages
    note: str = ""  #: an editor's note shown with it
    context: str = ""  #: shown before the text: a list item's lead-in, or the sentence it leans on
    informativeness: float = 0.0  #: how much checkable detail the text carries (actors, figures, terms)
    opinion: bool = False  #: only opinion pieces say it: shown as a writer's view, never in the summary
    status: str = ""  #: on a measures page: enacted, announced, introduced, under consideration or recommended
    status_words: str = ""  #: the words of its sentence (or list lead-in) that say so; "" when none does
    actor: str = ""  #: on a measures page: who would act (government, legislature, companies)


@dataclass(frozen=True)
class Quote:
    """Words one article quotes someone as saying, in one sentence."""

    source_id: str
    paragraph_id: str
    sentence_id: str
    sentence: str  #: the whole sentence, exactly as in the source
    quoted: str  #: the quoted words, an exact substring of the paragraph (it may run on past the sentence)
    speaker: str  #: who is quoted, as the text names them
    in_turn: bool = False  #: a transcript's turn ("Mara Lind: We have noted ..."), not words in quotation marks


@dataclass(frozen=True)
class Quotation:
    """The same quoted words, in every article that carries them: listed once, with each outlet."""

    id: str
    speaker: str  #: the fullest naming of the speaker among the articles (a person with role, or an organisation)
    quote: str  #: the quoted words, exactly as the first citation's article gives them
    citations: tuple[Citation, ...]  #: one per article quoting them, the one whose words are shown first
    outlets: tuple[str, ...]  #: distinct outlet keys carrying the quotation
    in_turn: bool = False  #: only transcripts' turns say it: listed only where it makes a point of a topic


@dataclass(frozen=True)
class TimelineEvent:
    """Something the sources date: one sentence that says it, cited with every sentence that dates it alike."""

    id: str
    date: str  #: where it stands: "2026-04-21", "2026-04" (a month) or "2026-W16" (a week); the date most citations give
    text: str  #: the representative sentence, verbatim from citations[0]
    citations: tuple[Citation, ...]
    citation_dates: tuple[str, ...]  #: the date each cited sentence gives, in the same order
    date_words: str  #: the words of the shown sentence that date it ("on Tuesday", "23 June")
    reckoning: str  #: how that date was worked out ("counted" from the article's date, ...; see dates.RECKONINGS)
    outlets: tuple[str, ...]
    context: str = ""  #: shown before the text: the sentence before it, when the text leans on it ("It will ...")
    #: what each cited sentence says happened at its date: the clause the date stands in, the date left out
    citation_clauses: tuple[str, ...] = ()

    @property
    def dates(self) -> tuple[str, ...]:
        """Every date the sources give it, the one it stands at first: more than one when they differ."""
        return tuple(dict.fromkeys((self.date, *sorted(self.citation_dates))))


@dataclass(frozen=True)
class DisagreementSide:
    """What one side says: a point, or a sentence no point states, with every source that says it."""

    text: str  #: the sentence shown, verbatim from citations[0]
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...]
    claim_ids: tuple[str, ...] = ()  #: the points it gathers (none for a sentence no point states)
    answer: str = ""  #: in an editors' debate: the answer it gives (its side's label)


@dataclass(frozen=True)
class Disagreement:
    """Sources that do not agree: recorded by editors, or detected (then marked as such)."""

    sides: tuple[DisagreementSide, ...]
    note: str
    detected: bool  #: True when found automatically, not recorded by an editor
    topic: str = ""  #: the page it belongs on, where the detector knows (a measure's standing: the measures page)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for side in self.sides for c in side.claim_ids))


@dataclass(frozen=True)
class TopicBriefing:
    spec: TopicSpec
    claims: tuple[Claim, ...]  #: every claim on the topic, in page order: pinned, most outlets, most informative
    summary: tuple[Claim, ...] = ()  #: the best-corroborated distinct claims
    key_points: tuple[Claim, ...] = ()  #: claims several outlets report (or pinned), then singles to fill
    single_points: tuple[Claim, ...] = ()  #: claims one outlet reports, capped
    quotes: tuple[Quotation, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    opinions: tuple[Citation, ...] = ()  #: first-person opinion on the topic, shown labelled, never as points
    #: (point id, its details): single-outlet points whose sentence that point already cites, shown under it
    details: tuple[tuple[str, tuple[Claim, ...]], ...] = ()
    #: claim id -> the id of the section (of spec.sections) whose question it answers; absent: none of them
    section_of: tuple[tuple[str, str], ...] = ()

    @property
    def listed(self) -> tuple[Claim, ...]:
        """The points the page lists, in order: key points, each followed by its details, then single-source
        points (the summary repeats some of them; claims beyond the caps are filed here but not listed)."""
        details = dict(self.details)
        return tuple(dict.fromkeys([d for c in self.key_points for d in (c, *details.get(c.id, ()))]
                                   + list(self.single_points)))


@dataclass(frozen=True)
class Story:
    title: str
    summary: str


@dataclass(frozen=True)
class Briefing:
    """Everything the renderer needs; also what briefing.json serialises."""

    story: Story
    sources: tuple[Source, ...]
    topics: tuple[TopicBriefing, ...]
    problems: tuple[Problem, ...]
    entities: tuple[Entity, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()  #: dated events, in date order
