"""Plain offers at stop 39 (held out 23's kinds): a price written as a number before 元 sends a
record down the slow path, where sound-alikes, initials and sameness claims are read (the hot
automaton cannot hold a word of one character); 💰 before a number is a currency sign; a price
"for two" (128块两件) is a price; goods that cannot be told apart from the genuine article with
nothing named after it (根本看不出来) are not it. "Same factory", "same materials" and "dupe" in
English are no look-alike words alone: reviews compare a brand with its dupes, and warnings quote
the ads they warn about (issue 13).
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import HOT_PRICE, PRICE
from origin.brands.config import SEVERITY
from tests.brands.conftest import record


def _result(guard, title, description, account_name="小店"):
    return guard.scan(record(title, description, account_name=account_name))


def _caught(result, mark):
    return any(hit.brand.mark == mark and SEVERITY[hit.decision] >= SEVERITY["review"]
               for hit in result.hits)


@pytest.mark.parametrize("text", ["88元不刀", "学生价199元", "168 元自提"])
def test_a_number_before_yuan_is_a_price_to_the_hot_path(text):
    assert HOT_PRICE.search(text)


@pytest.mark.parametrize("text, price", [("💰128两件", "💰128"), ("💰 88", "💰 88"),
                                         ("268块两件", "268块"), ("199米两份", "199米")])
def test_a_money_bag_and_a_price_for_two_are_prices(text, price):
    assert [match.group() for match in PRICE.finditer(text)] == [price]


@pytest.mark.parametrize("text", ["10米两侧种满了树", "元气满满的一天", "5块蛋糕"])
def test_lengths_and_words_are_no_price(text):
    assert not HOT_PRICE.search(text) and not PRICE.search(text)


@pytest.mark.parametrize("title, description, mark", [
    # initials whose record's only offer word was a price in 元
    ("出ADDS跑鞋 全新", "朋友厂里拿的，跟专柜一模一样，88元不刀，同城可面交", "阿迪达斯"),
    # a price after a money bag, "for two"
    ("老铁们看过来 ADDS运动鞋", "💰128两件，质量杠杠的，点头像进群领券", "阿迪达斯"),
    # beside the genuine article, nothing told apart, with an adverb before the test
    ("挖到宝了！耐克运动鞋才到手399", "和朋友的正品放一起根本看不出来，链接在评论区置顶，想要的扣1",
     "耐克"),
])
def test_plain_offers_are_read(guard, title, description, mark):
    result = _result(guard, title, description)
    assert _caught(result, mark), [(h.brand.mark, h.via, h.decision, h.rule) for h in result.hits]


@pytest.mark.parametrize("title, description", [
    # a resale in 元 read on the slow path now: still a resale
    ("搬家出闲置 耐克运动鞋", "用了半年，发票和包装盒都在，168元自提，不包邮"),
    # a buyer's question, not a claim
    ("耐克运动鞋", "和正品放一起根本看不出来吗？"),
    # a cheated buyer quoting the seller
    ("Got scammed buying NIKE sneakers",
     "Seller swore it was 'same factory, no logo tax'. It arrived and it's obviously counterfeit."),
    # a review comparing the brand with its dupes (平替: other brands, not copies)
    ("NIKE running shoes vs two budget dupes",
     "Put the NIKE pair next to two dupes from cheaper brands. Neither copies the swoosh; the "
     "dupes are just cheaper makers, $45 and $60."),
    # a warning quoting the ad it warns about, in single quotes
    ("Watch out for adidas 'same factory' listings",
     "Saw a post saying 'adidas track pants, same production line, $30, DM me'. Skip it and "
     "buy from the brand's store."),
])
def test_resales_questions_and_victims_are_not_acted_on(guard, title, description):
    result = _result(guard, title, description, account_name="路人")
    assert SEVERITY[result.decision] <= SEVERITY["review"], (result.rule, result.decision)
    assert not any(s.kind == "counterfeit" and "正品" in s.matched
                   for hit in result.hits for s in hit.signals)


# stop 39 left this one as a strict xfail (the quote, 52 characters, was over the 40 a quotation
# was read to); stop 40 reads a longer quotation after a word of speech ("saying")
def test_a_warning_quoting_an_ad_in_single_quotes_with_a_verdict_is_not_taken_down(guard):
    result = _result(guard, "Watch out for adidas 'same factory' listings",
                     "Saw a post saying 'adidas track pants, same production line, $30, DM me'. "
                     "That is not genuine, only buy from the brand's store.", account_name="路人")
    assert SEVERITY[result.decision] <= SEVERITY["review"], (result.rule, result.decision)
