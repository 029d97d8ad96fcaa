"""Consumer warnings are not offers (stop 39, held out 23's kinds): a verdict on a class of goods
(多半是高仿, "they're almost all replicas"), advice to buyers (别图便宜, 认准专柜, "don't fall for
it"), contact the poster receives rather than offers (好多粉丝私信问我, "so many of you DM me
asking") and a seller quoted inside a warning (a removal notice's “X 同厂同款”涉嫌售假，已下架处理)
are how warnings are written. Each shape in a warning is no measure; the same words in a
seller's offer with a way to buy are still caught (issue 13).
"""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from tests.brands.conftest import record

WARNINGS = [
    # a verdict on a class of goods: a hedge and a copula before fakes named as such
    ("鉴定师小林", "安踏跑鞋真假", "朋友圈卖一两百的安踏跑鞋，多半是高仿"),
    ("鉴定师小林", "李宁卫衣怎么挑", "价格不到专柜三成的李宁卫衣，十有八九是仿品"),
    ("鉴定师小林", "阿迪达斯球鞋", "微商代购的阿迪达斯球鞋，价格只有一半，大部分是A货"),
    ("sneaker_checker", "NIKE hoodies at $20", "Those NIKE hoodies at $20 are mostly replicas."),
    # advice to buyers
    ("路人甲", "李宁跑鞋 一百块", "一百块的李宁跑鞋全是仿的，别图便宜"),
    ("路人甲", "德芙巧克力", "夜市卖的德芙巧克力高仿很多，认准专柜"),
    ("路人甲", "耐克运动鞋", "朋友圈的耐克运动鞋一比一高仿，价格199，别心存侥幸"),
    ("路人甲", "NIKE sneakers", "1:1 NIKE replicas for $40? Don't fall for it."),
    # contact received, not offered: the questions an authenticator answers
    ("鉴定小哥", "阿迪达斯球鞋真假", "好多粉丝私信问我三百块的阿迪达斯球鞋，原厂货，统一说一下：是仿品，别买"),
    ("鉴定小哥", "耐克运动鞋", "收到很多私信问耐克运动鞋一比一的，价格都在两百左右，劝大家别买"),
    ("鉴定小哥", "NIKE sneakers",
     "So many of you DM me asking about $40 NIKE replicas. Short answer: skip the fakes."),
    # a seller quoted inside a warning: a platform's and a moderator's removal notices
    ("平台治理公告", "违规商品下架通知", "经核查，你发布的“耐克运动鞋 同厂同款”涉嫌售假，已下架处理。"),
    ("mod_team", "Removed: listing of NIKE sneakers",
     "A listing described as 'NIKE sneakers, mirror quality' was removed for breaching our "
     "counterfeit goods policy."),
    # the three together, as an authenticator answers his inbox
    ("鉴定师小王", "耐克运动鞋真假怎么看",
     "最近很多人私信问我那种“原厂货”耐克运动鞋，一律回复：价格只有专柜零头的，基本都是仿品，别抱侥幸。"),
]


@pytest.mark.parametrize("account_name, title, description", WARNINGS)
def test_a_warning_written_in_these_shapes_is_no_measure(
        guard, learnt_guard, account_name, title, description):
    for judge in (guard, learnt_guard):
        result = judge.scan(record(title, description, account_name=account_name))
        assert SEVERITY[result.decision] <= SEVERITY["review"], \
            [(hit.matched, hit.decision, hit.rule) for hit in result.hits]


