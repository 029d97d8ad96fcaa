"""An evaluation suite for the brand guards written apart from the guard's own templates.

Other brands than ``bench_brands.REAL`` (60 marks, Chinese with Latin names, some common words),
other phrasing, and evasions built from outside data where there is any: homophones from
pypinyin's character readings, ordinary-word sound-alikes from pypinyin's phrase list (not the
jieba dictionary the guard reads), look-alike letters from Unicode's confusables table. Brands
and phrasings are split in two by a fixed hash: the ``tune`` part may be looked at while working
on the guard, the ``held_out`` part is only reported. Once that part had been read, a second
held-out part (``held_out_2``: new phrasing, other sound-alike words) was added for the same use.
"""
from __future__ import annotations

import random
import zlib
from collections import defaultdict
from dataclasses import dataclass

from origin.brands.automaton import Brand

# mark, Latin name (or ""), common word, product cues
MARKS = [
    ("华为", "HUAWEI", False, ()), ("格力", "GREE", False, ()), ("海尔", "Haier", False, ()),
    ("大疆", "DJI", False, ()), ("德芙", "Dove", False, ()), ("茅台", "Moutai", False, ()),
    ("五粮液", "Wuliangye", False, ()), ("蒙牛", "Mengniu", False, ()), ("伊利", "Yili", False, ()),
    ("农夫山泉", "Nongfu", False, ()), ("娃哈哈", "Wahaha", False, ()), ("百雀羚", "Pechoin", False, ()),
    ("自然堂", "Chando", False, ()), ("完美日记", "Perfect Diary", False, ()),
    ("花西子", "Florasis", False, ()), ("三只松鼠", "", False, ()), ("良品铺子", "", False, ()),
    ("特步", "Xtep", False, ()), ("鸿星尔克", "ERKE", False, ()), ("回力", "Warrior", False, ()),
    ("波司登", "Bosideng", False, ()), ("雅戈尔", "Youngor", False, ()), ("海澜之家", "HLA", False, ()),
    ("周大福", "Chow Tai Fook", False, ()), ("老凤祥", "", False, ()), ("片仔癀", "", False, ()),
    ("同仁堂", "Tongrentang", False, ()), ("迪奥", "Dior", False, ()), ("爱马仕", "Hermes", False, ()),
    ("普拉达", "Prada", False, ()), ("卡地亚", "Cartier", False, ()), ("劳力士", "Rolex", False, ()),
    ("欧米茄", "Omega", False, ()), ("浪琴", "Longines", False, ()), ("兰蔻", "Lancome", False, ()),
    ("雅诗兰黛", "Estee Lauder", False, ()), ("资生堂", "Shiseido", False, ()),
    ("戴森", "Dyson", False, ()), ("索尼", "Sony", False, ()), ("佳能", "Canon", False, ()),
    ("飞利浦", "Philips", False, ()), ("星巴克", "Starbucks", False, ()),
    ("优衣库", "Uniqlo", False, ()), ("斐乐", "FILA", False, ()), ("匡威", "Converse", False, ()),
    ("万斯", "Vans", False, ()), ("新百伦", "New Balance", False, ()), ("亚瑟士", "ASICS", False, ()),
    ("始祖鸟", "Arcteryx", False, ()), ("乐高", "LEGO", False, ()), ("泡泡玛特", "Pop Mart", False, ()),
    ("蔻驰", "Coach", False, ()), ("巴宝莉", "Burberry", False, ()), ("范思哲", "Versace", False, ()),
    ("美的", "Midea", True, ("空调", "冰箱", "电饭煲", "洗衣机")),
    ("长城", "", True, ("汽车", "哈弗", "葡萄酒", "SUV")),
    ("大白兔", "", True, ("奶糖", "糖果")), ("白象", "", True, ("方便面", "泡面")),
    ("红牛", "Red Bull", True, ("饮料", "功能饮料")), ("熊猫", "", True, ("香烟", "电视")),
]
PRODUCTS = ["鞋子", "包", "手表", "口红", "外套", "耳机", "香水", "项链", "墨镜", "短袖", "帽子", "钱包"]


