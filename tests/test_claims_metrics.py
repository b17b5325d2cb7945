"""Stage: claims, what each number counted (`claims._METRICS`, the readings tried in order).

The metric is "the shortest noun phrase that says what was counted, as written" (ANNOTATION.md): not
a scope (该市, 全街, 全县), not a place standing before the figure, not a bare verb (完成, 开展).
Where the noun stands on the far side of a verb or after the figure, one rule decides:
- a noun phrase right after the measure word is what was counted (聘请28名|法律顾问), unless a verb
  opens it while a noun phrase precedes the count (招募志愿者90名|担任辅导员), or the number is a
  sum, rate or measure that names its noun before it (贷款1000万元);
- else the phrase before the number, back to the last verb that takes it as object
  (培训|农村妇女|2000人次): a scope, a place or a body name opening it is dropped;
- when that verb stands right before the number it is what was counted (全县累计培训|1200人次),
  or the head of a noun after a noun (技术指导|210次); a verb that says nothing (完成, 开展) leaves
  no metric there.
Rows are (text, the number as written, the metric exactly, the reading's id); all sentences are
written for these tests, and every reading has at least two rows of its own."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.stages import claims
from extractor.stages import doc as d

ROWS = [
    # 村 after a measure word the tagger glues to it (个村) and tags zg: the villages counted (round 174 tieshangang's
    # shape; corpus r15 leishan, r9 shimen, r3 qionglai), not the examples before 等 nor the verb's object after
    ("团区委在北暮村、白龙村等6个村开设“七彩假期”课堂。", "6个", "村", "claims.metric_after"),
    ("今年在12个村建成农家书屋。", "12个", "村", "claims.metric_after"),
    # 青年 is the young people counted, no time (jieba's dictionary tags it one)
    ("全年培训电商人才3200人次，其中返乡青年1150人。", "1150人", "青年", "claims.metric_before"),
    ("全县吸纳就业1200人，其中青年680人。", "680人", "青年", "claims.metric_before"),
    # an age after the count, with its bound (65岁及以上), is passed over: the people it qualifies were counted;
    # 上门 (to call at the home) is a verb after them, no word of theirs
    ("累计为辖区1872名65岁及以上老年人完成健康体检。", "1872名", "老年人", "claims.metric_after"),
    ("全年为辖区2360名70周岁及以上老年人上门送医送药。", "2360名", "老年人", "claims.metric_after"),
    ("社区卫生服务站为辖区17名高龄老人上门体检。", "17名", "高龄老人", "claims.metric_after"),
    # a relative clause after the count, of a state (生活困难, 经营困难) or of a condition met (符合条件): its head is
    # what was counted
    ("县总工会走访慰问32户生活困难的老党员。", "32户", "老党员", "claims.metric_after"),
    ("法院为15家经营困难的小微企业减免诉讼费。", "15家", "小微企业", "claims.metric_after"),
    ("为46名符合条件的低保对象补发救助金。", "46名", "低保对象", "claims.metric_after"),
    # the value a change reaches: the phrase before 由 (or 从) names it, past the starting value
    ("全镇农村自来水普及率由85%提高到98.6%。", "98.6%", "农村自来水普及率", "claims.metric_change"),
    ("村集体经济收入从2020年的不足10万元增长到2023年的46万元。", "46万元", "村集体经济收入", "claims.metric_change"),
    ("参保人数也从3200人增至5100人。", "5100人", "参保人数", "claims.metric_change"),
    # a value (价值, 折合) prices the goods named before it: a list of examples ending in 等, or a list a cut word
    # stands inside (慰问金及|慰问|物资), is read whole; a noun of its own after 等 is the shortest phrase
    ("为山区学校捐赠课桌椅、图书等价值约12万元。", "约12万元", "课桌椅、图书等价值", "claims.metric_before"),
    ("走访困难职工，发放慰问金及慰问物资折合人民币8.6万元。", "8.6万元", "慰问金及慰问物资折合人民币", "claims.metric_before"),
    ("捐赠大米、食用油等生活物资折合人民币3万元。", "3万元", "生活物资折合人民币", "claims.metric_before"),
    # …and the value before the goods (价值|5万元|的X): the goods after 的
    ("春节前，为困难群众送去价值5万余元的米、面、油等慰问品。", "5万余元", "米、面、油等慰问品", "claims.metric_before"),
    ("走访慰问困境儿童，发放价值3.6万元的书包、文具等学习用品。", "3.6万元", "书包、文具等学习用品", "claims.metric_before"),
    ("购置价值50万元的检测设备用于食品快检。", "50万元", "检测设备", "claims.metric_before"),  # the goods end at a verb
    # the count after a bound turned down counts what the bound qualifies (其中5亿元以上|项目2个)
    ("全年引进亿元以上项目9个，其中5亿元以上项目2个。", "2个", "5亿元以上项目", "claims.metric_before"),
    ("全镇村级集体经济收入超50万元的村达9个。", "9个", "村级集体经济收入超50万元的村", "claims.metric_before"),
    # a bracketed aside of figures before the number (任务（5.2万亩、3.1万吨）的) is passed over: the phrase before it
    ("全县播种面积5.3万亩、总产量3.2万吨，分别完成市下达任务（5.2万亩、3.1万吨）的101.9%和103.2%。", "101.9%", "市下达任务",
     "claims.metric_before"),
    ("全年新增城镇就业1.2万人，完成年度目标任务（1.1万人）的109%。", "109%", "年度目标任务", "claims.metric_before"),
    # a noun that ends on the count's unit (农户|186户, 脱贫户|38户) names what was counted, whatever follows the count (发展香菇,
    # 入社: what they did); round 167 puxian, corpus r113 xinbin, r12 pizhou, r85 menyuan, yunxiu-tuanxianwei
    ("合作社带动周边农户186户发展香菇种植。", "186户", "周边农户", "claims.metric_before"),
    ("吸纳脱贫户38户入社，户均分红1200元。", "38户", "脱贫户", "claims.metric_before"),
    ("慰问困难户52户过好春节。", "52户", "困难户", "claims.metric_before"),
    # the noun phrase a measure word introduces
    ("聘请28名法律顾问，为群众提供服务。", "28名", "法律顾问", "claims.metric_after"),
    ("新招募320名青年志愿者。", "320名", "青年志愿者", "claims.metric_after"),
    ("孙家村30户贫困户全部脱贫。", "30户", "贫困户", "claims.metric_after"),
    # after 为 and its count, a relative clause (…的) says which of them: the noun after it, up to the clause's verb
    # (round 166 dangxiong's 为27名无法到校就读的…; corpus r84 rongshui, r108 mianzhu and eleven more 为N名…的…发放/提供)
    ("为32名行动不便的老人提供上门服务。", "32名", "老人", "claims.metric_after"),
    ("为268名因病住院的困难职工发放慰问金。", "268名", "困难职工", "claims.metric_after_verb"),
    ("为35名符合条件的困难群众发放救助金。", "35名", "困难群众", "claims.metric_after"),
    # a noun jieba's dictionary tags as a verb (选手), mended by segment.userdict.tsv: the names before 等
    # are examples of what was counted, not its name
    ("来自全县各乡镇的84名选手参加比赛。", "84名", "选手", "claims.metric_after"),
    ("本届全民运动会共设田径、游泳等18个大项96个小项。", "18个", "大项", "claims.metric_after"),  # 大项: tagged m
    ("李强、王芳等10名选手获评“优秀救护员”。", "10名", "选手获评“优秀救护员”", "claims.metric_after"),
    # counted honours: the holders and the title they received (annotators name either)
    ("5名青年获评优秀志愿者。", "5名", "青年获评优秀志愿者", "claims.metric_after"),
    ("16名职工荣获市五一劳动奖章。", "16名", "职工荣获市五一劳动奖章", "claims.metric_after"),
    ("全镇3名“五老”获评全市关心下一代工作先进个人。", "3名", "“五老”获评全市关心下一代工作先进个人",
     "claims.metric_after"),
    ("表彰张华等9名东阳市优秀团干部。", "9名", "优秀团干部", "claims.metric_after"),
    # an ordinal and its measure word are passed over; after a quoted name a verb before a noun modifies it
    ("表彰王丽、张强等12名第三届石门县优秀志愿者。", "12名", "优秀志愿者", "claims.metric_after"),
    ("评选出6个“巾帼文明”示范岗。", "6个", "“巾帼文明”示范岗", "claims.metric_after"),
    ("命名8个“红色物业”示范小区。", "8个", "“红色物业”示范小区", "claims.metric_after"),
    ("全县38名运动员参加比赛，6人获奖。", "38名", "运动员", "claims.metric_after"),
    # the verb of the level a rate reached (提高到, 提升至, 上升到; the tagger cuts 提高|到) is no part of its name
    ("全县森林覆盖率提高到73.6%。", "73.6%", "森林覆盖率", "claims.metric_before"),
    ("空气质量优良率上升到92.5%。", "92.5%", "空气质量优良率", "claims.metric_before"),
    ("城乡居民医保参保率提升至96%。", "96%", "城乡居民医保参保率", "claims.metric_before"),
    # ... and of the time a service was cut to (压缩至, 缩短到)
    ("出口退税平均办理时间压缩至2.6个工作日。", "2.6个工作日", "出口退税平均办理时间", "claims.metric_before"),
    ("企业开办审批时限缩短到1个工作日。", "1个工作日", "企业开办审批时限", "claims.metric_before"),
    # a table of figures written as lines: the label
    ("指标｜完成值｜同比\n新建村级服务站｜42个｜增长12.5%", "42个", "新建村级服务站", "claims.table_row"),
    ("指标｜完成值｜同比\n新建村级服务站｜42个｜增长12.5%", "12.5%", "新建村级服务站", "claims.table_row"),
    ("指标名称　　　　年度目标　　完成数\n新建妇女之家（个）　　30　　　　36\n", "36", "新建妇女之家", "claims.table_cell"),
    ("指标｜完成值｜同比\n新增耕地（亩）｜1863｜+12.4%", "1863", "新增耕地", "claims.table_cell"),
    # a division's row (周湾镇) counts what its column's header names, as a month's row does
    ("各乡镇进度如下：\n序号\t乡镇\t年度任务（亩）\t完成造林面积（亩）\t完成率（%）\n1\t周湾镇\t11800\t10980\t93.1\n"
     "2\t长城镇\t10400\t9110\t87.6\n", "10980", "完成造林面积", "claims.table_cell"),
    # a figure alone on its line under a caption line (a page of figures set large): the caption
    ("“银税互动”助企融资\n\n帮助个体工商户获得信用贷款\n3.6亿元\n", "3.6亿元", "帮助个体工商户获得信用贷款", "claims.metric_caption"),
    ("惠及企业\n近1100户\n", "近1100户", "惠及企业", "claims.metric_caption"),
    # ... a share alone on its line, no Chinese in it (98.4%): its caption all the same
    ("完成食品安全监督抽检\n2318批次\n抽检合格率\n98.4%\n", "98.4%", "抽检合格率", "claims.metric_caption"),
    ("诉求办结率\n  98.7% \n", "98.7%", "诉求办结率", "claims.metric_caption"),
    # a rate under a column named by its period (本季度) is named by its row's label
    ("二、主要指标完成情况\n指标名称　　　　　本季度　　　考核目标\n一次性办结率　　　99.3%　　　 ≥98%\n纳税人满意率　　　99.6%　　　 ≥99%\n",
     "99.3%", "一次性办结率", "claims.table_cell"),
    # a toll's word in a column of work done (挽回经济损失) names no toll
    ("调解情况如下：\n乡镇　　调解纠纷（件）　挽回经济损失（万元）\n城关镇　　120　　　56\n河口镇　　98　　　　42\n", "56",
     "挽回经济损失", "claims.table_cell"),
    # a table of two columns, the unit in each row's label, the figure a wide blank or one blank after it
    ("指标　　　　　　完成数\n平台派车（车次）　　　　5917\n节约公务出行经费（万元）　152\n", "5917", "平台派车", "claims.table_cell"),
    ("指标　　　　　　完成数\n平台派车（车次）　　　　5917\n节约公务出行经费（万元）　152\n", "152", "节约公务出行经费",
     "claims.table_cell"),
    ("培训人次：12560\n服务时长：3600", "12560", "培训人次", "claims.table_line"),
    ("受益户数：860\n发放物资：1200", "860", "受益户数", "claims.table_line"),
    # counted honours with no noun after the count: the title, with its verb (annotators write either)
    ("6人获评“最美志愿者”。", "6人", "获评“最美志愿者”", "claims.metric_honour"),
    ("3人被市总工会评为优秀工会积极分子。", "3人", "评为优秀工会积极分子", "claims.metric_honour"),
    ("2人荣膺省级劳动模范称号。", "2人", "荣膺省级劳动模范", "claims.metric_honour"),
    ("王芳、李强等8人荣获十佳志愿者称号。", "8人", "荣获十佳志愿者", "claims.metric_honour"),
    ("全县38名选手参加比赛，6人获奖。", "6人", "获奖", "claims.metric_honour"),
    # …after the frame of where it was won (在…中): the frame is no part of the title, nor of a noun counted
    ("本年度我校共有23人次在县级以上评选中获奖。", "23人次", "获奖", "claims.metric_honour"),
    ("其中4人在全市职业技能大赛中获得优胜奖。", "4人", "获得优胜奖", "claims.metric_honour"),
    ("全年共有43件作品在省级以上展赛中获奖。", "43件", "作品", "claims.metric_after"),
    ("1人荣获全国五一劳动奖章、3个班组荣获市工人先锋号称号。", "1人", "荣获全国五一劳动奖章", "claims.metric_honour"),
    # a verb with no title after it (榜上有名, 当选): the list named before the count, or the frame it is among
    ("省文明办发布第一季度“浙江好人榜”，全省共98人上榜。我县有2人榜上有名。", "2人", "“浙江好人榜”", "claims.metric_honour"),
    ("近日，省妇联公布2024年度全省最美家庭名单。我县有3人榜上有名。", "3人", "2024年度全省最美家庭", "claims.metric_honour"),
    ("他们入选“诚实守信”类浙江好人。第九届金华市道德模范评选中，我县又有3人当选。", "3人", "第九届金华市道德模范",
     "claims.metric_honour"),
    # counts listed side by side take listed titles in turn
    ("120人、45人和18人荣获金奖、银奖和铜奖。", "120人", "荣获金奖", "claims.metric_honour"),
    ("120人、45人和18人荣获金奖、银奖和铜奖。", "45人", "银奖", "claims.metric_honour"),
    ("120人、45人和18人荣获金奖、银奖和铜奖。", "18人", "铜奖", "claims.metric_honour"),
    # people named only by examples or kinds, or not at all: what they took part in
    ("居民代表、志愿者等150余人参加活动。", "150余人", "参加活动", "claims.metric_participants"),
    ("社区书记和居民代表共60余人出席座谈会。", "60余人", "出席座谈会", "claims.metric_participants"),
    ("近80人出席座谈会。", "近80人", "出席座谈会", "claims.metric_participants"),
    # a verb that mobilises people (发动, 动员) says nothing of what they did: what they took part in does
    ("“99公益日”期间，发动8.6万人次参与网络募捐。", "8.6万人次", "参与网络募捐", "claims.metric_participants"),
    ("全年发动爱心人士2.3万人次捐款。", "2.3万人次", "爱心人士", "claims.metric_before"),
    ("社区书记、居民代表等80余人现场观礼。", "80余人", "现场观礼", "claims.metric_participants"),
    # a share names its part before 占
    # a share in brackets or after a comma, with no part of its own, is of what the count before it counted
    ("其中A类建议54件（占62.8%），B类建议28件（占32.6%）。", "62.8%", "A类建议", "claims.metric_share"),
    ("全年受理群众来信320件，占信访总量的41%。", "41%", "占信访总量", "claims.metric_before"),
    ("女性干部占干部总数的42%。", "42%", "女性干部", "claims.metric_share"),
    ("残疾人就业人数占全县就业人数的3.5%。", "3.5%", "残疾人就业人数", "claims.metric_share"),
    # the phrase before the number, back to its verb
    ("开展法律咨询活动46场。", "46场", "法律咨询活动", "claims.metric_before"),
    ("培训农村妇女2000人次。", "2000人次", "农村妇女", "claims.metric_before"),
    ("该市新增城镇就业岗位3000个。", "3000个", "城镇就业岗位", "claims.metric_before"),
    ("全街共走访慰问困难家庭86户。", "86户", "困难家庭", "claims.metric_before"),
    ("东风社区组建志愿服务队5支。", "5支", "志愿服务队", "claims.metric_before"),
    # who did it, then a total's adverb (共, 累计): the phrase after the adverb was counted, not the doer
    ("城关食堂累计供餐9600人次。", "9600人次", "供餐", "claims.metric_before"),
    ("县图书馆全年共接待读者1.6万人次。", "1.6万人次", "接待读者", "claims.metric_before"),
    ("全县累计培训1200人次。", "1200人次", "培训", "claims.metric_before"),
    # a verb of coming to the venue after the count (a tagger writes 进场 as a noun) is what they did
    ("展会吸引农户和合作社代表约600人次进场洽谈。", "约600人次", "农户和合作社代表", "claims.metric_before"),
    ("花海吸引周边游客3000余人次前来观赏。", "3000余人次", "周边游客", "claims.metric_before"),
    ("对辖区网格员培训了4次。", "4次", "培训", "claims.metric_before"),
    ("组织农技专家开展技术指导210次。", "210次", "技术指导", "claims.metric_before"),
    ("走访困难户、孤寡老人等120户。", "120户", "困难户、孤寡老人", "claims.metric_before"),
    ("其中城关镇2户7人，救助资金1.2万元。", "2户", "城关镇", "claims.metric_before"),
    ("累计为困难群众减免医疗费用260万元。", "260万元", "医疗费用", "claims.metric_before"),
    ("为残疾儿童提供康复救助服务160人。", "160人", "康复救助服务", "claims.metric_before"),
    ("全市社区网格组建率达99.2%。", "99.2%", "社区网格组建率", "claims.metric_before"),
    ("除了发放1000元慰问金，还送去了米面。", "1000元", "慰问金", "claims.metric_after"),
    # a count written right on to the last kind of people listed counts that kind, not what they joined
    ("镇村干部和群众代表500余人现场观看演出。", "500余人", "镇村干部和群众代表", "claims.metric_before"),
    ("机关干部、驻村队员及各类先进代表200余人参加会议。", "200余人", "驻村队员及各类先进代表",
     "claims.metric_before"),
    # what the number right before counted: one metric, two units
    ("发放宣传资料30余种12000余份。", "12000余份", "宣传资料", "claims.metric_previous"),
    ("募集图书5类3000册。", "3000册", "图书", "claims.metric_previous"),
    # nothing before, no noun after: the rest of the clause
    ("36次被媒体报道。", "36次", "被媒体报道", "claims.metric_after_verb"),
    ("其中15家已挂牌运行。", "15家", "已挂牌运行", "claims.metric_after_verb"),
    # 另有 names nothing; 村 (tagged zg) is the holders, and the title they received reads on with them
    ("东关村获评国家卫生村，另有12个村获评全省卫生村。", "12个", "村获评全省卫生村", "claims.metric_after"),
    # an indicator's label opening its line, and nothing but a verb of the count between its colon and figures
    ("一、主要指标\n城乡居民医保参保人数：38.6万人\n", "38.6万人", "城乡居民医保参保人数", "claims.metric_label"),
    ("一、主要指标\n高校毕业生就业见习：新增420人，累计1860余人\n", "1860余人", "高校毕业生就业见习",
     "claims.metric_label"),
    ("一、主要指标\n农村劳动力转移就业：累计新增8600人\n", "8600人", "农村劳动力转移就业", "claims.metric_label"),
    # (the line's list number is no part of the label)
    ("一、主要指标完成情况\n1.售电量：10.27亿千瓦时（10.05亿千瓦时）\n", "10.27亿千瓦时", "售电量", "claims.metric_label"),
    ("二、主要指标\n（三）城镇新增就业：3126人\n", "3126人", "城镇新增就业", "claims.metric_label"),
    # (a change to the value after the colon, 提升至, is a word of the lexicon's trailing words though jieba cuts it in two)
    ("一、主要指标\n农村生活污水治理率：提升至41.3%\n", "41.3%", "农村生活污水治理率", "claims.metric_label"),
    ("一、主要指标\n城镇登记失业率：下降至3.1%\n", "3.1%", "城镇登记失业率", "claims.metric_label"),
    # a total with nothing before it but 共计: what the clause before was about
    ("慰问困难职工120户，共计36万元。", "36万元", "慰问困难职工", "claims.metric_previous_clause"),
    # a whole area's running total after the clause that counted what was added: what that clause counted
    ("新认定县级巾帼示范基地9个，全县累计达64个。", "64个", "新认定县级巾帼示范基地", "claims.metric_previous_clause"),
    ("为45名大学生发放助学金，合计13.5万元。", "13.5万元", "助学金", "claims.metric_previous_clause"),
    # (the count that ends the clause before is read whole, decimals and all: not 帮扶1.|25万户)
    ("全年帮扶困难家庭1.25万户，共计180万元。", "180万元", "全年帮扶困难家庭", "claims.metric_previous_clause"),
    # 评出, 选出: the verb of a contest's result, no part of what it counted
    ("本次大赛共评出一等奖2名、二等奖4名。", "2名", "一等奖", "claims.metric_before"),
    ("征文活动选出优秀作品180篇。", "180篇", "优秀作品", "claims.metric_before"),
    # the places a campaign went to (进社区、进商户), a list read whole with the campaign that heads it
    ("开展反诈宣传进社区、进商户活动58场，发放宣传资料1.2万份。", "58场", "反诈宣传进社区、进商户活动", "claims.metric_before"),
    ("组织劳模工匠宣讲进企业、进校园28场。", "28场", "劳模工匠宣讲进企业、进校园", "claims.metric_before"),
    # the clause's verb says again the verb of the clause before: what that verb took counts the number
    ("按每人每月100元的标准为全镇80周岁以上老人发放高龄津贴，累计发放9.72万元。", "9.72万元", "高龄津贴",
     "claims.metric_previous_clause"),
    ("持续开展“法治进校园”巡讲，累计开展126场次，覆盖师生。", "126场次", "“法治进校园”巡讲", "claims.metric_previous_clause"),
    # a bare count written right on to its noun, in a run of counts (no measure word between)
    ("我市选手在省运会上共获得3金2银5铜。", "2银", "银", "claims.metric_tally"),
    ("全区2集体、3个人获评先进。", "2", "集体", "claims.metric_tally"),
    ("服务网点覆盖6个市州40县区。", "40", "县区", "claims.metric_tally"),
    # 依法 before the verb of 对N家…: an adverb, where the noun counted ends
    ("对9起无证经营案件依法予以取缔。", "9起", "无证经营案件", "claims.metric_after"),
    ("对6家超标排放企业依法责令限期整改。", "6家", "超标排放企业", "claims.metric_after"),
    # items listed before 分别 take the counts listed after it in turn
    ("入户走访率和政策知晓率分别达95%、88%。", "88%", "政策知晓率", "claims.metric_respectively"),
    ("全县妇女之家和儿童之家分别建成120个、86个。", "120个", "妇女之家", "claims.metric_respectively"),
    # a quoted name's numeral (“两个健康”) is no count of the list's
    ("开展“两个健康”宣讲、政策解读会、银企对接会分别为12场、9场、6场。", "9场", "政策解读会", "claims.metric_respectively"),
    ("举办“三下乡”活动和“四进”宣讲分别为15场、22场。", "22场", "“四进”宣讲", "claims.metric_respectively"),
    # a measure after a verb whose object follows it (订购了|60吨|有机肥): the object is what was measured
    ("合作社向供销社订购了60吨有机肥。", "60吨", "有机肥", "claims.metric_after"),
    ("她带领妇女扩种了300亩辣椒。", "300亩", "辣椒", "claims.metric_after"),
    # pictographs, dashes and bullets a post sets before a metric's words are no part of it
    ("📊 数说半年\n💰城乡低保金　2816.4万元\n🤝临时救助　632人次\n", "632人次", "临时救助", "claims.metric_before"),
    ("数说三季度\n2.36亿元——新增减税降费\n2.1万户次——惠及经营主体\n", "2.1万户次", "惠及经营主体", "claims.metric_after_verb"),
    # who a title is conferred on (同志, 集体), then the title, a year and an area before its quote marks: both
    ("授予刘芳等6名同志2024年度青岚县“巾帼建功标兵”称号。", "6名", "同志2024年度青岚县“巾帼建功标兵”称号", "claims.metric_after"),
    ("命名县医院护理部等4个集体为2024年度“青年文明号”。", "4个", "集体为2024年度“青年文明号”", "claims.metric_after"),
    # ... or selected for it, the title after 为 (评选A等N名同志为“X”)
    ("经评审，评定城关镇文化站等5个单位为“青岚县科普示范基地”。", "5个", "单位为“青岚县科普示范基地”", "claims.metric_after"),
    ("评选李娟等8名同志为2024年度“石门镇最美护林员”。", "8名", "同志为2024年度“石门镇最美护林员”", "claims.metric_after"),
    ("确定河口乡等3个单位为志愿服务示范点。", "3个", "单位", "claims.metric_after"),  # no title quoted: the holders
    # the directional complement 出 is its verb's, however the tagger cuts it (评选|出|X, 评选|出X)
    ("全镇共评选出文明家庭20户。", "20户", "文明家庭", "claims.metric_before"),
    ("团旗委共评选出旗级优秀团员9名。", "9名", "旗级优秀团员", "claims.metric_before"),
    ("镇妇联共选树出巾帼建功标兵8名。", "8名", "巾帼建功标兵", "claims.metric_before"),
    ("今年全县实现出口总额5亿元。", "5亿元", "出口总额", "claims.metric_before"),  # 出 opens the noun
    ("全年诫勉谈话两人。", "两人", "诫勉谈话", "claims.metric_before"),  # (no pair's kinship before it: counted)
    # a one-character direction word right after the count is a preposition (沿, 向): no noun counted after it
    ("组织青年志愿者120余人次沿石门河开展巡河活动8场。", "120余人次", "青年志愿者", "claims.metric_before"),
    # ... only where a title is conferred (review 61)
    ("选派20名同志到县“政务服务中心”跟班学习。", "20名", "同志", "claims.metric_after"),
    # a word of where (身边, 周边: the tagger's place and direction words) may open the noun counted after the count
    ("全县组织12名身边好人开展事迹宣讲。", "12名", "身边好人", "claims.metric_after"),
    ("社区组织12名周边群众参加义诊。", "12名", "周边群众", "claims.metric_after"),
    # the people named before 等 are members of the count, not what it counts: the rest of the clause says what they became
    ("经民主推荐，推选欧阳丽华、谭志勇等6人为村民代表。", "6人", "为村民代表", "claims.metric_after_verb"),
    ("镇里研究，同意田玉兰、龚卫东等4人退出。", "4人", "退出", "claims.metric_after_verb"),
    # a total that adds up the figures before it
    ("本次比赛参赛选手620人，观众2380人，总计3000人。", "3000人", "总计", "claims.metric_sum"),
    ("线上课程学习1.2万人次，线下培训3000人次，合计1.5万人次。", "1.5万人次", "合计", "claims.metric_sum"),
]


def _readings(extractor, text: str) -> dict[str, tuple[str, str]]:
    doc = extractor.nlp(text)
    norm = doc._.xf_norm
    return {norm[c.number.start:c.number.end]: (norm[c.metric_start:c.metric_end], c.rule)
            for c in d.claims(doc._, "test")}


@pytest.mark.parametrize("text,number,metric,rule", ROWS, ids=[f"{r[3].split('.')[-1]}-{r[1]}" for r in ROWS])
def test_metric(extractor, text, number, metric, rule):
    assert _readings(extractor, text).get(number) == (metric, rule)


def test_every_reading_has_two_rows_of_its_own():
    rules = [r[3] for r in ROWS]
    table = [r.rule for r in claims._METRICS]
    assert sorted(set(rules)) == sorted(table)
    assert all(rules.count(r) >= 2 for r in table)


def test_the_readings_passed_over_never_change_the_metric(monkeypatch, extractor):
    """A candidate is read only by the readings its kinds of words and its own kind leave possible
    (`_readings_for`): on every corpus candidate, the whole table, tried in order, reads the same
    metric with the same reading (or none)."""
    from .conftest import CORPUS

    reading, differ, seen = claims._Candidate.reading, [], [0]

    def every_reading(c: claims._Candidate) -> tuple | None:
        found = next(((span, r.rule) for r in claims._METRICS
                      for span in [r.read(c) and claims._settled(c.norm, r.read(c))]
                      if span is not None and claims._is_phrase(c.norm, span)), None)
        if found != reading.fget(c):
            differ.append((c.n.start, c.detail()))
        seen[0] += 1
        return found

    monkeypatch.setattr(claims._Candidate, "reading", property(every_reading))
    for path in sorted(CORPUS.glob("*.txt")):
        extractor.extract_file(path)
    assert seen[0] > 1000 and differ == []


@pytest.mark.parametrize("text", [
    # a row whose cells the table reading cannot place (the unit glued to the first figure by one blank)
    "二、主要指标\n序号　指标名称　　单位　　年度目标　完成值　完成率\n1　　培训农民　　万人次 2.0　　　2.4　　120.0%\n",
    # a figure, then the next cell's figure: no phrase after it
    "（三）物资捐赠\n序号　　捐赠单位　　　　　物资名称及数量　　　折价（元）\n1　　　青山粮油公司　　　大米600袋　　　　　36000.00\n",
])
def test_a_metric_never_spans_a_table_gap_nor_lacks_a_word(text):
    """A reading that crosses a gap between a table's cells, or holds no word (a figure), is passed over."""
    for claim in extract(text).claims:
        assert "  " not in claim.metric and "\u3000\u3000" not in claim.metric and "\t" not in claim.metric, claim.metric
        assert any("\u4e00" <= ch <= "\u9fff" for ch in claim.metric) or sum(ch.isalpha() for ch in claim.metric) >= 2, claim.metric



