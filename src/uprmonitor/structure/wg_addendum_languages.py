"""What the State's responses (Add.1) say in Spanish, French, Russian, Arabic and Chinese, as patterns.

The addendum to a Working Group report is issued in each UN language with the same content: the State
names, by paragraph number, the recommendations it supports and those it notes, in prose ("La República
de Moldova apoya las recomendaciones 115.1 y 115.3 a 115.7"), in tables or one line per recommendation
("115.3 Apoyada."). `wg_addendum` keeps one algorithm and takes its words from an `AddendumWording`: the
English one is built there from the patterns tuned on the Slovenian addenda, the others here.

In every language the negated and partial phrases are alternatives placed before the plain verbs, and
each consumes the verb, so that "no acepta", "n'accepte pas" or "принимает к сведению" is one "noted"
phrase and never ends in a bare "acepta" / "accepte" / "принимает" read as "supported".

Arabic writes paragraph numbers "115-3" as well as "115.3"; `number_key` turns them into the "115.3" the
report's recommendations carry. Chinese puts no space between words, so its patterns use no word
boundaries and rely on that ordering alone: "不支持" is noted before "支持" can be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_FLAGS = re.IGNORECASE
NUMBER = r"(?<!\d)\d{1,3}(?:\.\d{1,3})?(?!\d)"


def as_written(number: str) -> str:
    return number


@dataclass(frozen=True)
class AddendumWording:
    language: str
    title: str  # the addendum's own title, for `Structure.title`
    number_list: str  # pattern of a list of numbers and ranges: "115.1, 115.3 a 115.7 y 116.2"
    item: re.Pattern  # one number or range "115.3 a 115.7": groups 1 and 2 are its ends
    list_after_word: re.Pattern  # "recomendaciones 115.1, 115.3 a 115.7": the list is group "list"
    position_phrase: re.Pattern  # groups "partial", "noted", "supported", tried in that order
    line_position: re.Pattern  # "115.3 Apoyada.": groups "list" and "word"
    numbered_item: re.Pattern  # "5., 6.   El Gobierno acepta …": a response numbered like the recommendations
    this_recommendation: re.Pattern  # "esta recomendación", "ces recommandations", "эту рекомендацию"
    copula: re.Pattern  # between a list and the verb after it: "son", "sont", "были"; may be empty
    sentence_end: re.Pattern
    cycle: re.Pattern  # groups "num" (a digit) or "word" (a key of cycle_words, or a word starting with one)
    cycle_words: dict[str, int]
    numbers_header: re.Pattern  # a table's column of paragraph numbers …
    position_header: re.Pattern  # … and its column of positions
    number_key: Callable[[str], str] = as_written  # a number as the report's recommendations key it ("115.3")


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, _FLAGS)


def _alternatives(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def list_patterns(
    range_words: list[str], joiners: list[str], item_prefix: str = "", number: str = NUMBER
) -> tuple[str, re.Pattern]:
    """The list pattern ("115.1, 115.3 a 115.7 y 116.2") and the item pattern that expands it."""
    range_separator = rf"(?:\s*(?:-|–|—)\s*|\s+{_alternatives(range_words)}\s+)"
    item = rf"{item_prefix}{number}(?:{range_separator}{number})?"
    joiner = rf"(?:\s*(?:,\s*{_alternatives(joiners)}\b|,|;|&)\s*|\s+{_alternatives(joiners)}\s+)"
    item_re = re.compile(rf"({number})(?:{range_separator}({number}))?", _FLAGS)
    return rf"{item}(?:{joiner}{item})*", item_re


def list_after_word(
    list_words: str, number_list: str, new_paragraph: str = r"\d{1,3}\.\s", word_start: str = r"(?<!\w)"
) -> re.Pattern:
    """A list word then the list, which may start on the next line unless that line opens a new paragraph."""
    return _compile(
        rf"{word_start}{list_words}[^\S\n]*:?[^\S\n]*(?:\n\s*(?!{new_paragraph}))?(?P<list>{number_list})"
    )


def line_position(number_list: str, words: str, separators: str = r":.\-–—|", stops: str = ".;") -> re.Pattern:
    return re.compile(
        rf"^\s*(?P<list>{number_list})\s*[{separators}]?\s*(?P<word>{words})(?!\w)[^\S\n]*[{stops}]?[^\S\n]*$",
        _FLAGS | re.MULTILINE,
    )


def numbered_item(capitals: str, stop: str = r"\.", commas: str = ",") -> re.Pattern:
    """A response numbered like the recommendations, "5., 6.   The …" (Arabic "5-، 6-   …": stop "-", commas "،,")."""
    return re.compile(
        rf"^[^\S\n]*(?P<numbers>\d{{1,3}}{stop}(?:[{commas}]?[^\S\n]*\d{{1,3}}{stop})*)(?P<comma>,?)[^\S\n]+"
        rf"(?=[{capitals}])",
        re.MULTILINE,
    )


def sentence_end(capitals: str, abbreviation: str) -> re.Pattern:
    """". " before a capital (a footnote number may stick to the stop), a numbered paragraph, a blank line."""
    return re.compile(
        rf"[.!?]\d*(?=\s+[{capitals}(])|\n\s*\d{{1,3}}\.\s+(?=[{capitals}])|\n\s*\n|\n\s*(?={abbreviation}\s)"
    )


# --- Spanish ------------------------------------------------------------------------------------

_ES_CAPITALS = "A-ZÁÉÍÓÚÑÜ¿¡"
_ES_LIST, _ES_ITEM = list_patterns(["a", "al"], ["y", "e"])
_ES_VERBS = r"(?:acept|apoy)\w*"
_ES_SUPPORT = r"(?:cuentan?\s+con\s+(?:el|su)|gozan?\s+(?:del|de\s+su))\s+(?:\w+\s+){0,2}?apoyo"

SPANISH = AddendumWording(
    language="es",
    title="Opiniones sobre las conclusiones y/o recomendaciones, compromisos voluntarios y respuestas "
    "del Estado examinado",
    number_list=_ES_LIST,
    item=_ES_ITEM,
    list_after_word=list_after_word(
        r"(?:recomendaci[oó]n(?:es)?|recs?\.|p[aá]rrafos?)"
        r"(?:\s+(?:siguientes|n[uú]ms?\.|n\.?\s*[º°o]s?\.?|n[uú]meros?))?",
        _ES_LIST,
    ),
    position_phrase=_compile(
        rf"(?P<partial>\b{_ES_VERBS}\s+(?:parcialmente|en\s+parte)\b|\bparcialmente\s+{_ES_VERBS}"
        rf"|\b{_ES_SUPPORT}\s+parcial\b)"
        rf"|(?P<noted>\bno\s+(?:se\s+)?{_ES_VERBS}|\bno\s+(?:puede|pueden|podrá|podía)\s+(?:aceptar|apoyar)\b|\bno\s+{_ES_SUPPORT}|\bno\s+(?:han\s+sido|fueron|son|ha\s+sido"
        rf"|fue|es)\s+{_ES_VERBS}|\bt(?:oma|omó|oman|omaron|omado|omar|omada|omadas)\s+nota\b"
        r"|\bno\s+(?:recib|obtuv)\w*\s+(?:el|su)\s+apoyo|\brechaz\w*|\banotad[ao]s?\b)"
        rf"|(?P<supported>\bacept(?:a|an|ó|aron|ado|ada|ados|adas)\b|\bapoy(?:a|an|ó|aron|ado|ada|ados|adas)\b"
        rf"|\b{_ES_SUPPORT})"
    ),
    line_position=line_position(
        _ES_LIST,
        r"(?:apoyad|aceptad)[ao]s?\s*/\s*(?:anotad[ao]s?|se\s+toma\s+nota)"
        r"|(?:apoyad|aceptad)[ao]s?\s+(?:parcialmente|en\s+parte)|parcialmente\s+(?:apoyad|aceptad)[ao]s?"
        r"|no\s+(?:apoyad|aceptad)[ao]s?|apoyad[ao]s?|aceptad[ao]s?|se\s+toma\s+nota|tomad[ao]s?\s+nota"
        r"|anotad[ao]s?|rechazad[ao]s?",
    ),
    numbered_item=numbered_item(_ES_CAPITALS),
    this_recommendation=_compile(
        r"\b(?:la|esta|estas|esa|esas|ambas|dichas?|las|todas\s+las)\s+recomendaci[oó]n(?:es)?\b"
    ),
    copula=_compile(
        r"\s*(?:(?:son|es|fueron|fue|han\s+sido|ha\s+sido|quedan|queda)\s+)?(?:(?:plenamente|también|totalmente)\s+)?"
    ),
    sentence_end=sentence_end(_ES_CAPITALS, "Recs?\\."),
    cycle=_compile(
        r"\b(?:(?P<num>[1-4])(?:er|º|°|o)?\s+ciclo|(?P<word>primer|segundo|tercer|cuarto)\s+ciclo)\b"
    ),
    cycle_words={"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4},
    numbers_header=_compile(r"recomendaci|p[aá]rrafo|^n\.?\s*[º°o]\.?$|^n[uú]m\.?$"),
    position_header=_compile(r"posici[oó]n|respuesta"),
)

# --- French ------------------------------------------------------------------------------------

_FR_CAPITALS = "A-ZÀÂÆÇÉÈÊËÎÏÔŒÙÛÜ"
_FR_LIST, _FR_ITEM = list_patterns(["à", "a", "au"], ["et"])
_FR_VERBS = r"(?:accept|soutien|soutenu|appui|appuy)\w*"

FRENCH = AddendumWording(
    language="fr",
    title="Observations sur les conclusions et/ou recommandations, engagements exprimés et réponses de "
    "l'État examiné",
    number_list=_FR_LIST,
    item=_FR_ITEM,
    list_after_word=list_after_word(
        r"(?:recommandations?|recs?\.|paragraphes?)"
        r"(?:\s+(?:suivantes|ci-après|ci-dessous|n[o°]s?\.?|numéros?))?",
        _FR_LIST,
    ),
    position_phrase=_compile(
        rf"(?P<partial>\b{_FR_VERBS}\s+(?:partiellement|en\s+partie)\b|\bpartiellement\s+{_FR_VERBS}"
        r"|\ben\s+partie\b)"
        rf"|(?P<noted>\b(?:n\s*['’]\s*|ne\s+){_FR_VERBS}\s+pas\b"
        rf"|\bne\s+(?:peut|peuvent|saurait|pourra)\s+(?:pas\s+)?(?:accepter|soutenir|appuyer)\b"
        r"|\b(?:n\s*['’]\s*|ne\s+)(?:recueill|bénéfici|obt)\w*\s+pas\b|\bnon\s+(?:accept|soutenu|appuy)\w*"
        r"|\bn\s*['’]\s*(?:ont|a)\s+pas\s+(?:recueilli|obtenu|reçu|été\s+(?:accept|soutenu|appuy)\w*)"
        r"|\b(?:pren(?:d|nent)|pris)\s+acte\b"
        r"|\b(?:a|ont|avait|avaient)\s+pris\s+note\b|\bpren(?:d|nent|dre)\s+note\b|\bpris\s+note\b"
        r"|\brejet\w*|\brejett\w*|\bnot(?:é|ée|és|ées|ee|ees)(?!\w))"
        r"|(?P<supported>\baccept(?:e|ent|é|ée|és|ées|ait|ée)(?!\w)|\bsout(?:ient|iennent|enu|enue|enus|enues)\b"
        r"|\bappui(?:e|ent)\b|\bappuy(?:é|ée|és|ées)(?!\w)"
        r"|\brecueill\w*\s+(?:son|leur|l\s*['’])\s*(?:adh[ée]sion|appui|soutien)"
        r"|\bb[ée]n[ée]ficient\s+(?:de\s+son|de\s+leur|du)\s+(?:soutien|appui)|\bsouscrit\b)"
    ),
    line_position=line_position(
        _FR_LIST,
        r"(?:accept[ée]e?s?|soutenue?s?|appuy[ée]e?s?)\s*/\s*(?:not[ée]e?s?|prend\s+note)"
        r"|(?:accept[ée]e?s?|soutenue?s?|appuy[ée]e?s?)\s+(?:partiellement|en\s+partie)"
        r"|partiellement\s+(?:accept[ée]e?s?|soutenue?s?|appuy[ée]e?s?)"
        r"|non\s+(?:accept[ée]e?s?|soutenue?s?|appuy[ée]e?s?)"
        r"|accept[ée]e?s?|soutenue?s?|appuy[ée]e?s?|not[ée]e?s?|prend\s+note|pris\s+note|rejet[ée]e?s?",
    ),
    numbered_item=numbered_item(_FR_CAPITALS),
    this_recommendation=_compile(r"\b(?:la|cette|ces|les|toutes\s+les|lesdites|ladite)\s+recommandations?\b"),
    copula=_compile(
        r"\s*(?:(?:sont|est|ont\s+été|a\s+été|étaient|était|restent|reste)\s+)?"
        r"(?:(?:pleinement|également|entièrement|donc)\s+)?"
    ),
    sentence_end=sentence_end(_FR_CAPITALS, "Recs?\\."),
    cycle=_compile(
        r"\b(?:(?P<num>[1-4])(?:er|e|ème|re)?\s+cycle|(?P<word>premier|deuxième|second|troisième|quatrième)\s+cycle)\b"
    ),
    cycle_words={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4},
    numbers_header=_compile(r"recommandation|paragraphe|^n[o°]\.?$"),
    position_header=_compile(r"position|réponse"),
)

# --- Russian -----------------------------------------------------------------------------------

_RU_CAPITALS = "А-ЯЁA-Z"
_RU_LIST, _RU_ITEM = list_patterns(["по"], ["и"], item_prefix=r"(?:с\s+)?")
_RU_VERBS = r"(?:поддержива|поддержал|поддержан|принима|принял|принят|одобр)\w*"
_RU_NOTE = r"(?:\w+\s+){0,2}?к\s+сведению"
# "принимает меры", "приняла закон": the verb also means "takes (measures)", "adopted (a law)".
_RU_NOT_A_RESPONSE = r"(?!\s+(?:\w+\s+)?(?:мер[ыа]?|шаг\w*|участие|во\s+внимание|закон\w*|решени\w*|план\w*))"

RUSSIAN = AddendumWording(
    language="ru",
    title="Мнения по выводам и/или рекомендациям, добровольные обязательства и ответы государства - "
    "объекта обзора",
    number_list=_RU_LIST,
    item=_RU_ITEM,
    list_after_word=list_after_word(
        r"(?:рекомендаци(?:я|и|ю|ям|ями|ях|й)|рек\.|пункт(?:ы|ах|ов|ам|е)?)(?:\s+(?:№№|№|номер\w*))?",
        _RU_LIST,
    ),
    position_phrase=_compile(
        rf"(?P<partial>\bчастично\s+(?:\w+\s+)?{_RU_VERBS}|\b{_RU_VERBS}\s+(?:\w+\s+)?частично\b|\bчастично\b)"
        rf"|(?P<noted>\b(?:принима|принял|принят)\w*\s+{_RU_NOTE}\b"
        r"|\bне\s+(?:поддерж|принима|принял|принят|одобр|пользу|получил)\w*"
        r"|\bне\s+(?:может|могут|сможет)\s+(?:поддержать|принять|одобрить)\b|\bотклон\w*|\bк\s+сведению\b)"
        r"|(?P<supported>\bподдержива(?:ет|ют|ется|ются)\b|\bподдержал[аио]?\b|\bподдержан[аоы]?\b"
        r"|\b(?:пользу|получил)\w*\s+(?:\w+\s+){0,2}?поддержк\w*"
        rf"|\b(?:принима(?:ет|ют|ется|ются)|принял[аио]?|принят[аоы]?)\b{_RU_NOT_A_RESPONSE}|\bодобр(?:ил|ен|яет)\w*)"
    ),
    line_position=line_position(
        _RU_LIST,
        r"(?:поддерживается|поддерживаются|поддержан[аоы]?)\s*/\s*(?:принят[аоы]?|принимается|принимаются)"
        r"\s+к\s+сведению|(?:частично\s+)?(?:поддерживается|поддерживаются|поддержан[аоы]?)"
        r"|(?:не\s+)?(?:поддерживается|поддерживаются|поддержан[аоы]?|принят[аоы]?|принимается|принимаются)"
        r"(?:\s+к\s+сведению)?|отклонен[аоы]?",
    ),
    numbered_item=numbered_item(_RU_CAPITALS),
    this_recommendation=_compile(
        r"(?<!\w)(?:эт[аиуо]\w*|данн\w+|указанн\w+|вс[еяю]\w*|обе)\s+рекомендаци\w*"
    ),
    copula=_compile(r"\s*(?:(?:были|была|было|был)\s+)?(?:(?:полностью|также)\s+)?"),
    sentence_end=sentence_end(_RU_CAPITALS, "(?:Рек|Recs?)\\."),
    cycle=_compile(
        r"(?<!\w)(?:(?P<num>[1-4])(?:-?(?:го|й|м))?\s+цикл\w*|(?P<word>перв|втор|трет|четв[её]рт)\w*\s+цикл\w*)"
    ),
    cycle_words={"перв": 1, "втор": 2, "трет": 3, "четв": 4},
    numbers_header=_compile(r"рекомендаци|пункт|^№$"),
    position_header=_compile(r"позиция|ответ"),
)

# --- Arabic ------------------------------------------------------------------------------------

_AR_LETTERS = "\u0600-\u06ff"
_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
# Arabic reports number items "132-90" as well as "132.90"; a range has spaces around its dash ("115-3 - 115-7")
# or none between a full number and a bare end ("115-6-7").
_AR_NUMBER = r"(?<!\d)\d{1,3}(?:[-.]\d{1,3})?(?!\d)"
_AR_RANGE = r"(?:\s*[-–—]\s*|\s+[إا]لى\s+)"
_AR_ITEM = rf"(?:من\s+)?{_AR_NUMBER}(?:{_AR_RANGE}{_AR_NUMBER})?"
# "و" (and) is written glued to the next number ("و115-4"); "،" is the Arabic comma.
_AR_LIST = rf"{_AR_ITEM}(?:\s*(?:[,،;؛]\s*و?|و)\s*{_AR_ITEM})*"
# A word's start, allowing the conjunctions glued to it ("وتؤيد", "فهي").
_AR_START = r"(?<!\w)[وف]?"
_AR_VERBS = r"(?:تؤيد|يؤيد|نؤيد|أيدت|أيد|تقبل|يقبل|نقبل|قبلت|تدعم|يدعم|دعمت)"
_AR_BACKING = r"(?:تحظ|يحظ|حظيت|حظي)\S*\s+ب\S*(?:تأييد|دعم)"  # "تحظى بتأييد", "تحظيان بالتأييد"
_AR_ADJECTIVES = r"(?:مؤيد|مقبول)(?:ة|ات|تان|تين)?"
_AR_PARTLY = r"جزئي[اًٌة]*"  # "جزئياً", "جزئيًا", "جزئية"
_AR_TAKING_NOTE = r"\S*(?:حيط|حاط)\S*(?:\s+\S+){0,4}?\s+علم(?:اً|ًا|ا)"  # "تحيط علماً", "أحاطت مولدوفا علماً"


def _dotted(number: str) -> str:
    """ "115-3" (or "١١٥-٣") as the report keys it: "115.3"."""
    return number.translate(_ARABIC_INDIC_DIGITS).replace("-", ".")


ARABIC = AddendumWording(
    language="ar",
    title="آراء بشأن الاستنتاجات و/أو التوصيات والالتزامات الطوعية والردود المقدمة من الدولة موضوع الاستعراض",
    number_list=_AR_LIST,
    item=re.compile(rf"({_AR_NUMBER})(?:{_AR_RANGE}({_AR_NUMBER}))?"),
    list_after_word=list_after_word(
        # "التوصيات", "بالتوصية", "للتوصيتين", "الفقرات" (+ "رقم", "التالية")
        r"[وف]?(?:لل|ب?ال|ب|ل)?(?:توصي|فقر)(?:ة|ات|تان|تين)(?:\s+(?:رقم|أرقام|التالية))?",
        _AR_LIST,
        new_paragraph=r"\d{1,3}[-.]\s",
    ),
    position_phrase=_compile(
        rf"(?P<partial>{_AR_START}(?:{_AR_VERBS}|{_AR_ADJECTIVES})\s+(?:\S+\s+){{0,2}}?{_AR_PARTLY}"
        rf"|{_AR_START}(?:ب|ب?ال)?{_AR_PARTLY})"
        rf"|(?P<noted>{_AR_START}(?:لا|لم|لن)\s+(?:{_AR_BACKING}|{_AR_VERBS}|تحظ\S*)"
        rf"|{_AR_START}(?:لا|لم)\s+(?:يمكن|تستطيع|يستطيع|يسع)\S*\s+(?:\S+\s+){{0,2}}?(?:تأييد|قبول)"
        rf"|{_AR_START}غير\s+{_AR_ADJECTIVES}|{_AR_TAKING_NOTE}|{_AR_START}(?:ترفض|يرفض|رفضت|رفض|مرفوض)\S*)"
        rf"|(?P<supported>{_AR_START}(?:{_AR_BACKING}|{_AR_VERBS}|{_AR_ADJECTIVES}(?!\w)))"
    ),
    line_position=line_position(
        _AR_LIST,
        rf"{_AR_ADJECTIVES}\s*/\s*(?:أُ?حيط|محاط)\S*\s+علم(?:اً|ًا|ا)(?:\s+بها)?"
        rf"|{_AR_ADJECTIVES}\s+{_AR_PARTLY}|غير\s+{_AR_ADJECTIVES}|{_AR_ADJECTIVES}"
        r"|(?:أُ?حيط|محاط)\S*\s+علم(?:اً|ًا|ا)(?:\s+بها)?|مرفوض(?:ة|ات)?",
    ),
    numbered_item=numbered_item(_AR_LETTERS, stop="[-.]", commas=",،"),
    this_recommendation=_compile(r"(?<!\w)(?:هذه|تلك|هاتان|هاتين|كلتا|جميع)\s+(?:ال)?توصي\S*"),
    # Nothing, or "هي"; never a conjunction, which opens a new clause ("115-3 وتحيط علماً بـ…").
    copula=_compile(r"[^\S\n]*+(?:(?:هي|فهي|وهي)\s+)?(?![وف])"),
    sentence_end=re.compile(r"[.!?؟]\d*(?=\s)|\n\s*\d{1,3}[-.]\s+(?=[\u0600-\u06ff])|\n\s*\n"),
    cycle=_compile(
        r"(?:الجولة|دورة\s+الاستعراض)\s+(?:(?P<num>[1-4])|(?P<word>الأولى|الثانية|الثالثة|الرابعة))(?!\w)"
    ),
    cycle_words={"الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4},
    numbers_header=_compile(r"توصي|فقر|^(?:ال)?رقم$"),
    position_header=_compile(r"موقف|الرد"),
    number_key=_dotted,
)

# --- Chinese -----------------------------------------------------------------------------------

# No spaces between words: nothing here uses \b or (?<!\w), which would fail between two characters.
_ZH_CHARACTERS = "\u4e00-\u9fff"
_ZH_RANGE = r"\s*(?:-|–|—|~|～|至|到)\s*"
# "第115.3段", "第115.3至115.7段", "从115.3至115.7"
_ZH_ITEM = rf"(?:(?:第|从)[^\S\n]*)?{NUMBER}(?:{_ZH_RANGE}第?{NUMBER})?(?:[^\S\n]*段)?"
_ZH_LIST = rf"{_ZH_ITEM}(?:\s*(?:[,，、;；]|以及|和|及|与)\s*{_ZH_ITEM})*"
_ZH_VERBS = r"(?:支持|接受|赞同)"
_ZH_CLAUSE = r"[^，。；、\n]{0,12}?"  # a few characters within one clause ("得到摩尔多瓦共和国的支持")

CHINESE = AddendumWording(
    language="zh",
    title="对结论和/或建议、自愿承诺和被审议国所作答复的意见",
    number_list=_ZH_LIST,
    item=re.compile(rf"({NUMBER})(?:{_ZH_RANGE}第?({NUMBER}))?"),
    list_after_word=list_after_word(
        # "建议115.3" / "建议：115.3", or "第115.3段" on its own, when the list ends in "段" (not "第61届会议").
        rf"(?:建议[：:]?|(?={_ZH_LIST}段))",
        _ZH_LIST,
        new_paragraph=rf"\d{{1,3}}\.(?:\s|[{_ZH_CHARACTERS}])",  # "2.政府…" needs no space
        word_start="",
    ),
    position_phrase=_compile(
        rf"(?P<partial>部分地?(?:得到|获得)?{_ZH_VERBS}|(?:得到|获得){_ZH_CLAUSE}部分{_ZH_VERBS})"
        rf"|(?P<noted>注意到|不予?{_ZH_VERBS}|(?:未能|未|没有)(?:得到|获得|获){_ZH_CLAUSE}支持"
        rf"|(?:无法|不能)(?:予以)?{_ZH_VERBS}|拒绝)"
        rf"|(?P<supported>(?:得到|获得){_ZH_CLAUSE}支持|支持|赞同|接受(?!普遍定期审议|审议))"
    ),
    line_position=line_position(
        _ZH_LIST,
        rf"{_ZH_VERBS}\s*/\s*注意到|部分{_ZH_VERBS}|不{_ZH_VERBS}|未获支持|得到支持|{_ZH_VERBS}|注意到|拒绝",
        separators=r":：.\-–—|｜",
        stops=".;。；",
    ),
    numbered_item=numbered_item(_ZH_CHARACTERS),
    this_recommendation=_compile(r"(?:该|此|这|这些|上述|所有|两)(?:项|几项)?建议"),
    copula=_compile(r"[^\S\n]*(?:(?:均|都|也|已经|已)[^\S\n]*)?"),
    sentence_end=re.compile(rf"[。！？]|\n\s*\d{{1,3}}\.\s*(?=[{_ZH_CHARACTERS}])|\n\s*\n"),
    cycle=_compile(r"第\s*(?:(?P<num>[1-4])|(?P<word>[一二三四]))\s*(?:轮|个?周期)"),
    cycle_words={"一": 1, "二": 2, "三": 3, "四": 4},
    numbers_header=_compile(r"建议|段落|^(?:编号|序号|段)$"),
    position_header=_compile(r"立场|答复|回应"),
)

OTHER_LANGUAGES: dict[str, AddendumWording] = {w.language: w for w in (SPANISH, FRENCH, RUSSIAN, ARABIC, CHINESE)}
