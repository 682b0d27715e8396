/**
 * UI text of the shell's loading of views (each view's code is fetched on its first visit) and of
 * the offline copy kept by the service worker, in both languages. Spread into the dictionaries
 * (src/ui/i18n/en.ts, zh-CN.ts), so keys are checked like every other.
 */
export const shellEn = {
  'shell.viewLoading': 'Loading {view}…',
  'shell.viewFailed': 'Could not load {view}: {message}. Reload the page to try again.',
} satisfies Record<string, string>;

export type ShellMessageKey = keyof typeof shellEn;

export const shellZh: Record<ShellMessageKey, string> = {
  'shell.viewLoading': '正在加载“{view}”…',
  'shell.viewFailed': '无法加载“{view}”：{message}。请刷新页面重试。',
};