@pytest.mark.parametrize("text,number,metric", [
    # a time, a place or a note before the colon is no indicator; a clause that names its own metric keeps it
    ("一、主要指标\n上半年：完成培训560人次。\n", "560人次", "培训"),
    ("一、主要指标\n城关镇：新增320户，累计1500户。\n", "320户", None),
    ("一、主要指标\n备注：完成560人次。\n", "560人次", None),
    # a speaker's name before a colon that opens what they said, in an interview
    ("青岚县卫健局全力推进医共体建设。\n记者：去年，全县在医共体建设上有哪些新进展？\n"
     "周卫国：“我们以县医院为龙头，把6个乡镇卫生院、58个村卫生室纳入医共体统一管理。”\n", "58个", None),
    # ... or opening turn after turn where an interviewer (本报记者：) asks
    ("青岚县人社局推进技能培训。\n本报记者：去年全县职业技能培训情况怎么样？\n周卫国：累计培训3200人次。\n"
     "本报记者：就业方面呢？\n周卫国：新增就业1860人。\n", "3200人次", None),
    ("云岫县文旅局推进公共文化服务。\n记者：去年，全县的文化阵地建得怎么样？\n"
     "刘晓燕：“我们以县文化馆为龙头，把9个乡镇文化站、87个村文化室纳入总分馆统一管理。”\n", "87个", None),
])
def test_a_label_that_names_no_indicator_is_no_metric(extractor, text, number, metric):
    got = _readings(extractor, text).get(number)
    label = [line for line in text.split("\n") if number in line][0].split("：")[0]
    assert got is None or got[0] != label, got
    if metric is not None:
        assert got is not None and got[0] == metric, got


