"""Instruments cited in a recommendation: treaties, optional protocols, ILO conventions, soft-law standards.

`find_instruments(text)` finds every mention and normalises it to a stable id from the catalogue
(`instruments_catalogue.json`: id, name, aliases, abbreviations, kind, body). The regexes are generated
from the catalogue, so adding an instrument or a spelling is a data change, not a code change:

- aliases ("[International] Covenant on Civil and Political Rights") match case-insensitively and
  tolerate the variants UPR texts are full of: optional "the", of/on/for/in/to swapped, plurals,
  hyphens or commas between words, labour/labor, organise/organize, a leading "UN";
- abbreviations ("ICCPR", "CEDAW") match case-sensitively as whole tokens;
- optional protocols are resolved from their parent treaty, ordinal ("Second"), topic ("on the sale of
  children", "aiming at the abolition of the death penalty") or code ("OP-CRC-SC", "ICCPR-OP2");
  "the Optional Protocol to the CRC" with no topic gives the generic id CRC-OP;
- ILO conventions are found by number ("ILO Conventions Nos. 138 and 182", "ILO C169") or by name.

Each mention carries the articles cited with it ("articles 2 and 16 of CEDAW") and the action the
recommendation asks for: ratify (ratify / accede / become party), sign, withdraw_reservation,
implement (implement, comply, harmonise, in line with ...) or cite.

The other UN languages give the same ids, articles and actions: French, Spanish, Russian, Arabic and
Chinese names are raw regexes in the catalogue (`patterns`, per language), the "Optional Protocol" phrase,
article references and action verbs are recognised in each of them ("Факультативный протокол к …",
"البروتوكول الاختياري لـ…", "《…公约任择议定书》", "статья 12", "المادة 12", "第12条", "批准" …).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

CATALOGUE_PATH = Path(__file__).with_name("instruments_catalogue.json")
ACTIONS = ("ratify", "sign", "withdraw_reservation", "implement", "cite")


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    kind: str  # treaty | protocol | standard
    body: str  # UN, ILO, Council of Europe, OAS, African Union ...
    parent: str | None = None  # for optional protocols: the treaty they belong to
    ordinal: int | None = None  # "Second Optional Protocol" -> 2
    codes: tuple[str, ...] = ()  # suffixes in abbreviations: "SC" in OP-CRC-SC
    qualifiers: tuple[str, ...] = ()  # topic words that single the protocol out
    default_op: bool = False  # what "the Optional Protocol to <parent>" means with no topic
    generic: bool = False  # an unspecified protocol of a parent with several
    plural: tuple[str, ...] = ()  # what "<parent> and its Optional Protocols" means
    ilo: int | None = None


@dataclass(frozen=True)
class InstrumentMention:
    id: str
    name: str
    article: tuple[str, ...]  # article numbers cited with this mention ("2", "16"), main number only
    span: tuple[int, int]  # character offsets into the text
    action: str  # one of ACTIONS
    kind: str = "treaty"
    body: str = "UN"


# ---------------------------------------------------------------------------------------------
# Catalogue and the regexes generated from it

_SEP = r"[\s\-\u2010-\u2014,/]+"  # what may stand between two words of a name
_PREPOSITIONS = {"of", "on", "for", "in", "to"}  # UPR texts swap these freely ("Convention of the Rights")
_TOKEN = re.compile(r"\[[^\]]*\]|\([^)]*\)|[^\s\[(]+")
_UN_PREFIX = r"(?:(?:the\s+)?(?:United\s+Nations|UN|U\.N\.)\s+)?"


def _word_pattern(word: str) -> str:
    """One word of a name, with the spelling variants seen in UPR texts."""
    low = word.lower()
    if low in _PREPOSITIONS:
        return r"(?:of|on|for|in|to)(?:\s+the)?"
    pattern = re.escape(word)
    pattern = pattern.replace("'", "['\u2019]?").replace(r"\-", r"[\s\-\u2010-\u2014]{0,2}")
    pattern = re.sub(r"(?i)our", lambda m: m.group()[:2] + "?" + m.group()[2], pattern)
    pattern = re.sub(r"(?i)i[sz](e|ed|ing|ation)$", r"i[sz]\1", pattern)
    if word.isalpha() and len(word) > 3 and not low.endswith("s"):
        pattern += "s?"
    elif low == "rights":  # "Covenant on Civil and Political Right"
        pattern = pattern[:-1] + "s?"
    return pattern


def _sequence(tokens: list[str], inner: bool = False) -> str:
    """Join name tokens; optional ones ("the", "[...]") may be left out together with their separator.

    Inside a bracket (`inner`) "the" is literal: the bracket as a whole is what is optional.
    """
    parts: list[tuple[str, bool]] = []
    for token in tokens:
        if token.startswith("["):
            parts.append((_sequence(_TOKEN.findall(token[1:-1]), inner=True), True))
        elif token.startswith("(") and "|" in token:
            choices = [_sequence(_TOKEN.findall(choice), inner=True) for choice in token[1:-1].split("|")]
            parts.append(("(?:" + "|".join(choices) + ")", False))
        elif token.startswith("("):  # "(Employment and Occupation)": written with or without brackets
            parts.append((r"\(?" + _sequence(_TOKEN.findall(token[1:-1]), inner=True) + r"\)?", False))
        elif token.lower() == "the" and not inner:
            parts.append(("the", True))
        else:
            parts.append((_word_pattern(token), False))
    pattern, started = "", False
    for part, optional in parts:
        if not started:
            pattern += f"(?:{part}{_SEP})?" if optional else part
            started = not optional
        else:
            pattern += f"(?:{_SEP}{part})?" if optional else f"{_SEP}{part}"
    return pattern


def compile_alias(alias: str) -> re.Pattern:
    """The case-insensitive regex for one catalogue alias."""
    body = _sequence(_TOKEN.findall(alias))
    return re.compile(rf"(?<![\w-]){_UN_PREFIX}{body}(?![\w-])", re.IGNORECASE)


# Official names in the other UN languages are raw regexes in the catalogue (`patterns`), because
# Russian and Arabic inflect and glue words and Chinese has no spaces: a generated word grammar
# like the English one would not fit them. Each language has its own boundaries.
_LANGUAGE_SIGNS = {  # a text is only searched with a language's patterns when it shows signs of that language
    # French and Spanish: their commonest function words (saves the time of ~50 patterns on English texts)
    "fr": re.compile(r"\b(?:des|du|les|le|la|et|aux)\b", re.I),
    "es": re.compile(r"\b(?:del|los|las|el|la|y)\b", re.I),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
}
_BOUNDARIES = {"ar": (r"", r"(?!\w)"), "zh": (r"", r"")}  # others: whole words
# What Arabic may glue before a name: wa-/fa- ("and"), bi-/li-/ka- ("with/to/as"), the article al-, lil-
_ARABIC_PREFIX = re.compile(r"[وف]?(?:[بك]?ال|لل|[بلك])?")


def compile_language_pattern(language: str, pattern: str) -> re.Pattern:
    """The regex for one name of the catalogue's `patterns` (a space stands for any white space)."""
    before, after = _BOUNDARIES.get(language, (r"(?<![\w-])", r"(?![\w-])"))
    body = pattern.replace(" ", r"[\s\u00a0]+")
    return re.compile(f"{before}(?:{body}){after}", re.IGNORECASE)


