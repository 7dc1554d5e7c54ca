"""Line-level reading of NGO submissions: list markers, headings, imperative sentences, footnote marks.

NGO submissions come as PDFs, Word files and web pages written by many hands, so nothing here relies on
one layout: each helper answers one small question about a line or a sentence, and the parser in
`ngo_submission` combines the answers.
"""

from __future__ import annotations

import re

from uprmonitor.structure.textutil import normalize_space, unwrap

# ---------------------------------------------------------------------------------------------------------
# List markers
# ---------------------------------------------------------------------------------------------------------

# Bullets as they survive extraction, incl. Wingdings/Symbol private-use glyphs (U+F0B7 "", U+F0A7 …)
# and the letter "o" Word uses for a second-level bullet.
_BULLETS = "•◦▪▫●○■□►▸‣⁃∙·\u2013\u2014*\\-\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8➢➤✓✔"
_MARKER = re.compile(
    rf"""^\s*(?:
        (?P<bullet>[{_BULLETS}]|o(?=\s))
      | \((?P<paren>\d{{1,3}}|[a-zA-Z]|[ivxlcIVXLC]{{1,6}})\)
      | (?P<dotted>\d{{1,3}}(?:\.\d{{1,3}})+)\.?
      | (?P<plain>\d{{1,3}}|[a-zA-Z]|[ivxlcIVXLC]{{1,6}})[.)]
    )\s+(?=\S)""",
    re.VERBOSE,
)
_ROMAN = re.compile(r"^(?:[IVX]+|[ivx]+)$")


def split_marker(text: str) -> tuple[str | None, str, int]:
    """(marker as written, text after it, offset of that text) — marker None when the line has none."""
    match = _MARKER.match(text)
    if not match:
        stripped = text.lstrip()
        return None, stripped, len(text) - len(stripped)
    marker = match.group(0).strip()
    return marker, text[match.end() :], match.end()


def marker_number(marker: str | None) -> str | None:
    """The item number a marker carries ("3." -> "3", "(iv)" -> "iv"); None for bullets."""
    if not marker:
        return None
    number = marker.strip("().")
    number = number.rstrip(")")
    return number if number and (number[0].isalnum()) and number not in ("o",) and len(number) <= 8 else None


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _number_value(number: str) -> int | None:
    """1 for "1", "a", "i"; the last part of a dotted number ("2.3" -> 3); None when it is not a number."""
    number = number.split(".")[-1] if "." in number else number
    if number.isdigit():
        return int(number)
    lower = number.lower()
    if _ROMAN.match(number) and (len(number) > 1 or lower in "iv"):
        values = [_ROMAN_VALUES[ch] for ch in lower]
        return sum(-v if v < nxt else v for v, nxt in zip(values, values[1:] + [0], strict=True))
    return ord(lower) - ord("a") + 1 if len(lower) == 1 and lower.isalpha() else None


def follows_in_sequence(previous: str | None, current: str | None) -> bool:
    """Whether `current` is the next number after `previous` in the same scheme ("2." after "1.")."""
    if marker_style(previous) != marker_style(current):
        return False
    before, after = _number_value(marker_number(previous) or ""), _number_value(marker_number(current) or "")
    return before is not None and after == before + 1


def marker_style(marker: str | None) -> str | None:
    """A name for the numbering scheme, so headings and items numbered alike can be told apart."""
    number = marker_number(marker)
    if marker and number is None:
        return "bullet"
    if number is None:
        return None
    if number[0].isdigit():
        return "dotted" if "." in number else "arabic"
    if _ROMAN.match(number) and (len(number) > 1 or number in "IViv"):
        return "roman_upper" if number.isupper() else "roman_lower"
    return "letter_upper" if number.isupper() else "letter_lower"


# ---------------------------------------------------------------------------------------------------------
# Footnote marks and cleaning
# ---------------------------------------------------------------------------------------------------------

