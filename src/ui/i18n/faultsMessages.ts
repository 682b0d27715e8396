/**
 * UI text for faults (issue 12 point 3): a worker that died mid-run, a run a reload interrupted,
 * and storage that refused a write — in both languages. Spread into the dictionaries
 * (src/ui/i18n/en.ts, zh-CN.ts), so keys are checked like every other.
 */
export const faultsEn = {
  'fault.workerCrash': 'A simulation worker stopped unexpectedly{detail}, so this run failed and shows no results. The worker has been replaced: you can run again.',
  'fault.interrupted': 'The last run was interrupted when the page was reloaded or closed: its results were not kept. Your scenario is as you left it.',
  'fault.dismiss': 'Dismiss',
  'library.quota': 'Not saved: the browser’s storage for this site is full. Nothing was changed — your saved scenarios and the draft are as they were. Delete scenarios you no longer need, or export the draft as a file.',
  'library.writeFailed': 'Not saved: the browser refused to write ({detail}). Nothing was changed — your saved scenarios and the draft are as they were.',
} as const;

export const faultsZh: Record<keyof typeof faultsEn, string> = {
  'fault.workerCrash': '一个仿真工作线程意外停止{detail}，本次运行失败，没有结果。该线程已被替换，可以重新运行。',
  'fault.interrupted': '上次运行因页面刷新或关闭而中断，其结果未保存；您的情景保持原样。',
  'fault.dismiss': '知道了',
  'library.quota': '未保存：浏览器为本网站分配的存储空间已满。没有任何改动——已保存的情景和草稿都保持原样。请删除不再需要的情景，或将草稿导出为文件。',
  'library.writeFailed': '未保存：浏览器拒绝写入（{detail}）。没有任何改动——已保存的情景和草稿都保持原样。',
};
