"""Personal information a child might type, found on the original text so it can be hidden.

Phone numbers, e-mail, street addresses, last names, schools, usernames, passwords, dates of
birth, ID numbers and an exact age with a town; each is replaced by a readable placeholder while
the rest of the message is kept.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Every quantifier below is bounded so a 1 MB message cannot make a pattern backtrack for long.

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")

_SSN = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]{0,2})?(?:\(\d{1,5}\)[ .-]{0,2})?\d(?:[ .-]{0,2}\d){6,14}(?![\w])"
)
_PHONE_CONTEXT = re.compile(
    r"(?i:\b(?:call|phone|text|txt|cell|mobile|ring|reach|whatsapp|contact|tel|landline|sms)\b)"
)
# "number" alone is maths ("the number 1000000"); "my number is" is a phone.
_OWN_NUMBER = re.compile(r"(?i:\b(?:my|his|her|their|mom'?s|dad'?s|mum'?s)\s{1,3}(?:number|num)\b)")
_NUMBER_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|nought|\d)"
_DIGIT_WORDS = re.compile(rf"(?i:\b{_NUMBER_WORD}(?:[\s,.-]{{1,3}}{_NUMBER_WORD}){{6,20}}\b)")
_WORD_VALUE = {
    "zero": 0,
    "oh": 0,
    "o": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}")
_SPELLED_EMAIL = re.compile(
    r"(?i:\b[a-z0-9._-]{1,64}\s{0,3}(?:\(at\)|\[at\]|\{at\}|\sat\s)\s{0,3}"
    r"(?:(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|btinternet|googlemail)"
    r"(?:\s{0,3}(?:\(dot\)|\[dot\]|\sdot\s|\.)\s{0,3}[a-z]{2,6}){0,2}"
    r"|[a-z0-9-]{1,63}(?:\s{0,3}(?:\(dot\)|\[dot\]|\sdot\s|\.)\s{0,3}(?:com|co|uk|org|net|edu|us|ca"
    r"|au|de|fr|io|ie|nz)\b){1,2}))"
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")
_STOP = (
    r"(?:the|on|in|a|an|to|of|my|and|at|for|is|was|with|by|it|this|that|i|you|we|from|our|your"
    r"|his|her|their|me|im|its|get|got|ate|had|have|has|there|here|then|than|all|some|more|many"
    r"|times|minutes|hours|days|weeks|years|way)"
)
_STREET = re.compile(
    r"\b\d{1,5}[a-zA-Z]?,?\s{1,3}"
    rf"(?:(?:(?!{_STOP}\b)[A-Za-z][A-Za-z'.-]{{1,20}}|\d{{1,3}}(?:st|nd|rd|th))\s{{1,3}}){{1,3}}"
    r"(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct|place|pl|boulevard|blvd"
    r"|crescent|cres|terrace|grove|gardens|square|sq|row|parkway|pkwy|circle|cir|highway|hwy|mews"
    r"|way|walk|rise|hill)\b\.?"
)
_FOREIGN_STREET = re.compile(
    r"(?i:\b\d{1,5}[a-z]?,?\s{1,3}(?:rue|calle|via|avenida|rua|chemin|allee|piazza|plaza|strasse)"
    r"(?:\s{1,3}[a-z'-]{1,20}){1,4})"
)
_UNIT = re.compile(
    r"(?i:\b(?:apartment|apt|flat|unit|suite)\.?\s{1,3}(?:no\.?\s{0,2}|#\s?)?\d{1,4}[a-z]?\b)"
)
_ADDRESS_IS = re.compile(
    r"(?i:\bmy\s{1,3}(?:home\s{1,3}|house\s{1,3})?address\s{1,3}is\s{1,3})([^.!?\n]{3,60})"
)
# A name word: letters (any script), then letters, apostrophes or hyphens ("O'Brien", "Chloé").
# "O'Connor" and "D'Souza" start with a letter and an apostrophe.
_NAME = r"(?:[^\W\d_]'(?=[^\W\d_]{2}))?[^\W\d_]{2,21}(?:['-][^\W\d_]{1,20})?"
_CAPITAL_NAME = r"(?:[A-ZÀ-ÖØ-Þ]'(?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ][^\W\d_]{1,20}(?:['-][^\W\d_]{1,20})?"
_NAME_INTRO_LOOSE = re.compile(
    r"(?i:\b(?:my\s{1,3}(?:(?:mom|mum|dad|mother|father|sister|brother|stepdad|stepmom|grandma"
    r"|grandpa|nan|aunt|uncle)(?:'s|s)?\s{1,3})?(?:full\s{1,3}|real\s{1,3}|whole\s{1,3})?name"
    r"\s{1,3}is|my\s{1,3}names"
    r"|my\s{1,3}name's|(?:i\s{1,3}am|i'm|im)\s{1,3}called|people\s{1,3}call\s{1,3}me)\s{1,3})"
    rf"({_NAME})\s{{1,3}}({_NAME})(?:\s{{1,3}}({_NAME}))?"
)
_FAMILY_NAMED = re.compile(
    r"(?i:\bmy\s{1,3}(?:mom|mum|dad|mother|father|sister|brother|stepdad|stepmom|grandma"
    r"|grandpa|nan|aunt|uncle)(?:'s)?\s{1,3}(?:is|is\s{1,3}called|is\s{1,3}named|called|named)"
    r"\s{1,3})"
    rf"({_CAPITAL_NAME})\s{{1,3}}({_CAPITAL_NAME})(?:\s{{1,3}}({_CAPITAL_NAME}))?"
)
_NAME_INTRO_STRICT = re.compile(
    r"(?i:\b(?:hi|hello|hey|hiya)?[\s,]{0,3}(?:i\s{1,3}am|i'm|im)\s{1,3})"
    rf"({_CAPITAL_NAME})\s{{1,3}}({_CAPITAL_NAME})(?:\s{{1,3}}({_CAPITAL_NAME}))?"
)
_SCHOOL_SUFFIX = (
    r"(?i:elementary|primary|middle|high|academy|school|college|prep|junior|juniors|infant|infants"
    r"|secondary|grammar|montessori|kindergarten|preschool|intermediate|elem|vidyalaya|convent"
    r"|madrasa|madrassa)"
)
_SCHOOL_INTRO = (
    r"(?i:\b(?:i\s{1,3}go\s{1,3}to|i\s{1,3}goto|we\s{1,3}go\s{1,3}to|i\s{1,3}attend|we\s{1,3}attend"
    r"|my\s{1,3}school\s{1,3}is(?:\s{1,3}called)?|my\s{1,3}school'?s?\s{1,3}name\s{1,3}is"
    r"|my\s{1,3}school'?s?\s{1,3}called"
    r"|(?:i\s{1,3}am|i'm|im)\s{1,3}(?:in\s{1,3}(?:[\w']{1,10}\s{1,3}){1,3})?at"
    r"|i\s{1,3}study\s{1,3}at|student\s{1,3}at|my\s{1,3}(?:brother|sister)\s{1,3}goes\s{1,3}to"
    r"|i\s{1,3}go\s{1,3}to\s{1,3}school\s{1,3}at)\s{1,3})"
)
_AT_NAMED_SCHOOL = re.compile(
    r"(?i:\b(?:scoil|gaelscoil|gaelcholaiste|colaiste|coláiste|colegio|escuela|lycee|lycée|liceo"
    r"|instituto|kendriya\s{1,3}vidyalaya|jawahar\s{1,3}navodaya\s{1,3}vidyalaya))"
    r"(?:\s{1,3}[A-ZÀ-Ö][\w'-]{1,25}){1,3}"
)
_AT_NAMED_NAMED_FIRST_SCHOOL = re.compile(
    r"\bat\s{1,3}((?:(?:St\.?|Saint)\s{1,3})?(?:[A-Z][A-Za-z'.-]{1,20}\s{1,3}){1,4}"
    r"(?:School|Primary|Elementary|Academy|College|Middle|High|Prep|Junior|Infants|Secondary"
    r"|Grammar)(?:\s{1,3}School)?)\b"
)
_NAMED_FIRST_SCHOOL = re.compile(
    r"(?i:\b(?:scoil|gaelscoil|gaelcholaiste|colaiste|coláiste|colegio|escuela|lycee|lycée|liceo"
    r"|instituto|kendriya\s{1,3}vidyalaya|jawahar\s{1,3}navodaya\s{1,3}vidyalaya))"
    r"(?:\s{1,3}[A-ZÀ-Ö][\w'-]{1,25}){1,3}"
)
_SCHOOL = re.compile(
    _SCHOOL_INTRO
    + r"((?:(?:st\.?|saint)\s{1,3})?"
    + rf"(?:(?!{_STOP}\b|school\b)[A-Za-z][A-Za-z'.-]{{1,25}}\s{{1,3}}){{1,4}}?"
    + _SCHOOL_SUFFIX
    + r"(?:\s{1,3}(?i:school|academy))?\b"
    + r"|(?i:st\.?|saint)\s{1,3}[A-Za-z'.-]{2,25}(?:\s{1,3}(?i:catholic|c\s?of\s?e|primary"
    + r"|elementary|school|academy|church)){0,2}\b)"
)
_PLATFORM = (
    r"(?:roblox|minecraft|fortnite|xbox|psn|playstation|steam|epic|discord|snap|snapchat|insta"
    r"|instagram|tiktok|twitter|kik|telegram|youtube|twitch|gamer|game|online|among us|brawl stars"
    r"|pokemon go|nintendo|switch)"
)
_HANDLE_INTRO = re.compile(
    rf"(?i:\bmy\s{{1,3}}(?:{_PLATFORM}\s{{1,3}})?(?:user\s?name|gamer\s?tag|handle|screen\s?name"
    rf"|name|id|account|tag|{_PLATFORM})(?:\s{{1,3}}on\s{{1,3}}{_PLATFORM})?\s{{0,3}}(?:is"
    rf"|=|:)\s{{0,3}})"
    r"(@?[A-Za-z0-9_.#-]{3,32})"
)
_DISCORD_TAG = re.compile(r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b")
_STREET_NAME = re.compile(
    r"(?i:\b(?:live on|live in|living on|house is on|home is on|my street is|street is called"
    r"|i live at)\s{1,3})"
    rf"((?:(?!{_STOP}\b)[A-Za-z][A-Za-z'.-]{{1,20}}\s{{1,3}}){{1,3}}"
    r"(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct|place|boulevard|blvd"
    r"|crescent|terrace|grove|gardens|square|row|parkway|circle|way|walk|mews)\b\.?)"
)
_ON_STREET = re.compile(
    r"(?i:\b(?:number\s{1,3}\d{1,5}\s{1,3}on|\d{1,5}\s{1,3}on|on)\s{1,3})"
    rf"((?:(?!{_STOP}\b)[A-Z][A-Za-z'.-]{{1,20}}\s{{1,3}}){{1,3}}"
    r"(?i:street|road|avenue|lane|drive|close|court|boulevard|crescent|terrace|grove|gardens"
    r"|square|parkway|way|walk|mews)\b)"
)
_SURNAME = re.compile(
    r"(?i:\b(?:my\s{1,3}(?:last|family|second)\s{1,3}name|my\s{1,3}surname)\s{0,3}(?:is|=|:|'s)"
    r"\s{0,3})([A-Za-z][A-Za-z'-]{1,30})"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_BIRTH_DATE = re.compile(
    r"(?i:\b(?:date\s{1,3}of\s{1,3}birth|dob|born\s{1,3}on|birthday\s{1,3}is|bday\s{1,3}is"
    r"|birth\s{1,3}date\s{1,3}is)\s{0,3}(?:is\s{1,3}|:\s{0,3}|the\s{1,3})?)"
    r"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    rf"|(?i:\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?{_MONTH},?\s{{1,3}}\d{{4}})"
    rf"|(?i:{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}}))"
)
_ID_NUMBER = re.compile(
    r"(?i:\b(?:passport|social\s{1,3}security|ssn|national\s{1,3}insurance|nhs|student\s{1,3}id"
    r"|id\s{1,3}card|licen[cs]e|medicare|health\s{1,3}card)\s{0,3}(?:number|no\.?|#|num)?"
    r"\s{0,3}(?:is|=|:)?\s{0,3})([A-Za-z0-9][A-Za-z0-9 -]{4,20}[A-Za-z0-9])"
)
_SCHOOL_CALLED = re.compile(
    r"(?i:\bmy\s{1,3}school(?:'s)?\s{1,3}(?:is\s{1,3}called|is\s{1,3}named|name\s{1,3}is"
    r"|called)\s{1,3})"
    r"([^\W\d_][\w'.-]{1,25}(?:\s{1,3}(?!(?i:and|but|in|at|near|on|i|im|we|it|so|because)\b)"
    r"[^\W\d_][\w'.-]{1,25}){0,3})"
)
_POSTCODE = re.compile(
    r"(?i:\b(?:post\s?code|postal\s{1,3}code|zip\s{1,3}code|zipcode|zip)\s{0,3}(?:is|=|:)?\s{0,3})"
    r"([A-Za-z0-9][A-Za-z0-9 -]{2,9}[A-Za-z0-9])\b"
)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
_PASSWORD = re.compile(
    r"(?i:\b(?:my|the|our)\s{1,3}(?:[a-z]{1,15}\s{1,3})?(?:password|passcode|pass\s?word|pin"
    r"|pin\s{1,3}code|login)(?:\s{1,3}(?:for|on|to)\s{1,3}[a-z0-9]{1,15})?\s{0,3}(?:is|=|:|was)"
    r"\s{0,3})(\S{3,40})"
)
_AGE = re.compile(
    r"(?i:\b(?:i\s{1,3}am|i'm|im|iam|turning|just\s{1,3}turned|i\s{1,3}turned|i'll\s{1,3}be"
    r"|i\s{1,3}will\s{1,3}be)\s{1,3}(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen)(?:\s{1,3}(?:years?|yrs?)(?:\s{1,3}old)?)?\b)"
)
_PLACE = re.compile(
    r"(?i:\b(?:(?:live|living|stay|staying)\s{1,3}(?:in|at|near)|(?:i\s{1,3}am|i'm|im|old|yo"
    r"|y/o|\d{1,2})\s{1,3}from)\s{1,3})"
    r"((?!(?i:a|an|the|my|our|this|that|school|home|house|big|small|flat|apartment|town|city"
    r"|village|country|street)\b)[A-Za-z][A-Za-z'.-]{1,25}"
    r"(?:\s{1,3}(?!(?i:near|and|but|with|by|the|in|at|on|so|because|i|im|next|close|where"
    r"|with|it|its|is|which|who|for)\b)[A-Za-z][A-Za-z'.-]{1,25}){0,2})"
)

_WORDS = re.compile(r"[a-z]+")
_ANY_DIGIT = re.compile(r"\d")
_CAPITALISED_PAIR = re.compile(r"\b[A-Z][a-z'-]{1,20}\s{1,3}[A-Z]")
_EMAIL_WORDS = frozenset(
    [
        "dot",
        "gmail",
        "yahoo",
        "hotmail",
        "outlook",
        "icloud",
        "aol",
        "live",
        "msn",
        "proton",
        "protonmail",
        "me",
        "mail",
        "btinternet",
        "googlemail",
    ]
)
_DIGIT_NAMES = frozenset(
    [
        "zero",
        "oh",
        "o",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "double",
    ]
)
_NAME_WORDS = frozenset(["name", "names", "called", "call"])
_SCHOOL_WORDS = frozenset(
    [
        "school",
        "elementary",
        "primary",
        "middle",
        "high",
        "academy",
        "college",
        "prep",
        "junior",
        "juniors",
        "infant",
        "infants",
        "secondary",
        "grammar",
        "montessori",
        "kindergarten",
        "preschool",
        "intermediate",
        "elem",
        "st",
        "saint",
    ]
)
_HANDLE_WORDS = frozenset(
    [
        "roblox",
        "minecraft",
        "fortnite",
        "xbox",
        "psn",
        "playstation",
        "steam",
        "epic",
        "discord",
        "snap",
        "snapchat",
        "insta",
        "instagram",
        "tiktok",
        "twitter",
        "kik",
        "telegram",
        "youtube",
        "twitch",
        "gamer",
        "game",
        "online",
        "among",
        "brawl",
        "pokemon",
        "nintendo",
        "switch",
        "username",
        "user",
        "gamertag",
        "gamer",
        "handle",
        "screen",
        "tag",
        "id",
        "account",
        "name",
    ]
)
_STREET_WORDS = frozenset(
    [
        *[
            "street",
            "st",
            "road",
            "rd",
            "avenue",
            "ave",
            "lane",
            "ln",
            "drive",
            "dr",
            "close",
            "court",
            "ct",
            "place",
            "boulevard",
        ],
        *[
            "blvd",
            "crescent",
            "terrace",
            "grove",
            "gardens",
            "square",
            "row",
            "parkway",
            "circle",
            "way",
            "walk",
            "mews",
        ],
    ]
)
_OWN_PLACE_WORDS = frozenset(
    ["i", "my", "me", "we", "our", "us", "im", "come", "visit", "meet", "address", "house", "home"]
)
_SURNAME_WORDS = frozenset(["last", "family", "second"])
_BIRTH_WORDS = frozenset(["birth", "born", "birthday", "bday", "dob"])
_ID_WORDS = frozenset(
    ["passport", "security", "ssn", "insurance", "nhs", "id", "licence", "license", "medicare"]
)
_POSTCODE_WORDS = frozenset(["postcode", "post", "postal", "zip", "zipcode"])
_PASSWORD_WORDS = frozenset(["password", "passcode", "pass", "pin", "login"])
_PLACE_WORDS = frozenset(["live", "living", "from", "stay", "staying"])
_NAMED_FIRST_SCHOOL_WORDS = frozenset(
    [
        "scoil",
        "gaelscoil",
        "gaelcholaiste",
        "colaiste",
        "coláiste",
        "colegio",
        "escuela",
        "lycee",
        "lycée",
        "liceo",
        "instituto",
        "vidyalaya",
    ]
)

#: Every word some rule below needs; a message with none of them (and no digit, "@" or
#: capitalised pair of words) holds no personal information we could find.
_ANY_INTRO_WORD = frozenset(
    {
        "at",
        "address",
        "adress",
        "surname",
        *_EMAIL_WORDS,
        *_DIGIT_NAMES,
        *_NAME_WORDS,
        *_SCHOOL_WORDS,
        *_HANDLE_WORDS,
        *_STREET_WORDS,
        *_POSTCODE_WORDS,
        *_PASSWORD_WORDS,
        *_PLACE_WORDS,
        *_NAMED_FIRST_SCHOOL_WORDS,
        *_BIRTH_WORDS,
        *_ID_WORDS,
    }
)

_NOT_A_NAME = frozenset(
    [
        "and",
        "im",
        "i",
        "is",
        "but",
        "the",
        "a",
        "an",
        "from",
        "in",
        "at",
        "on",
        "to",
        "it",
        "so",
        "too",
        "what",
        "hoot",
        "lol",
        "haha",
        "ok",
        "okay",
        "btw",
        "hi",
        "hello",
        "not",
        "also",
        "because",
        "plus",
        "my",
        "years",
        "year",
        "yrs",
        "old",
        "age",
        "or",
        "with",
        "who",
        "how",
        "can",
        "will",
        "was",
        "are",
        "you",
        "u",
        "your",
        "ur",
        "please",
        "pls",
        "thanks",
        "thank",
        "nice",
        "cool",
        "sorry",
        "here",
        "there",
        "this",
        "that",
        "just",
        "really",
        "very",
        "like",
        "love",
        "want",
        "wanna",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "for",
        "of",
        "by",
        "as",
        "if",
        "then",
        "when",
        "where",
        "why",
        "yes",
        "no",
        "yeah",
        "yep",
        "nope",
        "x",
        "xo",
        "xx",
        "today",
        "now",
        "again",
        "already",
        "though",
        "actually",
        "lmao",
        "good",
        "bad",
        "sad",
        "happy",
        "bored",
        "tired",
        "friend",
        "best",
        "called",
        "list",
        "spelled",
        "spelt",
        "written",
        "short",
        "long",
        "weird",
        "funny",
        "cute",
        "nickname",
        "same",
        "new",
        "going",
        "gonna",
        "sure",
        "glad",
        "here",
        "back",
        "home",
        "at",
        "and&",
        "hard",
        "difficult",
        "easy",
        "unusual",
        "different",
        "special",
        "secret",
        "private",
        "strange",
        "boring",
        "really",
        "big",
        "small",
        "great",
        "fun",
        "nice",
        "cool",
        "awesome",
        "huge",
        "old",
        "new",
        "far",
        "close",
        "near",
        "amazing",
        "the",
        "a",
        "an",
        "very",
        "not",
    ]
)
_NOT_A_VALUE = frozenset(
    [
        "too",
        "a",
        "the",
        "easy",
        "secret",
        "hard",
        "very",
        "so",
        "weak",
        "strong",
        "long",
        "short",
        "not",
        "really",
        "just",
        "private",
        "broken",
        "down",
        "blocked",
        "new",
        "same",
        "my",
        "your",
        "is",
        "are",
        "was",
        "banned",
        "gone",
        "deleted",
        "locked",
        "changed",
        "hacked",
        "simple",
        "something",
    ]
)


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One piece of personal information: where it is in the original text and what kind."""

    start: int
    end: int
    kind: str


