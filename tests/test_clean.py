"""Stage: clean. Junk lines are recorded with their kind, and their numbers never become claims."""
import pytest

from extractor import extract
from extractor.stages.clean import MAX_SENTENCE, find_removed, kept_paragraphs, sentences
from extractor.text.script import working_copy

BODY = "今年以来，某县妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人，取得良好成效。"

ROWS = [
    ("想爆料?请登录阳光连线、拨打新闻热线0536-8198101提供新闻线索。", "hotline"),
    ("分享到: 微信 微博 QQ空间 | 打印 | 关闭", "share"),
    ("分享：微信　微博　复制链接", "share"),  # the share bar's label with its colon, then the platforms
    ("版权所有 某某日报社 鲁ICP备12345678号-1", "copyright"),
    ("主办单位：某县人民政府办公室　承办单位：某县融媒体中心", "copyright"),  # the site's owner
    ("青岚县人民政府办公室主办　青岚县大数据中心承办", "copyright"),  # ... and its operator, without their labels' colons
    ("青岚县人民政府 主办　　青岚县融媒体中心 承办", "copyright"),
    ("网站标识码：4211250001", "copyright"),
    ("·凡注明来源为“某某网”的所有作品，版权均属某某网所有。未经本网书面授权，不得转载。", "copyright"),
    ("广告合作请联系我们，诚邀各界合作伙伴", "ad"),
    ("★热门推荐★ 家用急救包限时特惠，满199元立减30元！点击抢购>>", "ad"),  # a shop's banner: no claims
    # a call to click that points at its link (an arrow, the address), whatever it sells
    ("驾考科目一速成班，包过不过退款，点击咨询→ http://www.jk-vip.cn/kf", "ad"),
    ("足浴理疗加盟，三个月回本，点击立即咨询→", "ad"),
    ("爆款农产品礼盒，立即购买享8折", "ad"),
    ("今日推荐：高山红心猕猴桃，产地直发，扫码下单立减20元！", "ad"),  # a shop's discount
    ("【特产寄全国】扫码下单首件立减5元，详询11183", "ad"),
    # a red packet to scan or click for (扫码领取…红包), whatever the page names it (round 151; corpus pages of r100-r134)
    ("🎁 新春福利：扫码领取66元打车红包，戳链接立即领", "ad"),
    # ...the offer longer between the verb and the red packet (round 159)
    ("点击领取 ｜ 会员专属最高666元现金红包，长按识别 >> https://t.cn/Xk93Lp", "ad"),
    # a coupon to click for, on offer for a time or while it lasts, with no link (round 167 ludian; corpus r160 aershan
    # with its link)
    ("【限时福利】点击领取50元话费券，先到先得！", "ad"),
    ("点击领取景区门票8折优惠券，限量300张", "ad"),
    # a shop's price list: its prices, its offer to the first buyers and the number to order by are no claims
    ("【好物推荐】野生山茶油礼盒，原价368元，现价228元，前50名下单加赠手工皂一块，全国包邮。订购热线：400-123-4567", "ad"),
    ("【广告】土鸡蛋30枚装 农家散养 顺丰包邮", "ad"),
    # a property's or a car's down payment: a sales line, its figures no claims
    ("滨江壹号院 样板间开放 首付仅需20万", "ad"),
    ("低价购车 首付3成开回家", "ad"),
    # ... in a sentence's commas, with the number to ask at (masked or not)
    ("【热点】滨江二手房急售，首付8万起，详询 139****2260", "ad"),
    ("县城新房特价清盘，首付6万起，欢迎详询", "ad"),
    # a seller's offer at a price, or a number to add on WeChat, on a line of its own: no claims
    ("★摄影器材团购　全画幅微单限时特价12999元　详询0745-2236000★", "ad"),
    ("椰子糖 椰子粉 海南特产批发 一箱只要88元 微信同号1389xxxx", "ad"),
    ("土蜂蜜 农家自产 微信同号：13912345678", "ad"),
    # a seller's offer closed by a contact to add (咨询微信, 加QQ): an ad, its figures no claims
    ("推荐：考前押题班 通过率98% 名额仅剩20个 咨询微信ks2024", "ad"),
    ("会计职称冲刺课 限时优惠 加微信kj8866领取资料", "ad"),
    # ... and a sale (半价, 下单, 立减) with a WeChat or a number to ask at, its commas whatever (round 165 liuzhi; corpus
    # r164 tantang, r107 wuchang, r82 luliang, under their 【广告】 labels or none)
    ("【限时福利】岚州好物节开抢啦！土特产礼盒第2件半价，前50名下单再送茶叶1盒，详询微信：lz66xxx", "ad"),
    ("新春年货节，扫码进群下单立减30元，详询VX：nh2024", "ad"),
    ("岚州特产寄全国，扫码下单首件立减8元，详询0791-1234567", "ad"),
    # a booking's call to act, its price before it (round 174 xiufeng; corpus r105 miyun's 【广告】 line)
    (">> 两日游特价线路 低至299元 立即预订", "ad"),
    ("古北口冰雪季火热开启 门票低至98元 立即预订>>", "ad"),
    ("诚邀凯时棋牌的合作伙伴，注册送88元", "spam"),
    ("首页 | 新闻中心 | 上一篇 | 下一篇", "navigation"),
    # a row of links to other sites under its label, however long
    ("相关链接：中国政府网 | 福建省人民政府 | 宁州市人民政府 | 岚澳县融媒体中心 | 岚澳县人民政府门户网站 | 岚澳县统计局", "navigation"),
    # a link under its bracketed label, on the label's own line: another page's headline, its figures no claims
    ("【相关链接】桃源县油茶文化节开幕 八万亩茶园迎客来", "navigation"),
    ("【延伸阅读】全市今年新建口袋公园36个", "navigation"),
    # a share bar kept as markup: its tags blanked, the line is short in what it shows
    ('<div class="share-bar">分享到：<a class="weixin" href="#">微信</a><a class="weibo" href="#">微博</a><a class="qzone">QQ空间</a></div>',
     "share"),
    ("index_new5.html", "markup"),
    ("责任编辑:陆迪", "byline"),
    ("文 李明 图 王芳", "byline"),
    # a WeChat post's collections, counted: the account's page, not the body's work
    ("收录于合集 #志愿服务 36个 #工会动态 58个", "header"),
    ("收录于话题 #乡村振兴 21个", "header"),
    ("#法治沂南 126个", "header"),  # the collection's tag alone on its line
    # a CMS's subject line under the article (主题, 主题分类, 主题词), with its tags: the page's, not the body's
    ("主题：县妇联　表彰　最美家庭", "header"),
    ("主题分类：民政、扶贫、救灾　　文号：无", "header"),
    ("扫码下载“清河发布”客户端，新用户注册即送50元话费！", "share"),  # the app's prompt, not the body's
    ("#乡村振兴#　#积分超市#　#新时代文明实践#", "share"),  # a line of topic tags, each closed by its #
    ("#全民健身# #第七届全民健身运动会#", "share"),
    ("版权所有：某县残疾人联合会　地址：某县城关镇中华路88号　联系电话：0710-7221234", "hotline"),
    # a link to a notice that publishes numbers (公布…电话) is the page's navigation, not a number the body opened
    ("下一篇：关于公布县退役军人服务站联系电话的公告", "navigation"),
]


