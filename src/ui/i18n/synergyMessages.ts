/**
 * UI text of Research's five-in-one synergy panel, in both languages. Spread into the dictionaries
 * (src/ui/i18n/en.ts, zh-CN.ts), so keys are checked like every other. Function names come from
 * src/domain/vocabulary.ts (FUNCTION_TERMS), KPI names from the catalogue.
 */
export const synergyEn = {
  'research.syn.title': 'Synergy of the five-in-one (“1+1>2”)',
  'research.syn.intro':
    'Dalian integrated five functions in its centre (五合一: openness, approval, e-government, information release and complaint handling), and the paper says that, linked, they yield a “1+1>2” amplification. Here the base scenario’s configuration in the chosen year runs seven times under common random numbers: all five functions separate, each one alone integrated, and all five integrated.',
  'research.syn.definition':
    'The synergy of an indicator is R − 1, with R = (all five ÷ all separate) ÷ the product over the functions of (that one alone ÷ all separate). R − 1 = 0: the five effects just combine. Better than that product is amplification (1+1>2), worse is dampening. The 95% CI is a jackknife over replications; a synergy within ±{threshold} is below the threshold and counts as none.',
  'research.syn.year': 'Year measured',
  'research.syn.yearHint': 'The base scenario in that year (its reform timeline applied); replications, sampled working days and seed from the run settings above.',
  'research.syn.noYears': 'The base scenario has no year to measure.',
  'research.syn.run': 'Measure the synergy',
  'research.syn.meta': '{name}, {year}: seed {seed}, {n} replications × 7 variants of {days} sampled working days each (after the warm-up days), common random numbers.',
  'research.syn.chart': 'Synergy R − 1 per indicator (% beyond the product of each function alone), with 95% CI; threshold ±{threshold}',
  'research.syn.table': 'Each function alone and all five together against all separate [95% CI], and the synergy R − 1',
  'research.syn.col.kpi': 'Indicator',
  'research.syn.col.base': 'All separate',
  'research.syn.col.alone': '{fn} alone',
  'research.syn.col.together': 'All five together',
  'research.syn.col.synergy': 'Synergy R − 1 [95% CI]',
  'research.syn.col.reading': 'Reading',
  'research.syn.reading.amplifies': 'amplifies (1+1>2)',
  'research.syn.reading.dampens': 'dampens (1+1<2)',
  'research.syn.reading.belowThreshold': 'below the threshold (within ±{threshold})',
  'research.syn.reading.ciIncludesNone': 'not significant (the CI includes no synergy)',
  'research.syn.reading.undefined': 'undefined (the indicator is 0 in a variant)',
  'research.syn.summary.none': 'No indicator shows a significant synergy of at least ±{threshold} with {n} replications: here the five functions’ effects combine without amplifying.',
  'research.syn.summary.some': 'Significant and at least ±{threshold}: {list}.',
  'research.syn.reproduce': 'Reproduce from the command line',
  'research.syn.file': 'Scenario file (JSON)',
} as const;

export const synergyZh: Record<keyof typeof synergyEn, string> = {
  'research.syn.title': '“五合一”的协同效应（“1+1>2”）',
  'research.syn.intro':
    '大连把政务公开、行政审批、电子政务、信息发布、行政投诉办理五项职能整合进中心（“五合一”），论文认为整体联动的运行机制能够产生“1+1>2”的放大效应。这里把基准情景在所选年份的配置以共同随机数运行七次：五项职能全部分散、每项职能单独整合、五项全部整合。',
  'research.syn.definition':
    '某一指标的协同效应为 R − 1，其中 R =（五项全部整合 ÷ 全部分散）÷ 各项职能（单独整合 ÷ 全部分散）之积。R − 1 = 0：五项作用只是相乘叠加；好于这一乘积为放大（1+1>2），差于则为抵消。95% 置信区间由各次重复的刀切法得出；在 ±{threshold} 以内的协同效应低于阈值，视为没有。',
  'research.syn.year': '测算年份',
  'research.syn.yearHint': '基准情景在该年的配置（已应用其改革时间线）；重复次数、抽样工作日数与随机种子取自上方的运行设置。',
  'research.syn.noYears': '基准情景没有可测算的年份。',
  'research.syn.run': '测算协同效应',
  'research.syn.meta': '{name}，{year}年：随机种子 {seed}，{n} 次重复 × 7 个变体，每个变体 {days} 个抽样工作日（预热日之后），共同随机数。',
  'research.syn.chart': '各指标的协同效应 R − 1（超出各职能单独作用之积的百分比）及 95% 置信区间；阈值 ±{threshold}',
  'research.syn.table': '各职能单独整合与五项全部整合相对全部分散的变化 [95% 置信区间]，以及协同效应 R − 1',
  'research.syn.col.kpi': '指标',
  'research.syn.col.base': '全部分散',
  'research.syn.col.alone': '仅{fn}',
  'research.syn.col.together': '五项全部整合',
  'research.syn.col.synergy': '协同效应 R − 1 [95% 置信区间]',
  'research.syn.col.reading': '判读',
  'research.syn.reading.amplifies': '放大（1+1>2）',
  'research.syn.reading.dampens': '抵消（1+1<2）',
  'research.syn.reading.belowThreshold': '低于阈值（在 ±{threshold} 以内）',
  'research.syn.reading.ciIncludesNone': '不显著（置信区间包含无协同）',
  'research.syn.reading.undefined': '无法计算（某一变体中该指标为 0）',
  'research.syn.summary.none': '在 {n} 次重复下，没有指标显示出至少 ±{threshold} 的显著协同效应：此处五项职能的作用只是叠加，没有放大。',
  'research.syn.summary.some': '显著且至少 ±{threshold}：{list}。',
  'research.syn.reproduce': '用命令行复现',
  'research.syn.file': '情景文件（JSON）',
};
