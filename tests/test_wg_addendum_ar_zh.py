"""The State's responses (Add.1) in Arabic and Chinese: invented addenda written in code.

Both carry the content of the Spanish, French and Russian prose test (test_wg_addendum_languages.py): a list
with ranges in words and with dashes, a statement after its list, a noted list, a partial acceptance and a
negation, so the expected positions are the same. Arabic numbers its items "140-3" and glues "و" (and) to
the next number; Chinese writes no spaces, so "不支持" (does not support) sits right against "支持".
"""

from __future__ import annotations

import pytest

from builders import extracted_lines
from uprmonitor.model import ExtractedText
from uprmonitor.pipeline import analyze_files
from uprmonitor.store import Store
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.wg_addendum import expand_numbers, parse_wg_addendum
from uprmonitor.structure.wg_addendum_languages import OTHER_LANGUAGES

ARABIC = """\
الأمم المتحدة                                                    A/HRC/61/12/Add.1
الجمعية العامة                                                    Distr.: General

مجلس حقوق الإنسان
الدورة الحادية والستون

تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*
إستونيا
إضافة
آراء بشأن الاستنتاجات و/أو التوصيات والالتزامات الطوعية والردود المقدمة من الدولة
موضوع الاستعراض

     1-   تتضمن هذه الوثيقة ردود إستونيا على التوصيات التي تلقتها خلال الجولة الرابعة من الاستعراض.
     ويتضمن التقرير 16 توصية.
     أولاً- التوصيات التي تحظى بتأييد إستونيا
     2-   تؤيد إستونيا التوصيات 140-1، و140-3 إلى 140-5، و140-8-
     10 و140-12. وترى أن التوصية 140-3 قد نُفذت بالفعل.
     3-   التوصيتان 140-15 و140-16 تحظيان بتأييد إستونيا.
     ثانياً- التوصيات التي أحاطت بها إستونيا علماً
     4-   في الوقت الراهن، تحيط إستونيا علماً بالتوصيات 140-2، و140-6-7
     و140-11. وتؤيد إستونيا التوصية 140-13 جزئياً؛ ولا تؤيد التوصية 140-14.
"""

CHINESE = """\
联合国                                                            A/HRC/61/12/Add.1
大会                                                              Distr.: General

人权理事会
第六十一届会议

普遍定期审议工作组报告*
爱沙尼亚
增编
对结论和/或建议、自愿承诺和被审议国所作答复的意见

     1.   本文件载有爱沙尼亚对第四轮审议期间所收到建议的答复。报告共载有16项建议。
     一. 得到爱沙尼亚支持的建议
     2.   爱沙尼亚支持建议140.1、140.3至140.5、140.8-
     10和140.12。爱沙尼亚认为建议140.3已经得到执行。
     3.   建议140.15和140.16得到爱沙尼亚的支持。
     二. 爱沙尼亚注意到的建议
     4.   目前，爱沙尼亚注意到建议140.2、140.6-7及140.11。爱沙尼亚部分接受建议140.13；
     不接受建议140.14。
"""



def _text(text: str) -> ExtractedText:
    return extracted_lines(*text.split("\n"), source="addendum.txt")


@pytest.mark.parametrize(
    "title",
    [
        "آراء بشأن الاستنتاجات و/أو التوصيات والالتزامات الطوعية والردود المقدمة من الدولة موضوع الاستعراض",
        "对结论和/或建议、自愿承诺和被审议国所作答复的意见",
        "对结论和/或建议、自愿\n承诺和被审议国所作答复的意见",  # a Chinese line wraps between any two characters
    ],
)
def test_the_title_alone_tells_an_addendum(title):
    assert detect_kind(_text(f"إضافة / 增编\n{title}\n1. 文本。")) == "wg_addendum"


