"""Arabic and Chinese OHCHR pre-session documents: their wording, and who recommended what.

The layout is the one `un_documents` reads in every language, with other numbering ("أولاً-", "ألف-", "12-";
"一.", "A.", "12.") and no capital letters, so the wording here also carries the markers, the characters a
heading may open with, and how footnote markers and sentence ends look.

The sentences that report a recommendation are built differently from the European languages':

    أوصت الورقة المشتركة 1 بأن تعدّل كازاخستان قانون العقوبات.   -> JS1: "تعدّل كازاخستان قانون العقوبات"
    وحثت منظمة العفو الدولية الحكومة على إلغاء …                  -> AI: "إلغاء …"
    وأوصت أيضاً بـ…                                              -> the stakeholder named before
    联署材料1建议哈萨克斯坦将诽谤非刑罪化。                          -> JS1: "将诽谤非刑罪化"
    该委员会还建议…                                                -> the committee named before

Arabic puts the verb first and the subject after it (or drops it), Chinese puts the subject right before the
verb without a space, so each has its own small reader; both keep the Spanish/French reader's interface
(`new_paragraph`, `remember`, `clauses`) and its memory of who spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprmonitor.structure.states import canonical_state, find_state_spans
from uprmonitor.structure.un_documents_languages import (
    UPPER,
    Attribution,
    RomanceAttributor,
    SummaryWording,
)
from uprmonitor.structure.un_documents_languages import attributor_for as _european_attributor_for
from uprmonitor.structure.un_documents_languages import wording_for as _european_wording_for

_NEVER = re.compile(r"(?!)")
_ARABIC_LETTERS = "\u0621-\u064a"
_CJK = "\u4e00-\u9fff"
_TERMINAL = re.compile(r"[.;:,!?。；：，！？؛،؟]['’”\")）»]*$")


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def _wording(**fields) -> SummaryWording:
    """A wording whose Spanish/French attribution fields are unused: these languages have their own readers."""
    unused = dict(
        verb=_NEVER, person_object_verbs=_NEVER, not_attribution=_NEVER, and_word="and", articles=_NEVER,
        pronouns=_NEVER, generic=_NEVER, joint_pair=_NEVER, authors_of=_NEVER, according_to=_NEVER,
        bodies={}, agency_codes={}, mandate=_NEVER, anaphora={}, lead_words=frozenset(), lead_in=_NEVER,
        connectors=frozenset(), not_names=frozenset(), finite_verb=_NEVER, adverbial=_NEVER,
        clause_patterns=(), any_addressee=_NEVER, clause_tail=_NEVER,
    )
    return SummaryWording(**{**unused, **fields})


def state_in_text(text: str) -> str | None:
    """The first State a title names, in any UN language; Arabic may glue "ب"/"ل"/"و" to it ("بكازاخستان")."""
    text = re.sub(r"[*\d]+", " ", text)
    if spans := find_state_spans(text, in_prose=False):
        return spans[0][2]
    words = text.split()
    for start in range(len(words)):
        for end in range(min(len(words), start + 8), start, -1):
            name = " ".join(words[start:end])
            for candidate in (name, name[1:] if name[:1] in "بلو" else ""):
                if candidate and (state := canonical_state(candidate)):
                    return state
    return None


# ---------------------------------------------------------------------------------------------
# Arabic
# ---------------------------------------------------------------------------------------------

_AR_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_AR_ORDINALS = "|".join(f"{stem}(?:اً|ًا|ا)" for stem in (
    "[أا]ول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"))
_AR_LETTERS = "ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون"
_AR_JOINT = r"(?:ال)?ورقة\s+(?:ال)?مشتركة\s*(?:رقم\s*)?(\d+)(?:\s*\(JS\s?\d+\))?|JS\s?(\d+)"

AR_BODIES = {
    "لجنة القضاء على التمييز العنصري": "CERD",
    "لجنة القضاء على التمييز ضد المرأة": "CEDAW",
    "لجنة حقوق الطفل": "CRC",
    "لجنة مناهضة التعذيب": "CAT",
    "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية": "CESCR",
    "لجنة الحقوق الاقتصادية والاجتماعية والثقافية": "CESCR",
    "اللجنة المعنية بحالات الاختفاء القسري": "CED",
    "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة": "CRPD",
    "لجنة حقوق الأشخاص ذوي الإعاقة": "CRPD",
    "اللجنة المعنية بالعمال المهاجرين": "CMW",
    "اللجنة الفرعية لمنع التعذيب": "SPT",
    "اللجنة المعنية بحقوق الإنسان": "Human Rights Committee",
    "مفوضية الأمم المتحدة لشؤون اللاجئين": "UNHCR",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين": "UNHCR",
    "منظمة الأمم المتحدة للطفولة": "UNICEF",
    "اليونيسيف": "UNICEF",
    "منظمة الأمم المتحدة للتربية والعلم والثقافة": "UNESCO",
    "اليونسكو": "UNESCO",
    "منظمة العمل الدولية": "ILO",
    "فريق الأمم المتحدة القطري": "United Nations country team",
}
# Well-known organisations the Arabic text names in full, with the code their submissions go by.
AR_KNOWN_NAMES = {
    "منظمة العفو الدولية": "AI",
    "هيومن رايتس ووتش": "HRW",
    "لجنة حماية الصحفيين": "CPJ",
    "مراسلون بلا حدود": "RSF",
}

ARABIC = _wording(
    language="ar",
    title_start=_c(r"(موجز|تجميع|التقرير الوطني|تقرير وطني)"),
    title_stop=_c(rf"\*|تقرير مفوضية|تقرير المفوضية|(?:{_AR_ORDINALS})\s*[-–]|\d+\s*[-–.]"),
    state_in_title=_c(r"(.+)$"),
    state_name=state_in_text,
    national_title=_c(r"التقرير\s*الوطني\s*المقدم"),
    date_year=_c(rf"(?:{_AR_MONTHS})\s+(\d{{4}})", re.I),
    session_line=_c(r"^الدورة\s+\S+"),
    contents=frozenset({"المحتويات"}),
    see_also=_c(r"انظر\s+أيضا[ًّ]?|See also"),
    note_and=_c(r"؛|\sو(?=\S)"),
    heading_connector_end=_c(r"(?:\s(?:في|من|على|إلى|و|عن|مع|بشأن)|،)$"),
    joint=_c(_AR_JOINT),
    note_source=_c(
        r"^\s*((?:ال)?ورقة\s+(?:ال)?مشتركة\s*\d+|JS\s?\d+|[A-Z][\w-]*(?:[-/][\w]+)*)(?![\w])"
        r"(?:\s*[،,]|\s+(?:الفقرة|الفقرات|الصفحة|الصفحات|ص|\d))"
    ),
    markers=(
        ("roman", _c(rf"({_AR_ORDINALS})\s*[-–.]\s*(\S.*)")),
        ("letter", _c(rf"({_AR_LETTERS})\s*[-–]\s*(\S.*)")),
        ("number", _c(r"(\d{1,3})(?:\s*[-–]\s*|\.\s+)(\S.*)")),
    ),
    heading_letters=UPPER + _ARABIC_LETTERS,
    terminal=_TERMINAL,
    footnote_patterns=(
        # glued to a word or a closing bracket ("الدولية12", "(2020)7") …
        _c(rf"(?<=[{_ARABIC_LETTERS}\u064b-\u0652)\]»”])\d{{1,3}}(?=[\s.،؛:)]|$)"),
        # … or after a full stop, before the next sentence or the end ("العقوبات. 12 وأوصت")
        _c(rf"(?<=[.؛])\s?\d{{1,3}}(?=\s+[{_ARABIC_LETTERS}(«]|\s*$)"),
    ),
    sentence_end=_c(r"(?<=[.!؟?])[”\"’)»]*\s+(?=\S)"),
)

# ---------------------------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------------------------

_ZH_JOINT = r"联署材料\s*(\d+)(?:\s*[（(]JS\s?\d+[)）])?|JS\s?(\d+)"

ZH_BODIES = {
    "消除种族歧视委员会": "CERD",
    "消除对妇女歧视委员会": "CEDAW",
    "儿童权利委员会": "CRC",
    "禁止酷刑委员会": "CAT",
    "经济、社会及文化权利委员会": "CESCR",
    "经济、社会和文化权利委员会": "CESCR",
    "强迫失踪问题委员会": "CED",
    "残疾人权利委员会": "CRPD",
    "移徙工人问题委员会": "CMW",
    "保护所有移徙工人及其家庭成员权利委员会": "CMW",
    "防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚小组委员会": "SPT",
    "防范酷刑小组委员会": "SPT",
    "人权事务委员会": "Human Rights Committee",
    "联合国难民事务高级专员办事处": "UNHCR",
    "难民署": "UNHCR",
    "联合国儿童基金会": "UNICEF",
    "儿基会": "UNICEF",
    "联合国教育、科学及文化组织": "UNESCO",
    "教科文组织": "UNESCO",
    "国际劳工组织": "ILO",
    "劳工组织": "ILO",
    "联合国国家工作队": "United Nations country team",
}
ZH_KNOWN_NAMES = {"大赦国际": "AI", "国际特赦组织": "AI", "人权观察": "HRW", "保护记者委员会": "CPJ", "无国界记者": "RSF"}

CHINESE = _wording(
    language="zh",
    title_start=_c(r"(利益攸关方|联合国人权事务高级专员办事处编写|关于|联合国资料汇编|资料汇编|根据人权理事会)"),
    title_stop=_c(r"\*|联合国人权事务高级专员办事处的报告|人权高专办的报告|[一二三四五六七八九十]{1,3}\s*[.、．]|\d+\s*[.．]"),
    state_in_title=_c(r"(.+)$"),
    state_name=state_in_text,
    national_title=_c(r"提交的国家报告"),
    date_year=_c(r"(\d{4})\s*年"),
    session_line=_c(r"第\S+届会议\s*$"),
    contents=frozenset({"目录"}),
    see_also=_c(r"另见|See also"),
    note_and=_c(r"；|、"),
    heading_connector_end=_NEVER,
    joint=_c(_ZH_JOINT),
    note_source=_c(r"^\s*(联署材料\s*\d+|JS\s?\d+|[A-Z][\w-]*(?:[-/][\w]+)*)(?:\s*[，,]|\s*第|\s+(?:paras?\.?|pp?\.|\d))"),
    markers=(
        ("roman", _c(r"([一二三四五六七八九十]{1,3})\s*[.、．]\s*(\S.*)")),
        ("letter", _c(r"([A-Z])\s*[.．]\s*(\S.*)")),
        ("number", _c(r"(\d{1,3})\s*[.．](?!\d)\s*(\S.*)")),
    ),
    heading_letters=UPPER + _CJK,
    terminal=_TERMINAL,
    footnote_patterns=(
        # glued to a character, before punctuation or the end ("非刑罪化12。"), not a number in the text
        # ("联署材料1", "第5段", "12月")
        _c(rf"(?<=[{_CJK}）)”」》])(?<!材料)(?<!第)(?<!号)\d{{1,3}}(?=[。，；：、]|\s|$)"),
        # … or after the full stop ("非刑罪化。12")
        _c(rf"(?<=[。；])\s?\d{{1,3}}(?![年月日个名份岁%])(?=[{_CJK}A-Z]|\s|$)"),
    ),
    sentence_end=_c(r"(?<=[。！？])[”」』）)]*\s*(?=\S)"),
    line_join=_c(rf"(?<=[{_CJK}，。、；：（）“”])\n(?=[{_CJK}，。、；：（）“”\d])"),
)

SCRIPT_WORDINGS: dict[str, SummaryWording] = {"ar": ARABIC, "zh": CHINESE}


def wording_for(language: str | None) -> SummaryWording | None:
    """The wording of a document in any UN language but English (whose patterns live in `un_documents`)."""
    return SCRIPT_WORDINGS.get(language or "") or _european_wording_for(language)


def attributor_for(wording: SummaryWording, notes: dict[str, list[str]]) -> RomanceAttributor:
    """The reader of one document's attributions, in its language."""
    if wording.language == "ar":
        return ArabicAttributor(wording, notes)
    if wording.language == "zh":
        return ChineseAttributor(wording, notes)
    return _european_attributor_for(wording, notes)


