"""Every evasion family is undone, and the hit points at the span as the seller wrote it."""
from __future__ import annotations

import pytest

from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, record

CASES = [
    # (title, brand, matched span as written, evasion reported)
    ("高仿耐@克运动鞋", "耐克", "耐@克", "separator"),
    ("高仿耐 克 运动鞋", "耐克", "耐 克", "separator"),
    ("高仿N.I.K.E运动鞋", "耐克", "N.I.K.E", "separator"),
    ("高仿耐\u200b克运动鞋", "耐克", "耐\u200b克", "zero_width"),
    ("高仿耐\u2060\ufeff克运动鞋", "耐克", "耐\u2060\ufeff克", "zero_width"),
    ("高仿ＮＩＫＥ运动鞋", "耐克", "ＮＩＫＥ", "fullwidth"),
    ("高仿耐耐克克运动鞋", "耐克", "耐耐克克", "repeated"),
    ("高仿NІКЕ运动鞋", "耐克", "NІКЕ", "confusable"),          # Cyrillic І К Е
    ("高仿ΝΙΚΕ运动鞋", "耐克", "ΝΙΚΕ", "confusable"),          # Greek capitals
    ("高仿耐👟克运动鞋", "耐克", "耐👟克", "emoji"),
    ("高仿🅽🅸🅺🅴运动鞋", "耐克", "🅽🅸🅺🅴", "emoji"),
    ("高仿Ⓝⓘⓚⓔ运动鞋", "耐克", "Ⓝⓘⓚⓔ", "compat"),
    ("高仿N̶I̶K̶E̶运动鞋", "耐克", "N̶I̶K̶E̶", "combining_marks"),
    ("高仿阿迪達斯运动鞋", "阿迪达斯", "阿迪達斯", "traditional"),
    ("高仿乃克运动鞋", "耐克", "乃克", "homophone"),
    ("高仿阿弟达思运动鞋", "阿迪达斯", "阿弟达思", "homophone"),
    ("高仿 naike 运动鞋", "耐克", "naike", "pinyin"),
    ("高仿 nai ke 运动鞋", "耐克", "nai ke", "pinyin"),
    ("高仿 adds 运动鞋", "阿迪达斯", "adds", "initials"),
    ("高仿耐可运动鞋", "耐克", "耐可", "knockoff"),
    ("原单康帅傅方便面", "康师傅", "康帅傅", "knockoff"),
    ("高仿🍎手机", "苹果", "🍎", "emoji"),
    ("高仿耐丶克运动鞋", "耐克", "耐丶克", "separator"),
    ("高仿耐丨克运动鞋", "耐克", "耐丨克", "separator"),
    ("高仿n1ke运动鞋", "耐克", "n1ke", "digit_swap"),
    ("高仿 AD1DA5 运动鞋", "阿迪达斯", "AD1DA5", "digit_swap"),
    ("高仿 L1N1NG 运动鞋", "李宁", "L1N1NG", "digit_swap"),
    ("高仿ꓠꓲꓗꓰ运动鞋", "耐克", "ꓠꓲꓗꓰ", "confusable"),      # Lisu letters, from Unicode's table
    ("高仿 ADlDAS 运动鞋", "阿迪达斯", "ADlDAS", "letter_swap"),  # l for I
    ("高仿 ƖINING 运动鞋", "李宁", "ƖINING", "confusable"),      # Latin iota for L
    ("高仿 nài kè 运动鞋", "耐克", "nài kè", "pinyin"),
    ("高仿 nai4ke4 运动鞋", "耐克", "nai4ke4", "pinyin"),
    ("高仿 NaiKe 运动鞋", "耐克", "NaiKe", "pinyin"),
    ("高仿 l.n 运动鞋 包邮", "李宁", "l.n", "initials"),
    ("高仿 Dj 无人机 包邮", "大疆", "Dj", "initials"),
]