@pytest.mark.parametrize("account_name, title, description", [
    # each shape alone, where stop 38's code took it down (the verdict, the advice, the inbox)
    ("鉴定师小林", "李宁卫衣怎么挑", "价格不到专柜三成的李宁卫衣，十有八九是仿品"),
    ("路人甲", "耐克运动鞋", "朋友圈的耐克运动鞋一比一高仿，价格199，别心存侥幸"),
    ("鉴定小哥", "耐克运动鞋", "收到很多私信问耐克运动鞋一比一的，价格都在两百左右，劝大家别买"),
    ("平台治理公告", "违规商品下架通知", "经核查，你发布的“耐克运动鞋 同厂同款”涉嫌售假，已下架处理。"),
    ("鉴定师小王", "耐克运动鞋真假怎么看",
     "最近很多人私信问我那种“原厂货”耐克运动鞋，一律回复：价格只有专柜零头的，基本都是仿品，别抱侥幸。"),
])
def test_warnings_the_guard_took_down_are_let_go(guard, account_name, title, description):
    result = guard.scan(record(title, description, account_name=account_name))
    assert result.decision == "none", [(hit.matched, hit.decision, hit.rule)
                                       for hit in result.hits]


@pytest.mark.parametrize("account_name, title, description", [
    # a shop's hedge about its own stock is what it sells
    ("小店", "安踏跑鞋", "店里基本都是高仿，支持验货，私聊"),
    ("shoe_shop", "ANTA runners", "Almost all replicas in stock, $45 shipped, DM me"),
    # advice words beside the seller's own way to buy
    ("小店", "德芙巧克力 高仿", "别图便宜买杂牌，我家高仿德芙，¥39包邮，私我"),
    ("小店", "耐克运动鞋", "认准专柜品质，耐克一比一，私聊"),
    # the seller's call (no counted subject), and others' questions beside his own contact word
    ("小店", "耐克运动鞋 高仿", "有需要的朋友私信我，耐克一比一，价格199"),
    ("小店", "耐克运动鞋 高仿", "很多人私信问我有没有货，今天到了，耐克一比一，¥199，私聊"),
    ("shoe_shop", "NIKE replicas", "Lots of you DM me for these. NIKE 1:1, $45, DM me to order."),
    # a seller's own listing removed before, offered again
    ("小店", "耐克运动鞋", "上次链接已下架，耐克一比一高仿，¥199，私聊"),
    ("shoe_shop", "NIKE 1:1", "My last listing was removed, so here again: NIKE 1:1 replicas, $45, DM me"),
])
def test_the_same_words_in_a_sellers_offer_are_still_taken_down(
        guard, learnt_guard, account_name, title, description):
    for judge in (guard, learnt_guard):
        result = judge.scan(record(title, description, account_name=account_name))
        assert result.decision == "takedown", [(hit.matched, hit.decision, hit.rule)
                                               for hit in result.hits]


@pytest.mark.parametrize("text, read", [
    ("很多人私信问我", True), ("经常有粉丝私聊我", True), ("收到好多私信", True),
    ("有需要的朋友私信我", False), ("喜欢的私聊", False), ("需要的私信", False),
    ("So many of you DM me asking", True), ("People keep messaging me about it", True),
    ("Interested people DM me for price", False), ("DM me", False),
])
def test_contact_received_is_read_from_a_counted_subject(guard, text, read):
    signals = guard._read_field("description", text).signals
    assert any(s.kind == "commerce" for s in signals) is not read, \
        [(s.kind, s.matched) for s in signals]


@pytest.mark.parametrize("text, read", [
    ("价格只有专柜零头的，基本都是仿品", True), ("十有八九是高仿", True), ("多半是假货", True),
    # (stop 43) 多 with its copula, and a kind of goods defined as fakes (KW货就是仿品)
    ("网上卖的多为仿品", True), ("地摊货就是高仿", True),
    ("They're almost all replicas.", True), ("Almost all of them are replicas.", True),
    # the poster's own stock, a grade no warning names, a listing
    ("店里基本都是高仿", False), ("这批基本都是原单", False), ("Almost all replicas in stock", False),
    ("我家的货就是高仿", False), ("这双就是高仿", False), ("现货就是高仿", False),
])
def test_a_verdict_on_a_class_is_read_from_a_hedge(guard, text, read):
    signals = guard._read_field("description", text).signals
    assert any(s.kind == "verdict" for s in signals) is read, \
        [(s.kind, s.matched) for s in signals]
