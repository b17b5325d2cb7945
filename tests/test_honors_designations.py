"""Stage: honors. Levels read from who issued a title and from the contest a placing was won in;
roles designated at a rank; lists under a heading that restates a title the article granted.

One table per construction: (text, expected (recipient, honor, level, rule)). Every sentence here
was written for these tests (none is copied from the dev corpus)."""
from .test_honors import _honors, _table  # (each honour's evidence checked there)


CITY_OF_THE_AGENT = [  # 被X市…评为“全市Y”: 全市 is the agent's city, not the county-level city the report is from
    ("瑞安市司法局\n2024年，局法律援助中心主任刘海燕被温州市司法局评为“全市优秀法律援助工作者”。",
     [("刘海燕", "全市优秀法律援助工作者", "prefectural", "honors.passive")]),
    ("义乌市市场监管局\n今年，该局食品科被金华市人民政府授予“全市食品安全工作先进集体”称号。",
     [("该局食品科", "全市食品安全工作先进集体", "prefectural", "honors.passive")]),
    # the county recommends for its city's title (推选, no agent of 被): the report's own city, as before
    ("桐庐县妇联\n今年，县妇联推选市级最美家庭5户，评选县级最美家庭20户。",
     [("5户", "市级最美家庭", "prefectural", "honors.commend_counted"),
      ("20户", "县级最美家庭", "county", "honors.commend_counted")]),
]

CONTEST_AFTER_A_CLAUSE = [  # 在此前举行的X市…评比中: the contest after the clause names the placings' level
    ("青溪县教育局\n近日，全省中小学优质课评比揭晓，我县2名教师荣获省优质课一等奖。在此前举行的宁州市第八届中小学"
     "优质课评比中，我县9名教师获一等奖、12名教师获二等奖。",
     [("我县2名教师", "省优质课一等奖", "provincial", "honors.active"),
      ("我县9名教师", "一等奖", "prefectural", "honors.weak"),
      ("12名教师", "二等奖", "prefectural", "honors.weak")]),
]

PARTS_GRADED = [  # …获得X奖，其中，8人获金奖，39人获银奖: the parts' placings grade the award the sentence named
    ("青溪县教育局\n我县共有45名教师获得全市教学成果奖，其中，5人获特等奖，12人获一等奖。",
     [("45名教师", "全市教学成果奖", "prefectural", "honors.weak"),
      ("5人", "特等奖", "prefectural", "honors.weak"),
      ("12人", "一等奖", "prefectural", "honors.weak")]),
    ("青溪县妇联\n今年，城关镇32户家庭获得县文明家庭奖，其中12户获金奖。",
     [("城关镇32户家庭", "县文明家庭奖", "county", "honors.weak"),
      ("12户", "金奖", "county", "honors.weak")]),
    # an award with its own placing, then the next parts a comma on with a placing of the same series: that award's
    ("青溪县红十字会\n其中38人获全国无偿献血奉献奖金奖，61人获银奖，47人获铜奖。",
     [("38人", "全国无偿献血奉献奖金奖", "national", "honors.weak"), ("61人", "银奖", "national", "honors.weak"),
      ("47人", "铜奖", "national", "honors.weak")]),
    ("青溪县科技局\n某公司项目荣获江苏省科学技术奖一等奖，某研究院项目获评二等奖。",
     [("某公司项目", "江苏省科学技术奖一等奖", "provincial", "honors.active"),
      ("某研究院项目", "二等奖", "provincial", "honors.active")]),
    # no part (其中): a placing of no award named
    ("青溪县教育局\n张明获得全市教学成果奖，李华获一等奖。",
     [("张明", "全市教学成果奖", "prefectural", "honors.weak")]),
]

LIST_OF_A_SHORTENED_TITLE = [  # 5家企业获评先进企业 … then the list under the title in full: the body's level, not
    # that of another honour told just before the list
    ("青溪县工商联\n会上，县委、县政府对2024年度“百企帮百村”行动先进企业进行表彰，5家企业获评先进企业。其中，"
     "青溪县绿谷农业有限公司还入选全省“百企帮百村”行动典型案例。\n2024年度“百企帮百村”行动先进企业名单\n"
     "青溪县绿谷农业有限公司\n青溪县宏达建材有限公司\n",
     [("5家企业", "先进企业", "county", "honors.active"),
      ("青溪县绿谷农业有限公司", "全省“百企帮百村”行动典型案例", "provincial", "honors.active"),
      ("青溪县绿谷农业有限公司", "2024年度“百企帮百村”行动先进企业", "county", "honors.announce_lines"),
      ("青溪县宏达建材有限公司", "2024年度“百企帮百村”行动先进企业", "county", "honors.announce_lines")]),
]