@pytest.mark.parametrize("title, brand, span, evasion", CASES)
def test_each_evasion_is_caught_with_the_original_span(guard, title, brand, span, evasion):
    result = guard.scan(record(title))
    hits = [hit for hit in result.hits if hit.brand.mark == brand]
    assert hits, f"{title!r}: no hit for {brand}"
    hit = hits[0]
    assert title[hit.start:hit.end] == span == hit.matched
    assert evasion in hit.evasions
    assert result.decision in ("demote", "takedown")


def test_offsets_are_into_the_field_that_matched(guard):
    result = guard.scan(record("新款到货", "店里有 高仿 N-I-K-E 鞋"))
    (hit,) = result.hits
    assert (hit.field, hit.matched) == ("description", "N-I-K-E")
    assert "店里有 高仿 N-I-K-E 鞋"[hit.start:hit.end] == "N-I-K-E"


def test_latin_marks_need_word_edges(guard):
    assert not guard.scan(record("an ikea lamp, 高仿")).hits          # "anikea" holds "nike"
    assert guard.scan(record("买 N I K E 高仿")).hits


def test_doubled_mark_is_not_matched_by_one_character(guard):
    assert not guard.scan(record("旺季高仿")).hits
    assert guard.scan(record("旺旺 高仿")).hits[0].brand.mark == "旺旺"


def test_sound_alikes_are_only_looked_for_next_to_counterfeit_words(guard):
    """乃克 alone is a different word; writing it next to 高仿 is an evasion."""
    assert not guard.scan(record("乃克新款运动鞋")).hits
    assert guard.scan(record("乃克新款运动鞋 A货 包邮")).decision == "takedown"


def test_digits_are_read_as_letters_only_inside_latin_words(guard):
    """1:1 and prices stay digits: only a digit touching a Latin letter is read as one."""
    assert not guard.scan(record("耐克 1:1 到手价 199")).hits[0].evasions
    assert not guard.scan(record("高仿 n1kes 运动鞋")).hits          # no word edge after


def test_initials_are_whole_latin_words(guard):
    assert not [hit for hit in guard.scan(record("高仿 link 包邮")).hits if hit.via == "initials"]
    assert guard.scan(record("高仿LN运动鞋 包邮")).hits[0].brand.mark == "李宁"


def test_initials_glued_to_a_word_of_the_other_case_have_an_edge_there(guard):
    """ccSUV, LNshoes: a seller glues the abbreviation to a word; aLNe is no abbreviation."""
    hits = guard.scan(record("高仿 LNshoes 包邮")).hits
    assert [(hit.brand.mark, hit.via, hit.matched) for hit in hits] == [("李宁", "initials", "LN")]
    assert not guard.scan(record("高仿 aLNe 包邮")).hits
    assert not guard.scan(record("高仿 Lnshoes 包邮")).hits          # one word, mixed case


def test_initials_are_not_found_in_a_collapsed_repeat():
    """bx is not the initials of a mark read b-x-x: the matching view collapses xx to x."""
    from origin.brands.automaton import Brand
    from origin.brands.guard import BrandGuard

    guard = BrandGuard([Brand(1, "版西学", "owner_a"), Brand(2, "白象", "owner_b")])
    assert {hit.brand.mark for hit in guard.scan(record("高仿 bx 方便面 包邮")).hits} == {"白象"}
    assert "版西学" in {hit.brand.mark for hit in guard.scan(record("高仿 bxx 包邮")).hits}


def test_a_mark_with_a_repeated_sound_has_homophones():
    """娃哈哈 reads wa-ha once 哈哈 is collapsed, as the text is: 腽哈哈 is its homophone."""
    from origin.brands.automaton import Brand
    from origin.brands.guard import BrandGuard

    guard = BrandGuard([Brand(1, "娃哈哈", "wahaha_official")])
    (hit,) = guard.scan(record("【精仿】腽哈哈饮料", "秒发 包邮")).hits
    assert (hit.via, hit.matched, hit.decision) == ("homophone", "腽哈哈", "takedown")