def _arabic_word_start(text: str, start: int) -> int | None:
    """Where the word holding an Arabic match starts, or None when what is glued before is no prefix."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return word_start if _ARABIC_PREFIX.fullmatch(text[word_start:start]) else None


def compile_abbreviation(abbreviation: str) -> re.Pattern:
    """Abbreviations are case-sensitive ("CAT", not "cat"); a space and a hyphen are interchangeable."""
    pattern = re.escape(abbreviation).replace(r"\-", r"[\s\-]?").replace(r"\ ", r"[\s\-]?")
    return re.compile(rf"(?<![\w]){pattern}(?![\w])")


class Catalogue:
    """The instruments and every regex generated from their names."""

    def __init__(self, data: dict):
        self.instruments = {entry["id"]: _instrument(entry) for entry in data["instruments"]}
        self.by_ilo_number = {i.ilo: i for i in self.instruments.values() if i.ilo is not None}
        self.name_patterns = [
            (_alias_head(alias), compile_alias(alias), (entry["id"],), None)
            for entry in data["instruments"] for alias in entry["aliases"] + _ilo_title_aliases(entry)
        ]
        self.name_patterns += [
            (_alias_head(item["alias"]), compile_alias(item["alias"]), tuple(item["ids"]),
             re.compile(item["requires"], re.I) if "requires" in item else None)
            for item in data.get("combined", [])
        ]
        self.language_patterns = [
            (language, compile_language_pattern(language, pattern), (entry["id"],))
            for entry in data["instruments"] for language, patterns in entry.get("patterns", {}).items()
            for pattern in patterns
        ]
        self.abbreviation_patterns = [
            (re.sub(r"[\s-]", "", abbr)[:2], compile_abbreviation(abbr), (entry["id"],), None)
            for entry in data["instruments"] for abbr in entry["abbreviations"]
        ]
        self.parent_abbreviations = {
            abbr: entry["id"] for entry in data["instruments"] for abbr in entry["abbreviations"]
            if self.protocols_of(entry["id"])
        }
        self.protocol_code = self._protocol_code_pattern()
        self.qualifier_patterns = [
            (re.compile(rf"\b{_sequence(_TOKEN.findall(q))}\b", re.I), op.id)
            for op in self.instruments.values() for q in op.qualifiers
        ]
        self.qualifier_patterns += [  # topics in other languages, raw regexes
            (re.compile(topic, re.I), entry["id"]) for entry in data["instruments"] for topic in entry.get("topics", ())
        ]

    def protocols_of(self, parent: str) -> list[Instrument]:
        return [i for i in self.instruments.values() if i.parent == parent]

    def _protocol_code_pattern(self) -> re.Pattern:
        """OP-CAT, OPCAT, CAT-OP, ICCPR-OP2, OP2-ICCPR, OP-CRC-SC, CRC-OPAC, CRC-SC-OP ... (case-sensitive)."""
        parents = "|".join(sorted(map(re.escape, self.parent_abbreviations), key=len, reverse=True))
        codes = sorted({c for i in self.instruments.values() for c in i.codes}, key=len, reverse=True)
        code = "|".join(map(re.escape, codes))
        dash = r"\s?[-\u2010-\u2014]?\s?"
        return re.compile(
            rf"(?<!\w)(?:OP{dash}(?P<code1>[123])?{dash}(?P<parent1>{parents})(?:{dash}(?P<code2>{code}))?"
            rf"|(?P<parent2>{parents}){dash}OP{dash}(?P<code3>{code})?"
            rf"|(?P<parent3>{parents}){dash}(?P<code4>AC|SC|IC){dash}(?:OP)?)(?!\w)"
        )

    def protocol_for(self, parent: str, code: str | None = None, ordinal: int | None = None) -> list[str]:
        """The protocol(s) of `parent` meant by an abbreviation code or an ordinal; default/generic otherwise."""
        protocols = self.protocols_of(parent)
        if code:
            chosen = [p.id for p in protocols if code in p.codes]
            if chosen:
                return chosen
        if ordinal:
            chosen = [p.id for p in protocols if p.ordinal == ordinal]
            if chosen:
                return chosen
        for wanted in ("default_op", "generic"):
            chosen = [p.id for p in protocols if getattr(p, wanted)]
            if chosen:
                return chosen
        return []


def _ilo_title_aliases(entry: dict) -> list[str]:
    """'Minimum Age Convention' is also written 'the ILO Convention concerning Minimum Age'."""
    if entry.get("body") != "ILO":
        return []
    return [f"[ILO] Convention (on|concerning) [the] {alias[: -len(' Convention')]}"
            for alias in entry["aliases"] if alias.endswith(" Convention")]


def _alias_head(alias: str) -> str:
    """Three lower-case letters every match of the alias contains, so most patterns can be skipped
    on a text without them (a 4x speed-up on UPR Info's 33,000 recommendations); "" when unsure."""
    for token in _TOKEN.findall(alias):
        if token.startswith("[") or token.lower() == "the":
            continue
        if token.startswith("(") or token.lower() in _PREPOSITIONS:
            return ""
        return token.lower().replace("'", "")[:3]
    return ""


def _instrument(entry: dict) -> Instrument:
    return Instrument(
        id=entry["id"], name=entry["name"], kind=entry.get("kind", "treaty"), body=entry.get("body", "UN"),
        parent=entry.get("parent"), ordinal=entry.get("ordinal"), codes=tuple(entry.get("codes", ())),
        qualifiers=tuple(entry.get("qualifiers", ())), default_op=entry.get("default_op", False),
        generic=entry.get("generic", False), plural=tuple(entry.get("plural", ())), ilo=entry.get("ilo"),
    )


@lru_cache(maxsize=1)
def load_catalogue(path: Path = CATALOGUE_PATH) -> Catalogue:
    return Catalogue(json.loads(Path(path).read_text(encoding="utf-8")))


# ---------------------------------------------------------------------------------------------
# Finding mentions


@dataclass
class _Candidate:
    start: int
    end: int
    ids: tuple[str, ...]
    protocol: bool = False  # came from an "Optional Protocol" phrase or code

    @property
    def length(self) -> int:
        return self.end - self.start


def _pattern_candidates(text: str, patterns, case_sensitive: bool) -> list[_Candidate]:
    found = []
    haystack = text if case_sensitive else text.lower()
    for head, pattern, ids, requires in patterns:
        if head not in haystack:
            continue
        for match in pattern.finditer(text):
            if requires is None or requires.search(match.group()):
                found.append(_Candidate(match.start(), match.end(), ids))
    return found


def _language_candidates(text: str, catalogue: Catalogue) -> list[_Candidate]:
    """Names in French, Spanish, Russian, Arabic and Chinese (the catalogue's `patterns`)."""
    present = {language for language, sign in _LANGUAGE_SIGNS.items() if sign.search(text)}
    found = []
    for language, pattern, ids in catalogue.language_patterns:
        if language not in present:
            continue
        for match in pattern.finditer(text):
            start = _arabic_word_start(text, match.start()) if language == "ar" else match.start()
            if start is not None:
                found.append(_Candidate(start, match.end(), ids))
    return found


def _protocol_code_candidates(text: str, catalogue: Catalogue) -> list[_Candidate]:
    found = []
    for match in catalogue.protocol_code.finditer(text):
        groups = match.groupdict()
        parent_abbr = groups["parent1"] or groups["parent2"] or groups["parent3"]
        code = groups["code2"] or groups["code3"] or groups["code4"] or groups["code1"]
        parent = catalogue.parent_abbreviations[parent_abbr]
        ids, end = catalogue.protocol_for(parent, code), match.end()
        if ids and catalogue.instruments[ids[0]].generic:  # "OP-CRC on the sale of children"
            qualified, qualifier_end = _qualified_protocols(text[end:_clause_end(text, end)], [parent], catalogue)
            if qualified:
                ids, end = qualified, end + qualifier_end
        if ids:
            found.append(_Candidate(match.start(), end, tuple(ids), protocol=True))
    return found


_ILO_NUMBER = r"\d{2,3}"
_ILO_NUMBERS = rf"(?:Nos?\.?|Numbers?|N[°o]s?\.?|C)?\s*{_ILO_NUMBER}(?:\s*(?:,|and|&|as\s+well\s+as)\s*(?:(?:Nos?\.?|N[°o]\.?|C)\s*)?{_ILO_NUMBER}(?!\s*(?:per|%)))*"
# Other languages. Case-sensitive, so that English "(No. 5)" keeps its own rules.
_NO_OTHER = r"(?:n\s?[o°º]s?\.?|[nN]\.?\s?º|núms?\.?|№|رقم)"  # "no", "n o", "nº", "núm.", "№", Arabic "raqm"
_NUMS_OTHER = rf"\d{{2,3}}(?!\d)(?:\s*(?:,|،|et|y|и|و)\s*(?:{_NO_OTHER}\s*)?\d{{2,3}}(?!\d))*"
_ILO_OTHER = r"(?:OIT|МОТ|Международной\s+организации\s+труда|منظمة\s+العمل\s+الدولية)"
_ILO_PATTERNS_OTHER = [
    # "Convention (no 169) de l'OIT", "Convenio núm. 169", "Конвенция № 169", "اتفاقية رقم 169",
    # "Convention de l'OIT no 169", "Конвенция МОТ № 138 и 182", "اتفاقية منظمة العمل الدولية رقم 169"
    re.compile(rf"(?:\b[Cc]onven(?:tion|io)s?(?:\s+de\s+(?:l['\u2019]\s?|la\s+){_ILO_OTHER})?|(?<!\w)[Кк]онвенци\w*(?:\s+{_ILO_OTHER})?"
               rf"|اتفاقي\w*(?:\s+{_ILO_OTHER})?)\s*\(?\s*(?P<nums>{_NO_OTHER}\s*{_NUMS_OTHER})"),
    # "Convention 103 de l'OIT", "Convenio 169 de la OIT"
    re.compile(rf"\b[Cc]onven(?:tion|io)s?\s+(?P<nums>{_NUMS_OTHER})\s+de\s+(?:l['\u2019]\s?|la\s+){_ILO_OTHER}"),
    # a convention named, then its number in brackets: "…, 1989 (núm. 169)", "… (№ 169)", "《…公约》(第138号)"
    re.compile(rf"(?:[Cc]onven|[Кк]онвенци|اتفاقي|公约)[^.;。；()（）]{{0,150}}?[(（]\s*(?:\d{{4}}\s*年?\s*[，,]\s*)?(?P<nums>(?:{_NO_OTHER}|第)\s*{_NUMS_OTHER}\s*号?)\s*[)）]"),
    # Chinese "国际劳工组织第169号公约", "第138号和第182号公约"
    re.compile(r"(?P<nums>第\s*\d{2,3}\s*号(?:\s*(?:和|及|、)\s*第\s*\d{2,3}\s*号)*)\s*公约"),
]
_ILO_PATTERNS = [
    # "ILO Convention No. 169", "ILO Conventions 138 and 182", "International Labour Organization (ILO) Convention 189"
    re.compile(rf"(?:\bILO\b|International\s+Labou?r\s+Organi[sz]ation(?:\s*\(ILO\))?)['\u2019]?s?[\s-]*(?:core\s+|fundamental\s+)?"
               rf"Conventions?\s*(?P<nums>{_ILO_NUMBERS})\b", re.I),
    # "Convention No. 169 of the ILO", "Convention No. 189" (the "No." marks an ILO convention)
    re.compile(rf"\bConventions?\s*(?P<nums>(?:Nos?\.|N[°o]s?\.?)\s*{_ILO_NUMBER}(?:\s*(?:,|and|&)\s*(?:Nos?\.?\s*)?{_ILO_NUMBER})*)\b", re.I),
    re.compile(rf"\bConventions?\s*(?P<nums>{_ILO_NUMBERS})\s+of\s+(?:the\s+)?(?:ILO|International\s+Labou?r\s+Organi[sz]ation)\b", re.I),
    # "ILO 189", "ILO No. 169"
    re.compile(rf"\bILO\s*(?P<nums>{_ILO_NUMBERS})\b"),
    *_ILO_PATTERNS_OTHER,
    # "ILO C169", "C189" (must stay last: see _ilo_candidates)
    re.compile(r"(?:\bILO\s*)?(?<![\w-])(?P<nums>C[\s-]?\d{2,3})(?![\w-])"),
]


def _ilo_candidates(text: str, catalogue: Catalogue) -> list[_Candidate]:
    found = []
    for index, pattern in enumerate(_ILO_PATTERNS):
        for match in pattern.finditer(text):
            numbers = [int(n) for n in re.findall(r"\d+", match.group("nums"))]
            if index == len(_ILO_PATTERNS) - 1 and not all(n in catalogue.by_ilo_number for n in numbers):
                continue  # a bare "C123" is only trusted for conventions the catalogue knows
            ids = tuple(f"C{n:03d}" for n in numbers if 1 <= n <= 200)
            if ids:
                found.append(_Candidate(match.start(), match.end(), ids))
    return found


_OP_PHRASE = re.compile(
    r"(?<![\w-])(?:(?P<ordinal>first|second|third|1st|2nd|3rd|premier|deuxième|troisième|primer|segundo|tercer)\s+"
    r"|(?P<count>two|both|three|all\s+three|all)\s+(?:the\s+)?(?:two\s+|three\s+)?)?"
    r"(?:(?P<optional>optional[\s-]+)?protocol(?P<plural>s)?\b"
    # Spanish "Protocolo(s) Facultativo(s)", French "Protocole(s) facultatif(s)"
    r"|protocol[oe](?P<plural_other>s)?\s+(?P<optional_other>facultati(?:vo|f)s?)\b)"
    # Russian "(второй) Факультативный протокол", "Факультативные протоколы" (any case ending)
    r"|(?P<i18n>(?<!\w)(?:(?P<ordinal_ru>перв|втор|трет)\w*\s+)?факультативн\w*\s+протокол(?:(?P<plural_ru>ы|ов|ам|ами|ах)|а|у|ом|е)?(?!\w)"
    # Arabic "البروتوكول الاختياري (الثاني)", dual "البروتوكولين الاختياريين", plural "البروتوكولات الاختيارية"
    r"|البروتوكول(?P<plural_ar>ين|ان|ات)?\s+الاختياري(?:ين|ان|ة)?(?:\s+(?P<ordinal_ar>الأول|الثاني|الثالث)(?:\s+و(?P<ordinal_ar2>الثاني|الثالث))?)?"
    # Chinese "(第二项)任择议定书" (older texts: 任意议定书); the parent's name comes before it
    r"|(?:第(?P<ordinal_zh>一|二|三)项?(?:(?:和|及)第(?P<ordinal_zh2>二|三)项?)?|(?P<plural_zh>两项|各项))?(?:任择|任意)议定书)", re.I)
_OP_CONNECTIVE = re.compile(
    r"\s*(?:\([^)]{1,25}\)\s*)?(?:(?:to|of|on|under|for|in)\s+(?:the\s+)?"
    r"|(?:(?:se\s+rapportant|relati(?:f|vo)s?)\s+)?(?:de|del|a|al|à|au|aux)\s+(?:(?:la|el|le|les)\s+|l['\u2019])?"
    # Russian "к Конвенции"; Arabic "الملحق بـ" / "لـ" glued to the treaty's name (kept in its match)
    r"|к\s+|(?:(?:الملحق|المتعلق|الخاص)\w*\s+)?(?=[\u0600-\u06ff]))", re.I)
_OP_ANAPHORA_BEFORE = re.compile(r"\b(?:its|their|the\s+relevant|su|sus|son|ses|leurs?)\s+(?:\w+\s+){0,2}$", re.I)
_OP_ANAPHORA_AFTER = re.compile(r"^\s*(?:к\s+не(?:й|му)(?!\w)|(?:الملحق\w*\s+)?بها?(?!\w)|thereto|to\s+it\b|to\s+(?:that|this|the\s+said|the)\s+(?:Convention|Covenant)(?!\s+(?:on|against|for|relating)\b))", re.I)
# "the ICCPR Second Optional Protocol", "the CRPD and the Optional Protocol"
_RIGHT_AFTER_TREATY = re.compile(
    r"^\s*(?:['\u2019]s\s+)?(?:(?:,\s*)?(?:and|as\s+well\s+as|y|et)\s+(?:the\s+|its\s+|el\s+|su\s+|le\s+|son\s+)?)?$", re.I)
# Russian "и (ее) Факультативный протокол", Arabic "و" glued, Chinese "《…公约》及其任择议定书"
_RIGHT_AFTER_TREATY_OTHER = re.compile(r"^[\s》〉]*(?:(?:,\s*)?(?:и|а\s+также)\s+(?:е[её]\s+)?|و|及其|和其|及|和|与|以及|关于[^《》〈〉。；]{0,80}?的)?$")
_POSSESSIVE = re.compile(r"^\s*(?:['\u2019]s\s*)?$"
                         # Chinese: the parent's name, then the topic: "《儿童权利公约关于买卖儿童…的任择议定书》"
                         r"|^[》〉]?(?:关于[^《》〈〉。；]{0,80}?的)?$")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "premier": 1, "deuxième": 2, "troisième": 3, "primer": 1, "segundo": 2, "tercer": 3,
             "перв": 1, "втор": 2, "трет": 3, "الأول": 1, "الثاني": 2, "الثالث": 3, "一": 1, "二": 2, "三": 3}


