"""Arabic and Chinese OHCHR pre-session documents: summaries of stakeholders' submissions, compilations,
national reports.

Every document here is invented for the tests (plausible UPR wording, made-up stakeholders and facts);
nothing is cut from real UN documents.
"""

from __future__ import annotations

import pytest

from builders import extracted_from_pages as pages_of
from builders import write_text
from uprmonitor.model import ExtractedText
from uprmonitor.pipeline import analyze
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.un_documents import (
    clean_text,
    paragraph_numbers,
    parse_stakeholder_summary,
    parse_un_report,
    split_sentences,
)
from uprmonitor.structure.un_documents_scripts import state_in_text


def extracted_from_pages(*pages: str) -> ExtractedText:
    return pages_of(*pages, fmt="pdf", source="mujaz.pdf")


# ---------------------------------------------------------------------------------------------
# An Arabic summary of stakeholders' submissions
# ---------------------------------------------------------------------------------------------

ARABIC_PAGE_1 = """\
الأمم المتحدة A/HRC/WG.6/48/KAZ/3
الجمعية العامة Distr.: General
4 November 2024
Arabic
Original: English
مجلس حقوق الإنسان
الفريق العامل المعني بالاستعراض الدوري الشامل
الدورة الثامنة والأربعون
20-31 كانون الثاني/يناير 2025
موجز الورقات المقدمة من أصحاب المصلحة بشأن كازاخستان*
تقرير مفوضية الأمم المتحدة السامية لحقوق الإنسان
أولاً- معلومات أساسية
1- أُعد هذا التقرير من أجل الاستعراض الدوري الشامل. وهو موجز للورقات المقدمة من 12 صاحب مصلحة1.
ثانياً- المعلومات المقدمة من أصحاب المصلحة
ألف- نطاق الالتزامات الدولية والتعاون مع آليات حقوق الإنسان
2- أوصت الورقة المشتركة 1 بأن تصدق كازاخستان على نظام روما الأساسي للمحكمة
الجنائية الدولية.2 وأوصت أيضاً بتوجيه دعوة دائمة إلى المكلفين بولايات في إطار الإجراءات الخاصة.3
3- وحثت منظمة العفو الدولية الحكومة على إلغاء القيود المفروضة على الجمعيات.4 ولاحظت
منظمة العفو الدولية أن المدافعين عن حقوق الإنسان يتعرضون للمضايقة، كما أوصت اللجنة المعنية بحقوق
الإنسان في عام 2016.5
باء- الإطار الوطني لحقوق الإنسان
4- أوصت JS2 وHRW كازاخستان باعتماد قانون شامل لمكافحة التمييز.6
* صدرت هذه الوثيقة دون تحرير رسمي.
GE.24-99998 (A)
"""

ARABIC_PAGE_2 = """\
A/HRC/WG.6/48/KAZ/3
5- دعت لجنة مناهضة التعذيب كازاخستان إلى التحقيق في جميع ادعاءات التعذيب.7
وأوصت اللجنة أيضاً بإنشاء آلية مستقلة للشكاوى.8
الحواشي
1 The stakeholders' submissions are available at www.ohchr.org.
2 الورقة المشتركة 1، الفقرة 3.
3 JS1، الفقرة 5.
4 AI، الصفحة 2.
5 AI، الصفحة 3.
6 JS2، الفقرة 4؛ HRW، الصفحة 1.
7 CAT/C/KAZ/CO/4، الفقرة 10.
8 CAT/C/KAZ/CO/4، الفقرة 12.
"""


@pytest.fixture(scope="module")
def arabic():
    extracted = extracted_from_pages(ARABIC_PAGE_1, ARABIC_PAGE_2)
    return extracted, parse_stakeholder_summary(extracted)


def test_arabic_summary_is_detected_with_its_metadata(arabic):
    extracted, structure = arabic
    assert detect_kind(extracted) == "stakeholder_summary"
    assert structure.metadata["language"] == "ar"
    assert structure.metadata["state_under_review"] == "Kazakhstan"
    assert structure.metadata["symbol"] == "A/HRC/WG.6/48/KAZ/3"
    assert structure.metadata["session"] == 48
    assert structure.metadata["year"] == 2025
    assert structure.title.startswith("موجز الورقات المقدمة من أصحاب المصلحة")