def test_a_one_may_stand_for_l():
    """Yi1i for Yili: read with 1 as i it is yiii, collapsed yi, no pattern; as l it is yili."""
    from origin.brands.automaton import Brand
    from origin.brands.guard import BrandGuard

    guard = BrandGuard([Brand(1, "伊利", "yili_official", ("Yili",))])
    (hit,) = guard.scan(record("高仿 Yi1i 牛奶", "包邮")).hits
    assert (hit.matched, hit.evasions, hit.decision) == ("Yi1i", ("digit_swap",), "takedown")
    assert not guard.scan(record("高仿 Yi1in 牛奶", "包邮")).hits          # no word edge after


def test_a_batch_scans_as_each_record_alone(guard):
    """``scan_many`` (the hot path over a batch) gives every record ``scan``'s result: emoji
    words the array table cannot fold, digit readings, repeats, separators inside fields."""
    titles = ["今天的穿搭分享", "🍎手机 高仿", "n1ke 高仿 包邮", "ADlDAS 超A", "耐耐克克 1:1",
              "耐\u200b克 一比一", "١١ 哈哈哈 记录生活", "", "大江 高仿 一比一", "L1NING 莆田",
              "安达 高仿 包邮", "\x1e耐克\x1e", "just do it 原单"]
    records = [record(title, description, id=str(index))
               for index, (title, description) in enumerate(
                   [(t, d) for t in titles for d in ("", "加微 秒发", "我买的 开箱")])
               if title or description]
    records.append(record("x" * 30_000, id="long"))
    alone = [guard.scan(r) for r in records]
    together = guard.scan_many(records[:-1]) + guard.scan_many(records[-1:])
    assert [r.to_json() for r in together] == [r.to_json() for r in alone]
    assert sum(r.decision != "none" for r in alone) >= 10 and alone[-1].error


def test_texts_read_before_decide_as_if_read_fresh(guard):
    """The slow path keeps what it read of texts seen before (a seller's repeated offer, an
    account's name): the same texts posted by the owner, an authorised shop and a seller, and
    a field seen again next to or without a counterfeit word, get what a guard that never read
    them gives."""
    fresh = BrandGuard(BRANDS)
    texts = [("耐克官方旗舰店", "耐克高仿必究 原单", ""), ("小店", "耐克高仿必究 原单", ""),
             ("高仿小店", "安达 包邮", ""), ("小店", "安达 包邮", ""), ("安达 包邮", "高仿", ""),
             ("高仿小店", "anda 到了", "耐克"), ("小店", "anda 到了", "耐克"),
             ("小店", "anda 包邮", "耐克"), ("小店", "苹果手机", "A货 一比一")]
    records = [record(title, description, account=account, account_name=name, id=str(index))
               for index, (account, (name, title, description)) in enumerate(
                   (account, text) for _ in range(2) for text in texts
                   for account in ("nike_official", "seller1", "nike_store_sh", "anda_official"))]
    seen = [guard.scan(r).to_json() for r in records]
    for r, result in zip(records, seen):
        fresh._readings.clear()
        fresh._fields.clear()
        assert fresh.scan(r).to_json() == result
    decisions = {(r.account, r.account_name, r.title): result["decision"]
                 for r, result in zip(records, seen)}
    assert decisions[("nike_official", "耐克官方旗舰店", "耐克高仿必究 原单")] == "none"
    assert decisions[("seller1", "小店", "耐克高仿必究 原单")] == "review"     # nothing sold
    assert decisions[("seller1", "高仿小店", "安达 包邮")] != "none"
    assert decisions[("anda_official", "高仿小店", "安达 包邮")] == "none"
    hits = {(r.account_name, r.title): {hit["brand"] for hit in result["hits"]}
            for r, result in zip(records, seen)}
    assert hits[("高仿小店", "anda 到了")] == {"安达", "耐克"}     # pinyin: next to 高仿
    assert hits[("小店", "anda 包邮")] == {"安达", "耐克"}         # or in an offer
    assert hits[("小店", "anda 到了")] == {"耐克"}
