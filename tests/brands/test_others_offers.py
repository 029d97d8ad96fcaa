"""Goods named without being offered by the poster (stop 49, issue 13: held out 34 took down an
authentication report, a buyer's question about a seller's claim and replacement parts, and
demoted aftermarket parts and independent repair shops). A buyer asking whether to buy someone
else's offer, a report of what a client paid (以…元购入), goods fitting a mark said with "for"
or disclosed as 副厂, a repair done on a mark's goods and contact already made are no offer of
the poster's; the same words in a seller's own offer still are."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers, record

NOT_OFFERED = [
    # a buyer asking about what someone else offers him, the offer's words all in the question
    ("买家小号", "表哥说他那双耐克是“公司级”，299包邮，能买吗？", "鞋盒旧旧的，他说专柜验不出来，到底是不是正品？"),
    ("first_time_buyer", "A guy at the flea market says his NIKE runners are 'factory run' for $60. Legit?",
     "No box, logo looks freshly stitched on. Should I buy?"),
    # an appraiser's report of what the client paid (以…购入) and the seller's word for it
    ("鉴定工作室", "鉴定结论：送检耐克气垫跑鞋为非正品", "客户以一双899元购入，卖家称“纯原”，比对鞋标和走线后认定为非正品。"),
    # parts made to fit the mark, said before "for", and disclosed as not the brand's
    ("lace_corner", "Replacement laces for NIKE trainers", "Fit NIKE trainers; no logo, not original, $8."),
    ("配件小铺", "大疆云台用的副厂快拆板 现货", "副厂件，适用于大疆云台，无大疆标志，不是原厂的，25元"),
    # an independent repair shop naming the goods it repairs
    ("老街修理铺", "大疆无人机维修 换原厂电机", "个人维修店，不是大疆官方售后，电机是原厂的，200元起"),
    ("鞋匠阿明", "耐克球鞋修补", "鞋底开胶、鞋面破洞都能修，不是品牌售后，30元一双"),
]


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERED)
def test_goods_named_without_being_offered_are_no_offer(guard, learnt_guard, account_name, title,
                                                        description):
    assert_no_offer(guard, account_name, title, description)
    assert_no_offer(learnt_guard, account_name, title, description)


@pytest.mark.parametrize("title, description, least", [
    # the seller's own price and call outside any reported speech: his question is a hook
    ("有人说高仿不能买？", "我家耐克1:1 ¥99，能买吗？当然能，私我", "demote"),
    # the report's words as a seller's own listing: no price paid, his goods not genuine
    ("耐克气垫跑鞋 非正品", "899元 包邮 私我", "takedown"),
    # a counterfeit word on the repaired goods' parts still counts
    ("大疆云台维修", "用的是高仿配件，便宜，50元 私我", "review"),
    # the aftermarket word with no fitting word before the mark: a look-alike offer
    ("大疆云台 副厂 现货", "25元 包邮", "review"),
])
def test_the_same_words_in_a_sellers_own_offer_still_count(guard, title, description, least):
    assert_offers(guard, title, description, least)


def test_contact_already_made_is_no_way_to_reach_the_poster(guard):
    done = guard._read(("", "旺旺礼包 退回", "收到一批旺旺礼包，外箱标签不对，已联系品牌方核实"))
    open_call = guard._read(("", "旺旺礼包", "有需要联系，外箱标签齐全"))
    assert not [s for s in done.signals if s.word == "联系"]
    assert [s for s in open_call.signals if s.word == "联系" and s.kind == "sale"]


def test_a_trade_reported_punished_is_no_offer(guard, learnt_guard):
    title, text = "城西一商户卖假冒耐克运动鞋被罚", "该商户以“原单”为名批发耐克运动鞋，被依法没收并罚款。"
    assert_no_offer(guard, "本地新闻", title, text)
    assert_no_offer(learnt_guard, "本地新闻", title, text)
    # a seller's boast of a sanction, his price in the sentence: still his offer
    assert_offers(guard, "高仿耐克运动鞋", "原单货，被查处过也照卖，99包邮", "demote")


def test_an_order_screenshot_is_proof_of_a_resale_as_a_receipt_is(guard):
    def decided(proof: str) -> str:
        return guard.scan(record("李宁跑鞋 同款 搬家清仓", f"{proof}原价三折，自提")).decision

    assert decided("") != "none"
    assert decided("专柜小票在，") == decided("官方旗舰店订单截图在，") == "none"


def test_an_alias_is_not_glued_to_an_english_word_it_is_part_of(guard):
    # "important a": the letters a-n-t-a across a space end a word that is English whole
    result = guard.scan(record("Important note", "It is important a buyer keeps the receipt, $20"))
    assert not [hit for hit in result.hits if hit.brand.mark == "安踏"]