def test_a_phrase_across_a_table_gap_keeps_its_last_cell(extractor):
    """柏溪粮油公司　　　大米600袋: the cell nearest the number names what was counted, not the row before it."""
    text = "（三）物资捐赠\n序号　　捐赠单位　　　　　物资名称及数量\n1　　　青山粮油公司　　　大米600袋\n"
    assert _readings(extractor, text).get("600袋", ("",))[0] == "大米"


@pytest.mark.parametrize("text,number,metric", [
    # a page that sets each figure before its caption: a run of lines that opens with a figure (after a heading, a
    # sentence or a line that is neither) pairs each figure with the caption below it
    ("【聚力产业强县】\n完成投资3.2亿元\n1526.8万人次\n接待海内外游客\n168.4亿元\n实现旅游总收入\n", "168.4亿元", "实现旅游总收入"),
    ("【聚力产业强县】\n完成投资3.2亿元\n1526.8万人次\n接待海内外游客\n168.4亿元\n实现旅游总收入\n", "1526.8万人次", "接待海内外游客"),
    ("【民生】\n发放救助金1200万元\n3.6万人\n受益群众\n860户\n改造危房\n", "860户", "改造危房"),
    ("【传播】\n3.6万条\n刊发新闻稿件\n412篇\n被上级媒体采用稿件\n", "412篇", "被上级媒体采用稿件"),
    ("全年工作亮点纷呈，一组数据带您回顾。\n5860余条\n原创短视频\n156场\n网络直播\n", "156场", "网络直播"),
    # a scheme's formula set large in a figure's place keeps the run going
    ("【平台】\n“1+3+N”\n全媒体传播矩阵\n21.3万人\n年度新增用户\n", "21.3万人", "年度新增用户"),
    # ... a caption line above each figure, under a heading, reads as ever
    ("【民生】\n城镇新增就业\n3126人\n农村劳动力转移就业\n9.8万人\n", "9.8万人", "农村劳动力转移就业"),
    ("【民生】\n城镇新增就业\n3126人\n农村劳动力转移就业\n9.8万人\n", "3126人", "城镇新增就业"),
    # a run whose opening line reads as neither caption nor sentence nor heading, whose last figure has no caption
    # below it: its captions stand above, and the first figure's is none (not the next figure's)
    ("2024年县税务局工作亮点\n全年为企业减免税费（含留抵退税）\n9.2亿元\n帮助小微企业获得纳税信用贷款\n3.1亿元\n办理出口退税\n1.6亿元\n",
     "9.2亿元", None),
    ("2024年县税务局工作亮点\n全年为企业减免税费（含留抵退税）\n9.2亿元\n帮助小微企业获得纳税信用贷款\n3.1亿元\n办理出口退税\n1.6亿元\n",
     "3.1亿元", "帮助小微企业获得纳税信用贷款"),
    # a post's bullet or pictograph before each figure (👉 11.6万吨, 📌 218人), its caption below, which may go on after
    # its first clause (a note in brackets, a change, another figure): the caption's first clause; a post's heading with a
    # pictograph above the first figure is no caption of it
    ("🌾 夏粮生产\n👉 11.6万吨\n粮食总产量，同比增长2.4%\n👉 1.8万亩\n新建高标准农田（年度任务1.5万亩）\n", "11.6万吨", "粮食总产量"),
    ("🌾 夏粮生产\n👉 11.6万吨\n粮食总产量，同比增长2.4%\n👉 1.8万亩\n新建高标准农田（年度任务1.5万亩）\n", "1.8万亩", "新建高标准农田"),
    ("🐖 生猪生产\n👉 2.1万头\n能繁母猪存栏，保持在正常保有量区间\n👉 1.3万余头\n病死畜禽无害化集中处理\n", "1.3万余头",
     "病死畜禽无害化集中处理"),
    ("🩺 康复服务\n📌 5236名\n持证残疾人获得基本康复服务\n▶ 为186名残疾儿童落实康复救助\n", "5236名", "持证残疾人获得基本康复服务"),
    ("💼 就业增收\n📌 218人\n残疾人实现新增就业\n▶ 举办职业技能培训12期\n", "218人", "残疾人实现新增就业"),
    # ... plain captions under bulleted figures, each figure its own (review 59)
    ("数说2024\n▶ 26个\n改造老旧小区\n▶ 23.6公里\n新建农村公路\n▶ 12处\n新建供水工程\n", "23.6公里", "新建农村公路"),
    ("数说2024\n▶ 26个\n改造老旧小区\n▶ 23.6公里\n新建农村公路\n▶ 12处\n新建供水工程\n", "12处", "新建供水工程"),
    # ... a caption's first clause that is a time or a source (截至目前，…) is none
    ("🌾 夏粮生产\n👉 11.6万吨\n粮食总产量，同比增长2.4%\n👉 1.8万亩\n截至目前，全县累计建成高标准农田，占耕地面积的六成\n",
     "1.8万亩", None),
    # ... over bare figures, a caption with a pictograph before it is a caption (🏠 改造老旧小区 / 26个), and one above with a
    # comma inside is one (发放创业担保贷款，扶持创业 / 3200万元)
    ("数说2024\n🏠 改造老旧小区\n26个\n🛣️ 新建农村公路\n23.6公里\n", "23.6公里", "新建农村公路"),
    ("2024年县人社局工作亮点\n城镇新增就业\n6286人\n发放创业担保贷款，扶持创业\n3200万元\n开展职业技能培训\n1.2万人次\n", "3200万元",
     "发放创业担保贷款，扶持创业"),
    # ... an opening line with a comma, or a pictograph's heading, over a run that ends on a caption: the captions are below
    # each figure (review 60)
    ("2024年成绩单\n全县上下齐心协力，攻坚克难\n26个\n老旧小区完成改造\n23.6公里\n农村公路新建改造\n12处\n供水工程建成投用\n",
     "26个", "老旧小区完成改造"),
    ("县住建局2024年工作回顾\n🏗️ 城乡建设\n26个\n改造老旧小区\n23.6公里\n新建农村公路\n", "26个", "改造老旧小区"),
    # ... a pictograph's caption right under a marked figure is its caption
    ("数说2024\n📌 26个\n🏠 改造老旧小区\n📌 23.6公里\n🛣️ 新建农村公路\n", "23.6公里", "新建农村公路"),
    # ... a first clause that only opens with 全年 is a caption
    ("🌾 夏粮生产\n👉 11.6万吨\n全年粮食总产量，同比增长2.4%\n👉 31.2万亩\n全年粮食播种面积，完成任务的101.3%\n", "11.6万吨",
     "全年粮食总产量"),
    # ... a figure called out after the sentence that told it has no caption: the line after it heads the next section
    ("2024年县农业农村局工作回顾\n🌾 抓好粮食生产\n全年粮食播种面积31.2万亩，粮食总产量11.6万吨。\n11.6万吨\n🐖 稳定生猪产能\n"
     "全年生猪出栏28.4万头，同比增长3.1%。\n", "11.6万吨", "粮食总产量"),
    # ... and a caption above its figure may open with a word and its comma (其中，); only another comma makes it a note
    ("▍稳就业\n城镇新增就业\n6286人\n其中，就业困难人员实现就业\n412人\n农村劳动力转移就业\n3865人\n", "412人",
     "其中，就业困难人员实现就业"),
])
def test_a_run_of_captions_and_figures_pairs_them_the_way_it_opens(text, number, metric):
    found = [c.metric for c in extract(text).claims if c.raw == number]
    assert found == ([metric] if metric else [])


