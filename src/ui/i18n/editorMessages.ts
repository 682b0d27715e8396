/**
 * UI text of the planner's workbench (department table, undo/redo, scenario library, share links,
 * runs), in both languages. Spread into the dictionaries (en.ts, zh-CN.ts), so keys are checked
 * like every other. Domain terms in the paper's Chinese.
 */
export const editorEn = {
  'editor.departments.title': 'Departments ({n}): how each is stationed, its windows and staff',
  'editor.departments.intro': 'Each row is one department. Change a department’s stationing (进驻方式) or its numbers, then Run: the results show each department’s own wait and load.',
  'editor.default': 'default {value}',
  'editor.col.items': 'Items handled',
  'editor.items': '{n}: {names}',
  'editor.fieldError': '{field}: {rule}, got {value}',
  'editor.blocked': '{n} fields break a rule (marked in red). Fix them before running; nothing was run.',
  'editor.engineRule.stationedWindows': 'must be ≥ 1 for a stationed department with department windows',
  'editor.engineRule.other': 'breaks a rule of the scenario: {rule}',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.undoHint': 'Ctrl+Z / Ctrl+Shift+Z',
} satisfies Record<string, string>;

export type EditorMessageKey = keyof typeof editorEn;

export const editorZh: Record<EditorMessageKey, string> = {
  'editor.departments.title': '进驻部门（{n} 个）：进驻方式、窗口与人员',
  'editor.departments.intro': '每行一个部门。修改某部门的进驻方式或数值后点击“运行”：结果中列出各部门自身的等候时间与负荷。',
  'editor.default': '默认 {value}',
  'editor.col.items': '办理事项',
  'editor.items': '{n} 项：{names}',
  'editor.fieldError': '{field}：{rule}，当前为 {value}',
  'editor.blocked': '{n} 个字段不符合规则（已标红）。请先修改再运行；本次未运行。',
  'editor.engineRule.stationedWindows': '进驻部门设部门窗口时必须 ≥ 1',
  'editor.engineRule.other': '不符合情景规则：{rule}',
  'editor.undo': '撤销',
  'editor.redo': '重做',
  'editor.undoHint': 'Ctrl+Z / Ctrl+Shift+Z',
};
