/**
 * UI text for accessibility (issue 12 item 6): the skip link, names of scrollable regions and
 * the words that carry a meaning colour alone must not (better/worse marks). Merged into `en.ts`
 * and `zh-CN.ts`.
 */
export const a11yEn = {
  'a11y.skip': 'Skip to main content',
  'a11y.scrollTable': 'Table (scrolls sideways)',
  'a11y.year': 'Year',
};

export const a11yZh: Record<keyof typeof a11yEn, string> = {
  'a11y.skip': '跳到主要内容',
  'a11y.scrollTable': '表格（可横向滚动）',
  'a11y.year': '年份',
};
