"""Words of making a likeness that jieba's dictionary lacks (stop 46, after held_out_31's read):
in 戏仿 (a parody), 仿妆 (a make-up look copied), 仿写 and 临仿 (copying as an exercise) the
character 仿 is no counterfeit word, so a drawing, a make-up video or a calligraphy post that names
a mark is no offer. A seller's 仿款 or 仿版 beside a price and a contact still is. Sentences and
brands of this file's own."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

LIKENESSES = [
    # a parody drawing that says it is not for sale (held_out_31's shape, in words of our own)
    ("安踏跑鞋的戏仿漫画", "把安踏跑鞋画成一条小鱼，自己画着玩的，不出售"),
    ("画了一套李宁卫衣的戏仿插画", "李宁卫衣变成了会说话的饺子，纯属娱乐，非卖品"),
    # a make-up look copied from an advert, the brand's lipstick named
    ("迪奥口红广告仿妆", "照着迪奥广告里的妆容化了一遍，用的是自己的口红"),
    # copying a slogan as a writing exercise
    ("仿写耐克的广告语", "语文课作业：仿写耐克的广告语，写一段自己的座右铭"),
]

OFFERS = [
    ("李宁卫衣 仿款", "128元一件，和专柜一样，加微信"),
    # a likeness word beside a seller's own counterfeit word does not hide it
    ("安踏跑鞋 戏仿联名", "仿版安踏跑鞋，159元包邮，私聊下单"),
]


@pytest.mark.parametrize("title, description", LIKENESSES)
def test_likeness_words_are_no_counterfeit_word(guard, title, description):
    assert_no_offer(guard, "小画家", title, description)


@pytest.mark.parametrize("title, description", OFFERS)
def test_a_sellers_copy_words_still_act(guard, title, description):
    assert_offers(guard, title, description, "demote")
