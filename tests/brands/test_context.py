"""Context decides: reviews, news and the fruit are not infringement; offers and impostors are."""
from __future__ import annotations

import pytest

from tests.brands.conftest import record


@pytest.mark.parametrize("title, description", [
    ("我买的耐克开箱", "这双鞋真好看，上脚很舒服"),
    ("耐克新品测评", "和阿迪达斯的跑鞋对比一下"),
    ("据悉，耐克发布会将于下周举行", "记者报道"),
    ("警方查获一批莆田假冒耐克鞋", "新闻：涉案金额巨大"),
    ("教你辨别真假耐克，莆田鞋避坑", ""),
])
def test_reviews_news_and_education_are_none(guard, title, description):
    result = guard.scan(record(title, description))
    assert result.hits and result.decision == "none"


def test_counterfeit_offer_is_taken_down(guard):
    result = guard.scan(record("耐克AJ1 莆田纯原", "支持验货 加微信"))
    assert (result.decision, result.rule) == ("takedown", "counterfeit_signals")
    assert {s.word for s in result.hits[0].signals} >= {"莆田", "纯原"}


def test_common_word_mark_needs_stronger_context(guard):
    assert guard.scan(record("新鲜苹果 包邮 现货")).decision == "none"
    assert guard.scan(record("苹果 A货")).decision == "none"            # a fruit, one loose word
    assert guard.scan(record("苹果 A货 包邮")).decision == "review"
    assert guard.scan(record("苹果手机 A货 一比一", "包邮")).decision == "takedown"
    assert guard.scan(record("苹果手机 A货 一比一")).decision == "demote"   # nothing sold
    assert guard.scan(record("Apple 高仿", "包邮")).decision == "takedown"       # the alias is no fruit


def test_owner_and_authorised_accounts_are_never_flagged(guard):
    for account in ("nike_official", "nike_store_sh"):
        result = guard.scan(record("耐克高仿必究 原单", account=account,
                                   account_name="耐克官方旗舰店"))
        assert result.hits and result.decision == "none"
        assert {hit.rule for hit in result.hits} == {"authorised_account"}


def test_account_name_impersonating_a_brand(guard):
    result = guard.scan(record("新款上架", account_name="耐克官方旗舰店"))
    assert (result.decision, result.rule) == ("takedown", "account_impersonation")
    assert guard.scan(record("新款上架", account_name="N.I.K.E官方")).decision == "takedown"
    assert guard.scan(record("跑步", account_name="耐克球迷")).decision == "review"


def test_knockoff_name_alone_is_demoted(guard):
    result = guard.scan(record("康帅傅红烧牛肉面"))
    assert (result.decision, result.rule) == ("demote", "knockoff_name")


def test_obfuscated_mark_without_other_signals_goes_to_review(guard):
    result = guard.scan(record("耐\u200b克 新款"))
    assert (result.decision, result.rule) == ("review", "obfuscated_mark")


def test_absolute_advertising_terms_are_reported(guard):
    result = guard.scan(record("全网第一 顶级好鞋", "包邮"))
    assert [t.word for t in result.absolute_terms] == ["全网第一", "顶级"]
    assert (result.decision, result.rule) == ("review", "advertising_law_art9")
    assert guard.scan(record("这是我吃过最佳的面")).decision == "none"


def test_record_without_brand_is_fast_none(guard):
    result = guard.scan(record("今天天气不错", "出去走走"))
    assert (result.decision, result.hits, result.rule) == ("none", [], "no_brand_hit")


def test_hot_path_and_offset_views_agree(guard):
    """The offset-free hot path and the mapped views must produce the same skeleton."""
    normalizer = guard.normalizer
    for text in ("高仿耐耐@克克", "ＮＩ\u200bKE ", "愛迪達斯🍎🍎", "a\U000e0041b", "naike!!"):
        assert normalizer.skeleton(text) == normalizer.views(text).collapsed.text


def test_record_decision_is_its_most_severe_hit(guard):
    result = guard.scan(record("高仿耐克 包邮", "。" * 100 + "我也喜欢康师傅"))   # out of the window
    assert [hit.decision for hit in result.hits] == ["takedown", "none"]
    assert (result.decision, result.rule) == ("takedown", "counterfeit_signals")


@pytest.mark.parametrize("title, description", [
    ("闲置耐克跑鞋 九成新", "自用，有专柜小票，可验货，包邮"),
    ("二手阿迪达斯外套转让", "穿过一次，有发票，私信"),
    ("转卖耐克AJ1", "买大了，原价入，支持验货，同款不退"),
])
def test_resale_is_not_counterfeiting(guard, title, description):
    result = guard.scan(record(title, description))
    assert result.hits and result.decision == "none"
    assert {hit.rule for hit in result.hits} == {"resale_context"}


def test_resale_with_counterfeit_words_is_still_an_offer(guard):
    assert guard.scan(record("二手耐克 莆田纯原", "包邮")).decision == "takedown"
    assert guard.scan(record("闲置耐\u200b克", "自用")).decision == "review"


