"""A question whether selling or owning the goods is lawful (or whether goods named as copies are
genuine) is read by its shape, not one word order: an interrogative or modal opening (is, can,
would …, ¿; 是否, 能不能, 算不算, 吗) and a legality predicate (legal, allowed, a crime …; 合法,
违法, 侵权). Its counterfeit and selling words are the case asked about, and the verdict of the
answer after it is advice, not an offer (issue 13, held out 26's lawyer's Q&A demoted, stop 42).
A seller's offer phrased as a question keeps its catch."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

ANSWER = "No: using the registered mark on look-alike goods infringes it."
ASKED = [
    # held out 26's shape: the gerund as the subject, the predicate last, a label before it
    ("Q: Is selling a '1:1 NIKE' hoodie legal?", ANSWER),
    ("Q: Is selling a 1:1 NIKE hoodie legal?", ANSWER),
    ("Would it be legal to sell a 1:1 NIKE hoodie?", ANSWER),
    ("Can I legally sell 1:1 NIKE hoodies?", ANSWER),
    ("Q: Is a 1:1 NIKE hoodie OK to sell online?", ANSWER),
    ("Question: Are 1:1 NIKE hoodies legal to resell?", ANSWER),
    ("Vender un NIKE 1:1 ¿es legal?",
     "No: usar la marca registrada en productos de imitación la infringe."),
    ("问：卖1:1的耐克卫衣是否合法？", "答：在相同商品上使用他人注册商标的高仿品，构成侵权。"),
    ("问：卖一比一的耐克卫衣算不算侵权？", "答：算，构成侵权。"),
    ("卖高仿耐克能不能算合法？", "律师答：属于侵权行为。"),
]


@pytest.mark.parametrize("title, description", ASKED)
def test_a_legality_question_and_its_answer_offer_nothing(guard, title, description):
    assert_no_offer(guard, "律师说法", title, description)


OFFERS = [
    # no predicate: a seller's question
    ("Is this the best 1:1 NIKE hoodie? DM me", "$39, same factory, ships today", "takedown"),
    # a bare question whether genuine names nothing: the offer after it is his
    ("Are they real? 1:1 NIKE hoodie", "Same factory as the real ones, $39, DM me", "takedown"),
    ("正品吗？耐克一比一卫衣", "同厂出货 ¥99包邮 私我", "takedown"),
    # the question answered by the offer itself: his own words decide
    ("Is this 1:1 NIKE hoodie real?", "No, it's a replica: same factory, $39, DM me", "takedown"),
    ("Is it legal? Totally.", "1:1 NIKE hoodie $39 DM me", "takedown"),
    # a priced listing before the question is his (the clause holding the price is kept out)
    ("一比一耐克卫衣¥99包邮，违法吗？", "不违法！私我", "takedown"),
    ("高仿耐克卫衣 合法吗？", "放心买 ¥99包邮 私我", "review"),
    # a seller's rhetorical question is no question whether the goods are genuine
    ("耐克卫衣 跑量款", "我先说清楚啊，这个不是正品，是高版本，79你还想要正品吗？想要的扣“要”，库存就两百件",
     "takedown"),
]


@pytest.mark.parametrize("title, description, least", OFFERS)
def test_an_offer_phrased_as_a_question_keeps_its_catch(guard, title, description, least):
    assert_offers(guard, title, description, least)


# (stop 43) whether the asker may sell the goods at all, and its bare "no" answer read to its
# field's end (held out 27's "Can I resell a first copy X? / No: … is selling counterfeit goods"
# was taken down, 1:1的X能卖吗 / 不能。… demoted)
SALE_ASKED = [
    ("Can I resell 1:1 NIKE hoodies I bought abroad?",
     "No: selling them is selling counterfeit goods, whatever you paid."),
    ("Could we sell replica NIKE hoodies at a market stall?",
     "No. Goods bearing a copied mark are counterfeit, and selling them is an offence."),
    ("问：代购回来的一比一耐克卫衣能卖吗？", "答：不能。仿冒注册商标的高仿卫衣，卖出去就是售假。"),
    ("高仿耐克卫衣可以转卖吗？", "不可以，卖高仿就是侵犯商标。"),
]


@pytest.mark.parametrize("title, description", SALE_ASKED)
def test_a_question_whether_one_may_sell_and_its_answer_offer_nothing(guard, title, description):
    assert_no_offer(guard, "法律问答", title, description)


@pytest.mark.parametrize("title, description, least", [
    # the reader as the object: a seller's pitch, not a question about his permission
    ("Can I sell you a 1:1 NIKE hoodie? $39, ships today", "DM me", "takedown"),
    ("可以卖给你一比一耐克卫衣吗？", "¥99包邮 私我", "takedown"),
    # a "no" answer whose next sentence is the seller's own priced offer
    ("1:1耐克卫衣能卖吗？", "不能！一比一耐克卫衣 ¥99包邮 私我", "takedown"),
    # a rhetorical question answered yes: its counterfeit words are set aside, the offer acts
    ("1:1耐克卫衣能卖吗？能！", "¥99包邮 私我", "demote"),
    # a live seller's boast about his price, and the offer straight after its question mark
    ("耐克卫衣最后20单", "兄弟们别问是不是真的，真的能卖这个价吗？耐克卫衣原单尾货，做工一样的，¥450拍一发二",
     "takedown"),
])
def test_a_sellers_question_about_selling_keeps_its_catch(guard, title, description, least):
    assert_offers(guard, title, description, least)


# (stop 44) an English answer that leaves the question's predicate out, ending on its auxiliary
# (held out 28's "Is it illegal to resell a fake X I was given? / Selling it is. …" was demoted):
# it answers the question, its selling words are the case asked about
ELLIPTICAL = [
    ("Is it legal to sell a replica NIKE hoodie my cousin gave me?",
     "Selling it isn't. Wearing it yourself is usually fine."),
    ("Is it a crime to resell 1:1 adidas trainers I got as a gift?",
     "Reselling them is. Keeping them for yourself is not an offence."),
]


@pytest.mark.parametrize("title, description", ELLIPTICAL)
def test_an_answer_leaving_the_predicate_out_offers_nothing(guard, title, description):
    assert_no_offer(guard, "legal_qa", title, description)


@pytest.mark.parametrize("title, description", [
    # the elliptical answer ends; the seller's priced offer after it is his own
    ("Is it legal to sell 1:1 NIKE hoodies? It is.", "Selling NIKE 1:1 replicas now, $39, DM me"),
    ("Is it illegal to resell replica NIKE hoodies?", "Who cares, it is! NIKE 1:1 $39 DM me"),
])
def test_a_seller_after_an_elliptical_answer_keeps_his_catch(guard, title, description):
    assert_offers(guard, title, description, "takedown")