@pytest.mark.parametrize(
    "text",
    [
        # "لا تؤيد" and "لم تحظيا بتأييد" must not read as "تؤيد" / "تحظى بتأييد".
        "2-   أحاطت روريتانيا علماً بالتوصية 9-1. لا تؤيد روريتانيا التوصية 9-2.\n"
        "3-   التوصيتان 9-3 و9-4 لم تحظيا بتأييد روريتانيا. وترفض روريتانيا التوصية 9-5.\n"
        "4-   لا يمكن لروريتانيا قبول التوصية 9-6.\n",
        # "不支持", "未获…支持", "无法接受" must not read as "支持" / "接受".
        "2.   鲁里塔尼亚注意到建议9.1。鲁里塔尼亚不支持建议9.2。\n"
        "3.   建议9.3和9.4未获鲁里塔尼亚支持。鲁里塔尼亚拒绝建议9.5。\n"
        "4.   鲁里塔尼亚无法接受建议9.6。\n",
    ],
    ids=["ar", "zh"],
)
def test_negations_and_taking_note_are_noted(text):
    positions = parse_wg_addendum(_text(text)).metadata["positions"]
    assert positions == {f"9.{n}": "noted" for n in range(1, 7)}


# Tested with the other languages in test_wg_addendum_languages.py.
ONE_LINE = [
    "ردود جمهورية مولدوفا على التوصيات\n115-3 مؤيدة.\n115-4 - 115-6: أُحيط علماً بها\n115-7 مؤيدة جزئياً\n"
    "115-8 | محاط علماً بها\n115-9 إلى 115-10 مؤيدة\n115-11 مؤيدة/أُحيط علماً بها\n"
    "115-12 قُبلت في عام 2010 بموجب قانون الجمهورية.\n",
    "摩尔多瓦共和国对建议的答复\n115.3 支持。\n115.4–115.6：注意到\n115.7 部分支持\n115.8 | 不支持\n"
    "115.9至115.10 支持\n115.11 支持/注意到\n115.12 已于2010年通过法律予以接受。\n",
]


# Tested with the other languages in test_wg_addendum_languages.py: (title, headers, words, range, first).
TABLES = {
    "ar": ("ردود جمهورية مولدوفا على توصيات الاستعراض", "التوصية", "الموقف",
           ["مؤيدة", "أُحيط علماً بها", "مؤيدة جزئياً"], "98-2 إلى 98-4", "98-1"),
    "zh": ("摩尔多瓦共和国对审议建议的答复", "建议", "立场", ["支持", "注意到", "部分支持"], "98.2至98.4", "98.1"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2-   تؤيد الحكومة التوصيات 1 إلى 4 و9. التوصيتان 5 و6 لا تحظيان بتأييد الحكومة.\n"
            "14-، 15-   تؤيد الحكومة هاتين التوصيتين وتحيط علماً بالتقدم المحرز.\n"
            "16-   لا تؤيد الحكومة هذه التوصية.\n",
            {"1": "supported", "2": "supported", "3": "supported", "4": "supported", "9": "supported",
             "5": "noted", "6": "noted", "14": "supported", "15": "supported", "16": "noted"},
        ),
        (
            "2.   政府支持建议1至4和9。建议5和6未得到政府支持。\n"
            "14., 15.   政府接受这些建议并注意到所取得的进展。\n"
            "16.   政府不支持该建议。\n",
            {"1": "supported", "2": "supported", "3": "supported", "4": "supported", "9": "supported",
             "5": "noted", "6": "noted", "14": "supported", "15": "supported", "16": "noted"},
        ),
    ],
    ids=["ar", "zh"],
)
def test_bare_ordinals_and_numbered_items(text, expected):
    assert parse_wg_addendum(_text(text)).metadata["positions"] == expected