def _phrase_ordinal(phrase: re.Match) -> int | None:
    for group in ("ordinal", "ordinal_ru", "ordinal_ar", "ordinal_zh"):
        if phrase.group(group):
            return _ORDINALS.get(phrase.group(group).lower())
    return None


def _phrase_plural(phrase: re.Match) -> bool:
    return any(phrase.group(g) for g in ("plural", "plural_other", "count", "plural_ru", "plural_ar", "plural_zh"))


_ZH_TOPIC_BEFORE = re.compile(r"关于([^《》〈〉。；]{1,80}?)的$")
_QUALIFIER_WINDOW = 200
_QUALIFIER_GAP = 60
_ANOTHER_PHRASE = re.compile(r"\band\b|\bas\s+well\s+as\b|[;:]", re.I)


def _protocol_phrase_candidates(text: str, base: list[_Candidate], catalogue: Catalogue) -> list[_Candidate]:
    """'(Second) Optional Protocol(s) to <parent> [on <topic>]' and 'its Optional Protocol(s)'."""
    found = []
    phrases = list(_OP_PHRASE.finditer(text))
    for index, phrase in enumerate(phrases):
        parents, start, end = _protocol_parents(text, phrase, base, catalogue)
        if not parents and not (phrase.group("optional") or phrase.group("optional_other") or phrase.group("i18n")):
            continue  # "a national protocol on trafficking" is not the Palermo Protocol
        window_end = phrases[index + 1].start() if index + 1 < len(phrases) else len(text)
        window_end = min(window_end, end + _QUALIFIER_WINDOW, _clause_end(text, end))
        qualified, qualifier_end = _phrase_topic(text, phrase, parents, (start, end, window_end), catalogue)
        ids = qualified or [i for parent in parents for i in _protocols_without_topic(phrase, parent, catalogue)]
        if ids:
            end = max(end, end + qualifier_end)
            found.append(_Candidate(start, end, tuple(ids), protocol=True))
    return found