@pytest.mark.parametrize("line,kind", ROWS, ids=[r[1] + str(i) for i, r in enumerate(ROWS)])
def test_junk_lines_are_removed_with_their_kind(line, kind):
    text = f"{BODY}\n{line}\n"
    removed = find_removed(working_copy(text).text)
    assert [r.kind for r in removed] == [kind]
    assert removed[0].start >= len(BODY)


def test_a_number_to_call_at_the_end_of_a_prose_line_is_cut_from_the_separator():
    line = "据悉，东山社区曾被评为全市五星级“和谐社区”。居民如有需求，可拨打社区服务电话0591-87654321咨询。"
    removed = find_removed(working_copy(line).text)
    assert len(removed) == 1 and line[removed[0].start:].startswith("可拨打")
    assert "东山社区" in [h.recipient for h in extract(line).honors]


PROSE = ("清晨六点半，来榜镇卫生院院长储银华已经背上药箱，沿着山路赶往白沙村。他带领卫生院新建业务综合楼3200平方米，"
         "年门诊量达4.1万人次。")


@pytest.mark.parametrize("furniture", [
    # a page whose line breaks were lost: the footer glued to the last paragraph, a phone after its 版权所有
    "（通讯员 汪晓燕）上一篇：来榜镇卫生院开展义诊活动下一篇：全县为1.2万名老年人体检版权所有：岳西县卫生健康委员会　电话：0556-2171234",
    "Copyright © 2024 某县人民政府 版权所有 皖ICP备11002345号-1",
])
def test_page_chrome_glued_to_a_paragraph_is_cut_after_its_last_sentence(furniture):
    text = PROSE + furniture
    removed = find_removed(working_copy(text).text)
    assert [r.start for r in removed] == [len(PROSE)]
    assert ("业务综合楼", 3200) in [(c.metric, c.value) for c in extract(text).claims]