@pytest.mark.parametrize(
    ("listed", "language", "expected"),
    [
        ("115-1، و115-3 إلى 115-5 و115-9", "ar", ["115.1", "115.3", "115.4", "115.5", "115.9"]),
        ("من 115-3 إلى 115-5 و116.1", "ar", ["115.3", "115.4", "115.5", "116.1"]),
        ("115-3 - 115-5، 122-17-18", "ar", ["115.3", "115.4", "115.5", "122.17", "122.18"]),
        ("١١٥-٣ الى ١١٥-٥", "ar", ["115.3", "115.4", "115.5"]),  # Arabic-Indic digits, "الى" without hamza
        ("115.3至115.5和116.1", "zh", ["115.3", "115.4", "115.5", "116.1"]),
        ("第115.3-115.5段、115.7及115.8", "zh", ["115.3", "115.4", "115.5", "115.7", "115.8"]),
        ("115.3到115.4，122.17-18", "zh", ["115.3", "115.4", "122.17", "122.18"]),
        ("1至500", "zh", ["1", "500"]),  # not a plausible range of recommendations
    ],
)
def test_expand_numbers(listed, language, expected):
    assert expand_numbers(listed, OTHER_LANGUAGES[language]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The list word may carry a glued preposition ("بالتوصيات") and the verb a glued "و".
        ("وتقبل الحكومة بالتوصيات 7-1 و7-2.", {"7.1": "supported", "7.2": "supported"}),
        # "المستقبل" (the future) holds the letters of "تقبل" (accepts): no position from it.
        ("ستنظر الحكومة في المستقبل في التوصية 7-3.", {}),
        # The clause after the list, opened by a glued "و", speaks of other recommendations.
        ("تؤيد الحكومة التوصية 7-4 وتحيط علماً بالتوصية 7-5.", {"7.4": "supported", "7.5": "noted"}),
        ("تقبل الحكومة جزئياً التوصية 7-6.", {"7.6": "noted"}),
        # "第61届会议" is a session, not a paragraph: "第" opens a list only when it ends in "段".
        ("政府在第61届会议上支持第7.1段和第7.2段所载建议。", {"7.1": "supported", "7.2": "supported"}),
        ("政府接受审议时收到了建议7.3。", {}),  # "接受审议": undergoes the review
        ("政府部分支持建议7.4，并注意到建议7.5。", {"7.4": "noted", "7.5": "noted"}),
        ("建议7.6和7.7均得到政府支持。", {"7.6": "supported", "7.7": "supported"}),
        ("建议7.9部分得到支持，建议7.10得到部分支持。", {"7.9": "noted", "7.10": "noted"}),
        ("政府不予接受建议7.11，但赞同建议7.12。", {"7.11": "noted", "7.12": "supported"}),
        ("التوصية 7-8 لا تحظى بالتأييد. أُحيط علمًا بالتوصية 7-9.", {"7.8": "noted", "7.9": "noted"}),
        # A paragraph number opening the next line ("2.", no space in Chinese) is not a list.
        ("政府支持下列建议\n2.政府注意到建议7.8。", {"7.8": "noted"}),
        ("تؤيد الحكومة التوصيات التالية\n2- تحيط الحكومة علماً بالتوصية 7-7.", {"7.7": "noted"}),
    ],
)
def test_wording_details(text, expected):
    assert parse_wg_addendum(_text(text)).metadata["positions"] == expected


ARABIC_REPORT = """الأمم المتحدة A/HRC/99/14
الجمعية العامة
مجلس حقوق الإنسان
تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*
جمهورية مولدوفا
أولاً- موجز وقائع عملية الاستعراض
5- عرض الوفد التقرير الوطني وأجاب عن الأسئلة المطروحة.
ثانياً- الاستنتاجات و/أو التوصيات
90- درست جمهورية مولدوفا التوصيات التالية وهي تحظى بتأييدها:
90-1 التصديق على اتفاقية العمال المنزليين (الفلبين)؛
91- ستنظر جمهورية مولدوفا في التوصيات التالية وستقدم ردودها في الوقت المناسب:
91-1 التصديق على نظام روما الأساسي للمحكمة الجنائية الدولية (هولندا)؛
91-2 إلغاء تجريم التشهير (الولايات المتحدة الأمريكية)؛
91-3 إنشاء مؤسسة وطنية لحقوق الإنسان وفقاً لمبادئ باريس (شيلي، بيرو)؛
92- أحاطت جمهورية مولدوفا علماً بالتوصيات التالية:
92-1 إلغاء عقوبة الإعدام في جميع الظروف (الاتحاد الروسي).
93- تعبر جميع الاستنتاجات و/أو التوصيات الواردة في هذا التقرير عن موقف الدولة أو الدول التي قدمتها.
تشكيلة الوفد
"""

