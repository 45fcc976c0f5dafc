"""Concept signals: a backstop for phrasings no rule foresaw.

Each family has groups of cue words; a message that brings several groups together (and no
everyday context that explains them) is flagged. Tuned to stay quiet on the benign traps in
`tests/data/`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.safety.verdict import Category, Direction, Finding, Severity


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class _Family:
    rule_id: str
    category: Category
    #: Cue groups: a message must touch at least `needed` of them.
    groups: tuple[frozenset[str], ...]
    needed: int
    #: At least one of these must be present (who is speaking to whom).
    anchor: frozenset[str]
    #: Any of these means an everyday context: stay quiet.
    quiet: frozenset[str]
    directions: frozenset[Direction]


_SELF = _set("i me my myself mine")
_QUESTIONS = " what why how when does do who which is "
_FAMILIES = (
    _Family(
        "signals.self_harm",
        Category.SELF_HARM,
        (
            # Death, harm and method words.
            _set(
                "die dying death suicide suicidal overdose noose wrists wrist blade razor pills"
                " unalive"
            ),
            # Wanting, planning, despair.
            _set(
                "want wanna wish ready plan planning tonight saved tried deserve hopeless"
                " worthless forever painless"
            ),
        ),
        2,
        _SELF,
        _set(
            "lol jk haha lmao game games minecraft fortnite roblox level zombie zombies boss"
            " character movie film book story show episode hair dye battery phone ipad plant"
            " plants flowers leaves fish goldfish hamster dog cat pet puppy history war hitler"
            " dinosaurs cells bored boring laughing laughed laughter embarrassment test homework"
            " grandma grandpa grandad granny nan died funeral villain hero monster dragon bad"
            + _QUESTIONS
        ),
        frozenset({Direction.IN}),
    ),
    _Family(
        "signals.grooming",
        Category.GROOMING,
        (
            # Secrecy and hiding.
            _set("secret secrets delete private locked hide"),
            # Private contact on another app.
            _set(
                "snap snapchat discord kik whatsapp insta instagram telegram dm dms facetime webcam"
            ),
            # Bodies and clothes.
            _set("body wearing clothes naked underwear nudes bikini swimsuit undress shirtless"),
            # Meeting and whereabouts.
            _set("meet alone address"),
            # Gifts.
            _set("robux vbucks giftcard money candy cash"),
            # Flattery that sexualises or flatters a child's maturity.
            _set("mature sexy hot gorgeous pretty beautiful boyfriend girlfriend"),
        ),
        2,
        _set("you your yourself he she they him someone somebody guy man stranger online"),
        _set(
            "surprise party birthday grandma grandpa cousin teacher homework drawing project"
            " christmas hoot mom dad parents story character book movie"
        ),
        frozenset({Direction.IN, Direction.OUT}),
    ),
)


def scan(canon: str, direction: Direction) -> list[Finding]:
    """Findings from concept signals in the canonical view of a short message."""
    tokens = frozenset(canon.split())
    found: list[Finding] = []
    for family in _FAMILIES:
        if direction not in family.directions or not tokens & family.anchor:
            continue
        if tokens & family.quiet:
            continue
        touched = sum(1 for group in family.groups if tokens & group)
        # Replies often give safety advice with these very words; they need one more cue.
        needed = family.needed + (1 if direction is Direction.OUT else 0)
        if touched >= needed and not _is_safety_question(canon):
            found.append(Finding(family.category, Severity.CRITICAL, family.rule_id))
    return found


def _is_safety_question(canon: str) -> bool:
    """'What should I do if someone asks for my picture?' asks for help; it is not grooming."""
    return (
        " what should i do " in canon
        or " what do i do " in canon
        or " if someone " in canon
        or " if a stranger " in canon
        or " is it ok " in canon
        or " never " in canon
    )