def _prepared(text: str) -> tuple[str, list[int] | None]:
    """Text with fullwidth digits and invisible characters normalised, plus a map back to the
    original positions (None when nothing changed)."""
    if text.isascii():
        return text, None
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if _INVISIBLE.match(char):
            continue
        mapped = unicodedata.normalize("NFKC", char) if ord(char) > 127 else char
        if mapped in "\u2019\u2018\u02bc":
            mapped = "'"
        for piece in mapped:
            chars.append(piece)
            origin.append(index)
    return "".join(chars), origin


def _counting(digits: list[int]) -> bool:
    """True for 1 2 3 4 5 ... (counting), which is not a phone number."""
    return all(b - a == 1 for a, b in itertools.pairwise(digits))


def _phone_like(candidate: str, text: str, start: int) -> bool:
    digits = [char for char in candidate if char.isdigit()]
    if not 7 <= len(digits) <= 15:
        return False
    pieces = re.findall(r"\d+", candidate)
    groups = [int(group) for group in pieces]
    if len(groups) >= 5 and _counting(groups):
        return False
    lengths = {len(piece) for piece in pieces}
    # "7 14 21 28" is a list of small numbers; "06 12 34 56 78" (French style) is a phone.
    small_numbers = len(pieces) >= 3 and max(lengths) <= 2 and lengths != {1}
    if small_numbers and not (pieces[0].startswith("0") and lengths == {2}):
        return False
    separators = set(re.sub(r"[\d+()]", "", candidate))
    if separators == {"."} and candidate.count(".") == 1:
        return False  # a decimal number
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", candidate):
        return False  # a date
    if re.fullmatch(r"(?:1[0-9]|20)\d\d ?[-/] ?(?:1[0-9]|20)\d\d", candidate):
        return False  # a range of years
    bare = candidate.isdigit()
    if bare and not candidate.startswith("0"):
        window = text[max(0, start - 60) : start]
        return _PHONE_CONTEXT.search(window) is not None or _OWN_NUMBER.search(window) is not None
    return True