def _phrase_topic(text, phrase, parents, bounds, catalogue) -> tuple[list[str], int]:
    """The protocols a topic singles out, and how far past the phrase's end the topic runs.

    The topic follows the phrase, except in Chinese, where it stands between the treaty and the phrase
    ("…公约关于买卖儿童…的任择议定书"). With no treaty named, a Chinese phrase takes its topic only from
    before it: Chinese is so compact that a topic after "《任择议定书》" usually belongs to another clause.
    """
    start, end, window_end = bounds
    if not parents and phrase.group().endswith("议定书"):
        topic = _ZH_TOPIC_BEFORE.search(text, max(0, phrase.start() - 90), phrase.start())
        return (_qualified_protocols(topic.group(1), [], catalogue)[0] if topic else []), 0
    qualified, qualifier_end = _qualified_protocols(text[end:window_end], parents, catalogue)
    if not qualified and start < phrase.start():
        qualified = _qualified_protocols(text[start:phrase.start()], parents, catalogue)[0]
    return qualified, qualifier_end


def _protocol_parents(text, phrase, base, catalogue) -> tuple[list[str], int, int]:
    """The treaties an 'Optional Protocol' phrase belongs to, and the span of the phrase with its parent."""
    connective = _OP_CONNECTIVE.match(text, phrase.end())
    if connective:
        parents, end = _parents_starting_at(phrase.end(), connective.end(), base, catalogue)
        plural = _phrase_plural(phrase)
        while parents and plural:  # "the Optional Protocols to CAT, ICESCR and CEDAW": one protocol each
            joint = _PARENT_LIST_JOINT.match(text, end)
            more, more_end = _parents_starting_at(end, joint.end(), base, catalogue) if joint else ([], end)
            if not more:
                break
            parents, end = parents + more, more_end
        if parents:
            return parents, phrase.start(), _after_restated_parent(text, end, parents, base, catalogue)
    earlier = [c for c in base if c.end <= phrase.start() and _parents_of(c, catalogue)]
    anaphora_after = _OP_ANAPHORA_AFTER.match(text[phrase.end():])
    between = text[earlier[-1].end:phrase.start()] if earlier else ""
    right_after = earlier and (_RIGHT_AFTER_TREATY.match(between) or _RIGHT_AFTER_TREATY_OTHER.match(between))
    if earlier and (_OP_ANAPHORA_BEFORE.search(text[: phrase.start()]) or anaphora_after or right_after):
        end = phrase.end() + (anaphora_after.end() if anaphora_after else 0)
        # "the ICCPR Second Optional Protocol": the treaty's name is part of the protocol's
        start = earlier[-1].start if _POSSESSIVE.match(text[earlier[-1].end:phrase.start()]) else phrase.start()
        return _parents_of(earlier[-1], catalogue), start, end
    return [], phrase.start(), phrase.end()