def test_arabic_headings_and_paragraphs(arabic):
    extracted, structure = arabic
    headings = [(section.heading, section.level) for section in structure.sections]
    assert ("أولاً- معلومات أساسية", 1) in headings
    assert ("ألف- نطاق الالتزامات الدولية والتعاون مع آليات حقوق الإنسان", 2) in headings
    assert ("باء- الإطار الوطني لحقوق الإنسان", 2) in headings
    assert paragraph_numbers(extracted) == ["1", "2", "3", "4", "5"]
    # the endnotes and the page furniture are not part of any paragraph
    concerns = " ".join(concern for section in structure.sections for concern in section.concerns)
    assert "الحواشي" not in concerns and "صدرت هذه الوثيقة" not in concerns and "GE.24" not in concerns


def test_arabic_attributions(arabic):
    _, structure = arabic
    found = [(r.stakeholder, r.text, r.paragraph) for r in structure.recommendations]
    assert found == [
        ("JS1", "تصدق كازاخستان على نظام روما الأساسي للمحكمة الجنائية الدولية", "2"),
        ("JS1", "توجيه دعوة دائمة إلى المكلفين بولايات في إطار الإجراءات الخاصة", "2"),  # elided subject
        ("AI", "إلغاء القيود المفروضة على الجمعيات", "3"),
        ("JS2; HRW", "اعتماد قانون شامل لمكافحة التمييز", "4"),
        ("CAT", "التحقيق في جميع ادعاءات التعذيب", "5"),
        ("CAT", "إنشاء آلية مستقلة للشكاوى", "5"),  # "اللجنة" is the committee named before
    ]


def test_arabic_recommendations_point_at_their_text(arabic):
    extracted, structure = arabic
    for recommendation in structure.recommendations:
        source = extracted.text[recommendation.start : recommendation.end]
        assert source.replace("\n", " ").split() == recommendation.text.split()
    assert [r.page for r in structure.recommendations][-2:] == [2, 2]


def test_arabic_footnote_markers_are_removed_but_numbers_in_names_kept():
    assert clean_text("القيود المفروضة على الجمعيات.4", "ar") == "القيود المفروضة على الجمعيات."
    assert clean_text("أوصت الورقة المشتركة 12 بأن", "ar") == "أوصت الورقة المشتركة 12 بأن"
    assert split_sentences("أوصت JS1 بإلغاء القانون. وحثت AI الحكومة على ذلك.", "ar") == [
        "أوصت JS1 بإلغاء القانون.", "وحثت AI الحكومة على ذلك."]


def test_arabic_state_glued_to_its_preposition():
    assert state_in_text("تجميع المعلومات المتعلقة بكازاخستان") == "Kazakhstan"
    assert state_in_text("موجز الورقات المقدمة من أصحاب المصلحة بشأن فرنسا*") == "France"


# ---------------------------------------------------------------------------------------------
# A Chinese summary of stakeholders' submissions
# ---------------------------------------------------------------------------------------------

CHINESE_PAGE_1 = """\
联合国 A/HRC/WG.6/48/KAZ/3
大会 Distr.: General
4 November 2024
Chinese
Original: English
人权理事会
普遍定期审议工作组
第四十八届会议
2025年1月20日至31日
利益攸关方就哈萨克斯坦提交的材料概述*
联合国人权事务高级专员办事处的报告
一. 背景
1. 本报告是为普遍定期审议编写的，概述了12个利益攸关方提交的材料1。
二. 利益攸关方提交的材料
A. 国际义务的范围以及与人权机制的合作
2. 联署材料1 (JS1)建议哈萨克斯坦批准《国际刑事法院罗马规约》。2 它还建议向所有特别程序
发出长期有效的邀请。3
3. 大赦国际指出，人权维护者经常受到骚扰。4 大赦国际敦促当局释放所有被任意拘留的记者，
并呼吁哈萨克斯坦政府废除对结社自由的限制。5
B. 国家人权框架
4. 联署材料2和人权观察建议哈萨克斯坦将诽谤非刑罪化。6 根据联署材料3的建议，议会审议了
一项法案。7
* 本文件未经正式编辑即予发送。
GE.24-99997 (C)
"""