DESIGNATED_ROLES = [  # a role one is designated to at a rank or by batch is a title; a post one is appointed to is not
    ("青溪县文化馆\n今年6月，王桂兰被省文化和旅游厅认定为省级非物质文化遗产代表性传承人。",
     [("王桂兰", "省级非物质文化遗产代表性传承人", "provincial", "honors.passive")]),
    ("青溪县文化馆\n李长生（竹编技艺）、赵玉梅（刺绣技艺）入选宁州市第四批市级非遗代表性传承人。",
     [("李长生", "宁州市第四批市级非遗代表性传承人", "prefectural", "honors.active"),
      ("赵玉梅", "宁州市第四批市级非遗代表性传承人", "prefectural", "honors.active")]),
    ("青溪县水利局\n今年，城关镇党委书记张强被任命为县级河长。", []),
    # 艺人 before the name is a line of work, like 教师 (剪纸艺人王桂兰: the person is 王桂兰), an ethnic note after it none
    ("青溪县文化馆\n今年6月，剪纸艺人王桂兰被省文化和旅游厅认定为省级非物质文化遗产代表性传承人。",
     [("王桂兰", "省级非物质文化遗产代表性传承人", "provincial", "honors.passive")]),
    ("木雕艺人杨建昌（白族）被大理州人民政府命名为“大理州非物质文化遗产代表性传承人”。",
     [("杨建昌", "大理州非物质文化遗产代表性传承人", "prefectural", "honors.passive")]),
]

HEADINGS_OF_GRANTED_TITLES = [  # 获评“X”… then 一、X集体（3个） / 二、X个人（2名）: the lists of those it granted;
    # under a heading that counts people, a row's name is a person's whatever it looks like
    ("青溪县少工委\n经评审，3个少先队集体、2名少先队员获评“红领巾奖章”二星章。\n一、红领巾奖章二星章集体（3个）\n"
     "青溪县第一小学少先队大队\n青溪县实验小学四（2）中队\n城关镇中心学校少先队大队\n二、红领巾奖章二星章个人（2名）\n"
     "青溪县第一小学　　王子涵\n城关镇中心学校　　其木格\n",
     [("3个少先队集体", "“红领巾奖章”二星章", "unknown", "honors.active"),
      ("2名少先队员", "“红领巾奖章”二星章", "unknown", "honors.active"),
      ("青溪县第一小学少先队大队", "红领巾奖章二星章集体", "unknown", "honors.announce_lines"),
      ("青溪县实验小学四（2）中队", "红领巾奖章二星章集体", "unknown", "honors.announce_lines"),
      ("城关镇中心学校少先队大队", "红领巾奖章二星章集体", "unknown", "honors.announce_lines"),
      ("王子涵", "红领巾奖章二星章个人", "unknown", "honors.announce_lines"),
      ("其木格", "红领巾奖章二星章个人", "unknown", "honors.announce_lines")]),
    ("青溪县团委\n青溪县优秀共青团员（3名）\n青溪县第一中学　　陈思远\n城关镇中心学校　　乌兰图雅\n青溪县第二中学　努尔兰·别克\n",
     [("陈思远", "青溪县优秀共青团员", "county", "honors.announce_lines"),
      ("乌兰图雅", "青溪县优秀共青团员", "county", "honors.announce_lines"),
      ("努尔兰·别克", "青溪县优秀共青团员", "county", "honors.announce_lines")]),
    # a heading naming a title no sentence granted, with no marker of one: no list
    ("青溪县少工委\n经评审，3个少先队集体获评“红领巾奖章”二星章。\n一、志愿服务集体（2个）\n青溪县第一小学少先队大队\n"
     "城关镇中心学校少先队大队\n",
     [("3个少先队集体", "“红领巾奖章”二星章", "unknown", "honors.active")]),
]


@_table(CITY_OF_THE_AGENT)
def test_city_of_the_agent(text, expected):
    assert _honors(text) == expected


@_table(CONTEST_AFTER_A_CLAUSE)
def test_contest_after_a_clause(text, expected):
    assert _honors(text) == expected


@_table(PARTS_GRADED)
def test_parts_graded(text, expected):
    assert _honors(text) == expected