_PARENT_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:to\s+|of\s+)?(?:the\s+)?", re.I)


_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")


def _after_restated_parent(text, end, parents, base, catalogue) -> int:
    """'Protocols to the Convention on the Rights of the Child (CRC)': the bracket belongs to the phrase."""
    bracket = _OPEN_BRACKET.match(text, end)
    if bracket:
        for candidate in base:
            if candidate.start == bracket.end() and _parents_of(candidate, catalogue) == parents:
                close = _BRACKET_CLOSE.match(text[candidate.end:])
                return candidate.end + (close.end() if close else 0)
    return end


def _parents_starting_at(earliest: int, latest: int, base: list[_Candidate], catalogue: Catalogue) -> tuple[list[str], int]:
    """The treaties named by a mention starting between `earliest` and `latest` (after 'to the')."""
    for candidate in base:
        parents = _parents_of(candidate, catalogue)
        if earliest <= candidate.start <= latest and parents:
            return parents, candidate.end
    return [], earliest


def _parents_of(candidate: _Candidate, catalogue: Catalogue) -> list[str]:
    """The treaties that can own a protocol: the candidate's own ids, or the parents of protocol ids."""
    parents = []
    for instrument_id in candidate.ids:
        instrument = catalogue.instruments.get(instrument_id)
        if instrument is None:
            continue
        if instrument.parent:
            parents.append(instrument.parent)
        elif catalogue.protocols_of(instrument.id):
            parents.append(instrument.id)
    return list(dict.fromkeys(parents))