CHINESE_PAGE_2 = """\
A/HRC/WG.6/48/KAZ/3
5. 禁止酷刑委员会建议哈萨克斯坦调查所有酷刑指控，如委员会所建议的那样加强监督。8 该委员会
还建议设立独立的申诉机制。9
注
1 The stakeholders' submissions are available at www.ohchr.org.
2 JS1，第3段。
3 联署材料1，第5段。
4 AI，第2页。
5 AI，第3页。
6 JS2，第4段；HRW，第1页。
7 JS3，第2段。
8 CAT/C/KAZ/CO/4，第10段。
9 CAT/C/KAZ/CO/4，第12段。
"""


@pytest.fixture(scope="module")
def chinese():
    extracted = extracted_from_pages(CHINESE_PAGE_1, CHINESE_PAGE_2)
    return extracted, parse_stakeholder_summary(extracted)


def test_chinese_summary_is_detected_with_its_metadata(chinese):
    extracted, structure = chinese
    assert detect_kind(extracted) == "stakeholder_summary"
    assert structure.metadata["language"] == "zh"
    assert structure.metadata["state_under_review"] == "Kazakhstan"
    assert structure.metadata["symbol"] == "A/HRC/WG.6/48/KAZ/3"
    assert structure.metadata["year"] == 2025
    assert structure.title == "利益攸关方就哈萨克斯坦提交的材料概述"


def test_chinese_headings_and_paragraphs(chinese):
    extracted, structure = chinese
    headings = [(section.heading, section.level) for section in structure.sections]
    assert ("一. 背景", 1) in headings
    assert ("A. 国际义务的范围以及与人权机制的合作", 2) in headings
    assert ("B. 国家人权框架", 2) in headings
    assert paragraph_numbers(extracted) == ["1", "2", "3", "4", "5"]
    # a line break between two characters leaves no space behind
    assert "向所有特别程序发出长期有效的邀请。" in structure.sections[2].concerns[0]


def test_chinese_attributions(chinese):
    _, structure = chinese
    found = [(r.stakeholder, r.text, r.paragraph) for r in structure.recommendations]
    assert found == [
        ("JS1", "批准《国际刑事法院罗马规约》", "2"),
        ("JS1", "向所有特别程序发出长期有效的邀请", "2"),  # "它还建议"
        ("AI", "释放所有被任意拘留的记者", "3"),
        ("AI", "废除对结社自由的限制", "3"),  # "，并呼吁…": the same subject
        ("JS2; HRW", "将诽谤非刑罪化", "4"),  # "根据联署材料3的建议" is no recommendation
        ("CAT", "调查所有酷刑指控，如委员会所建议的那样加强监督", "5"),
        ("CAT", "设立独立的申诉机制", "5"),  # "该委员会还建议"
    ]


def test_chinese_footnotes_and_sentences():
    assert clean_text("将诽谤非刑罪化。12 它还建议", "zh") == "将诽谤非刑罪化。 它还建议"
    assert clean_text("联署材料1建议在12月前", "zh") == "联署材料1建议在12月前"
    assert split_sentences("联署材料1建议甲。它还建议乙。", "zh") == ["联署材料1建议甲。", "它还建议乙。"]


# ---------------------------------------------------------------------------------------------
# Compilations and national reports
# ---------------------------------------------------------------------------------------------

ARABIC_COMPILATION = """\
A/HRC/WG.6/48/KAZ/2
الدورة الثامنة والأربعون
20-31 كانون الثاني/يناير 2025
تجميع المعلومات بشأن كازاخستان
تقرير مفوضية الأمم المتحدة السامية لحقوق الإنسان
أولاً- معلومات أساسية
1- أُعد هذا التقرير عملاً بقراري مجلس حقوق الإنسان 5/1 و16/21.
ثانياً- نطاق الالتزامات الدولية
2- أوصت لجنة حقوق الطفل كازاخستان بالتصديق على البروتوكول الاختياري.1
الحواشي
1 CRC/C/KAZ/CO/5، الفقرة 4.
"""