@pytest.mark.parametrize("paragraph, kept", [
    ("强化法律援助。全年为农民工提供法律咨询520人次，调处欠薪纠纷36件，追回工资280余万元。农民工维权热线0371-6612345全天候接听。",
     {("法律咨询", 520), ("欠薪纠纷", 36), ("追回工资", 2800000)}),
    ("在日常管护上，该局组建河道保洁队伍12支，聘用保洁员150余名，全面落实河长制，实行网格化管理。群众如发现河道垃圾，可拨打河长制监督热线0851-5321234反映。",
     {("河道保洁队伍", 12), ("聘用保洁员", 150)}),
    # an indented paragraph, the hotline's sentence right after a full stop
    ("　　强化法律援助。全年为农民工提供法律咨询520人次，调处欠薪纠纷36件，追回工资280余万元。农民工维权热线0371-6612345全天候接听。",
     {("法律咨询", 520), ("欠薪纠纷", 36), ("追回工资", 2800000)}),
])
def test_the_sentences_before_a_hotline_s_sentence_are_the_body_s_report(paragraph, kept):
    """A paragraph that closes with the hotline readers may call: only that sentence is furniture."""
    removed = find_removed(working_copy(paragraph).text)
    assert [r.start for r in removed] == [paragraph.rindex("。", 0, paragraph.index("热线")) + 1]
    assert {(c.metric, c.value) for c in extract(paragraph).claims} == kept


@pytest.mark.parametrize("line", [
    # a hotline before the chrome still takes its line whole (稿酬500元 is no claim)
    "欢迎广大读者提供新闻线索，我们将认真核实每一条线索并及时反馈处理结果。新闻热线：0576-12345678，线索一经采用即付稿酬500元。分享到：",
    # too little prose before the chrome: the line is furniture as a whole
    "本网讯。版权所有：某县融媒体中心",
])
def test_a_line_that_is_not_prose_with_chrome_glued_is_taken_out_whole(line):
    removed = find_removed(working_copy(line).text)
    assert [r.start for r in removed] == [0]


@pytest.mark.parametrize("comments", [
    "网友评论：\n东工小团子　2025-05-05 20:13\n为186名优秀团员点赞！学院团委获评全国五四红旗团委，实至名归\n发表评论 | 共1条评论",
    "精选留言（2）\n清风\n我们村去年获评省级文明村，开展志愿活动30多场！\n老李\n点赞12个社区的好做法",
])
def test_the_lines_under_a_comments_heading_are_readers_words(comments):
    prose = ("全县妇联持续深化家庭文明建设，推动各项工作落地见效，群众满意度不断提升，社会反响良好，受到广泛好评。\n"
             "各乡镇妇联积极行动，组织开展形式多样的宣传活动，营造了浓厚的社会氛围，赢得了广大群众的支持和参与。")
    text = f"{BODY}\n{prose}\n{comments}\n"  # (comments below the body, in the page's second half)
    article = extract(text)
    assert article.honors == []
    assert [c.value for c in article.claims] == [128, 15000]


def test_comments_closed_by_their_button_are_readers_words_wherever_they_stand():
    footer = "".join(f"相关阅读：某县召开第{i}次工作会议\n" for i in range(11)) + "版权所有 某县人民政府\n"
    text = f"某村开展活动\n{BODY}\n网友评论：\n游客 2025-01-01\n我村李秀英荣获“全国三八红旗手”称号，为她点赞！\n发表评论\n{footer}"
    assert extract(text).honors == []


def test_a_comments_button_near_the_top_leaves_the_body_after_it():
    text = (f"某县妇联召开表彰大会\n网友评论（0）\n{BODY}\n全年举办家政培训班20期，培训城乡妇女1200人次。\n"
            "结对帮扶困境儿童96名，发放助学金5万元。\n责任编辑：张三\n")  # (a furniture line after the body too)
    assert [c.value for c in extract(text).claims] == [128, 15000, 20, 1200, 96, 50000]


