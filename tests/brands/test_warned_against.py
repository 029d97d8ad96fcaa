"""What a warning tells the reader to beware of is no offer (stop 43, issue 13: held out 27's
"Beware of fake X on WhatsApp … selling fakes" was taken down). A sentence opened by "beware of",
"watch out for", 谨防, 小心 … names what the poster warns against: its counterfeit and selling
words (a channel, "sold on WhatsApp") are the object of the warning, not his. A clause of it
holding a price, a way to reach the poster or the poster himself is his own again, so a seller
who writes 谨防假冒 or "beware of fakes" before his offer is still caught."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

WARNINGS = [
    # each taken down before stop 43: a channel's selling words (现货秒发, 批发, sold on WhatsApp,
    # in stock, 秒杀) inside what the reader is told to beware of
    ("消费者协会", "谨防朋友圈现货秒发的一比一德芙巧克力", "这类德芙巧克力多是小作坊灌装，吃出问题无处维权"),
    ("路人乙", "小心夜市里批发的高仿李宁卫衣", "洗一次就掉色"),
    ("路人乙", "提防直播间秒杀的一比一李宁卫衣", "洗一次就掉色"),
    ("sneaker_talk", "Watch out for replica NIKE hoodies sold on WhatsApp",
     "Those are knock-offs."),
    ("marketplace_watch", "Beware of fake adidas trainers in stock on Facebook Marketplace",
     "Listings at a fifth of the retail price are fakes."),
    ("marketplace_watch", "Beware of fake adidas trainers on WhatsApp",
     "Anyone listing them at a fifth of the retail price is selling fakes."),
]


@pytest.mark.parametrize("account_name, title, description", WARNINGS)
def test_what_a_warning_tells_to_beware_of_is_no_offer(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description", [
    # a warning word as boilerplate, a space before the seller's own listing
    ("谨防假冒 高仿耐克运动鞋", "¥199 包邮 私我"),
    # the clause holding a price ends the warning's object
    ("Beware of fakes, NIKE 1:1 replicas $45, DM me", ""),
    # ... and so does the poster speaking of himself (我, our)
    ("小心买到差的，我家耐克一比一高仿", "¥199 私聊"),
    ("Beware of cheap copies: our NIKE 1:1 replicas are the best batch", "$45, DM me"),
])
def test_a_seller_who_warns_before_his_offer_is_still_caught(guard, title, description):
    assert_offers(guard, title, description, "takedown")


# (stop 44) advice on what to do when one sees an ad: an ordering word after an imperative
# negation (别去下单, 不要加微信) is advice not to buy, no way to buy from the poster (held out
# 28's 看到X"1比1"广告怎么办 / …举报，别去下单 was demoted); a seller's terms to the buyers he turns
# away (介意的别下单) keep their word
@pytest.mark.parametrize("account_name, title, description", [
    ("路人乙", "刷到一比一李宁卫衣的直播怎么办", "录屏留证，向平台投诉，千万别去下单。"),
    ("路人乙", "朋友圈有人卖高仿德芙巧克力", "直接举报，不要加微信，也别下单。"),
    ("路人甲", "看到“一比一”阿迪达斯的广告怎么处理", "别点链接，别私聊，直接举报。"),
])
def test_advice_not_to_order_is_no_way_to_buy(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description", [
    ("一比一李宁卫衣", "介意的别下单"),
    ("一比一李宁卫衣", "犹豫者不要下单"),
])
def test_a_sellers_terms_to_buyers_keep_their_ordering_word(guard, title, description):
    assert_offers(guard, title, description, "takedown")


# (stop 44) who sells counterfeits, said of someone, is a verdict on that subject: its selling
# words are theirs (held out 28's PSA "Pages selling X as 'class A' … are selling counterfeits"
# was demoted); a seller's own clause after it is still his
def test_a_verdict_on_who_sells_counterfeits_is_no_offer(guard):
    assert_no_offer(guard, "consumer_alerts", "PSA: grade AAA NIKE hoodies are fakes",
                    "Stalls selling NIKE hoodies as 'AAA' are selling fakes. Buy at the store.")
    assert_offers(guard, "Other shops are selling fakes, ours are 1:1 NIKE AAA", "$45 DM me",
                  "takedown")
