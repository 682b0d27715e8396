/**
 * What each centre KPI means: Chinese and English names, unit and definition, so that the UI, the
 * CLI and exports label the numbers the simulation produces (simulateCentre) the same way. Pure data.
 */

/** Metadata of one KPI. */
export interface KpiInfo {
  zh: string;
  en: string;
  unit: string;
  /** how it is computed, in one sentence */
  definition: string;
  /** true when a larger value is better, false when smaller is, undefined when neither */
  higherIsBetter?: boolean;
}

/** Every KPI a centre replication reports (ReplicationResult.kpis of simulateCentre). */
export const CENTRE_KPI_INFO: Record<string, KpiInfo> = {
  casesArrived: { zh: '受理申请数', en: 'cases arrived', unit: 'cases', definition: 'cases arriving after the warm-up' },
  casesCompleted: { zh: '办结件数', en: 'cases completed', unit: 'cases', definition: 'cases decided (on the spot, by a back office, or deemed approved)' },
  throughputPerDay: { zh: '日均办结量', en: 'throughput per day', unit: 'cases/working day', definition: 'casesCompleted ÷ working days simulated', higherIsBetter: true },
  meanWaitMinutes: { zh: '平均等候时间', en: 'mean wait', unit: 'minutes', definition: 'mean queue wait per window visit (acceptance, pickups, office visits)', higherIsBetter: false },
  preTicketWaitMinutes: { zh: '取号前等候时间', en: 'pre-ticket wait', unit: 'minutes', definition: 'mean wait at the reception / first-inquiry desk before taking a ticket (left out of official statistics); 0 without desks', higherIsBetter: false },
  p90WaitMinutes: { zh: '90%等候时间', en: '90th-percentile wait', unit: 'minutes', definition: '90th percentile of the wait per window visit', higherIsBetter: false },
  waitWithin15MinRate: { zh: '15分钟内等候率', en: 'waits within 15 min', unit: 'share', definition: 'share of window visits served within 15 minutes (the waiting standard)', higherIsBetter: true },
  leadTimeDays: { zh: '平均办结时间', en: 'lead time', unit: 'working days', definition: 'acceptance (受理) to decision (办结), all cases, on-the-spot cases ≈ 0', higherIsBetter: false },
  p90LeadTimeDays: { zh: '90%办结时间', en: '90th-percentile lead time', unit: 'working days', definition: '90th percentile of the lead time', higherIsBetter: false },
  promisedLeadTimeDays: { zh: '非即办件平均办结时间', en: 'lead time of cases not decided on the spot', unit: 'working days', definition: 'acceptance to decision for cases not decided on the spot (承诺件, 联办件, 上报件 and 即办件 sent on)', higherIsBetter: false },
  tripsPerCase: { zh: '跑动次数', en: 'trips per case', unit: 'trips', definition: 'trips with complete materials (Zhejiang definition): submission, 两头办理, office-to-office, pickup, verification', higherIsBetter: false },
  atMostOneTripRate: { zh: '最多跑一次实现率', en: 'at most one trip', unit: 'share', definition: 'share of cases with ≤ 1 trip', higherIsBetter: true },
  zeroTripRate: { zh: '跑零次实现率', en: 'zero trips', unit: 'share', definition: 'share of cases with no trip (online with delivery)', higherIsBetter: true },
  rejectedTripsPerCase: { zh: '无效跑动次数', en: 'wasted trips per case', unit: 'trips', definition: 'visits that did not move the case: materials rejected, balked, reneged, sent home at closing', higherIsBetter: false },
  twoEndRate: { zh: '两头办理比例', en: 'two-end processing', unit: 'share', definition: 'share of cases that also needed a trip to the department’s headquarters', higherIsBetter: false },
  misroutedRate: { zh: '误导率', en: 'misrouted', unit: 'share', definition: 'share of cases that first queued at the wrong window', higherIsBetter: false },
  onTheSpotRate: { zh: '即办率', en: 'on-the-spot rate', unit: 'share', definition: 'share of completed cases decided at the window', higherIsBetter: true },
  onTimeRate: { zh: '按时办结率', en: 'on time', unit: 'share', definition: 'share decided by the deadline (promised limit under 限时办结, else legal)', higherIsBetter: true },
  overdueRate: { zh: '超时率', en: 'overdue', unit: 'share', definition: 'share decided after the deadline', higherIsBetter: false },
  deemedApprovalRate: { zh: '超时默许率', en: 'deemed approvals', unit: 'share', definition: 'share deemed approved at the deadline (超时默许)' },
  promisedLimitCompression: { zh: '承诺时限压缩比', en: 'promised-limit compression', unit: 'share', definition: '1 − Σ promised limit ÷ Σ legal limit over completed cases', higherIsBetter: true },
  actualSpeedup: { zh: '实际提速', en: 'actual speed-up', unit: 'share', definition: '1 − Σ lead time ÷ Σ legal limit over completed cases', higherIsBetter: true },
  onlineRate: { zh: '实际网办率', en: 'handled online', unit: 'share', definition: 'share of cases submitted online', higherIsBetter: true },
  onlineAvailableRate: { zh: '网上可办率', en: 'online-capable', unit: 'share', definition: 'share of cases whose item can be done online (with online approval on)', higherIsBetter: true },
  greenChannelRate: { zh: '绿色通道占比', en: 'green-channel cases', unit: 'share', definition: 'share of cases in the green channel' },
  greenWaitMinutes: { zh: '绿色通道等候时间', en: 'green-channel wait', unit: 'minutes', definition: 'mean wait per window visit of green-channel cases', higherIsBetter: false },
  otherWaitMinutes: { zh: '普通等候时间', en: 'wait of other cases', unit: 'minutes', definition: 'mean wait per window visit of the other cases', higherIsBetter: false },
  complaintsPer10k: { zh: '万件投诉量', en: 'complaints per 10k cases', unit: 'per 10,000 cases', definition: 'complaints driven by events (overdue, extra trips, long waits, misrouting)', higherIsBetter: false },
  complaintResolutionDays: { zh: '投诉办结时间', en: 'complaint resolution', unit: 'working days', definition: 'mean time to resolve a complaint (faster when the complaint function is integrated)', higherIsBetter: false },
  badRatingRate: { zh: '差评率', en: 'bad ratings', unit: 'share', definition: 'share of ratings at the two lowest of five levels (好差评), driven by events', higherIsBetter: false },
  windowUtilisation: { zh: '窗口利用率', en: 'window utilisation', unit: 'share', definition: 'busy window minutes ÷ (windows × opening minutes)' },
  backOfficeUtilisation: { zh: '后台利用率', en: 'back-office utilisation', unit: 'share', definition: 'busy staff minutes ÷ (back-office staff × working minutes)' },
  staff: { zh: '人员', en: 'staff', unit: 'persons', definition: 'window and back-office staff of all departments' },
  windows: { zh: '窗口数', en: 'windows', unit: 'windows', definition: 'windows (or counters at departments’ own offices)' },
  costPerCase: { zh: '件均成本', en: 'cost per case', unit: 'CNY', definition: '(staff × staff cost + windows × window cost) for the period ÷ cases completed', higherIsBetter: false },
  applicantHoursPerCase: { zh: '群众办事耗时', en: 'applicant hours per case', unit: 'hours', definition: '(trips + wasted trips) × travel time + waiting', higherIsBetter: false },
  integrationIndex: { zh: '职能整合指数', en: 'integration index', unit: '0–1', definition: 'mean level of the five functions (separate 0, co-located ½, integrated 1)', higherIsBetter: true },
  decidedInCentreRate: { zh: '中心内办结率', en: 'decided in the centre', unit: 'share', definition: 'share of completed cases decided inside the centre (simulated)', higherIsBetter: true },
  acceptedInCentreShare: { zh: '中心受理占比', en: 'accepted in the centre', unit: 'share', definition: 'share of volume whose first department is stationed in the centre (static, for the stage machine)' },
  decidedInCentreShare: { zh: '中心办结占比', en: 'decided in the centre (static)', unit: 'share', definition: 'share of volume decided inside the centre by configuration (for the stage machine)' },
  tradingTransactions: { zh: '公共资源交易量', en: 'public-resource transactions', unit: 'transactions', definition: 'stage-3 trading transactions in the period' },
  tradingCycleDays: { zh: '交易周期', en: 'trading cycle', unit: 'working days', definition: 'mean time from entry to the session that completes a transaction', higherIsBetter: false },
  counterRequests: { zh: '便民及信息公开申请量', en: 'convenience and disclosure requests', unit: 'requests', definition: 'stage-3 counter requests served in the period (convenience services, information reading room)' },
  counterWaitMinutes: { zh: '便民窗口等候时间', en: 'counter wait', unit: 'minutes', definition: 'mean wait at the stage-3 counters (FCFS)', higherIsBetter: false },
  counterUtilisation: { zh: '便民窗口利用率', en: 'counter utilisation', unit: 'share', definition: 'busy counter minutes ÷ (counters × opening minutes)' },
};