def _qualified_protocols(window: str, parents: list[str], catalogue: Catalogue) -> tuple[list[str], int]:
    """Protocols singled out by a topic right after the phrase ('on the sale of children').

    Topics may be chained ('on the sale of children ... and on the involvement of children in armed
    conflict'), but each must start within _QUALIFIER_GAP characters of the previous one, so that a
    'death penalty' later in the sentence does not name a protocol.
    """
    matches = []
    for pattern, op_id in catalogue.qualifier_patterns:
        if parents and catalogue.instruments[op_id].parent not in parents:
            continue
        matches += [(m.start(), m.end(), op_id) for m in pattern.finditer(window)]
    ids, end = [], 0
    for start, match_end, op_id in sorted(matches):
        if start - end > _QUALIFIER_GAP:
            break
        if not parents and not ids and (start > 40 or _ANOTHER_PHRASE.search(window[:start])):
            break  # with no treaty named, the topic must follow at once ("Optional Protocol on the sale of ...")
        if op_id not in ids:
            ids.append(op_id)
        end = max(end, match_end)
    if not parents and len({catalogue.instruments[i].parent for i in ids}) > 1:
        return [], 0  # without a parent, a topic is only trusted when it names one treaty's protocol
    return ids, end


def _protocols_without_topic(phrase: re.Match, parent: str, catalogue: Catalogue) -> list[str]:
    ordinal = _phrase_ordinal(phrase)
    second = _ORDINALS.get(phrase.group("ordinal_zh2") or phrase.group("ordinal_ar2") or "")
    if ordinal and second:  # "第一和第二任择议定书", "البروتوكولان الاختياريان الأول والثاني": both
        return catalogue.protocol_for(parent, ordinal=ordinal) + catalogue.protocol_for(parent, ordinal=second)
    if ordinal:
        return catalogue.protocol_for(parent, ordinal=ordinal)
    if _phrase_plural(phrase):
        count = (phrase.group("count") or "").lower()
        protocols = catalogue.protocols_of(parent)
        if "three" in count:
            return [p.id for p in protocols if not p.generic]
        plural = catalogue.instruments[parent].plural
        if plural:
            return list(plural)
    return catalogue.protocol_for(parent)


def _clause_end(text: str, start: int) -> int:
    match = re.compile(r";|\.(?:\s|$)|\n").search(text, start)
    return match.start() if match else len(text)


def _resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest candidate where candidates overlap (the protocol over its parent's name)."""
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, not c.protocol, c.start)):
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


_BETWEEN_DUPLICATES = re.compile(r"^\s*[(\[\-\u2013,]?\s*(?:the\s+)?$", re.I)
_BRACKET_CLOSE = re.compile(r"^\s*[)\]]")