def find(text: str, words: frozenset[str] | set[str] | None = None) -> list[PiiSpan]:
    """All personal information in `text`, as non-overlapping spans of the original text."""
    prepared, origin = _prepared(text)
    spans: list[PiiSpan] = []

    def add(start: int, end: int, kind: str) -> None:
        while end > start and prepared[end - 1] in " ,.;:!?)":
            end -= 1
        if end > start:
            spans.append(PiiSpan(start, end, kind))

    if words is None or origin is not None:
        words = set(_WORDS.findall(prepared.lower()))
    has_digit = _ANY_DIGIT.search(prepared) is not None
    if (
        not has_digit
        and "@" not in prepared
        and words.isdisjoint(_ANY_INTRO_WORD)
        and _CAPITALISED_PAIR.search(prepared) is None
    ):
        return []
    # Cheap gates first: most messages hold no digits, no "@" and none of the intro words.
    if "@" in prepared:
        for match in _EMAIL.finditer(prepared):
            add(match.start(), match.end(), "email address")
        for match in _HANDLE.finditer(prepared):
            add(match.start(), match.end(), "username")
    if "#" in prepared:
        for match in _DISCORD_TAG.finditer(prepared):
            add(match.start(), match.end(), "username")
    if "at" in words and not words.isdisjoint(_EMAIL_WORDS):
        for match in _SPELLED_EMAIL.finditer(prepared):
            add(match.start(), match.end(), "email address")
    if has_digit:
        for match in _SSN.finditer(prepared):
            add(match.start(), match.end(), "ID number")
        for match in _PHONE.finditer(prepared):
            if _phone_like(match.group(), prepared, match.start()):
                add(match.start(), match.end(), "phone number")
        # "Who lives at 10 Downing Street?" is a quiz, not the child's address.
        if not words.isdisjoint(_OWN_PLACE_WORDS):
            for pattern in (_STREET, _FOREIGN_STREET, _UNIT):
                for match in pattern.finditer(prepared):
                    add(match.start(), match.end(), "address")
    if len(words & _DIGIT_NAMES) >= 2:
        for match in _DIGIT_WORDS.finditer(prepared):
            values = _digit_word_values(match.group())
            if len(values) >= 7 and not _counting(values):
                add(match.start(), match.end(), "phone number")
    if "address" in words or "adress" in words:
        for match in _ADDRESS_IS.finditer(prepared):
            if any(char.isdigit() for char in match.group(1)):
                add(match.start(1), match.end(1), "address")
    if not words.isdisjoint(_NAME_WORDS):
        for match in _NAME_INTRO_LOOSE.finditer(prepared):
            _add_surname(match, add)
    if _CAPITALISED_PAIR.search(prepared):
        for match in _NAME_INTRO_STRICT.finditer(prepared):
            _add_surname(match, add)
        if "my" in words:
            for match in _FAMILY_NAMED.finditer(prepared):
                _add_surname(match, add)
    if not words.isdisjoint(_SCHOOL_WORDS):
        for match in _SCHOOL.finditer(prepared):
            add(match.start(1), match.end(1), "school")
        if not words.isdisjoint(_OWN_PLACE_WORDS):
            for match in _AT_NAMED_SCHOOL.finditer(prepared):
                add(match.start(1), match.end(1), "school")
    if not words.isdisjoint(_NAMED_FIRST_SCHOOL_WORDS) and not words.isdisjoint(_OWN_PLACE_WORDS):
        for match in _NAMED_FIRST_SCHOOL.finditer(prepared):
            add(match.start(), match.end(), "school")
    if "my" in words and not words.isdisjoint(_HANDLE_WORDS):
        for match in _HANDLE_INTRO.finditer(prepared):
            value = match.group(1)
            if _looks_like_handle(value, match.group(0)):
                add(match.start(1), match.end(1), "username")
    if not words.isdisjoint(_STREET_WORDS):
        for match in _STREET_NAME.finditer(prepared):
            add(match.start(1), match.end(1), "address")
        if not words.isdisjoint(_OWN_PLACE_WORDS):
            for match in _ON_STREET.finditer(prepared):
                add(match.start(1), match.end(1), "address")
    if "surname" in words or ("name" in words and not words.isdisjoint(_SURNAME_WORDS)):
        for match in _SURNAME.finditer(prepared):
            if match.group(1).lower() not in _NOT_A_NAME:
                add(match.start(1), match.end(1), "last name")
    if not words.isdisjoint(_POSTCODE_WORDS):
        for match in _POSTCODE.finditer(prepared):
            if any(char.isdigit() for char in match.group(1)):
                add(match.start(1), match.end(1), "postcode")
    if has_digit:
        for match in _UK_POSTCODE.finditer(prepared):
            add(match.start(), match.end(), "postcode")
    if not words.isdisjoint(_BIRTH_WORDS):
        for match in _BIRTH_DATE.finditer(prepared):
            add(match.start(1), match.end(1), "date of birth")
    if not words.isdisjoint(_ID_WORDS) and has_digit:
        for match in _ID_NUMBER.finditer(prepared):
            if sum(char.isdigit() for char in match.group(1)) >= 5:
                add(match.start(1), match.end(1), "ID number")
    if "school" in words:
        for match in _SCHOOL_CALLED.finditer(prepared):
            if match.group(1).split()[0].lower() not in _NOT_A_NAME:
                add(match.start(1), match.end(1), "school")
    if not words.isdisjoint(_PASSWORD_WORDS):
        for match in _PASSWORD.finditer(prepared):
            if match.group(1).lower().strip(".,!?") not in _NOT_A_VALUE:
                add(match.start(1), match.end(1), "password")
    if not words.isdisjoint(_PLACE_WORDS) and _AGE.search(prepared):
        for match in _PLACE.finditer(prepared):
            add(match.start(1), match.end(1), "town")
    if origin is not None:
        spans = [PiiSpan(origin[span.start], origin[span.end - 1] + 1, span.kind) for span in spans]
    return [span for span in merged(spans) if 0 <= span.start < span.end <= len(text)]


