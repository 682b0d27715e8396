/** The Dalian city network preset: the replay's municipal centre plus district and township centres. */
export function dalianCity(replay: Record<string, unknown>): Record<string, unknown> {
  return {
    ...replay,
    name: 'Dalian city network 2002–2015 — municipal, 14 district/county and township centres',
    nameZh: '大连市政务服务网络 2002–2015（市、14个区市县、乡镇街道）',
    description:
      'The Dalian replay as a city: the municipal centre, 14 district/county centres (the paper’s “14个区市县、先导区”) and township convenience centres, demand routed by level; the five-in-one reaches the districts in 2010.',
    descriptionZh:
      '以城市为范围的大连回放：市级中心、14个区市县中心（论文中的“14个区市县、先导区”）和乡镇（街道）便民服务中心，需求按层级分流；2010年五合一延伸到各区市县。',
    replications: 4,
    _sources: [
      ...((replay._sources as string[]) ?? []),
      '14 district/county centres: [paper-dalian] (2010 extension)',
      'volume shares 45% districts, 15% townships; 100 township centres: assumption (no Dalian figure; national 30,377 township centres, [paper-national])',
    ],
    _sourcesZh: [
      ...((replay._sourcesZh as string[]) ?? []),
      '14个区市县中心：[paper-dalian]（2010年延伸）',
      '业务量占比：区市县45%、乡镇（街道）15%；乡镇（街道）便民服务中心100个：假设（无大连数据；全国乡镇（街道）便民服务中心30377个，[paper-national]）',
    ],
    network: { districts: { count: 14, volumeShare: 0.45 }, townships: { count: 100, volumeShare: 0.15 } },
  };
}