_SUPERSCRIPTS = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
# Footnote numbers glued to the word or punctuation they follow: "law.12", "law12 ", "“expert review”3".
# Not after a digit ("1,000"), not after a single capital ("G20"), and only 1-3 digits so years survive.
_GLUED_FOOTNOTE = re.compile(
    r"(?:(?<=[a-z)\]\u201d\"\u2019%])|(?<=[A-Z]{3})|(?<=[^\d\s][.,;:]))\d{1,3}(?=[\s,;:.)]|$)"
)
_TRAILING_JOINER = re.compile(r"\s*(?:[;,]\s*(?:and|or)?|\band)\s*$")


def strip_footnotes(text: str) -> str:
    """Remove footnote reference numbers glued to words and superscript digits."""
    if not any(ch.isdigit() for ch in text):  # also true for superscripts; most lines have no digit
        return text
    return _GLUED_FOOTNOTE.sub("", _SUPERSCRIPTS.sub("", text))


def clean_paragraph(raw: str) -> str:
    """Source text (possibly hard-wrapped) -> one clean line: footnotes out, wraps and split words joined."""
    return unwrap(strip_footnotes(raw))


def clean_recommendation(raw: str) -> str:
    """A recommendation's clean text: as `clean_paragraph`, minus the list's "; and" between items."""
    text = _TRAILING_JOINER.sub("", clean_paragraph(raw)).strip()
    # List items after a lead-in start in lower case ("…the Government: ratify…"); alone they read as sentences.
    return text[:1].upper() + text[1:]


_TITLE_MARK = re.compile(r"\s*[*\u2020\u2021]{1,3}$")  # "…RECOMMENDATIONS*", "Submission †"


def clean_title(text: str) -> str:
    """Title text without the footnote star or number that often follows it."""
    text = normalize_space(strip_footnotes(text))  # glued numbers: "RECOMMENDATIONS1"
    return _TITLE_MARK.sub("", text).strip()