def part(key: str) -> str:
    """tune or held_out, fixed by a hash of the key (about a third held out)."""
    return "held_out" if zlib.crc32(key.encode()) % 3 == 0 else "tune"


def suite_brands() -> list[Brand]:
    return [Brand(5000 + i, mark, f"{mark}官方", (latin,) if latin else (), (),
                  frozenset({f"{mark}授权店"}), common, cues)
            for i, (mark, latin, common, cues) in enumerate(MARKS)]


@dataclass(frozen=True)
class Case:
    family: str
    part: str
    brand: Brand | None      # the brand a counterfeit case must be found as (None: benign)
    account: str
    account_name: str
    title: str
    description: str


# -- evasions built from outside data ----------------------------------------------------------
class Spellings:
    def __init__(self) -> None:
        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin, phrases_dict

        self._pinyin = lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        self._tones = lambda text: lazy_pinyin(text, style=Style.TONE, errors="ignore")
        self._tone3 = lambda text: lazy_pinyin(text, style=Style.TONE3, errors="ignore")
        by_sound: dict[str, list[str]] = defaultdict(list)
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                continue
            reading = self._pinyin(char)
            if reading:
                by_sound[reading[0]].append(char)
        self.by_sound = by_sound
        phrases: dict[str, list[str]] = defaultdict(list)
        for phrase, readings in phrases_dict.phrases_dict.items():
            if 2 <= len(phrase) <= 4:
                phrases["".join(self._strip(r[0]) for r in readings)].append(phrase)
        self.phrases = phrases
        look: dict[str, list[str]] = defaultdict(list)
        for char, entries in load("confusables.json").items():
            if len(char) == 1 and not char.isascii() and char.isalpha():
                for entry in entries:
                    if len(entry["c"]) == 1 and entry["c"].isascii() and entry["c"].isalpha():
                        look[entry["c"].lower()].append(char)
        self.look_alikes = look

    @staticmethod
    def _strip(syllable: str) -> str:
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFKD", syllable)
                       if not unicodedata.combining(c)).replace("ü", "v")

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        chars = list(mark)
        positions = list(range(len(chars)))
        rng.shuffle(positions)
        changed = 0
        for index in positions[: max(1, len(chars) // 2)]:
            reading = self._pinyin(chars[index])
            pool = [c for c in self.by_sound.get(reading[0] if reading else "", [])
                    if c != chars[index]]
            if pool:
                chars[index] = rng.choice(pool)
                changed += 1
        return "".join(chars) if changed else None

    def ordinary_sound_alike(self, mark: str) -> str | None:
        """A phrase from pypinyin's list that reads like the mark but is another word."""
        key = "".join(self._pinyin(mark))
        words = [w for w in self.phrases.get(key, []) if w != mark and len(w) == len(mark)]
        return words[0] if words else None

    def pinyin(self, mark: str, rng: random.Random) -> str:
        style = rng.randrange(5)
        if style == 0:
            return "".join(self._pinyin(mark))
        if style == 1:
            return " ".join(self._pinyin(mark))
        if style == 2:
            return " ".join(self._tones(mark))
        if style == 3:
            return "".join(self._tone3(mark))
        return "".join(s.capitalize() for s in self._pinyin(mark))

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self._pinyin(mark)]
        style = rng.randrange(4)
        if style == 0:
            return "".join(letters).upper()
        if style == 1:
            return "".join(letters).lower()
        if style == 2:
            return rng.choice([".", "-", " ", "/"]).join(letters).upper()
        return "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(letters))

    def confusable(self, latin: str, rng: random.Random) -> str | None:
        out, changed = [], 0
        for char in latin:
            pool = self.look_alikes.get(char.lower(), [])
            if pool and rng.random() < 0.6:
                candidates = [p for p in pool if p.isupper() == char.isupper()] or pool
                out.append(rng.choice(candidates))
                changed += 1
            else:
                out.append(char)
        return "".join(out) if changed else None


SEPARATORS = ["·", "/", ".", " ", "-", "_", "丶", "|", "~", "✨", "❤", "*", "+", "、", "｜", "💯"]
DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8"}


def evasion_spellings(brand: Brand, words: Spellings, rng: random.Random) -> dict[str, list[str]]:
    mark = brand.mark
    latin = brand.aliases[0] if brand.aliases else ""
    out: dict[str, list[str]] = defaultdict(list)
    out["no_evasion"] += [mark] + ([latin] if latin else [])
    out["separators"] += [rng.choice(SEPARATORS).join(mark) for _ in range(2)]
    if latin:
        out["separators"].append(rng.choice(SEPARATORS).join(latin.replace(" ", "").upper()))
    out["pinyin"] += [words.pinyin(mark, rng) for _ in range(3)]
    out["initials"] += [words.initials(mark, rng) for _ in range(2)]
    out["homophones"] += list(filter(None, (words.homophone(mark, rng) for _ in range(3))))
    if latin:
        out["confusables"] += list(filter(None, (words.confusable(latin, rng) for _ in range(2))))
        swapped = "".join(DIGITS.get(c.lower(), c) if rng.random() < 0.5 else c for c in latin)
        if swapped != latin:
            out["digit_swaps"].append(swapped)
    return out


# -- phrasing: two halves, one per part --------------------------------------------------------
OFFERS = [
    ("小众好物铺", "{w}{p} 顶级版本 细节对比原版", "工厂直发，需要的滴滴"),
    ("鞋包批发", "高品质{w}{p}，复刻原版", "私聊报价"),
    ("精品仓", "{w}新款{p}", "A货做工，和专柜一样，下单送礼品"),
    ("折扣小店", "{p} {w} 原单尾货", "数量不多 先到先得"),
    ("源头工厂", "一比一还原{w}{p}", "质量杠杠的 加v看实拍"),
    ("潮流买手", "{w} 超A {p}", "懂的来"),
    ("莆田老铺", "{w}{p}公司级", "支持退换"),
    ("优选好物", "{w}{p}高仿 ", "批发价出"),
    ("海外仓", "【精仿】{w}{p}", "秒发 包邮"),
    ("百货铺", "{w}的{p}，纯原版本", "看图下单"),
]
REVIEWS = [
    ("数码小哥", "{w}新品上手体验", "优缺点都说一说"),
    ("财经观察", "{w}发布三季度财报", "营收同比增长"),
    ("辟谣君", "如何分辨真假{w}", "教你几招，别再被高仿骗了"),
    ("生活家", "入手了{w}的{p}", "用了一个月，说说感受"),
    ("新闻快讯", "市场监管部门查处假冒{w}案件", "涉案商品已被扣押"),
    ("购物分享", "{w}专柜买的{p}", "售货员很耐心"),
]
RESALE = [
    ("个人闲置", "闲置{w}{p} 九成新", "自用，有发票，可验货"),
    ("学生党", "二手{w}{p}转让", "买来没怎么用，专柜小票还在，包邮"),
    ("搬家清仓", "转卖{w}{p}", "个人自用，支持专柜验货"),
    ("衣柜整理", "出闲置：{w}{p}", "九五新，带购物小票和发票"),
    ("宝妈闲置", "{w}{p} 二手 低价出", "正品，可验货，小刀勿扰"),
    ("闲鱼卖家", "自用{w}{p}转手", "专柜购入，发票齐全，同城可面交"),
]
AUTHORISED = [
    ("{w}官方旗舰店", "{w}新品{p}上市", "谨防高仿假货，认准官方渠道"),
    ("{w}官方旗舰店", "{w}正品保障", "市面上的一比一复刻都是假的，请勿购买"),
    ("{w}授权专卖", "{w}{p}到货", "正品行货，假一赔十，下单包邮"),
]
SOUNDS_LIKE = [
    ("纪录片频道", "《{s}》第三集", "对经典的复刻，重现当年风貌"),
    ("读书会", "读{s}有感", "这本书是一比一还原的历史"),
    ("手工坊", "用纸板1:1复刻{s}", "耗时三天"),
]
# Added 2026-12-03 (issue 13, second round) for the two families that missed: initials in other
# offer phrasing, and everyday words that sound like a mark next to counterfeit words used in
# their literal sense. Split like the others (even: tune, odd: held out) and drawn with their own
# random generator, so every earlier case stays as it was.
INITIALS_OFFERS = [
    ("潮牌代购", "{w}家的{p} 原厂面料 1:1", "需要的私"),
    ("微商小铺", "{w} {p} 高仿版 到货", "图片实拍"),
    ("档口直发", "{w}{p} 莆田纯原", "尺码齐全"),
    ("好物分享", "{w}同款{p} 超A品质", "支持验货"),
    ("外贸尾单", "{w} 原单{p} 清仓", "断码不补"),
    ("精品馆", "顶级复刻 {w} {p}", "做工细节看图"),
]
SOUNDS_LIKE_MORE = [
    ("历史课堂", "{s}的由来", "用模型一比一还原古人的生活"),
    ("手办分享", "{s}主题场景 1:1复刻", "自己做的，不卖"),
    ("影视解说", "电影《{s}》解说", "导演复刻了原著里的每个细节"),
    ("诗词鉴赏", "说说“{s}”这个词", "老师带我们复刻古籍的排版"),
    ("装修日记", "客厅想要{s}的感觉", "照着图片1比1还原"),
    ("美食探店", "老街的{s}小馆", "复刻小时候的味道"),
]
COMMON_SENSE = {
    "美的": [("散文集", "美的东西总让人心动", "记录身边美的瞬间，复刻童年的感觉")],
    "长城": [("旅行日记", "长城一日游攻略", "八达岭长城人太多，1:1还原当年的城墙")],
    "大白兔": [("萌宠日常", "我家的大白兔又胖了", "兔兔吃菜的样子")],
    "白象": [("动物世界", "泰国的白象", "白象在当地很受尊敬，复刻版纪录片")],
    "红牛": [("农家院", "今年养了两头红牛", "红牛长得真壮")],
    "熊猫": [("成都游记", "去基地看熊猫", "熊猫宝宝太可爱了，1:1熊猫玩偶")],
}


# Added 2026-12-03 (issue 13, third round), after the held-out part had been read: a second
# held-out part, ``held_out_2``, written before the rules changed again and never tuned on. New
# phrasing for every family (all 60 brands), and ordinary words that sound like a mark from
# outside lists the first two parts did not use: OpenCC's phrase table and pypinyin's phrases
# beyond the first (万死 for 万斯 was the first; 宛似 is another).
OFFERS_2 = [
    ("品牌折扣仓", "{p}｜{w} 跟单货 质量保证", "喜欢的宝子私我"),
    ("外贸原单店", "{w} {p} 1比1做工", "拍下48小时内发货"),
    ("工厂货源", "新到一批{w}{p}，仿品里的天花板", "细节对比图在评论区"),
    ("潮品小站", "{w}{p} 精仿版本 走量价", "老客户优先"),
    ("直播间福利", "今晚上架{w}的{p}，A货不退不换", "三号链接"),
    ("微商代理", "招代理 {w}{p} 纯原货源", "一件代发"),
]
REVIEWS_2 = [
    ("测评博主", "{w}{p}深度评测", "和上一代相比提升明显"),
    ("消费提醒", "买{w}认准正规渠道", "别信所谓的一比一高仿，质量差还不能退"),
    ("法治在线", "法院判决一起假冒{w}商标案", "被告人销售仿冒{p}被判刑"),
    ("开箱日记", "终于买到{w}{p}了", "官网下单，三天到货"),
]
RESALE_2 = [
    ("毕业甩卖", "毕业出{w}{p}", "只用过两次，原盒原票都在"),
    ("换季清理", "{w}{p}闲置出", "尺码不合适，吊牌还在，保真"),
    ("个人转让", "{w}{p}低价转", "专柜购入有小票，可以线下验货"),
]
AUTHORISED_2 = [
    ("{w}官方旗舰店", "{w}{p}限时优惠", "官方正品，谨防假冒，认准旗舰店"),
    ("{w}授权专卖", "{w}新款{p}到店", "假一赔十，拒绝高仿，欢迎比价"),
]
SOUNDS_LIKE_2 = [
    ("古风社", "{s}：一个词的故事", "按古籍一比一复刻的插画"),
    ("摄影日记", "镜头里的{s}", "后期复刻了胶片的色调"),
    ("语文课堂", "“{s}”怎么造句", "老师说要1:1还原课本原文"),
    ("模型爱好者", "{s}场景模型", "按照1比1比例还原"),
]


def other_sound_alikes(mark: str, words: "Spellings") -> list[str]:
    """Words of the mark's length and toneless reading from OpenCC's phrase table and
    pypinyin's phrase list, except pypinyin's first (``ordinary_sound_alike``, used before)."""
    import os

    import opencc

    key = "".join(words._pinyin(mark))
    first = words.ordinary_sound_alike(mark)
    found = [w for w in words.phrases.get(key, []) if len(w) == len(mark)]
    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "STPhrases.txt")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word = line.split("\t", 1)[0]
            if len(word) == len(mark) and "".join(words._pinyin(word)) == key:
                found.append(word)
    return sorted(set(found) - {mark, first})