CHINESE_NATIONAL_REPORT = """\
A/HRC/WG.6/48/KAZ/1
第四十八届会议
2025年1月20日至31日
根据人权理事会第16/21号决议附件第5段提交的国家报告*
哈萨克斯坦*
一. 导言
1. 本报告由政府编写，委员会建议的措施已经落实。
2. 政府建议议会通过新的法律。
"""


def test_arabic_compilation_reads_treaty_bodies():
    extracted = extracted_from_pages(ARABIC_COMPILATION)
    structure = parse_un_report(extracted)
    assert detect_kind(extracted) == "compilation"
    assert structure.metadata["state_under_review"] == "Kazakhstan"
    assert [(r.stakeholder, r.text) for r in structure.recommendations] == [("CRC", "التصديق على البروتوكول الاختياري")]


def test_chinese_national_report_has_no_recommendations():
    extracted = extracted_from_pages(CHINESE_NATIONAL_REPORT)
    structure = parse_un_report(extracted)
    assert detect_kind(extracted) == "national_report"
    assert structure.metadata["state_under_review"] == "Kazakhstan"
    assert structure.recommendations == []
    assert paragraph_numbers(extracted) == ["1", "2"]


@pytest.mark.parametrize("text", ["موجز أعدته مفوضية الأمم المتحدة السامية لحقوق الإنسان",
                                  "联合国人权事务高级专员办事处编写的概述", "利益攸关方提交的材料概述"])
def test_older_summary_titles_are_detected(text):
    assert detect_kind(extracted_from_pages(f"مجلس حقوق الإنسان\n{text}\n1- نص.")) == "stakeholder_summary"


@pytest.mark.parametrize("text", ["تجميع لمعلومات الأمم المتحدة", "联合国资料汇编", "关于法国的资料汇编"])
def test_compilation_titles_are_detected(text):
    assert detect_kind(extracted_from_pages(f"{text}\n1. 文本。")) == "compilation"


# ---------------------------------------------------------------------------------------------
# End to end
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, pages, language", [
    ("mujaz.txt", (ARABIC_PAGE_1, ARABIC_PAGE_2), "ar"),
    ("gaishu.txt", (CHINESE_PAGE_1, CHINESE_PAGE_2), "zh"),
])
def test_pipeline_reads_arabic_and_chinese_summaries(tmp_path, name, pages, language):
    path = write_text(tmp_path / name, "\f".join(pages))
    document = analyze(path, classify=False)
    assert (document.kind, document.language, document.state_under_review) == (
        "stakeholder_summary", language, "Kazakhstan")
    assert (document.symbol, document.session, document.year) == ("A/HRC/WG.6/48/KAZ/3", 48, 2025)
    assert document.recommendations[0].stakeholder == "JS1"
    assert {r.stakeholder for r in document.recommendations} == {"JS1", "AI", "JS2; HRW", "CAT"}
    assert {r.page for r in document.recommendations} == {1, 2}


# ---------------------------------------------------------------------------------------------
# Sentence forms, one at a time (the reader remembers who was named before, as in a paragraph)
# ---------------------------------------------------------------------------------------------


def _read(attributor, *sentences: str) -> list[tuple[str, str]]:
    found = []
    for sentence in sentences:
        attributor.remember(sentence)
        found += [("; ".join(c.codes), sentence[c.start : c.end]) for c in attributor.clauses(sentence, "4")]
    return found


