"""Learn cards: short Markdown texts with TOML front matter, loaded and checked.

A card lives in `content/<language>/cards/<id>.md`:

    +++
    title = "Nerve pain first aid"
    summary = "Three steps for when nerve pain flares up."
    sources = ["..."]
    image = "learn_first_aid"            # assets/illustrations/<image>.svg (optional)
    image_alt = "What the drawing shows"  # needed with an image
    related = ["heat_and_ice"]            # other cards' ids
    patterns = ["sciatic_nerve"]          # the check result patterns it fits
    keywords = ["flare-up"]               # extra words for search (optional)
    kind = "self_care"                    # self_care, explain or get_help

    [[figure]]                            # more drawings for the detail layer (optional)
    image = "exercise_walking"
    caption = "Walking"

    [[link]]                              # buttons to other pages (optional)
    page = "timers"
    label = "Start a heat timer"
    +++
    Main text, a few short paragraphs.

    ## More detail
    The longer layer for the curious.

Inside the text, `[words](card:other_id)` links to another card and
`[words](page:timers)` to a page. `{emergency_number}` is filled in from the settings.
The shared words about getting help (`{when_to_get_help}`, `{timing}`, `{sign:ID}`...,
see `companion.core.shared.get_help`) are filled in when the card is read. A card that gives
self-care advice (`kind = "self_care"`) must end its main text with the
`{when_to_get_help}` footer; the one `get_help` card lists the signs with `{signs:LEVEL}`.
Everything else Learn needs (the anatomy view, the quiz, the start order, the little
words search leaves out) lives in `content/<language>/learn/` and is loaded here too,
so one call checks it all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from companion.core.learn.anatomy import Anatomy, load_anatomy
from companion.core.learn.order import LearnOrder, load_order
from companion.core.learn.quiz import Quiz, load_quiz
from companion.core.learn.search_words import SEARCH_FILE, SearchWords, load_search_words
from companion.core.shared.content import (
    ContentError,
    Fields,
    InvalidContentError,
    read_front_matter,
)
from companion.core.shared.get_help import (
    FOOTER,
    HELP_CARD,
    LEVELS,
    GetHelp,
    PlaceholderError,
    placeholders_in,
    read_get_help,
)
from companion.core.shared.pages import PAGES
from companion.core.shared.records import LEADING_CHOICES
from companion.core.shared.resources import asset_path

CARDS_DIR = "cards"
LEARN_DIR = "learn"
MORE_DETAIL = "More detail"
PLACEHOLDERS = ("{emergency_number}",)
SELF_CARE_KIND = "self_care"
EXPLAIN_KIND = "explain"
GET_HELP_KIND = "get_help"
KINDS = (SELF_CARE_KIND, EXPLAIN_KIND, GET_HELP_KIND)
# Pages a card may link to (the names used by the main window).

_HEADING = re.compile(r"^##\s+(.+?)\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)")
_PLACEHOLDER = re.compile(r"\{[^{}\s]*\}")
_CARD_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Figure:
    """An extra drawing shown in the detail layer."""

    image: str
    caption: str


@dataclass(frozen=True)
class PageLink:
    """A button that opens another page of the app."""

    page: str
    label: str


@dataclass(frozen=True)
class Card:
    id: str
    path: Path
    title: str
    summary: str
    sources: tuple[str, ...]
    main: str  # shared words filled in; {emergency_number} still to fill
    detail: str
    kind: str = EXPLAIN_KIND
    footer: str = ""  # the shared "when to get help" footer (Markdown), if the card has one
    footer_title: str = ""
    image: str | None = None
    image_alt: str = ""
    related: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    links: tuple[PageLink, ...] = ()
    # Pages this card's buttons led to but this app has not got (see `within`).
    left_out: tuple[str, ...] = ()

    def main_text(self, emergency_number: str) -> str:
        """The main text with the emergency number (or its stand-in words) filled in."""
        return fill_placeholders(self.main, emergency_number)

    def detail_text(self, emergency_number: str) -> str:
        return fill_placeholders(self.detail, emergency_number)

    def footer_text(self, emergency_number: str) -> str:
        return fill_placeholders(self.footer, emergency_number)

    def within(self, pages: Collection[str]) -> Card:
        """This card where the app has only `pages` (a kiosk has no journal and runs no
        timer): a button to a page not there is left out, and named in `left_out` so the
        card can say where to do it instead; a paragraph or list item that links to one
        is left out too, since it speaks of what the screen has not got ("The journal is
        made for that"). Cards give such a sentence a paragraph of its own."""

        def missing(match: re.Match[str]) -> bool:
            kind, _, page = match.group(2).partition(":")
            return kind == "page" and page not in pages

        def keep(text: str) -> str:
            lines = text.split("\n")
            return "\n".join(line for line in lines if not any(map(missing, _LINK.finditer(line))))

        return replace(
            self,
            main=keep(self.main),
            detail=keep(self.detail),
            footer=keep(self.footer),
            links=tuple(link for link in self.links if link.page in pages),
            left_out=tuple(
                dict.fromkeys(link.page for link in self.links if link.page not in pages)
            ),
        )

    def card_links(self) -> list[str]:
        """Ids of the cards this card's text links to, in order."""
        return [
            target[5:]
            for _, target in _LINK.findall(f"{self.main}\n{self.footer}\n{self.detail}")
            if target.startswith("card:")
        ]


def fill_placeholders(text: str, emergency_number: str) -> str:
    return text.replace("{emergency_number}", emergency_number)


@dataclass(frozen=True)
class LearnContent:
    """Everything Learn shows, for one language."""

    cards: Mapping[str, Card]
    anatomy: Anatomy
    quiz: Quiz
    order: LearnOrder
    search_words: SearchWords  # the little words search leaves out

    def card(self, card_id: str) -> Card:
        return self.cards[card_id]


# --- reading one card -------------------------------------------------------------


def _sections(path: Path, body: str) -> tuple[str, str]:
    """(main text, more detail text); every section must have some text."""
    parts: list[tuple[str, list[str]]] = [("main text", [])]
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            parts.append((match.group(1), []))
        else:
            parts[-1][1].append(line)
    names = [name for name, _ in parts]
    for name, lines in parts:
        if not "\n".join(lines).strip():
            key = "body" if name == "main text" else f"section '{name}'"
            raise ContentError(path, key, "is empty")
    if names.count(MORE_DETAIL) != 1:
        raise ContentError(path, "body", f"needs one '## {MORE_DETAIL}' section")
    if names[-1] != MORE_DETAIL:
        raise ContentError(path, "body", f"'## {MORE_DETAIL}' should be the last section")
    main_lines: list[str] = []
    for name, lines in parts[:-1]:
        if name != "main text":
            main_lines.append(f"## {name}")
        main_lines.extend(lines)
    return "\n".join(main_lines).strip(), "\n".join(parts[-1][1]).strip()


def _optional_list(meta: dict[str, object], fields: Fields, key: str) -> tuple[str, ...]:
    return fields.text_list(key) if key in meta else ()


def _image(fields: Fields, key: str) -> str:
    name = fields.text(key)
    if not asset_path(f"illustrations/{name}.svg").is_file():
        raise fields.error(key, f"the drawing 'assets/illustrations/{name}.svg' is missing")
    return name


def _kind(path: Path, fields: Fields, main: str, detail: str) -> str:
    """The card's kind, checked against what its text must hold."""
    kind = fields.text("kind")
    if kind not in KINDS:
        raise fields.error("kind", f"'{kind}' is not one of {', '.join(KINDS)}")
    if kind == SELF_CARE_KIND and not main.rstrip().endswith(FOOTER):
        raise ContentError(
            path, "body", f"a self-care card must end its main text with the {FOOTER} footer"
        )
    if kind == GET_HELP_KIND:
        if path.stem != HELP_CARD:
            raise fields.error("kind", f"only the '{HELP_CARD}' card lists the warning signs")
        for level in LEVELS:
            # The same-day and emergency signs belong in the main text, always seen.
            where = main if level != LEVELS[-1] else main + detail
            if f"{{signs:{level}}}" not in where:
                raise ContentError(path, "body", f"should list the signs with {{signs:{level}}}")
    return kind


def _filled(path: Path, words: GetHelp, text: str) -> str:
    try:
        return words.fill(text, markdown=True)
    except PlaceholderError as exc:
        raise ContentError(path, "body", str(exc)) from None


def read_card(path: Path, words: GetHelp) -> Card:
    """Read and check one card on its own (links to other cards are checked later);
    `words` are the shared words about getting help that its placeholders stand for."""
    card_id = path.stem
    if not _CARD_ID.match(card_id):
        raise ContentError(path, "", "the file name should be lowercase letters, digits and _")
    meta, body = read_front_matter(path)
    fields = Fields(meta, path)
    fields.allow_only(
        "title",
        "summary",
        "sources",
        "image",
        "image_alt",
        "related",
        "patterns",
        "keywords",
        "figure",
        "link",
        "kind",
    )
    title = fields.text("title")
    summary = fields.text("summary")
    sources = fields.text_list("sources")
    image = image_alt = None
    if "image" in meta:
        image = _image(fields, "image")
        image_alt = fields.text("image_alt")
    elif "image_alt" in meta:
        raise fields.error("image_alt", "is given but there is no image")
    patterns = _optional_list(meta, fields, "patterns")
    for index, pattern in enumerate(patterns):
        if pattern not in LEADING_CHOICES:
            raise fields.error(
                f"patterns[{index}]", f"'{pattern}' is not one of {', '.join(LEADING_CHOICES)}"
            )
    figures = []
    if "figure" in meta:
        for table in fields.tables("figure"):
            table.allow_only("image", "caption")
            figures.append(Figure(_image(table, "image"), table.text("caption")))
    links = []
    if "link" in meta:
        for table in fields.tables("link"):
            table.allow_only("page", "label")
            page = table.text("page")
            if page not in PAGES:
                raise table.error("page", f"'{page}' is not a page ({', '.join(PAGES)})")
            links.append(PageLink(page, table.text("label")))
    main, detail = _sections(path, body)
    for text in (main, detail):
        _check_text(path, text)
    kind = _kind(path, fields, main, detail)
    try:
        # The shared words bring their sources with them.
        shared_sources = words.sources_for(f"{main}\n{detail}")
    except PlaceholderError as exc:
        raise ContentError(path, "body", str(exc)) from None
    footer = ""
    if main.rstrip().endswith(FOOTER):
        main = main.rstrip()[: -len(FOOTER)].rstrip()
        footer = words.footer_markdown()
    if FOOTER in main + detail:
        raise ContentError(path, "body", f"{FOOTER} goes once, at the end of the main text")
    return Card(
        id=card_id,
        path=path,
        title=title,
        summary=summary,
        sources=tuple(dict.fromkeys([*sources, *shared_sources])),
        main=_filled(path, words, main),
        detail=_filled(path, words, detail),
        kind=kind,
        footer=footer,
        footer_title=words.footer_title if footer else "",
        image=image,
        image_alt=image_alt or "",
        related=_optional_list(meta, fields, "related"),
        patterns=patterns,
        keywords=_optional_list(meta, fields, "keywords"),
        figures=tuple(figures),
        links=tuple(links),
    )


def _check_text(path: Path, text: str) -> None:
    shared = placeholders_in(text)
    for placeholder in _PLACEHOLDER.findall(text):
        if placeholder not in PLACEHOLDERS and placeholder not in shared:
            raise ContentError(path, "body", f"unknown placeholder {placeholder}")
    for words, target in _LINK.findall(text):
        scheme, _, name = target.partition(":")
        if scheme == "page" and name in PAGES:
            continue
        if scheme == "card" and name:
            continue  # whether the card exists is checked once all cards are read
        raise ContentError(
            path, "body", f"link '{words}' should go to card:<id> or page:<name>, not '{target}'"
        )


# --- the whole folder ---------------------------------------------------------------


def _cross_check(cards: Mapping[str, Card]) -> Iterator[ContentError]:
    for card in cards.values():
        for index, other in enumerate(card.related):
            if other not in cards:
                yield ContentError(card.path, f"related[{index}]", f"no card called '{other}'")
            elif other == card.id:
                yield ContentError(card.path, f"related[{index}]", "a card cannot relate to itself")
        for other in card.card_links():
            if other not in cards:
                yield ContentError(card.path, "body", f"links to 'card:{other}', which is missing")


def load_cards(folder: Path, words: GetHelp) -> tuple[dict[str, Card], list[ContentError]]:
    """Every card in `folder/cards`, by id, with the problems found (cards with a
    problem are left out so the rest can still be shown)."""
    cards: dict[str, Card] = {}
    errors: list[ContentError] = []
    card_dir = folder / CARDS_DIR
    if not card_dir.is_dir():
        return cards, [ContentError(card_dir, "", "the cards folder is missing")]
    for path in sorted(card_dir.glob("*.md")):
        try:
            card = read_card(path, words)
        except ContentError as exc:
            errors.append(exc)
            continue
        cards[card.id] = card
    if not cards and not errors:
        errors.append(ContentError(card_dir, "", "holds no cards"))
    errors.extend(_cross_check(cards))
    return cards, errors


def _load_learn(folder: Path) -> tuple[LearnContent | None, list[ContentError]]:
    try:
        words = read_get_help(folder)
    except ContentError as exc:
        return None, [exc]  # without the shared words no card can be filled in
    cards, errors = load_cards(folder, words)
    known = frozenset(cards)
    learn = folder / LEARN_DIR
    anatomy = quiz = order = search_words = None
    try:
        anatomy = load_anatomy(learn / "anatomy.toml", known)
    except ContentError as exc:
        errors.append(exc)
    try:
        quiz = load_quiz(learn / "quiz.toml", known, words)
    except ContentError as exc:
        errors.append(exc)
    try:
        order = load_order(learn / "order.toml", known)
    except ContentError as exc:
        errors.append(exc)
    try:
        search_words = load_search_words(learn / SEARCH_FILE, folder.name)
    except ContentError as exc:
        errors.append(exc)
    if anatomy is None or quiz is None or order is None or search_words is None:
        return None, errors
    return LearnContent(cards, anatomy, quiz, order, search_words), errors


def load_learn(folder: Path) -> LearnContent:
    """All Learn content of one language folder; InvalidContentError lists every problem."""
    content, errors = _load_learn(folder)
    if errors or content is None:
        raise InvalidContentError(errors)
    return content


def check_learn(folder: Path) -> Iterator[ContentError]:
    """The `content check` hook (see FEATURE_CHECKS): every problem in Learn's content."""
    _, errors = _load_learn(folder)
    yield from errors