def _digit_word_values(words: str) -> list[int]:
    values: list[int] = []
    repeat = 1
    for word in re.findall(r"[a-z]+|\d", words.lower()):
        if word == "double":
            repeat = 2
            continue
        if word == "triple":
            repeat = 3
            continue
        value = int(word) if word.isdigit() else _WORD_VALUE.get(word)
        if value is None:
            continue
        values.extend([value] * repeat)
        repeat = 1
    return values


def _add_surname(match: re.Match[str], add: Callable[[int, int, str], None]) -> None:
    first, second, third = match.group(1), match.group(2), match.group(3)
    if first.lower() in _NOT_A_NAME or second.lower() in _NOT_A_NAME:
        return
    end = match.end(2)
    if third and third.lower() not in _NOT_A_NAME and (third[0].isupper() or second[0].isupper()):
        end = match.end(3)
    # The first name stays: it is not enough to find a child and it keeps the chat friendly.
    add(match.start(2), end, "last name")


def _looks_like_handle(value: str, intro: str) -> bool:
    if value.lower() in _NOT_A_VALUE or value.lower() in _NOT_A_NAME:
        return False
    has_platform = re.search(_PLATFORM, intro, re.IGNORECASE) is not None
    has_handle_word = re.search(r"(?i:user\s?name|gamer\s?tag|handle|screen\s?name)", intro)
    unusual = any(not char.isalpha() for char in value) or any(c.isupper() for c in value[1:])
    return bool(has_handle_word) or (has_platform and (unusual or len(value) >= 3))


def merged(spans: list[PiiSpan]) -> list[PiiSpan]:
    """Spans sorted, with overlapping ones joined (the first one's kind names the whole)."""
    joined: list[PiiSpan] = []
    for span in sorted(spans, key=lambda one: (one.start, -one.end)):
        if joined and span.start < joined[-1].end:
            last = joined[-1]
            if span.end > last.end:
                joined[-1] = PiiSpan(last.start, span.end, last.kind)
            continue
        joined.append(span)
    return joined


def redact(text: str, spans: list[PiiSpan]) -> str:
    """`text` with each span replaced by a readable placeholder such as "[phone number]"."""
    pieces: list[str] = []
    cursor = 0
    for span in spans:
        pieces.append(text[cursor : span.start])
        pieces.append(f"[{span.kind}]")
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)
