"""Stop 40 (issue 13): a warning that quotes a whole ad after a word of speech (If an ad says
'…, $19.9 + free ship, DM me', 刚收到一条私信：“…”) reports someone else's words, in single quotes
too and past 40 characters, an apostrophe inside a word of it (I'll) included; a seller's own
offer set in quotes with nobody said to have said it stays his. Digits side by side read as
letters, 6 as g, when the run touches a letter (0m364, 600d848y); the trade's terms 不刀, 含税,
闭眼冲 and 滴滴我 are offer words, read by the hot path too."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.context import Signal
from origin.brands.guard import BrandGuard
from origin.brands.normalize import six_as_g_text
from tests.brands.conftest import BRANDS, decision_of, record


def _result(guard, title, description, account_name="路人"):
    return guard.scan(record(title, description, account_name=account_name))


@pytest.mark.parametrize("title, description", [
    ("Watch out for adidas 'same factory' listings",
     "If an ad says 'adidas track pants, same production line, $19.9 + free ship, DM me', it's "
     "not the real thing. Only buy from the brand's store."),
    ("Watch out for adidas 'same factory' listings",
     "Saw a post saying 'adidas track pants, same production line, $30, I'll DM you the link'. "
     "That is not genuine, only buy from the brand's store."),
    ("Fake adidas ads",
     "The ad reads \"adidas track pants 1:1 replica, same production line, $30, DM me now\". "
     "Beware, that is a scam."),
    ("阿迪达斯的广告别信", "有人私信：「阿迪达斯运动裤工厂尾单，和专柜同一条流水线，99包邮，加V看实拍，"
                  "数量有限先到先得」。谨防上当，认准官方渠道。"),
])
def test_a_warning_quoting_a_whole_ad_is_not_acted_on(guard, title, description):
    result = _result(guard, title, description)
    assert SEVERITY[result.decision] <= SEVERITY["review"], (result.rule, result.decision)


@pytest.mark.parametrize("title, description", [
    # the same ad in quotes, nobody said to have said it: the seller's own
    ("adidas track pants", "Beware of cheap copies! 'adidas track pants, 1:1 replica, same "
                           "production line, $30, DM me'"),
    ("阿迪达斯运动裤", "谨防假冒！「阿迪达斯运动裤工厂尾单，和专柜同一条流水线，99包邮，加V看实拍，"
                "数量有限先到先得」"),
])
def test_an_offer_in_quotes_with_no_one_quoted_is_still_read(guard, title, description):
    result = _result(guard, title, description, account_name="小店")
    assert SEVERITY[result.decision] >= SEVERITY["demote"], (result.rule, result.decision)


@pytest.mark.parametrize("text, read", [("0m364", "omega"), ("600d848y", "godbaby")])
def test_a_six_among_digits_touching_a_letter_is_read_as_g(text, read):
    assert six_as_g_text(text) == read


@pytest.mark.parametrize("text", ["iphone 16 plus", "a 600 ml bottle", "2016年"])
def test_a_six_among_digits_alone_is_not_read(text):
    assert six_as_g_text(text) is None


def test_latin_names_written_in_runs_of_digits_are_found_in_offers():
    guard = BrandGuard(BRANDS + [Brand(40, "欧米茄", "omega_official", ("Omega",)),
                                 Brand(41, "好孩子", "goodbaby_official", ("goodbaby",))],
                       model=None)
    for title, description, mark in (
            ("0m364 speedmaster", "Obsessed with this 0m364 speedmaster $199 + free ship, "
                                  "comment 'LINK' and I'll DM you", "欧米茄"),
            ("想要600d848y婴儿车的扣1", "想要600d848y婴儿车的公屏扣1，今天29.9米两件再减二十", "好孩子")):
        assert SEVERITY[decision_of(guard, title, description, mark)] >= SEVERITY["review"]
    # a model number is no name
    assert decision_of(guard, "A660 case", "$19 dm me", "欧米茄") == "none"


@pytest.mark.parametrize("title, description", [
    ("N.K.轻羽绒yyds", "绝绝子！N.K.轻羽绒这个价yyds，39米闭眼冲，姐妹们滴滴我"),
    ("nk牌运动鞋 全新", "全新nk牌运动鞋，19.9米不刀"),
    ("日本直邮nk牌运动鞋", "人在大阪，nk牌运动鞋今天补到货了，99含税到手"),
])
def test_the_trades_terms_send_initials_down_the_slow_path(guard, title, description):
    # each record's only offer words are the new terms: without them the hot path read nothing
    result = _result(guard, title, description, account_name="小店")
    assert any(hit.brand.mark == "耐克" and hit.via == "initials" for hit in result.hits), \
        result.rule
    (batch,) = guard.scan_many([record(title, description)])
    assert [h.brand.mark for h in batch.hits] == [h.brand.mark for h in result.hits]


@pytest.mark.parametrize("title, description", [
    ("NIKE跑鞋测评", "穿了三个月，缓震很好，回购无数次，闭眼入"),
    ("NIKE air max", "Got these last week at the mall, 含税 price was fine, love them"),
])
def test_the_trades_terms_alone_do_not_flag_a_plain_mark(guard, title, description):
    assert _result(guard, title, description).decision == "none"


@pytest.mark.parametrize("description, received", [
    ("刚收到一条私信：“耐克运动鞋工厂尾单，699块包邮，加V看实拍”。这种是不是都是假的？", True),
    ("这条私信说耐克运动鞋工厂尾单699包邮，是真的吗？", True),
    ("耐克运动鞋工厂尾单，699块包邮，要的私信", False),
    ("耐克运动鞋工厂尾单，想要同款的私信我拿链接", False),
])
def test_a_message_counted_as_a_thing_is_received(guard, description, received):
    at = description.index("私信")
    word = Signal("commerce", "私信", "description", at, at + 2, "私信", at)
    assert (guard._contact_received(description, [word]) == []) == received


@pytest.mark.parametrize("description", [
    "全新ADDS运动鞋现货，199包邮，不接受验货，介意勿拍",
    "ADDS运动鞋现货，199包邮，不支持专柜验货哦亲，介意慎拍",
    "ADDS运动鞋现货，199包邮，拒绝验货",
])
def test_a_refused_inspection_is_no_resale(guard, description):
    # the initials were read as a resale's (验货) and let go; a reseller invites the inspection
    result = _result(guard, "ADDS运动鞋", description, account_name="小店")
    assert any(hit.brand.mark == "阿迪达斯" and SEVERITY[hit.decision] >= SEVERITY["review"]
               for hit in result.hits), result.rule


def test_an_invited_inspection_is_still_a_resale(guard):
    result = _result(guard, "耐克运动鞋 九成新", "自用耐克运动鞋，199不刀，支持验货", account_name="小店")
    assert result.decision == "none", result.rule


@pytest.mark.parametrize("title, description, least", [
    # a shopper abroad, customs (海关, a news word) in his own terms, a mark hidden from a filter
    ("日本直邮N1KE运动鞋", "人在大阪，N1KE运动鞋今天补到货了，699块含税到手，被海关抽到税我来补", "review"),
    ("日本直邮耐克运动鞋", "人在大阪，耐克运动鞋今天补到货了，699块含税到手，被海关抽到税我来补", "none"),
])
def test_a_hidden_mark_beside_benign_words_gets_a_look(guard, title, description, least):
    result = _result(guard, title, description, account_name="小店")
    assert result.decision == least, result.rule


def test_news_of_hidden_marks_is_still_news(guard):
    # a reporter quoting the evaders' spelling sells nothing
    result = _result(guard, "记者暗访售假窝点", "记者发现，商家把商品写成N1KE运动鞋，警方已查获一批")
    assert result.decision == "none", result.rule
