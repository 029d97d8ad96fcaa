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
