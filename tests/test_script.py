"""Stage: script. The working copy is simplified and half-width, and exactly as long as the original."""
import pytest

from extractor.text.script import working_copy


@pytest.mark.parametrize(
    "original,copy,script",
    [
        ("開展活動1000餘場、參加活動40餘萬人次", "开展活动1000余场、参加活动40余万人次", "traditional"),
        ("开展特色宣讲１２８场次，覆盖妇女群众", "开展特色宣讲128场次,覆盖妇女群众", "simplified"),
        ("實施「科普惠農」行動", "实施“科普惠农”行动", "traditional"),
        ("建成儿童友好社区8个", "建成儿童友好社区8个", "simplified"),
        # markup a bad scrape left in: blanks (a line's break for br, p, div), the same length
        ("一、提质增效<br>\n&nbsp;&nbsp;一是抓好培训", "一、提质增效\n   \n            一是抓好培训", "simplified"),
        ("举办培训班12期<BR/>培训学员800人次&amp;", "举办培训班12期\n    培训学员800人次     ", "simplified"),
        ("A<B且C>D的比例", "A<B且C>D的比例", "simplified"),  # no tag: a comparison stays
        # an entity of a quote mark: the mark beside what it encloses, blanks for the rest
        ("获评&ldquo;优秀预报员&rdquo;称号", "获评      “优秀预报员”      称号", "simplified"),
        ("开展&lsquo;三下乡&rsquo;活动&mdash;&mdash;", "开展      ‘三下乡’      活动—      —      ", "simplified"),
        # Markdown's bold marks, a pair around a heading or a figure: blanks; a masked number's stars stay
        ("重点。**一是抓好培训。**举办", "重点。  一是抓好培训。  举办", "simplified"),
        ("服务群众**3.2万**人次", "服务群众  3.2万  人次", "simplified"),
        ("详询138****6620，或**", "详询138****6620,或**", "simplified"),
        ("获奖名单：张**、李**、王**", "获奖名单:张**、李**、王**", "simplified"),
    ],
    ids=["traditional", "full-width", "corner-quotes", "plain", "markup-br-nbsp", "markup-upper-amp", "no-markup",
         "entity-quotes", "entity-single-quotes-dashes", "markdown-bold-heading", "markdown-bold-figure",
         "masked-phone-stars", "masked-name-stars"],
)
def test_working_copy(original, copy, script):
    result = working_copy(original)
    assert result.text == copy
    assert len(result.text) == len(original)
    assert result.script == script