def second_held_out(words: "Spellings", seed: int = 23) -> list[Case]:
    """The ``held_out_2`` part: every brand, the phrasing above, its own random generator."""
    rng = random.Random(seed)
    out: list[Case] = []
    for brand in suite_brands():
        for family, spellings in evasion_spellings(brand, words, rng).items():
            for written in spellings:
                name, title, text = rng.choice(OFFERS_2)
                product = rng.choice(brand.context_words or tuple(PRODUCTS))
                out.append(Case(family, "held_out_2", brand, "seller", name,
                                title.format(w=written, p=product),
                                text.format(w=written, p=product)))
        product = rng.choice(brand.context_words or tuple(PRODUCTS))
        for family, templates in (("reviews_news", REVIEWS_2), ("resale", RESALE_2)):
            for name, title, text in rng.sample(templates, 2):
                out.append(Case(family, "held_out_2", None, "viewer", name,
                                title.format(w=brand.mark, p=product),
                                text.format(w=brand.mark, p=product)))
        for name, title, text in AUTHORISED_2:
            out.append(Case("authorised_own_posts", "held_out_2", None, f"{brand.mark}授权店",
                            name.format(w=brand.mark), title.format(w=brand.mark, p=product),
                            text.format(w=brand.mark, p=product)))
        for alike in other_sound_alikes(brand.mark, words):
            for name, title, text in rng.sample(SOUNDS_LIKE_2, 2):
                out.append(Case("ordinary_sound_alikes", "held_out_2", None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
    return out


# Added 2026-12-03 (issue 13, fourth round), tune part only (held_out_2 had been read): consumer
# warnings that name counterfeit words, a seller who borrows warning words but sells, and
# sound-alikes that are a syllable plus a grammatical particle (衣里 for 伊利, 非了 for 斐乐).
WARNINGS = [
    ("打假博主", "{w}假货曝光", "这些所谓的原单、高仿千万别买"),
    ("消费者说", "警惕假冒{w}{p}", "网上的1:1复刻多半是假货，认准官方渠道"),
    ("购物指南", "怎么买到正品{w}{p}", "官网购买最放心，别信代购的超A货"),
    ("维权日记", "举报了一家卖高仿{w}的店", "谨防上当"),
]
WARNING_OFFERS = [
    ("鞋仓直发", "{w}{p} 纯原版本", "认准本店，别家都是假货，价格私聊"),
    ("源头好货", "谨防假冒！{w}{p}一比一", "拍下秒发 包邮"),
]
PARTICLE_SOUNDS = [
    ("日常碎碎念", "{s}一整天", "翻出了小时候1:1的模型"),
    ("追剧笔记", "这集看得我{s}", "导演复刻了原著的名场面"),
]


def tuning_round_four(words: "Spellings", seed: int = 31) -> list[Case]:
    """The fourth round's tune cases, with their own random generator."""
    rng = random.Random(seed)
    out: list[Case] = []
    particles = {"le": "了", "li": "里", "de": "的", "zhe": "着", "guo": "过", "ma": "吗",
                 "ne": "呢", "ba": "吧"}
    for brand in suite_brands():
        if part(brand.mark) != "tune":
            continue
        product = rng.choice(brand.context_words or tuple(PRODUCTS))
        for name, title, text in rng.sample(WARNINGS, 2):
            out.append(Case("reviews_news", "tune", None, "viewer", name,
                            title.format(w=brand.mark, p=product),
                            text.format(w=brand.mark, p=product)))
        name, title, text = rng.choice(WARNING_OFFERS)
        out.append(Case("no_evasion", "tune", brand, "seller", name,
                        title.format(w=brand.mark, p=product), text.format(w=brand.mark, p=product)))
        reading = words._pinyin(brand.mark)
        if len(brand.mark) == 2 and len(reading) == 2 and reading[1] in particles:
            pool = [c for c in words.by_sound.get(reading[0], []) if c not in brand.mark]
            for name, title, text in PARTICLE_SOUNDS:
                alike = rng.choice(pool) + particles[reading[1]]
                out.append(Case("ordinary_sound_alikes", "tune", None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
    return out


def cases(seed: int = 11) -> list[Case]:
    rng = random.Random(seed)
    words = Spellings()
    out: list[Case] = []
    for brand in suite_brands():
        brand_part = part(brand.mark)

        def phrasing(templates: list[tuple[str, str, str]]) -> tuple[str, str, str]:
            # tune brands are written with the even templates, held-out ones with the odd
            own = templates[0 if brand_part == "tune" else 1::2] or templates
            return rng.choice(own)

        for family, spellings in evasion_spellings(brand, words, rng).items():
            for written in spellings:
                name, title, text = phrasing(OFFERS)
                product = rng.choice(PRODUCTS)
                if brand.common_word:
                    product = rng.choice(brand.context_words)
                out.append(Case(family, brand_part, brand, "seller", name,
                                title.format(w=written, p=product),
                                text.format(w=written, p=product)))
        product = rng.choice(brand.context_words or tuple(PRODUCTS))
        for family, templates in (("reviews_news", REVIEWS), ("resale", RESALE)):
            for name, title, text in rng.sample(templates[0 if brand_part == "tune" else 1::2], 2):
                out.append(Case(family, brand_part, None, "viewer", name,
                                title.format(w=brand.mark, p=product),
                                text.format(w=brand.mark, p=product)))
        for name, title, text in AUTHORISED:
            out.append(Case("authorised_own_posts", brand_part, None, f"{brand.mark}授权店",
                            name.format(w=brand.mark), title.format(w=brand.mark, p=product),
                            text.format(w=brand.mark, p=product)))
        alike = words.ordinary_sound_alike(brand.mark)
        if alike:
            for name, title, text in SOUNDS_LIKE:
                out.append(Case("ordinary_sound_alikes", brand_part, None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
        for name, title, text in COMMON_SENSE.get(brand.mark, ()):
            out.append(Case("common_word_ordinary_sense", brand_part, None, "viewer", name,
                            title, text))
    more = random.Random(seed * 7919 + 1)
    for brand in suite_brands():
        brand_part = part(brand.mark)
        own = slice(0 if brand_part == "tune" else 1, None, 2)
        for _ in range(2):
            name, title, text = more.choice(INITIALS_OFFERS[own])
            product = more.choice(brand.context_words or tuple(PRODUCTS))
            written = words.initials(brand.mark, more)
            out.append(Case("initials", brand_part, brand, "seller", name,
                            title.format(w=written, p=product), text.format(w=written, p=product)))
        alike = words.ordinary_sound_alike(brand.mark)
        if alike:
            for name, title, text in more.sample(SOUNDS_LIKE_MORE[own], 2):
                out.append(Case("ordinary_sound_alikes", brand_part, None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
    return out + second_held_out(words) + tuning_round_four(words)
