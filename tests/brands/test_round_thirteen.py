"""Issue 13, thirteenth round: the causes of the misses on text the guard was not tuned on."""
from __future__ import annotations

from origin.brands.config import SEVERITY
from tests.brands.conftest import decision_of


def test_a_review_word_does_not_clear_counterfeit_words_with_a_sale_word(guard):
    # 体验 is a review word; 高仿 and a sale word (有需要, 直接拍: no commerce word) make an offer
    assert decision_of(guard, "入手体验：李宁高仿跑鞋跟正品几乎一样", "有需要的朋友直接拍",
                       "李宁") == "review"
    # the same review with the sale word but no counterfeit word sells the real thing
    assert decision_of(guard, "入手体验：李宁新款跑鞋", "有需要的朋友直接拍", "李宁") == "none"
    # and counterfeit words in a review with no sale word are a comparison, not an offer
    assert decision_of(guard, "入手体验：李宁高仿跑鞋跟正品对比", "差别在鞋底", "李宁") == "none"


def test_a_sale_word_backs_counterfeit_words_on_a_common_word_mark(guard):
    # 苹果 with no product cue against it: counterfeit words need selling talk beside them, and
    # a sale word (直接拍) is selling talk as a commerce word is
    assert decision_of(guard, "苹果高仿数据线", "懂的直接拍", "苹果") == "review"
    assert decision_of(guard, "苹果高仿数据线", "做工一般", "苹果") == "none"


def test_a_homophone_whose_simplified_form_lies_beyond_the_basic_block_is_read(guard):
    # 鸋 (ning) folds to 𫛢 in extension E, which pypinyin reads; 嬣 (ning) to 𪥰, which it does
    # not, so the class comes from the character written
    for written in ("李鸋", "李嬣"):
        assert decision_of(guard, f"{written}高仿跑鞋", "私聊 包邮", "李宁") != "none", written


def test_a_homophone_written_as_the_brand_of_a_noun_is_read_as_one(guard):
    # 锝芙 keeps one of 德芙's two characters and the record sells nothing in the listed words;
    # a noun of the dictionary right after it (蛋糕, not a listed goods word) with a counterfeit
    # word in that clause makes it a brand name
    assert decision_of(guard, "锝芙蛋糕 仿款", "便宜出", "德芙") == "review"
    assert decision_of(guard, "锝芙 蛋糕 高仿", "", "德芙") == "review"
    # no noun after it, or the counterfeit word in another sentence: someone's sentence
    assert decision_of(guard, "锝芙真好看 一比一复刻", "", "德芙") == "none"
    assert decision_of(guard, "锝芙蛋糕好吃。今天一比一复刻了饼干", "", "德芙") == "none"


def test_the_word_table_knows_nouns_from_the_dictionarys_tags():
    from origin.brands.words import WordTable

    table = WordTable([("蛋糕", 315, "n"), ("上海", 900, "ns"), ("好看", 500, "a"),
                       ("眉笔", 2, "n")])
    assert table.noun_at("x蛋糕店", 1)
    assert not table.noun_at("上海", 0)          # a place names no goods
    assert not table.noun_at("好看", 0)          # nor an adjective
    assert not table.noun_at("眉笔", 0)          # seen twice: as likely a mis-tag
    assert table.frequency("眉笔") == 2


def test_a_listings_words_between_a_common_word_mark_and_its_cue_are_skipped(guard):
    # 苹果's cue 耳机 after a listing's look-alike words (大牌平替) is written against it, as a cue
    # before it with such words between already was: scored as a mark, not capped as a fruit
    assert SEVERITY[decision_of(guard, "苹果 大牌平替耳机", "一比一 私聊下单", "苹果")] \
        >= SEVERITY["demote"]
    # other words between still make it a clause of its own
    assert SEVERITY[decision_of(guard, "苹果 今天吃了三个 耳机在充电", "一比一 私聊下单", "苹果")] \
        <= SEVERITY["review"]