def test_spam_injected_into_a_title_is_cut_from_the_separator():
    title = "衡水市总170万元关爱金情暖职工-m6米乐网页版"
    removed = find_removed(title)
    assert len(removed) == 1 and title[removed[0].start:] == "m6米乐网页版"


@pytest.mark.parametrize("links", [
    "相关阅读：\n· 我县3个村入选省级森林村庄名单\n· 县林业局召开2024年秋冬季森林防火工作会议",
    "相关新闻\n·城东社区被评为全市文明社区\n·我县举办首届职工篮球联赛 32支队伍同场竞技",
    "相关链接：\n· 县残联荣获“全省残疾人工作先进集体”称号\n· 我县三个社区入选省级和谐社区名单",
    "延伸阅读\n• 城南街道获评全市平安建设先进街道\n• 全县新增就业岗位1200个",
    "【相关专题】\n■ 深化基层治理\n· 城北街道入选全国社区治理和服务创新实验区\n· 城北街道今年新增加装电梯36部",
    "往期推荐\n▶ 县科协召开2024年度工作总结会\n▶ 科普进校园 点亮科学梦",
])
def test_the_links_under_a_related_reading_heading_are_furniture(links):
    """相关阅读 and the bulleted titles of other pages under it: their honours and counts are theirs."""
    text = f"{BODY}\n{links}\n版权所有 某县融媒体中心\n"
    removed = find_removed(working_copy(text).text)
    assert [r.rule for r in removed][:3] == ["clean.navigation.related", "clean.navigation.related_link",
                                            "clean.navigation.related_link"]
    article = extract(text, id="links")
    assert article.honors == [] and {c.value for c in article.claims} == {128, 15000}


def test_a_bulleted_list_of_the_body_stays():
    text = f"{BODY}\n主要做法：\n· 开展送教上门服务30次\n· 走访困难家庭120户\n"
    assert find_removed(working_copy(text).text) == []
    assert {c.value for c in extract(text, id="list").claims} == {128, 15000, 30, 120}


def test_numbers_in_junk_never_become_claims():
    text = f"{BODY}\n齐鲁网广告热线0536-8198101，诚邀凯时棋牌合作，充值返利200万元。\n"
    article = extract(text, id="junk")
    assert {c.value for c in article.claims} == {128, 15000}
    assert any(r.kind in ("hotline", "ad", "spam") for r in article.removed)
    for r in article.removed:
        assert text[r.span.start:r.span.end] == r.text


@pytest.mark.parametrize("text", [
    "四、无障碍环境建设行动\n完成困难家庭无障碍改造200户，新建无障碍坡道56处。\n",
    # a report on a shopping season names its vouchers and sales, which are the body's facts
    "消费季期间，全县发放满200元减50元消费券1.2万张，带动消费3600万元，群众踊跃购买特色农产品。\n",
    "全市发放餐饮消费券2000万元，满100减30，拉动消费1.2亿元。\n",
    # ... and how its residents claim them, on a line of its own (点击领取 with no offer's time or stock)
    "市民可通过“i青岚”小程序点击领取消费券，每人每次限领1张\n",
    # a hotline's work counted (接听咨询电话1080个): no number to call, no furniture
    "二是守护青少年健康成长。“12355”青少年服务台接听咨询电话1080个，开展心理辅导190余人次，新建“青少年之家”6个。\n",
    # ... or its calls counted right after 热线 (接听心理咨询热线460余个, 热线1200多通): a count, no number to call
    "12355青少年服务台全年接听心理咨询热线460余个，协助处置心理危机个案9例。二是全县28所中小学建成心理驿站。\n",
    "全年受理市民热线1200多通，办结率98%。\n",
    # 注册, 登录 inside a word of the body (注册志愿者) are no menu's
    "新增注册志愿者　　　　　　　0.87万人\n",
    # a hotline the body opened or published, with its number: the body's work, told with what it did
    "开通“惠民售粮”服务热线（0551-6612345），累计接听农户咨询110余个，办结率100%。\n",
    "推行24小时值班接运制度，向社会公布服务热线0736-5812345，全年接听群众咨询电话3100余个。\n",
    "优化便民服务。设立旅游咨询服务点15个；开通旅游服务热线0563-2812345，假期受理咨询电话1360余个。\n",
    # …or the consulting number it opened (开通…咨询电话), the work it handled after it
    "开通售粮咨询电话0456-7123456，受理咨询及问题反映260件，办结率100%。\n",
    "设立矛盾纠纷举报电话0731-4812345，全年受理群众举报86件，全部按期办结。\n",
    # a report that names 包邮 or a former price in its prose is no shop's line
    "全县实现农产品快递包邮进村，全年网络销售额达1200万元。\n",
    "将原价680元的体检套餐降至198元，惠及群众1.2万人。\n",
    # a sentence that names a topic tag is prose, not a line of tags
    "围绕#乡村振兴#话题，组织网络主题宣传12期，阅读量达3.6万次。\n",
    "# 一、强化技能培训 #\n",  # a heading set between marks: a blank inside, no tag
    # a bracketed label before the body's own sentences (closed by 。): prose, not a link
    "【延伸阅读】今年以来全县新建高标准农田3.2万亩。\n",
    # a work's credit right under the work, in a list of winners: no page byline
    "一等奖\n书法《青岚赋》（行书）\n　　作者：周立新\n摄影《石门晨曦》\n　　作者：吴海燕\n",
    # a two-letter name padded to align a list, whose surname is a credit's label (图, 文): a row, no byline (round 174
    # zhalute; corpus r15 pengxi, r127 shangli)
    "一、青岚旗三八红旗手（3名）\n萨仁高娃　　　巴彦塔拉苏木中心校教师\n图　雅　　　　青岚旗蒙古族中学教师\n文　杰　指挥中心民警\n"
    "文　斌（城市管理局环卫工人）\n",
])
def test_body_lines_with_common_words_are_kept(text):
    assert find_removed(working_copy(text).text) == []