def test_sound_alike_that_is_an_ordinary_word_needs_counterfeit_words_and_the_product(guard):
    """大江 sounds like 大疆 and 的复 (inside 复刻) like 德芙."""
    result = guard.scan(record("大江纪录片 第二集", "对经典的复刻"))
    assert result.decision == "none"
    assert not [hit for hit in result.hits if hit.brand.mark == "德芙"]  # cuts through 复刻
    assert result.hits[0].rule == "sound_alike_is_ordinary_word"
    # glued to a counterfeit word in a record that sells, it names the goods: a look, no measure
    assert guard.scan(record("大江 高仿 一比一", "包邮")).decision == "review"
    assert guard.scan(record("大江 高仿 一比一", "")).decision == "none"
    assert guard.scan(record("大江无人机 高仿", "包邮")).decision == "takedown"
    assert guard.scan(record("乃克运动鞋 高仿", "包邮")).decision == "takedown"   # no word: evasion


def test_ordinary_words_must_cover_most_of_a_sound_alike():
    """品钱 lies across 新品 and 钱包; of 始俎鸟 (始祖鸟) only 始 is in a word (原始)."""
    from origin.brands.words import word_table

    ordinary = word_table().ordinary
    assert ordinary("新品钱包", 1, 3, 3)
    assert not ordinary("一比一还原始俎鸟鞋子", 5, 8, 3)
    assert not ordinary("一比一还原卡敌亚香水", 5, 8, 3)       # 还原卡: one character in


def test_the_word_table_segments_as_jieba_does():
    """The guard's copy of jieba's dictionary cuts text exactly as ``jieba.cut(HMM=False)``."""
    import logging

    import jieba

    from origin.brands.words import word_table

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    table = word_table()
    for text in ("对经典的复刻", "一比一还原始俎鸟鞋子", "新品钱包大江无人机", "nk运动鞋abc高仿",
                 "万死不辞的复刻版本", "长城一日游1比1还原", "罪该万死"):
        expected, position = [], 0
        for word in tokenizer.cut(text, HMM=False):
            if len(word) >= 2:
                expected.append((position, position + len(word)))
            position += len(word)
        assert table.segments(text) == tuple(expected), text
    assert table.frequency("大江") == tokenizer.FREQ["大江"] > 0
    assert table.frequency("大") == tokenizer.FREQ["大"] and table.frequency("乃克") == 0
    assert table.total == tokenizer.total


def test_two_letter_initials_with_one_counterfeit_word_get_a_look_not_a_measure(guard):
    result = guard.scan(record("LN运动鞋 顶级复刻", "做工细节看图"))
    assert [(hit.brand.mark, hit.decision, hit.rule) for hit in result.hits] == [
        ("李宁", "review", "short_initials_one_signal")]
    assert guard.scan(record("LN运动鞋 顶级复刻", "包邮")).decision == "takedown"
    assert not [hit for hit in guard.scan(record("LN运动鞋 新款")).hits if hit.decision != "none"]


def test_a_marks_own_characters_are_no_other_marks_sound_alike(guard):
    """安踏 sounds like 安达: the authorised shop's own mark is not a homophone of the other."""
    result = guard.scan(record("安踏正品 谨防高仿 假货", account="anta_store_bj",
                               account_name="安踏官方旗舰店"))
    assert [hit.brand.mark for hit in result.hits] == ["安踏", "安踏"]
    assert result.decision == "none"
    assert guard.scan(record("安达 高仿 包邮")).decision == "takedown"


def test_initials_several_brands_share_go_to_review(guard):
    result = guard.scan(record("高仿 AD 包邮"))
    assert {hit.brand.mark for hit in result.hits} == {"安达", "奥迪"}
    assert {(hit.decision, hit.rule) for hit in result.hits} == {
        ("review", "initials_of_several_brands")}


def test_a_sound_alike_that_common_words_begin_or_end_with_is_ordinary():
    """万死 is no jieba entry of its own, but 万死不辞 and 罪该万死 are common: a documentary
    called 《万死》 next to 复刻 is no counterfeit 万斯; an invented 万嗣 still is."""
    from origin.brands.automaton import Brand
    from origin.brands.guard import BrandGuard
    from origin.brands.words import word_table

    assert word_table().frequency("万死") == 0 and word_table().inside("万死") >= 100
    guard = BrandGuard([Brand(1, "万斯", "vans_official", ("Vans",))])
    for title, description in (("《万死》第三集", "对经典的复刻，重现当年风貌"),
                               ("读万死有感", "这本书是一比一还原的历史")):
        result = guard.scan(record(title, description))
        assert [(hit.matched, hit.rule) for hit in result.hits] == [
            ("万死", "sound_alike_is_ordinary_word")] and result.decision == "none"
    assert guard.scan(record("万嗣 鞋子 高仿", "包邮")).decision == "takedown"
