/**
 * UI text of Evolution's "dynamics of this projection" panel, in both languages. Spread into the
 * dictionaries (src/ui/i18n/en.ts, zh-CN.ts). Parameter names, units and defaults come from the
 * registry (src/domain/parameters.ts).
 */
export const dynamicsEn = {
  'dynamics.title': 'What carries over from year to year (assumptions)',
  'dynamics.intro':
    'The paper gives no dynamics: demand growth, trust in the centre, online adoption and staffing are the model’s assumptions, with the values below. Results between reform years move with them; the staffing rule, for instance, is what keeps lead time falling from 2009 to 2012 when demand grows fast.',
  'dynamics.col.parameter': 'Parameter',
  'dynamics.col.value': 'In this scenario',
  'dynamics.col.default': 'Default',
  'dynamics.col.source': 'Source',
  'dynamics.default': ' (default)',
  'dynamics.growthEvents': 'Timeline events that change demand growth: {list}.',
  'dynamics.sensitivity':
    'No source gives demand after the last sourced year: add a “{kind}” event with another growth in the timeline editor above, or run the command below, to see how much the results depend on it.',
  'dynamics.yes': 'yes',
  'dynamics.no': 'no',
} as const;

export const dynamicsZh: Record<keyof typeof dynamicsEn, string> = {
  'dynamics.title': '逐年延续的因素（假设）',
  'dynamics.intro':
    '论文未给出动态关系：需求增长、对中心的信任、网上办理的采用和人员配置均为模型的假设，取值如下。改革年份之间的结果随这些假设变化；例如，需求快速增长时，正是“人员随负荷调整”的规则使2009至2012年的办结时间继续下降。',
  'dynamics.col.parameter': '参数',
  'dynamics.col.value': '本情景取值',
  'dynamics.col.default': '默认值',
  'dynamics.col.source': '来源',
  'dynamics.default': '（默认）',
  'dynamics.growthEvents': '时间线中改变需求增长的事件：{list}。',
  'dynamics.sensitivity':
    '最后一个有来源的年份之后的需求没有资料：可在上方时间线编辑器中加入一个设定其他增长率的“{kind}”事件，或运行下面的命令，查看结果对它的依赖程度。',
  'dynamics.yes': '是',
  'dynamics.no': '否',
};