_SENTENCE_END = re.compile(r"[.;!?:]$")


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence (or a ";"/":" clause), ignoring footnote marks and closing quotes."""
    tail = strip_footnotes(line).rstrip().rstrip("\"'\u201d\u2019)]*")
    return bool(_SENTENCE_END.search(tail))


# ---------------------------------------------------------------------------------------------------------
# Headings
# ---------------------------------------------------------------------------------------------------------

MAX_HEADING_WORDS = 14
_CONNECTOR_END = re.compile(r"(?:\b(?:and|or|of|the|for|to|in|on|with|by|a|an)|[,\u2013\u2014:-])$", re.I)
_RECOMMENDATIONS_HEADING = re.compile(
    r"^(?:(?:key|main|our|specific|proposed|suggested|summary\s+of)\s+)?recommendations?"
    r"(?:\s+(?:to|for|addressed\s+to)\s+[^.;]{0,80})?\s*:?$"
    # Spanish, French, Russian, Arabic, Chinese: "Recomendaciones (principales) (al Estado)",
    # "Recommandations (clés) (au Gouvernement)", "Рекомендации", "التوصيات", "建议".
    r"|^(?:(?:principales|nuestras|nos)\s+)?(?:recomendaci(?:ó|o)n(?:es)?|recommandations?)"
    r"(?:\s+(?:principales|clave|clés|cles))?(?:\s+(?:al?|para|à|au|aux|pour|adressées\s+à)\s+[^.;]{0,80})?\s*:?$"
    r"|^(?:основные\s+)?рекомендаци[яи](?:\s+[^.;]{0,80})?\s*:?$"
    r"|^(?:ال)?توصيات(?:\s+[^.;]{0,80})?\s*:?$"
    r"|^(?:主要)?建议[：:]?$",
    re.IGNORECASE,
)


def is_caps_heading(text: str) -> bool:
    """An ALL-CAPS line such as "FREEDOM OF EXPRESSION" (short, no sentence punctuation at its end)."""
    text = clean_title(text)
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3 or any(ch.islower() for ch in letters):
        return False
    return len(text.split()) <= MAX_HEADING_WORDS * 2 and not text.endswith((".", ";", ","))


def looks_like_heading_text(text: str) -> bool:
    """Short, starts with a capital, does not end like a sentence or clause, is not an instruction."""
    text = clean_title(text)
    if not text or not text[0].isupper() or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text.endswith((".", ";", ",")) or _CONNECTOR_END.search(text) or should_sentence(text):
        return False
    return not is_imperative(text)


def is_recommendations_heading(text: str) -> bool:
    """A "Recommendations:" / "Key recommendations to the Government" heading (numbering allowed)."""
    _, rest, _ = split_marker(text)
    return bool(_RECOMMENDATIONS_HEADING.match(clean_title(rest)))


def joins_next_heading_line(text: str) -> bool:
    """A heading line that breaks mid-phrase ("FREEDOM OF PEACEFUL ASSEMBLY AND") continues below."""
    return bool(_CONNECTOR_END.search(text.rstrip()))


# ---------------------------------------------------------------------------------------------------------
# Recommendation language
# ---------------------------------------------------------------------------------------------------------

# Base forms of verbs that open recommendations. Morphology (`_VERB_SUFFIX`) covers verbs missing here.
RECOMMENDATION_VERBS = frozenset(
    """
    abandon abide abolish abrogate abstain accede accelerate accept accompany acknowledge act adapt add
    address adhere adjust adopt advance align allocate allow amend annul apologise apologize apply
    appoint approve arrange assess assign assist assure avoid ban bring build carry cease change clarify
    close co-operate collaborate collect combat commission commit commute compensate compile complete
    comply conclude condemn conduct conform consider consolidate consult continue cooperate coordinate
    create criminalise criminalize curb decide declare decrease decriminalise decriminalize dedicate
    defend define delete deliver demand demilitarize deploy designate desist destroy develop devote
    disband disclose discontinue dismantle disseminate distribute do document draft drop educate
    elaborate eliminate embark empower enable enact encourage end endeavour endorse enforce engage
    enhance enlarge enshrine ensure eradicate establish evaluate examine exclude exempt expand expedite
    explain explore extend facilitate fight finalise finalize fix follow forbid formulate fulfil fulfill
    fund gather give grant guarantee halt harmonise harmonize help hire hold identify implement improve
    include incorporate increase inform initiate install institute institutionalize instruct integrate
    intensify introduce invest investigate invite issue join keep launch legalise legalize legislate
    license lift limit lower maintain make mandate meet minimise minimize mobilize modify monitor move
    negotiate notify observe offer open organise organize outlaw overhaul oversee pardon pass pay permit
    persevere place plan prepare prevent prioritise prioritize proceed prohibit promote prosecute
    protect provide publicize publish punish pursue put quash raise ratify reaffirm realign reallocate
    recognise recognize reconsider recruit rectify redouble redress reduce refer reform refrain register
    regulate rehabilitate reinforce reinstate reintegrate reintroduce reject release relocate remedy
    remove renew reopen repatriate repeal replace report request require rescind reserve resolve
    resource respect respond restore restrict restructure resume retain return reunite reverse review
    revise revisit revoke safeguard scale scrap secure seek send set settle share sign simplify speed
    stand standardize step stop streamline strengthen strike strive submit support suspend sustain
    tackle take target terminate tighten trace train transfer translate transpose treat unblock
    undertake update upgrade uphold use verify waive widen withdraw work
    """.split()
)
_VERB_SUFFIX = re.compile(r"(?:ize|ise|ify)$")
# Words with those endings that are not verbs at the start of a sentence.
_NOT_VERBS = frozenset(
    "otherwise likewise expertise enterprise franchise premise promise exercise merchandise precise concise "
    "demise paradise wise noise rise".split()
)
# A word right after the first one that shows the first is a subject, not a verb: "Review of the law",
# "Training is", "Access to justice remains…".
_SUBJECT_FOLLOWERS = frozenset(
    "is are was were be been being has have had will would can could may might shall should must does did "
    "remain remains remained continues continued of 's".split()
)
# Verbs that are as often nouns opening a descriptive sentence ("Work conditions are…", "Support for…").
_NOUN_LIKE_VERBS = frozenset(
    "access act change close control document fund help increase lower mandate open pay plan register release "
    "report respect return review sign step strike support target train use work".split()
)
_ADVERB = re.compile(r"^[a-z]+ly$")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _words(text: str, limit: int = 4) -> list[str]:
    return _WORD.findall(strip_footnotes(text))[:limit]


def _is_verb(word: str) -> bool:
    lower = word.lower()
    if lower in RECOMMENDATION_VERBS:
        return True
    return bool(_VERB_SUFFIX.search(lower)) and lower not in _NOT_VERBS and len(lower) > 5


# Spanish and French recommendations open with an infinitive ("Despenalizar la difamación…",
# "Ratifier la Convention…"), Russian ones too ("Ратифицировать Конвенцию…"). An English word can
# end in -er or -ar ("Other", "Under"), so a Spanish/French infinitive must be followed within three
# words by a Spanish/French function word; Russian infinitives have an ending of their own.
_ROMANCE_INFINITIVE = re.compile(r"^[^\W\d_]{2,}(?:ar|er|ir|re)(?:se|le|les|lo|la)?$", re.IGNORECASE)
_ROMANCE_FUNCTION_WORDS = frozenset(
    "la el los las del que al un una unos unas y sus su le les des du au aux à et leur leurs ses "
    "toutes tous todas todos toda todo ce cette ces fin".split()
)
_RUSSIAN_INFINITIVE = re.compile(r"^[а-яё]{3,}(?:ть|ться|ти|чь)$", re.IGNORECASE)


def _other_language_imperative(text: str, words: list[str]) -> bool:
    first = words[0]
    if _RUSSIAN_INFINITIVE.match(first):
        return True
    # The function word must belong to the same clause: "Poder judicial: la independencia…" is a heading.
    clause = _words(re.split(r"[:;,]", text, maxsplit=1)[0])
    return bool(_ROMANCE_INFINITIVE.match(first)) and any(
        word.lower() in _ROMANCE_FUNCTION_WORDS or word.lower().startswith(("l'", "d'", "l\u2019", "d\u2019"))
        for word in clause[1:4]
    )


def is_imperative(text: str, allow_lowercase: bool = False) -> bool:
    """Whether a sentence opens with a base-form verb and no subject ("Ensure that…", "Urgently adopt…").

    `allow_lowercase` is for list items after a lead-in ("…the Government: ratify the Convention;").
    """
    words = _words(text.lstrip(" \t\"'\u201c\u2018("))
    if words and words[0].lower() == "to" and allow_lowercase:
        words = words[1:]  # "To ratify…" items after "We recommend the Government:"
    if not words or (not allow_lowercase and not words[0][0].isupper()):
        return False
    first, following = words[0], words[1].lower() if len(words) > 1 else ""
    if not first.isascii() or first.lower() not in RECOMMENDATION_VERBS:
        other_language = _other_language_imperative(text, words)
        if other_language or not first.isascii():
            return other_language
    if _ADVERB.match(first.lower()) and len(words) > 1 and _is_verb(words[1]):
        return True  # "Immediately release…"
    if first.lower() == "do" and following == "not":
        return True
    if not _is_verb(first) or following in _SUBJECT_FOLLOWERS:
        return False
    if first.lower() in _NOUN_LIKE_VERBS and (
        following in ("for", "to", "and", "in") or _SUBJECT_FOLLOWERS.intersection(w.lower() for w in words[2:4])
    ):
        return False  # "Access to justice…", "Support for victims…", "Work conditions are…"
    return not text.lstrip().startswith(first + ",")


_GOVERNMENT_SUBJECT = re.compile(
    r"\b(?:government|state|states|authorities|parliament|legislature|ministry|ministries|president|"
    r"police|judiciary|courts?|country"
    r"|gobierno|estado|autoridades|congreso|asamblea|gouvernement|[ée]tat|autorit[ée]s|parlement"
    r"|правительство|государство|власти|парламент)\b",
    re.IGNORECASE,
)
# "It should be noted that…" reports, it does not recommend.
_REPORTING_SHOULD = re.compile(
    r"^\s*(?:be\s+)?(?:noted|mentioned|stressed|emphasi[sz]ed|recalled|underlined|pointed\s+out|added)\b", re.I
)
_SHOULD = re.compile(
    r"\b(?:should|ought\s+to|is\s+(?:urged|encouraged|called\s+upon|requested|invited)\s+to|"
    r"are\s+(?:urged|encouraged|called\s+upon|requested|invited)\s+to"
    r"|deber(?:ía|ia)n?|debe|deben|devrait|devraient|doit|doivent|должн[аоы]?|следует)\b",
    re.IGNORECASE,
)
_WE_RECOMMEND = re.compile(
    r"^(?:(?:(?i:we|the\s+[\w\s-]{0,40}?)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+)?"
    r"(?:(?:therefore|also|further|strongly|respectfully)\s+)?"
    r"(?:recommends?|urges?|calls?\s+(?:on|upon)|encourages?|requests?|asks?)\b"
    r"|^(?i:it\s+is\s+(?:\w+\s+)?recommended)\b"
    r"|^(?i:(?:nosotr[oa]s\s+)?recomendamos|se\s+recomienda|(?:nous\s+)?recommandons|il\s+est\s+recommandé"
    r"|(?:мы\s+)?рекомендуем)\b",
)
# "The Constitution states that the State should…" reports what a text says.
_REPORTED = re.compile(r"\b(?:states|stated|provides|stipulates|requires|says|said|noted|found)\s+that\b", re.I)
MAX_SUBJECT_WORDS = 10


def should_sentence(sentence: str, state_words: tuple[str, ...] = ()) -> bool:
    """ "The Government should …" — a recommendation whose subject is the State or one of its organs."""
    match = _SHOULD.search(sentence)
    if not match:
        return False
    subject = sentence[: match.start()]
    if len(subject.split()) > MAX_SUBJECT_WORDS or not subject.strip():
        return False
    if _REPORTING_SHOULD.match(sentence[match.end() :]) or _REPORTED.search(subject):
        return False
    if _GOVERNMENT_SUBJECT.search(subject):
        return True
    return any(word and word.lower() in subject.lower() for word in state_words)


LABEL = re.compile(r"^(?:recommendations?|rec\.?|recomendaci(?:ó|o)n|recommandation)\s*\d*\s*[:\u2013\u2014-]\s+",
                   re.IGNORECASE)


def strip_label(text: str) -> str:
    """ "Recommendation: Ratify…" -> "Ratify…"."""
    return LABEL.sub("", text)


def we_recommend_sentence(sentence: str) -> bool:
    """ "We recommend that…", "The coalition urges the authorities to…"."""
    return bool(_WE_RECOMMEND.match(sentence.strip()))


def is_lead_in(text: str, state_words: tuple[str, ...] = ()) -> bool:
    """A sentence that introduces a list of recommendations: "We recommend that the Government of X:"."""
    text = strip_footnotes(text).rstrip()
    if not text.endswith(":"):
        return False
    body = text[:-1]
    return (
        we_recommend_sentence(body)
        or bool(re.search(r"\b(?:recommend\w*|urge\w*|call\w*\s+(?:on|upon|for)|ask\w*)\b", body, re.I))
        or bool(re.search(r"\b(?:recomiend\w*|recomend\w*|recommand\w*|insta\w*|exhort\w*|рекоменду\w*)", body, re.I))
        or should_sentence(body + " x", state_words)
        or bool(re.search(r"\b(?:should|must)\s*$", body, re.I))
    )


# ---------------------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------------------

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "art.", "arts.", "para.", "paras.", "no.", "nos.", "vol.", "cf.",
                  "mr.", "ms.", "mrs.", "dr.", "st.", "inc.", "p.", "pp.", "v.", "vs.")
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])(?P<tail>[\"'\u201d\u2019)\]]*\d{0,3})\s+(?=[\"'\u201c\u2018(\u00bf\u00a1\u00ab]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, not breaking after common abbreviations."""
    spans, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        before = text[start : match.start()]
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        if last_word in _ABBREVIATIONS:
            continue
        spans.append((start, match.start() + len(match.group("tail"))))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]
