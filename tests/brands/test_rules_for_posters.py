"""A rule about sellers is no offer (stop 44, issue 13: held out 28's group rules and moderators'
posts were taken down). What a group's or a moderator's rule forbids posters to post (禁止发…,
严禁推销…, "no … listings here", "do not post …") and the sentence announcing its sanction
(…直接移出群聊, "… will be removed", "… are not allowed") name the counterfeit and selling words
they forbid, not the poster's. A seller who writes a prohibition beside his offer (a clause
holding his price or contact), or the sanction with his price or contact in the record, is
still caught, and so is "no fakes here, only 1:1" (no posting word: his boast)."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

RULES = [
    # a prohibition opening what may not be posted
    ("球鞋交流群", "群规：严禁在群里推销高仿耐克", "大家互相监督，看到了截图发群主。"),
    ("宝妈二手群", "本群不许卖一比一李宁卫衣", ""),
    ("sneaker_group_admin", "Group rules: no replica NIKE posts in this group",
     "Keep it to genuine pairs with proof."),
    ("forum_moderator", "Reminder: do not post 1:1 adidas trainers here", ""),
    # ... and its sanction, a sentence of its own with commas inside
    ("二手群群主", "群公告",
     "以后谁再发莆田耐克的链接，一律踢出本群。"),
    ("sub_moderator", "About adidas listings",
     "Listings of adidas replicas or AAA grade trainers are not allowed in this sub."),
    ("forum_moderator", "Notice to members",
     "Any post offering 1:1 NIKE hoodies will be deleted and the member banned."),
]


@pytest.mark.parametrize("account_name, title, description", RULES)
def test_what_a_rule_forbids_posters_is_no_offer(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description", [
    # a seller's terms with a prohibitive: no posting verb after it
    ("禁止议价 高仿耐克运动鞋", "¥199 包邮 私我"),
    # a prohibition whose next clause is the seller's own (his price, his contact)
    ("本群禁止发别家广告，一比一耐克运动鞋¥199", "私我"),
    # a seller's boast: "no fakes" names no posting
    ("No fakes here, only 1:1 NIKE top quality", "$45, DM me"),
    # a sanction beside the seller's own price and contact: his listing, not a rule
    ("NIKE 1:1 replicas, this listing will be removed soon", "$45 DM me"),
    ("高仿耐克运动鞋，发到别的群直接拉黑", "¥199 私我"),
])
def test_a_seller_who_writes_a_rule_beside_his_offer_is_still_caught(guard, title, description):
    assert_offers(guard, title, description, "takedown")