ARABIC_ADDENDUM = """الأمم المتحدة A/HRC/99/14/Add.1
الجمعية العامة
تقرير الفريق العامل المعني بالاستعراض الدوري الشامل
جمهورية مولدوفا
إضافة
آراء بشأن الاستنتاجات و/أو التوصيات والالتزامات الطوعية والردود المقدمة من الدولة موضوع الاستعراض
1- درست جمهورية مولدوفا بعناية التوصيات التي ظلت معلقة.
2- تؤيد جمهورية مولدوفا التوصيتين 91-1 و91-3. وتحيط علماً بالتوصية 91-2.
3- وتؤيد جمهورية مولدوفا أيضاً التوصية 92-1.
"""

CHINESE_REPORT = """联合国 A/HRC/99/14
大会
人权理事会
普遍定期审议工作组报告*
摩尔多瓦共和国
一. 审议过程纪要
5. 代表团介绍了国家报告并回答了提出的问题。
二. 结论和/或建议
90. 摩尔多瓦共和国审查了下列建议，这些建议得到了摩尔多瓦共和国的支持：
90.1 批准《家庭工人公约》(菲律宾)；
91. 摩尔多瓦共和国将审查下列建议，并将及时作出答复：
91.1 批准《国际刑事法院罗马规约》(荷兰)；
91.2 将诽谤非刑罪化(美利坚合众国)；
91.3 根据《巴黎原则》设立国家人权机构(智利、秘鲁)；
92. 摩尔多瓦共和国注意到下列建议：
92.1 在任何情况下都废除死刑(俄罗斯联邦)。
93. 本报告所载所有结论和/或建议均反映提交国和/或被审议国的立场。
代表团组成
"""

CHINESE_ADDENDUM = """联合国 A/HRC/99/14/Add.1
大会
普遍定期审议工作组报告
摩尔多瓦共和国
增编
对结论和/或建议、自愿承诺和被审议国所作答复的意见
1. 摩尔多瓦共和国认真审查了尚待答复的建议。
2. 摩尔多瓦共和国支持建议91.1和91.3，注意到建议91.2。
3. 摩尔多瓦共和国也支持建议92.1。
"""

REPORT_AND_ADDENDUM = {"ar": (ARABIC_REPORT, ARABIC_ADDENDUM), "zh": (CHINESE_REPORT, CHINESE_ADDENDUM)}


@pytest.mark.parametrize("addendum_first", [False, True])
@pytest.mark.parametrize("language", sorted(REPORT_AND_ADDENDUM))
def test_an_addendum_settles_its_report(tmp_path, language, addendum_first):
    report_text, addendum_text = REPORT_AND_ADDENDUM[language]
    report, addendum = tmp_path / "report.txt", tmp_path / "addendum.txt"
    report.write_text(report_text, encoding="utf-8")
    addendum.write_text(addendum_text, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'upr.db'}") as store:
        files = [addendum, report] if addendum_first else [report, addendum]
        outcomes = analyze_files(files, store, classify=False)
        assert [outcome.error for outcome in outcomes] == [None, None]
        assert sum(outcome.positions_applied for outcome in outcomes) == 3
        [stored_report] = [o.document for o in outcomes if o.document.kind == "wg_report"]
        positions = {r.paragraph: r.position for r in store.load(stored_report.id).recommendations}
    # 92.1 stays noted: the report's own statement wins over the addendum's.
    assert positions == {"90.1": "supported", "91.1": "supported", "91.2": "noted", "91.3": "supported",
                         "92.1": "noted"}
    assert {o.document.kind: o.document.language for o in outcomes} == {"wg_report": language,
                                                                         "wg_addendum": language}