# ---------------------------------------------------------------------------------------------
# Shared by both readers
# ---------------------------------------------------------------------------------------------

_COMMITTEES = {"CERD", "CEDAW", "CRC", "CAT", "CESCR", "CED", "CRPD", "CMW", "SPT", "Human Rights Committee"}
_LATIN_CODE = r"[A-Z][A-Za-z]*(?:[-/][A-Za-z]+)*(?:\s?\d{1,3})?"


def _alternation(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


@dataclass
class _ScriptAttributor(RomanceAttributor):
    """Memory of who spoke last, as in Spanish and French; the subclasses read their own sentences."""

    def __post_init__(self) -> None:
        pass  # the Spanish/French patterns are not needed

    def sentence_subject(self, sentence: str) -> list[str] | None:
        raise NotImplementedError

    def _last_committee(self) -> str | None:
        return next((code for code in reversed(self.named) if code in _COMMITTEES), None)

    def _last_mandate(self, word: str) -> str | None:
        return next((code for code in reversed(self.named) if word in code), None)


# ---------------------------------------------------------------------------------------------
# Who recommended what, in an Arabic sentence: verb, subject, addressee, "بأن"/"بـ"/"على"/"إلى", the ask
# ---------------------------------------------------------------------------------------------

_AR_MARKS = "\u064b-\u0652"
_AR_VERB = re.compile(
    rf"(?<![\w{_AR_MARKS}])(?P<also>كما\s+)?(?:[وف](?=\S))?(?:قد\s+)?"
    rf"(?P<verb>[أا]وص(?:ت|ى|وا|تا|يا)|حث\u0651?(?:ت|وا|تا|ا)?|دع(?:ت|ا|وا|تا)|شج\u0651?ع(?:ت|وا|تا|ا)?|"
    rf"طلب(?:ت|وا|تا)|ناشد(?:ت|وا|تا|ا)?|"
    # the present, as treaty bodies write ("توصي اللجنة الدولة الطرف بأن …"): only with a named subject, since
    # an ask is often in the present too ("بأن تدعو الحكومة …")
    rf"(?P<present>[تي]وصي(?:ان)?|[تي]وصون|[تي]حث\u0651?|[تي]دعو|[تي]شج\u0651?ع|[تي]ناشد|[تي]طلب))(?![\w{_AR_MARKS}])"
)
# "التي أوصت بها اللجنة", "وفقاً لما أوصت به": a recommendation recalled, not made
_AR_RECALLED_BEFORE = re.compile(r"(?:التي|الذي|الذين|اللتين|اللذين|ما|لما|حسبما|مثلما)\s*$")
_AR_RECALLED_AFTER = re.compile(r"\s*(?:به|بها|بهما|بهم)(?![\w])")
_AR_ADVERBS = re.compile(r"(?:\s*(?:أيضا[ًّ]?|أيضًا|كذلك|بشدة|مجددا[ًّ]?|بقوة|بإلحاح|خصوصا[ًّ]?)(?![\w]))+")
_AR_ORGANISATION = (
    r"(?:ال)?(?:منظمة|رابطة|جمعية|مركز|شبكة|اتحاد|مؤسسة|تحالف|لجنة|مجلس|معهد|حركة|هيئة|مبادرة|مرصد|منتدى)"
)
_AR_SUBJECT = re.compile(
    rf"(?P<pair>(?:ال)?ورقتا[ن]?\s+(?:ال)?مشتركتا[ن]?\s*(\d+)\s*و\s*(\d+))|(?P<joint>{_AR_JOINT})"
    rf"|(?P<body>{_alternation(AR_BODIES)})|(?P<known>{_alternation(AR_KNOWN_NAMES)})"
    rf"|(?P<named>{_AR_ORGANISATION}[^()،.؛]{{2,100}}?\s*\((?P<acronym>[A-Z][\w/-]*(?:\s?\d{{1,3}})?)\))"
    rf"|(?P<code>{_LATIN_CODE})(?![\w])"
    rf"|(?P<committee>اللجنة)(?![\w])|(?P<rapporteur>المقرر(?:ة)?\s+الخاص(?:ة)?)(?![\w])"
    rf"|(?P<generic>(?:عدة|عدد\s+من|بعض|عدد\s+من)\s+(?:ال)?(?:ورقات|أوراق|جهات|أصحاب\s+المصلحة|منظمات)\S*)"
    rf"|(?P<pronoun>(?:ال)?(?:منظمة|منظمتان|منظمات|ورقة|ورقتان|جهة|جهات)\s+(?:ذاتها|نفسها|المذكورة)|أصحاب\s+الورقة)"
)
_AR_AND = re.compile(r"\s*(?:،\s*)?و\s*(?=\S)")
# Whoever is asked to act, between the subject and the ask: the State, its government or authorities
_AR_ADDRESSEE = re.compile(r"(?:الحكومة|السلطات|الدولة(?:\s+الطرف)?|حكومة|سلطات|جميع\s+الأطراف)(?![\w])")
_AR_TOWARDS = re.compile(r"(?:إلى|من)\s+")
_AR_CONNECTOR = re.compile(r"\s*(?::\s*)?(?:بما\s+يلي\s*:?\s*|بأن\s+|ب(?=أل)|بـ\s*|ب(?=[\w])|على\s+|إلى\s+|أن\s+)")
_AR_CLAUSE_TAIL = re.compile(r"[\s،,؛;.]*$")


@dataclass
class ArabicAttributor(_ScriptAttributor):
    """Arabic: "أوصت <who> [<State>] بأن/بـ/على/إلى <ask>"; a dropped subject is whoever was named before."""

    subject_here: list[str] | None = None  # the subject the sentence being read named itself

    def remember(self, sentence: str) -> None:
        self.subject_here = self.sentence_subject(sentence)
        if self.subject_here:
            self._record(self.subject_here)

    def sentence_subject(self, sentence: str) -> list[str] | None:
        """The subject after a sentence's opening verb ("ذكرت الورقة المشتركة 2 أن …"), also in a clause
        opened by "إذ" ("إذ تشير اللجنة إلى …، توصي …")."""
        match = re.match(rf"(?:[وف]?إذ\s+)?(?:[وف](?=\S))?(?:قد\s+)?[\w{_AR_MARKS}]+", sentence.strip())
        if not match:
            return None
        rest = sentence.strip()[match.end() :]
        rest = rest[_adverbs_end(rest) :]
        found = self._subjects(rest.lstrip(), None)
        return found[0] if found and found[0] else None

    def clauses(self, sentence: str, footnote: str | None) -> list[Attribution]:
        found: list[Attribution] = []
        for verb in _AR_VERB.finditer(sentence):
            if self._recalled(sentence, verb):
                if found and verb.group("also"):
                    found[-1].end = verb.start()  # "…، كما أوصت اللجنة": the aside is not part of the ask
                continue
            after = verb.end() + _adverbs_end(sentence[verb.end() :])
            subject = self._subjects(sentence[after:].lstrip(), footnote if not found else None)
            if subject is None:
                if self.last is None or (verb.group("present") and not self._continues_sentence(sentence, verb)):
                    continue
                codes, length = list(self.last), 0  # "وأوصت أيضاً بـ…": whoever was named before
            else:
                codes, length = subject
                self._record(codes)
            start = after + len(sentence[after:]) - len(sentence[after:].lstrip()) + length
            start += _ask_start(sentence[start:])
            if found:
                found[-1].end = verb.start()
            found.append(Attribution(codes, start, len(sentence)))
        return [clause for clause in map(lambda c: _trimmed(sentence, c, _AR_CLAUSE_TAIL, 2), found) if clause]

    def _continues_sentence(self, sentence: str, verb: re.Match) -> bool:
        """"إذ تشير اللجنة إلى …، توصي الدولة الطرف …": a present verb right after a comma, with no "و", goes on
        with the subject this sentence named (inside an ask it would follow "بأن" or "و")."""
        before = sentence[: verb.start()].rstrip()
        return bool(self.subject_here) and before.endswith(("،", ",")) and verb.group().startswith(
            verb.group("verb"))

    def _recalled(self, sentence: str, verb: re.Match) -> bool:
        before = sentence[: verb.start()].rstrip()
        if _AR_RECALLED_BEFORE.search(before) or _AR_RECALLED_AFTER.match(sentence, verb.end()):
            return True
        # "كما" opening a sentence is "also"; inside one it is "as": "…، كما أوصت اللجنة"
        return bool(verb.group("also")) and bool(before)

    def _subjects(self, text: str, footnote: str | None) -> tuple[list[str], int] | None:
        """The stakeholders the text opens with ("الورقة المشتركة 1 ومنظمة العفو الدولية") and their length."""
        codes: list[str] = []
        position = end = 0
        while match := _AR_SUBJECT.match(text, position):
            item = self._item(match, footnote)
            if item is None:
                break
            codes.extend(code for code in item if code not in codes)
            end = match.end()
            joined = _AR_AND.match(text, end)
            if not joined or not _AR_SUBJECT.match(text, joined.end()):
                break
            position = joined.end()
        return (codes, end) if end else None

    def _item(self, match: re.Match, footnote: str | None) -> list[str] | None:
        kind = match.lastgroup
        if match.group("pair"):
            return [f"JS{match.group(2)}", f"JS{match.group(3)}"]
        if match.group("joint"):
            return [f"JS{re.search(r'[0-9]+', match.group('joint')).group()}"]
        if kind == "body":
            return [AR_BODIES[match.group("body")]]
        if kind == "known":
            return [AR_KNOWN_NAMES[match.group("known")]]
        if match.group("named"):
            return [match.group("acronym").replace(" ", "")]
        if kind == "code":
            code = re.sub(r"^(JS)\s+(\d+)$", r"\1\2", match.group("code"))
            return [code] if sum(ch.isupper() or ch.isdigit() for ch in code) >= 2 else None
        if kind == "committee":
            return [self._last_committee() or "Committee"]
        if kind == "rapporteur":
            return [self._last_mandate("Special Rapporteur") or "Special Rapporteur"]
        if kind == "generic":
            return list(self.notes.get(footnote or "", []))
        if kind == "pronoun":
            return list(self.last) if self.last else None
        return None


def _adverbs_end(text: str) -> int:
    match = _AR_ADVERBS.match(text)
    return match.end() if match else 0


def _ask_start(text: str) -> int:
    """Past the addressee ("كازاخستان", "الحكومة") and the word that introduces the ask ("بأن", "بـ", "على")."""
    position = len(text) - len(text.lstrip())
    if (towards := _AR_TOWARDS.match(text, position)) and _addressee_end(text, towards.end()):
        position = towards.end()  # "طلبت إلى الحكومة أن …"
    position = _addressee_end(text, position) or position
    position += _adverbs_end(text[position:])  # "وأوصت اللجنة أيضاً بـ…"
    if connector := _AR_CONNECTOR.match(text, position):
        return connector.end()
    return position + len(text[position:]) - len(text[position:].lstrip())


def _addressee_end(text: str, position: int) -> int:
    """Where the State, government or authorities at `position` end ("حكومة كازاخستان"), or 0."""
    spans = find_state_spans(text[position : position + 200], in_prose=False)
    if spans and spans[0][0] == 0:
        return position + spans[0][1]
    if match := _AR_ADDRESSEE.match(text, position):
        position = match.end()
        if (spans := find_state_spans(text[position : position + 200], in_prose=False)) and not text[
                position : position + spans[0][0]].strip():
            position += spans[0][1]  # "حكومة كازاخستان"
        return position
    return 0


def _trimmed(sentence: str, clause: Attribution, tail: re.Pattern, minimum: int) -> Attribution | None:
    text = tail.sub("", sentence[clause.start : clause.end])
    if len(text) < minimum or len(text.split()) < 1:
        return None
    return Attribution(clause.codes, clause.start, clause.start + len(text))


# ---------------------------------------------------------------------------------------------
# Who recommended what, in a Chinese sentence: subject right before the verb, then the addressee and the ask
# ---------------------------------------------------------------------------------------------

_ZH_VERB = re.compile(r"(?<![所的项些条其申邀提])(?P<verb>建议|敦促|呼吁|促请|敦请|吁请|鼓励|要求|请)(?![的求愿])")
_ZH_BOUNDARY = re.compile(r".*(?:[，,；;：:。]|\.(?!\d))")
_ZH_LEAD_IN = re.compile(r"^(?:此外|另外|而且|同时|最后|因此|据此|为此|与此同时|然而|但是|另一方面|在这方面|就此)[，,]?\s*")
_ZH_ADVERBS = re.compile(r"(?:还|也|亦|同时|进一步|强烈|再次|又|都|均|则|并|特别|大力|坚决|一再|一致|共同|分别)+\s*$")
_ZH_PRONOUNS = re.compile(
    r"它|他们|她们|其|该组织|这些组织|该机构|这些利益攸关方|该利益攸关方|后者|前者|提交材料者|提交人|上述组织|两者|二者|"
    r"这两个组织|这些提交人|该材料|该联署材料|这些联署材料"
)
_ZH_GENERIC = re.compile(
    r"(?:若干|多个|数个|一些|几个|多份|几份|数份|部分|两个|三个|四个|各)\s*(?:利益攸关方|提交材料者|组织|材料|联署材料|来文)"
)
_ZH_ORGANISATION_END = re.compile(r"(?:组织|协会|联盟|中心|委员会|基金会|观察|国际|网络|联合会|研究所|运动|协会|学会|论坛|联合会|同盟|之家)$")
_ZH_PART_SPLIT = re.compile(r"\s*(?:以及|和|与|及|、)\s*")
_ZH_ADDRESSEE = re.compile(r"(?:政府|当局|国家|缔约国|该国|各方|所有各方|有关当局)")
_ZH_CLAUSE_TAIL = re.compile(r"(?:[\s，,；;。：:]*(?:并且|而且|并|同时)?)?[\s，,；;。：:]*$")
_ZH_BODY_NAMES = re.compile(_alternation(ZH_BODIES))
_ZH_OPENING_SUBJECT = re.compile(
    rf"(?:(?:{_ZH_JOINT}|{_alternation(ZH_BODIES)}|{_alternation(ZH_KNOWN_NAMES)}|(?:该)?委员会|{_LATIN_CODE}|"
    rf"[^，,。；;()（）]{{2,40}}?[（(][A-Z][\w/-]*(?:\s?\d{{1,3}})?[)）])\s*(?:以及|和|与|及|、)?\s*)+"
)


@dataclass
class ChineseAttributor(_ScriptAttributor):
    """Chinese: "<who>[还]建议<State>[政府]<ask>"; "它还建议", "该委员会还建议" go back to who was named."""

    def remember(self, sentence: str) -> None:
        if codes := self.sentence_subject(sentence):
            self._record(codes)

    def sentence_subject(self, sentence: str) -> list[str] | None:
        """The stakeholders a sentence opens with ("联署材料2指出，…", "大赦国际(AI)表示…")."""
        text = _ZH_LEAD_IN.sub("", sentence.strip())
        if match := _ZH_OPENING_SUBJECT.match(text):
            subject = re.sub(r"(?:以及|和|与|及|、)\s*$", "", match.group().strip())
            return self._parse(_ZH_ADVERBS.sub("", subject), None)
        return None

    def clauses(self, sentence: str, footnote: str | None) -> list[Attribution]:
        found: list[Attribution] = []
        segment = 0
        for verb in _ZH_VERB.finditer(sentence):
            pre = sentence[segment : verb.start()]
            resolved = self._resolve(pre, found, footnote if not found else None)
            if resolved is None:
                continue  # "…建议哈萨克斯坦请特别报告员…": a verb inside the ask
            codes, subject_start = resolved
            if found:
                found[-1].end = segment + subject_start
            start = verb.end() + _zh_ask_start(sentence[verb.end() :])
            found.append(Attribution(codes, start, len(sentence)))
            segment = verb.end()
        return [clause for clause in map(lambda c: _trimmed(sentence, c, _ZH_CLAUSE_TAIL, 2), found) if clause]

    def _resolve(self, pre: str, found: list[Attribution], footnote: str | None) -> tuple[list[str], int] | None:
        boundary = _ZH_BOUNDARY.match(pre)
        start = boundary.end() if boundary else 0
        candidate = _ZH_LEAD_IN.sub("", pre[start:].strip())
        adverbs = _ZH_ADVERBS.search(candidate)
        subject = candidate[: adverbs.start()].strip() if adverbs else candidate
        if not subject:
            if found and (adverbs or boundary):  # "…，并敦促…": the same subject again
                return list(found[-1].codes), start
            if not found and self.last is not None and (adverbs or boundary):
                return list(self.last), start  # "联署材料1指出…，还建议…"
            return None
        codes = self._parse(subject, footnote)
        if codes is None:
            return None
        self._record(codes)
        return codes, start

    def _parse(self, subject: str, footnote: str | None) -> list[str] | None:
        """The codes a subject names: "联署材料1和人权观察", "禁止酷刑委员会", "它"; None when it names none."""
        if _ZH_PRONOUNS.fullmatch(subject):
            return list(self.last) if self.last is not None else None
        if re.fullmatch(r"(?:该|这个)?委员会", subject):
            return [self._last_committee() or "Committee"]
        if re.fullmatch(r"(?:该|这位)?特别报告员", subject):
            return [self._last_mandate("Special Rapporteur") or "Special Rapporteur"]
        if _ZH_GENERIC.fullmatch(subject):
            return list(self.notes.get(footnote or "", []))
        subject = _ZH_BODY_NAMES.sub(lambda m: f"\x00{ZH_BODIES[m.group()]}\x00", subject)
        subject = re.sub(r"联署材料\s*(\d+)\s*[和、及与]\s*(\d+)(?!\s*[（(])", r"JS\1和JS\2", subject)
        codes: list[str] = []
        for part in _ZH_PART_SPLIT.split(subject):
            code = _zh_item(part.strip())
            if code is None:
                return None
            if code not in codes:
                codes.append(code)
        return codes or None


def _zh_item(part: str) -> str | None:
    """The code one stakeholder in a Chinese subject goes by."""
    if match := re.fullmatch(r"\x00(.+)\x00", part):
        return match.group(1)
    if match := re.fullmatch(_ZH_JOINT, part):
        return f"JS{match.group(1) or match.group(2)}"
    if part in ZH_KNOWN_NAMES:
        return ZH_KNOWN_NAMES[part]
    if match := re.fullmatch(r"[^()（）]{2,40}?\s*[（(]([A-Z][\w/-]*(?:\s?\d{1,3})?)[)）]", part):
        return re.sub(r"^(JS)\s+(\d+)$", r"\1\2", match.group(1))
    if re.fullmatch(_LATIN_CODE, part) and sum(ch.isupper() or ch.isdigit() for ch in part) >= 2:
        return re.sub(r"^(JS)\s+(\d+)$", r"\1\2", part)
    if len(part) <= 30 and _ZH_ORGANISATION_END.search(part) and not canonical_state(part) and re.fullmatch(
            rf"[{_CJK}A-Za-z0-9·\-]+", part):
        return part
    return None


def _zh_ask_start(text: str) -> int:
    """Past "：", the State and its government or authorities, and "应": "建议哈萨克斯坦政府应确保…" -> "确保…"."""
    position = len(text) - len(text.lstrip(" ：:"))
    spans = find_state_spans(text[position : position + 100], in_prose=False)
    if spans and spans[0][0] == 0:
        position += spans[0][1]
        # "哈萨克斯坦和吉尔吉斯斯坦": several States asked together
        while re.match(r"[和、及与]", text[position:]) and (
                more := find_state_spans(text[position + 1 : position + 100], in_prose=False)) and more[0][0] == 0:
            position += 1 + more[0][1]
    if match := _ZH_ADDRESSEE.match(text, position):
        position = match.end()
    if match := re.match(r"\s*[：:，,]?\s*(?:应当|应该|应)?", text[position:]):
        position += match.end()
    return position