@pytest.mark.parametrize("figure_at", [MAX_SENTENCE - 2, MAX_SENTENCE - 1, MAX_SENTENCE, MAX_SENTENCE + 1])
def test_a_sentence_cut_for_length_never_splits_a_figure(figure_at):
    text = "开" * figure_at + "128场次" + "多" * 600 + "。"
    cuts = [end for _, end in sentences(text, [(0, len(text))])][:-1]
    figure = range(figure_at + 1, figure_at + 3)  # the places between 1|2 and 2|8
    assert cuts and not any(c in figure for c in cuts)


@pytest.mark.parametrize("prefix_len", [392, 396, 397, 398])
def test_every_claim_lies_inside_its_sentence_span(prefix_len):
    text = "街道妇联" + "开展" * (prefix_len // 2) + "活动128场次服务群众" + "很多" * 250 + "。"
    article = extract(text)
    assert article.claims
    for c in article.claims:
        assert c.sentence_span.start <= c.span.start and c.span.end <= c.sentence_span.end


BODY_STARTS = [
    ("标题一行\n某县妇联" + "开展宣讲" * 7 + "，成效良好。", 5),  # 30 Chinese characters and a comma: prose
    ("标题一行\n" + "短句" * 14 + "，尾。", 0),  # 29 Chinese characters: no paragraph is prose, the first is the body's
    ("标题\n" + "某" * 30 + "\n" + "某" * 30 + "a。", 34),  # no mark in the one before
    ("标题\n" + "某" * 29 + "a,\n" + "某" * 30 + "。", 35),  # a letter is no Chinese character
    ("", 0),
]


@pytest.mark.parametrize("text,start", BODY_STARTS)
def test_the_body_starts_at_the_first_paragraph_of_prose(text, start):
    from extractor.stages.clean import body_start, kept_paragraphs

    assert body_start(text, kept_paragraphs(text, [])) == start


@pytest.mark.parametrize("ad", ["【广告】城南酸枣糕 产地直发 5斤装仅需19.9元", "[广告] 买二送一，限时抢购999元",
                                "【推广】冬日温泉季 双人套票仅售168元", "[推广] 老年助听器体验周 首付99元"])
def test_a_tagged_ad_line_is_junk(ad):
    """【广告】, 【推广】 opening a line in the body: an advertisement, its figures no claims."""
    text = f"{BODY}\n{ad}\n"
    assert [r.kind for r in find_removed(working_copy(text).text)] == ["ad"]
    assert {c.value for c in extract(text, id="ad").claims} == {128, 15000}


@pytest.mark.parametrize("ad", ["热门推荐：温泉度假套票低至168元 点击预约>>", "免费领取：2026最新社保政策资料包，点击进入>>",
                                "【推荐】少儿编程体验课限时开放，点击了解>>", "【推荐】低价购车 首付仅需9800元 点击咨询>>"])
def test_a_click_through_line_is_junk(ad):
    """点击进入>>, 点击了解>>: a line that sends the reader to an offer, its figures no claims."""
    text = f"{BODY}\n{ad}\n"
    assert [r.kind for r in find_removed(working_copy(text).text)] == ["ad"]
    assert {c.value for c in extract(text, id="ad").claims} == {128, 15000}


@pytest.mark.parametrize("junk", ["【推荐】澳门葡京官方娱乐 注册即送88元彩金 >>>", "XX娱乐 注册即送58元 永久网址 xx88.vip",
                                  "新用户首存即得38元彩金 永久网址 xx88.vip", "【推广】鸿运28 注册即送88元彩金 首充返水1.8%",
                                  "⊙ 点击领取春节红包 日赚500元不是梦 >>>",
                                  "澳门威尼斯人官方直营 首充即送58元 百家乐 老虎机 24小时在线 www.vns8866.com",
                                  "【亚博体育官方网站 首存即送100%】",
                                  # an offer in a sentence's commas that ends on its link: the whole line, what
                                  # stands before the casino's word too
                                  "【金沙娱乐官网】新会员注册即送168元彩金，电子游艺、捕鱼全天在线，www.js888vip.net",
                                  "今日足彩推荐 稳赚不赔 命中率96% 👉 https://zq-99.top",
                                  # a sign-up bonus in a sentence's commas with its contact, no link: the whole line
                                  "精选推荐：某某体育官方入口，新用户注册即送66元体验金，全天客服在线，微信：ty6688",
                                  "热点资讯：某某国际平台，新会员注册即送88元体验金，24小时客服在线",
                                  "精彩推荐：某某国际，新会员注册即送88元体验金，首存再送58元",
                                  # a job scam's offer with its contact, no sentence stop
                                  "高薪兼职日结200元 手机操作 在家就能做 加QQ 1234567890",
                                  "足不出户日赚500元 宝妈兼职 名额有限",
                                  # ... and with its commas, a comment's (no sentence stop: a warning against it has one, or says 诈骗)
                                  "网友3306：宝妈在家兼职，日结150元，有意加QQ 3385216690",
                                  "热心读者：手机刷单，一单一结，每天200元，加微信 sd8866"])
def test_a_gambling_line_is_junk(junk):
    """葡京, 注册即送, 彩金: a casino's offer injected into the page, its figures no claims; what opens it on its
    line goes with it where it is junk of its own (【推广】)."""
    text = f"{BODY}\n{junk}\n"
    removed = find_removed(working_copy(text).text)
    assert [(r.kind in ("spam", "ad"), text[r.start:r.end]) for r in removed] == [(True, junk)]
    assert {c.value for c in extract(text, id="spam").claims} == {128, 15000}


@pytest.mark.parametrize("line", ["县文旅局推出文旅惠民卡，游客注册即送20元体验金，吸引游客8万人次",
                                  "开展高校毕业生兼职实习对接会6场 提供实习名额860个",
                                  "（一）开通医保政策咨询微信群18个", "参加微信直播培训12场",
                                  "警惕兼职刷单骗局，切勿添加陌生QQ 3385216690，遇到诈骗请拨打96110",
                                  "县公安局提醒：“扫码领取红包”是常见骗局，切勿点击陌生链接",
                                  # a body's own recruiting or housing policy, a number to ask at with it (review 61)
                                  "县人社局开展兼职网格员招聘，录用36人，咨询微信：rsj12333",
                                  "县公积金中心支持刚需购房，首付比例降至2成，今年已发放贷款860笔，详询12329"])
def test_a_report_line_with_a_bonus_or_a_part_time_post_is_news(line):
    """注册即送20元体验金 on a line that names no platform nor contact, 兼职 or 微信 with no contact to add: the report's own
    words."""
    text = f"{BODY}\n{line}\n"
    assert find_removed(working_copy(text).text) == []


@pytest.mark.parametrize("line", ["群众办理居住证只需缴纳工本费，特价药品仅需5元。", "助农直播间推出的滞销柑橘低至2元一斤，当天售出3万斤。",
                                  "今年惠民保保费仅需69元，最高可报销300万元，全县参保群众达12.6万人！",
                                  "消费券使用后，家电最低只要999元，带动消费2300万元"])
def test_a_price_in_a_sentence_is_news(line):
    """仅需5元。, 低至2元一斤，…售出: a price the report tells in its sentences, not a seller's line."""
    text = f"{BODY}\n{line}\n"
    assert find_removed(working_copy(text).text) == []


@pytest.mark.parametrize("line", ["今年以来，市住房公积金中心发放贷款12亿元，首套房首付2成。", "我市公积金新政：首套房首付2成"])
def test_a_housing_policy_s_down_payment_is_news(line):
    """首付2成 in a sentence or after a headline's colon: the policy told, not a sales line."""
    text = f"{BODY}\n{line}\n"
    assert find_removed(working_copy(text).text) == []


def test_a_warning_against_a_casino_with_its_link_to_report_is_kept():
    """提醒…都是诈骗，举报请登录www…: a police warning that names the casino's words and a link to report it, no offer."""
    text = f"{BODY}\n县公安局提醒：凡是宣称“稳赚不赔”的投注网站都是诈骗，举报请登录www.12321.cn\n"
    assert find_removed(working_copy(text).text) == []


def test_a_warning_against_a_scam_s_offer_is_prose():
    """“日赚500元”都是诈骗 in a police report's sentence: the offer's words quoted in prose, which a line of junk
    never is (it holds no comma or full stop); the work reported beside them stays."""
    text = (f"{BODY}\n县公安局深入开展反诈宣传，提醒群众“刷单返利、日赚500元”“注册即送彩金”都是诈骗，"
            "全年共劝阻群众1200人次，挽回损失86万元。\n")
    assert find_removed(working_copy(text).text) == []
    assert {c.value for c in extract(text, id="prose").claims} >= {1200, 860_000}


def test_a_body_line_that_mentions_a_related_word_stays():
    """相关报道 inside a sentence is no related-reading heading: the lines under it are the body's."""
    text = "红旗村的做法得到央视等媒体的相关报道。近年来，该村荣誉不断：\n◆2019年，红旗村被评为省级文明村；\n"
    assert find_removed(working_copy(text).text) == []


@pytest.mark.parametrize("text,kept,cut", [
    # spam injected into a line the body's work opened (开通…电话) is cut; the work stays
    ("开通售粮咨询电话0456-7123456，受理咨询260件，办结率100%。新葡京娱乐城注册送88元彩金", ["260件", "100%"], "spam"),
    # a footer run on into it (版权所有, 访问人数): the footer's row cuts the line
    ("本网站开设服务电话0736-5812345　版权所有：某县应急管理局　访问人数：35621", [], "copyright"),
])
def test_junk_on_a_line_of_the_body_s_own_hotline_is_still_cut(text, kept, cut):
    article = extract(text)
    assert [c.raw for c in article.claims] == kept
    assert [r.kind for r in article.removed] == [cut]


@pytest.mark.parametrize("text,kept", [
    # a share alone on its line under its label (a page of figures set large) is a paragraph of the body
    ("抽检合格率\n98.4%\n", ["抽检合格率", "98.4%"]),
    ("诉求办结率\n  98.7% \n", ["诉求办结率", "98.7%"]),
    # ... not a figure with no label line right above it, nor one that is no share
    ("98.4%\n抽检合格率\n", ["抽检合格率"]),
    ("抽检合格率\n\n98.4%\n", ["抽检合格率"]),
    ("完成量\n2318\n", ["完成量"]),
    # ... nor under a label that names no rate (a poll's answer, 教育 / 35%) (review 66)
    ("民意调查结果\n教育\n35%\n", ["民意调查结果", "教育"]),
])
def test_chinese_less_lines_are_dropped_but_a_share_under_its_label(text, kept):
    norm = working_copy(text).text
    assert [norm[a:b] for a, b in kept_paragraphs(norm, find_removed(norm))] == kept


@pytest.mark.parametrize("line", [
    # a service number whose next letters are a word, no count (人工服务, 件件有回应, 次日) (review 66)
    "市民可拨打政务服务热线12345人工服务。\n",
    "举报热线12315件件有回应。\n",
])
def test_a_hotline_number_before_a_word_is_cut(line):
    removed = find_removed(working_copy(line).text)
    assert [r.kind for r in removed] == ["hotline"]