def _merge_restatements(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """'Convention against Torture (CAT)' is one mention, not two."""
    merged: list[_Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if previous and previous.ids == candidate.ids and _BETWEEN_DUPLICATES.match(text[previous.end:candidate.start]):
            close = _BRACKET_CLOSE.match(text[candidate.end:])
            previous.end = candidate.end + (close.end() if close else 0)
            continue
        merged.append(candidate)
    return merged


# A treaty body, not its treaty: "the CEDAW Committee", "recommendations of CERD", "Committee against Torture (CAT)"
_COMMITTEE_AFTER = re.compile(r"^\s*(?:['\u2019]s\s+)?(?:Committee|committee|recommendations?|concluding|observations?)\b")
_COMMITTEE_BEFORE = re.compile(
    r"(?:\bCommittee\b[^.;()]{0,80}\(\s*|\b(?:recommendations?|observations?|recommended|suggested|requested|urged)\s+"
    r"(?:made\s+)?(?:of|by|from)\s+(?:the\s+)?)$", re.I)


def _is_committee(text: str, candidate: _Candidate) -> bool:
    return bool(_COMMITTEE_AFTER.match(text[candidate.end:]) or _COMMITTEE_BEFORE.search(text[max(0, candidate.start - 100):candidate.start]))


# ---------------------------------------------------------------------------------------------
# Articles

_NUM = r"\d+(?:\s*\(\s*\w{1,4}\s*\))*"
_NUM_LIST = rf"{_NUM}(?:\s*(?:,|and|&|or|to|y|et|-|\u2013|и|или|по|و|أو|إلى)\s*(?:(?:article|art\.?)\s+)?{_NUM})*"
# English, French, Spanish, Russian ("статьи 2 и 16"), Arabic ("المادة 12", "المادتين 2 و16", "بالمادة")
_ARTICLE_WORD = (r"(?:articles?|arts?\.?|art[íi]culos?|стать(?:я|и|ю|ей|ям|ями|ях)"
                 r"|(?:[وفب]?(?:ال|لل))?(?:مادة|مادتين|مادتان|مواد))")
_ARTICLES_BEFORE = re.compile(
    rf"\b{_ARTICLE_WORD}\s+(?P<nums>{_NUM_LIST})(?:\s*,?\s*(?:paragraphs?|paras?\.?|\u00a7)\s*{_NUM})?\s*,?\s*"
    rf"(?:(?:of|under|in|to|from|de|del|du|من)\s+)?(?:(?:the|la|el|le|les)\s+|l['\u2019])?(?:(?:United\s+Nations|UN)\s+)?$", re.I)
_ARTICLES_AFTER = re.compile(
    rf"^\s*[,،]?\s*[(\[]?\s*(?:(?:in\s+)?(?:particular|especially|notably|including|namely)\s+(?:with\s+|under\s+|to\s+)?"
    rf"|(?:в\s+частности|особенно|включая)\s+|(?:ولا\s+سيما|لا\s+سيما|وبخاصة|بما\s+في\s+ذلك)\s+"
    rf"|(?:en\s+particul(?:ier|ar)|notamment|especialmente|sobre\s+todo)\s+)?(?:its\s+|е[её]\s+|l\s?['\u2019]\s?|el\s+|los\s+|les\s+)?"
    rf"{_ARTICLE_WORD}\s+(?P<nums>{_NUM_LIST})", re.I)
# Chinese: "《公约》第2条和第16条", "……，特别是第11条"
_ARTICLES_AFTER_ZH = re.compile(
    r"^[\s》〉]*(?:[，,]?\s*(?:特别是|尤其是|尤其|包括|即)\s*(?:其|《公约》)?\s*(?:关于[^《》。；]{0,40}?的)?)?"
    r"(?P<nums>第\s*[\d一二三四五六七八九十]+\s*条?(?:\s*(?:和|及|、|至|到|或|与)\s*第?\s*[\d一二三四五六七八九十]+)*)\s*条")
_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _zh_number(numeral: str) -> str:
    """'十一' -> '11', '二十' -> '20' (article numbers written in Chinese numerals; below 100)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return str(_ZH_DIGITS[numeral]) if len(numeral) == 1 else numeral
    return str((_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(units, 0) if units else 0))


def _articles(text: str, start: int, end: int) -> tuple[str, ...]:
    before = _ARTICLES_BEFORE.search(text[max(0, start - 150):start])
    after = _ARTICLES_AFTER.match(text[end:end + 150]) or _ARTICLES_AFTER_ZH.match(text[end:end + 150])
    numbers: list[str] = []
    for match in (before, after):
        if match:
            numbers += [n for n in _article_numbers(match.group("nums")) if n not in numbers]
    return tuple(numbers)


def _article_numbers(listing: str) -> list[str]:
    """'2 and 16' -> [2, 16]; '4 (a)' -> [4]; '2 to 5' -> [2, 3, 4, 5]."""
    listing = re.sub(r"\(\s*\w{1,4}\s*\)|[条第]", "", listing)
    listing = re.sub(r"[一二三四五六七八九十]+", lambda m: _zh_number(m.group()), listing)
    numbers: list[str] = []
    for match in re.finditer(r"(\d+)(?:\s*(?:to|-|\u2013|по|إلى|至|到)\s*(\d+))?", listing):
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        span = range(first, last + 1) if 0 <= last - first <= 20 else (first, last)
        numbers += [str(n) for n in span if str(n) not in numbers]
    return numbers


# ---------------------------------------------------------------------------------------------
# Action

# Present-tense and noun forms only: "which it signed in 2000" describes, it does not ask.
_ACTION_CUES = [
    ("ratify", r"\b(?:ratif(?:y|ies|ying|ication)|acce(?:de|des|ding|ssion)|adhe(?:re|res|ring|sion|rence)|"
               r"becom(?:e|es|ing)\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)|join(?:ing)?"
               # Spanish and French: ratificar/ratifier, adherir(se)/adhérer, adhesión/adhésion
               r"|ratific(?!ad[oa]s?\b)\w*|ratifi(?:er|ez|ant|e)|adherir\w*|adhesi[óo]n|adh[ée]rer|adh[ée]sion)\b"),
    ("sign", r"\b(?:sign(?:s|ing|ature|atory)?|firmar|firma|signer)\b"),
    ("withdraw_reservation", r"\b(?:reservations?|(?:withdraw|lift|remov)\w*\s+(?:\w+\s+){0,3}(?:interpretative\s+)?declarations?)\b"),
    ("implement", r"\b(?:implement\w*|put\s+into\s+effect|provided\s+(?:for\s+)?(?:in|by|under)|compl(?:y|ies|iance|ying)|harmoni[sz]\w*|align\w*|incorporat\w*|domesticat\w*|"
                  r"transpos\w*|(?:in|into)\s+(?:line|accordance|conformity|compliance|keeping|harmony)|consistent|"
                  r"conform\w*|give\s+(?:full\s+)?effect|giving\s+(?:full\s+)?effect|(?<!with\s)(?<!in\s)respect(?:s|ing)?|fulfil\w*|"
                  r"obligations?|integrat\w*|apply|applying|application|pursuant|abid\w*|observ(?:e|es|ing|ance)|"
                  r"uphold\w*|honou?r\w*|adapt\w*|bring\w*|requirements?|provisions?|standards?"
                  r"|aplicar|aplique|cumplir|armonizar|de\s+conformidad|conforme|appliquer|mettre\s+en\s+(?:œ|oe)uvre"
                  r"|conformément|harmoniser)\b"),
]
# Russian, Arabic and Chinese cues: no \b (Arabic glues prefixes, Chinese has no spaces). Russian past
# forms ("ратифицировало") and Arabic past forms ("صدقت") are left out, as English "ratified" is.
_ACTION_CUES_OTHER = {
    "ratify": r"ратифицир(?:овать|ует|уют|уя|овании)|ратификаци\w*|присоедин(?:иться|ится|яться|яется|ени\w*)"
              r"|стать\s+(?:е[её]\s+|его\s+)?участни\w*|تصديق|تصدق|يصدق|مصادقة|تصادق|انضمام|تنضم"
              r"|(?<!已)(?<!已经)(?<!未)批准(?!了)|(?<!已)(?<!已经)(?<!未)加入(?!了)|成为[^。；]{0,6}?缔约国",
    "sign": r"подпис(?:ать|ание|ания|анию)|подпиш\w*|التوقيع|توقع|(?<!已)(?<!未)签署",
    "withdraw_reservation": r"(?<!\w)оговор\w*|تحفظ|保留|撤回",
    "implement": r"осуществ\w*|выполн\w*|соблюд\w*|в\s+соответстви\w*|соответстви\w*|согласова\w*|применени\w*"
                 r"|примен(?:ять|ить|яет|яют)|имплементац\w*|обязательств\w*|положени(?:я|й|ями|ям|ях)(?!\w)"
                 r"|стандарт\w*|норм(?:ы|ам|ами|ах)(?!\w)|учет\w*"
                 r"|تنفيذ|تطبيق|تنفذ|تطبق|امتثال|تماشي|يتماشى|تتماشى|وفقا|وفقاً|طبقا|مواءمة|يتوافق|تتوافق|يتفق|تتفق|اتساق"
                 r"|إعمال|احترام|أحكام|معايير|التزامات"
                 r"|执行|落实|实施|遵守|符合|按照|根据|依照|依据|遵循|一致|统一|纳入|履行|适用|规定|标准|义务"
                 # French and Spanish forms the English list lacks
                 r"|en\s+harmonie|conformit[ée]|en\s+consonancia",
}
_CUE_PATTERN = re.compile("|".join(f"(?P<{name}>{pattern}|{_ACTION_CUES_OTHER[name]})" for name, pattern in _ACTION_CUES), re.I)
# a full stop ends a sentence, but not in "No. 138", "art. 12", "e.g. CAT"
_SENTENCE_START = re.compile(r"(?:(?<!\bNo)(?<!\bNos)(?<!\bart)(?<!\barts)(?<!\bpara)(?<!\be\.g)(?<!\bi\.e)[.!?]\s+(?=[A-Z])|\n"
                             r"|[.!?؟]\s+(?=[\u0400-\u04ff\u0600-\u06ff])|[。！？])", re.I)


_STRENGTH = {"ratify": 4, "withdraw_reservation": 3, "sign": 2, "implement": 1}
_CUE_CHAIN = re.compile(r"^[\s,，、]*(?:and|or|and[/-]or|и|или|و|أو|和|及|并|或)?[\s,，、]*(?:\w+ly\s+)?$", re.I)  # "ratify and effectively implement"


def _action(text: str, start: int, previous: tuple[int, str] | None, kind: str) -> str:
    """The action asked about an instrument.

    The verb nearest before it, or the strongest of a chain of verbs joined by 'and' ("Sign, ratify and
    implement OP-CAT" asks to ratify). With no verb since the previous mention of the same sentence, the
    mention shares that one's action ("Ratify and implement ICCPR and ICESCR").
    """
    sentence_start = 0
    for match in _SENTENCE_START.finditer(text, 0, start):
        sentence_start = match.end()
    cues = list(_CUE_PATTERN.finditer(text, sentence_start, start))
    if previous and previous[0] >= sentence_start and not [c for c in cues if c.start() >= previous[0]]:
        action = previous[1]
    elif cues:
        chain = [cues[-1]]
        while len(chain) < len(cues) and _CUE_CHAIN.match(text[cues[-len(chain) - 1].end():chain[-1].start()]):
            chain.append(cues[-len(chain) - 1])
        action = max((cue.lastgroup for cue in chain), key=_STRENGTH.__getitem__)
    else:
        action = "cite"
    if kind == "standard" and action in ("ratify", "sign", "withdraw_reservation"):
        return "implement"  # one adheres to the Paris Principles, one does not ratify them
    return action


# ---------------------------------------------------------------------------------------------
# Public API


def find_instruments(text: str, catalogue: Catalogue | None = None) -> list[InstrumentMention]:
    """Every instrument a recommendation cites, in order of appearance, with articles and action."""
    catalogue = catalogue or load_catalogue()
    base = _pattern_candidates(text, catalogue.name_patterns, case_sensitive=False)
    base += _pattern_candidates(text, catalogue.abbreviation_patterns, case_sensitive=True)
    base += _language_candidates(text, catalogue)
    base += _protocol_code_candidates(text, catalogue) + _ilo_candidates(text, catalogue)
    base.sort(key=lambda c: (c.start, -c.length))
    candidates = base + _protocol_phrase_candidates(text, base, catalogue)
    kept = _merge_restatements(text, _resolve_overlaps(candidates))
    mentions: list[InstrumentMention] = []
    previous: tuple[int, str] | None = None  # end and action of the previous mention
    for candidate in kept:
        if _is_committee(text, candidate):
            continue
        article = _articles(text, candidate.start, candidate.end)
        action = _action(text, candidate.start, previous, "treaty")
        for instrument_id in candidate.ids:
            instrument = catalogue.instruments.get(instrument_id) or _unknown_ilo(instrument_id)
            mentions.append(InstrumentMention(
                id=instrument.id, name=instrument.name, article=article, span=(candidate.start, candidate.end),
                action=_action(text, candidate.start, previous, instrument.kind), kind=instrument.kind,
                body=instrument.body,
            ))
        previous = (candidate.end, action)
    return _attach_articles_of_the_convention(text, mentions)


# "Ratify CED and recognise the competence ... provided for in articles 31 and 32 of the Convention"
_ARTICLES_OF_THE_TREATY = re.compile(
    rf"\b{_ARTICLE_WORD}\s+(?P<nums>{_NUM_LIST})\s*,?\s*(?:of|under|in)\s+(?:the|this|that)\s+"
    rf"(?P<word>Convention|Covenant|Protocol|Statute|Charter)\b(?!\s+(?:on|against|for|relating|of|to)\b)", re.I)


def _attach_articles_of_the_convention(text: str, mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """Articles 'of the Convention' belong to the nearest instrument named before with that word in its name."""
    for match in _ARTICLES_OF_THE_TREATY.finditer(text):
        word = match.group("word").lower()
        earlier = [i for i, m in enumerate(mentions) if m.span[1] <= match.start() and word in m.name.lower()]
        if earlier:
            target = mentions[earlier[-1]]
            added = tuple(n for n in _article_numbers(match.group("nums")) if n not in target.article)
            mentions[earlier[-1]] = replace(target, article=target.article + added)
    return mentions


def _unknown_ilo(instrument_id: str) -> Instrument:
    """An ILO convention cited by a number the catalogue does not list: still a stable id (C158)."""
    return Instrument(id=instrument_id, name=f"ILO Convention No. {int(instrument_id[1:])}", kind="treaty", body="ILO")


def instrument_ids(text: str) -> list[str]:
    """The distinct instrument ids cited, in order of first appearance."""
    return list(dict.fromkeys(m.id for m in find_instruments(text)))


def ratification_asks(text: str) -> list[str]:
    """The ids of the instruments the recommendation asks to ratify or accede to, in order."""
    return list(dict.fromkeys(m.id for m in find_instruments(text) if m.action == "ratify"))