@pytest.mark.parametrize("text,number", [
    # the clause before says again the verb, but what follows it there holds a verb of its own: a clause, no object
    ("投入资金改造校舍，投入1200万元。", "1200万元"),
    ("投入资金改建村部，投入600万元。", "600万元"),
])
def test_a_repeated_verb_whose_object_holds_a_verb_names_no_metric(text, number):
    assert [c.metric for c in extract(text).claims if c.raw == number] == []


@pytest.mark.parametrize("text,number,name", [
    ("推选欧阳丽华、谭志勇等6人为村民代表。", "6人", "谭志勇"),
    ("县委决定，将陈桂英等8人列入名单。", "8人", "陈桂英"),
    ("谢玉梅、龚卫东等8名身边好人上榜。", "8名", "龚卫东"),
    ("镇里研究，同意田玉兰、龚卫东等4人退出。", "4人", "田玉兰"),  # (田|玉兰: the tagger cuts the surname off)
])
def test_names_before_a_count_of_people_are_never_its_metric(extractor, text, number, name):
    readings = _readings(extractor, text)
    assert number in readings and name not in readings[number][0]


def test_a_count_of_people_named_alone_before_it_has_no_metric(extractor):
    """镇里表彰了王小明等12人。: nothing but the names says what was counted: no claim (a name is never a metric)."""
    assert "12人" not in _readings(extractor, "镇里表彰了王小明等12人。")


@pytest.mark.parametrize("text,number,metric", [
    # a name with more said of the person before it (a title won, a class) names what they are: read as before
    ("荣获全国无偿献血奉献奖金奖的廖振华等4人。", "4人", "荣获全国无偿献血奉献奖金奖的廖振华"),
    ("困难户、孤寡老人等120户。", "120户", "困难户、孤寡老人"),
])
def test_a_list_before_a_count_that_says_more_than_names_stays_its_metric(extractor, text, number, metric):
    assert _readings(extractor, text).get(number, ("",))[0] == metric