@_table(LIST_OF_A_SHORTENED_TITLE)
def test_list_of_a_shortened_title(text, expected):
    assert _honors(text) == expected


@_table(DESIGNATED_ROLES)
def test_designated_roles(text, expected):
    assert _honors(text) == expected


@_table(HEADINGS_OF_GRANTED_TITLES)
def test_headings_of_granted_titles(text, expected):
    assert _honors(text) == expected


POST_THEN_NAME_ROWS = [  # a list's line: the post one holds (and where), then the name, padded or not
    ("青溪县委\n青溪县优秀共产党员（3名）\n城关镇东风村党支部书记　王建军\n青石镇卫生院院长　刘　华\n县第一中学教师　萧丽娟\n",
     [("王建军", "青溪县优秀共产党员", "county", "honors.announce_lines"),
      ("刘　华", "青溪县优秀共产党员", "county", "honors.announce_lines"),
      ("萧丽娟", "青溪县优秀共产党员", "county", "honors.announce_lines")]),
    ("青溪县委\n青溪县优秀党务工作者（2名）\n青石镇党委委员、组织委员　陈　静\n县医院党委书记　萧国平\n",
     [("陈　静", "青溪县优秀党务工作者", "county", "honors.announce_lines"),
      ("萧国平", "青溪县优秀党务工作者", "county", "honors.announce_lines")]),
]


NOT_WINNERS = [  # the review's cases: each rule of this file kept to its construction
    # nominees (拟命名名单, 拟获评…的名单) are no winners
    ("日前，宁州市文明办公示第三批“宁州市文明村镇”拟命名名单，我县东关村、青石村榜上有名。", []),
    ("县教育局\n现将拟获评“青溪县优秀教师”的教师名单：\n王晓雪（城关一小）\n刘振东（青溪中学）\n", []),
    # a verb's word inside a name after 表彰了…：(县创建办, 获嘉县) opens no clause of its own: the list is read
    ("大会表彰了新乡市先进集体——获嘉县人民医院、卫辉市第一中学。",
     [("获嘉县人民医院", "新乡市先进集体", "prefectural", "honors.commend_dash"),
      ("卫辉市第一中学", "新乡市先进集体", "prefectural", "honors.commend_dash")]),
    # under a heading that counts people: a post or a class after the unit is no person (团委书记, 初三年级)
    ("团县委\n青溪县优秀共青团员（3名）\n青溪县第一中学　　初三年级\n城关镇中心学校　　陈思远\n青溪县第二中学　　娜仁花\n",
     [("陈思远", "青溪县优秀共青团员", "county", "honors.announce_lines"),
      ("娜仁花", "青溪县优秀共青团员", "county", "honors.announce_lines")]),
    # a group counted in Chinese numerals in brackets (城区片（三名）) heads names, it is none
    ("会上，3名同志被评为“青溪县优秀网格员”，名单如下：\n城区片（三名）\n王　芳、李　明、陈　刚\n",
     [("3名同志", "青溪县优秀网格员", "county", "honors.passive"),
      ("王　芳", "青溪县优秀网格员", "county", "honors.announce_lines"),
      ("李　明", "青溪县优秀网格员", "county", "honors.announce_lines"),
      ("陈　刚", "青溪县优秀网格员", "county", "honors.announce_lines")]),
    # 评为 a rank's 艺人: a title, 艺人 a line of work before a name only
    ("县文联\n近日，剪纸传承人王桂兰被省文联评为省级民间艺人。", [("王桂兰", "省级民间艺人", "provincial", "honors.passive")]),
    # another body's generic title before (被省妇联评为“最美家庭”) lends no level to the report's own list
    ("县妇联\n我县张华家庭被省妇联评为“最美家庭”。今年以来，县妇联评选表彰了一批乡村最美家庭。\n2024年度乡村最美家庭名单\n"
     "王建国家庭\n李秀英家庭\n",
     [("张华家庭", "最美家庭", "provincial", "honors.passive"),
      ("王建国家庭", "2024年度乡村最美家庭", "unknown", "honors.announce_lines"),
      ("李秀英家庭", "2024年度乡村最美家庭", "unknown", "honors.announce_lines")]),
]


@_table(NOT_WINNERS)
def test_not_winners(text, expected):
    assert _honors(text) == expected


@_table(POST_THEN_NAME_ROWS)
def test_post_then_name_rows(text, expected):
    assert _honors(text) == expected