@pytest.mark.parametrize("sentences, expected", [
    (["وطلبت اللجنة المعنية بحقوق الإنسان إلى الدولة الطرف أن تقدّم معلومات عن التدابير."],
     [("Human Rights Committee", "تقدّم معلومات عن التدابير")]),
    (["أوصت الورقتان المشتركتان 1 و2 بإلغاء عقوبة الإعدام."], [("JS1; JS2", "إلغاء عقوبة الإعدام")]),
    (["أوصت عدة ورقات بتعديل قانون الانتخابات."], [("JS3; AI", "تعديل قانون الانتخابات")]),
    (["ذكرت HRW أن السجون مكتظة.", "كما أوصت بتحسين ظروف الاحتجاز."],
     [("HRW", "تحسين ظروف الاحتجاز")]),  # "كما" opening a sentence: "also"
    (["أوصت JS4 بتنفيذ التوصيات، كما أوصت اللجنة في عام 2016."], [("JS4", "تنفيذ التوصيات")]),
    (["أوصت JS5 بتنفيذ التوصيات التي أوصت بها اللجنة."], [("JS5", "تنفيذ التوصيات التي أوصت بها اللجنة")]),
    (["أوصت رابطة المحامين الشباب (YLA) بأن تكفل الحكومة استقلال القضاء."],
     [("YLA", "تكفل الحكومة استقلال القضاء")]),
    (["أوصت JS6 بأن تدعو الحكومة المقرر الخاص إلى زيارة البلد."],
     [("JS6", "تدعو الحكومة المقرر الخاص إلى زيارة البلد")]),  # a present verb inside the ask
])
def test_arabic_sentence_forms(sentences, expected):
    from uprmonitor.structure.un_documents_scripts import ARABIC, attributor_for

    assert _read(attributor_for(ARABIC, {"4": ["JS3", "AI"]}), *sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    (["大赦国际指出，记者受到骚扰，还建议哈萨克斯坦保护记者。"], [("AI", "保护记者")]),
    (["联署材料1和2建议哈萨克斯坦废除死刑。"], [("JS1; JS2", "废除死刑")]),
    (["若干利益攸关方建议修订选举法。"], [("JS3; AI", "修订选举法")]),
    (["青年律师协会(YLA)促请政府确保司法独立。"], [("YLA", "确保司法独立")]),
    (["人权观察报告了酷刑案件。他们还呼吁当局进行调查。"], [("HRW", "进行调查")]),
    (["消除对妇女歧视委员会建议哈萨克斯坦政府应通过家庭暴力法。"], [("CEDAW", "通过家庭暴力法")]),
    (["如委员会所建议，议会通过了法律。"], []),
    (["联署材料4建议哈萨克斯坦请特别报告员访问该国。"], [("JS4", "请特别报告员访问该国")]),  # 请 inside the ask
])
def test_chinese_sentence_forms(sentences, expected):
    from uprmonitor.structure.un_documents_scripts import CHINESE, attributor_for

    assert _read(attributor_for(CHINESE, {"4": ["JS3", "AI"]}), *sentences) == expected


def test_chinese_headings_numbered_with_the_enumeration_comma():
    extracted = extracted_from_pages(
        "A/HRC/WG.6/48/KAZ/2\n关于哈萨克斯坦的资料汇编\n一、背景\n1. 本报告是汇编。\n二、国际义务\n2. 儿童权利委员会建议哈萨克斯坦批准任择议定书。1\n注\n1 CRC/C/KAZ/CO/5，第4段。")
    structure = parse_un_report(extracted)
    assert [s.heading for s in structure.sections] == ["一、背景", "二、国际义务"]
    assert [(r.stakeholder, r.text) for r in structure.recommendations] == [("CRC", "批准任择议定书")]


def test_arabic_summary_from_markup_blocks():
    from uprmonitor.model import Block

    blocks = [
        Block("A/HRC/WG.6/48/KAZ/3", kind="paragraph"),
        Block("موجز الورقات المقدمة من أصحاب المصلحة بشأن كازاخستان", kind="paragraph"),
        Block("الحق في التعليم", kind="heading", level=3),
        Block("9- أوصت الورقة المشتركة 7 بتدريب المعلمين على لغة الإشارة.14", kind="paragraph"),
    ]
    structure = parse_stakeholder_summary(ExtractedText.from_blocks("s.md", "md", blocks))
    recommendation = structure.recommendations[0]
    assert (recommendation.stakeholder, recommendation.text, recommendation.paragraph, recommendation.section) == (
        "JS7", "تدريب المعلمين على لغة الإشارة", "9", "الحق في التعليم")
