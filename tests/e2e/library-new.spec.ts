/**
 * The library's "new from preset" and a city's item list from CSV (issue 10 point 3).
 */
import { writeFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';

test.describe('library: new from preset, items from CSV (English)', () => {
  test.use({ locale: 'en-US' });

  test('a new scenario from a preset is named, kept in the library and opened as the draft to edit', async ({ page }) => {
    await openApp(page);
    const library = page.getByTestId('library');
    const form = library.getByTestId('library-new');
    await form.getByLabel('Preset').selectOption('dalian-2002');
    await expect(form.getByLabel('Name')).toHaveValue(/^Dalian 2002/);
    await form.getByLabel('Name').fill('Our city, 2002 layout');
    await form.getByRole('button', { name: 'Create' }).click();
    await expect(library.getByTestId('library-message')).toContainText('Created “Our city, 2002 layout” from Dalian 2002');
    await expect(library.getByTestId('library-list').locator('li')).toHaveCount(1);
    await expect(library.getByTestId('library-list')).toContainText('Our city, 2002 layout');
    // it is the draft: Plan shows that preset's department table, editable
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('dalian-2002');
    const plan = page.getByTestId('plan-dep-departments').locator('tr[data-department="plan"]');
    await expect(plan.getByRole('combobox', { name: /stationing · Planning/ })).toHaveValue('reception');
    await plan.getByRole('combobox', { name: /stationing · Planning/ }).selectOption('whole-unit');
    await expect(plan.getByRole('combobox', { name: /stationing · Planning/ })).toHaveValue('whole-unit');
  });

  test('an item list from CSV replaces the items; a bad one is refused with row, column and rule, the draft untouched', async ({ page }, info) => {
    await openApp(page);
    const library = page.getByTestId('library');
    const message = library.getByTestId('library-message');

    const bad = info.outputPath('bad-items.csv');
    await writeFile(bad, 'id,class,departments,legalLimitDays,share\nreg,promised,aic,-3,0.5\nreg,sometimes,aic,20,0.5\n');
    await library.getByTestId('library-items-csv').setInputFiles(bad);
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('Could not use bad-items.csv; the items are unchanged:');
    await expect(message).toContainText('row 1, legal limit: must be ≥ 0, got -3');
    await expect(message).toContainText('row 2, id: must be unique, got reg again');
    await expect(message).toContainText('row 2, class: must be one of onTheSpot, promised, linked, referred');
    // the draft still has the preset's items: the department table lists them
    const aicItems = page.getByTestId('plan-dep-departments').locator('tr[data-department="aic"] .dep-items');
    await expect(aicItems).toContainText('on-the-spot items');

    // the engine's own cross-field rule (promised above legal), by row and column
    const cross = info.outputPath('cross-items.csv');
    await writeFile(cross, 'id,class,departments,legalLimitDays,promisedLimitDays,share\nreg,promised,aic,10,12,1\n');
    await library.getByTestId('library-items-csv').setInputFiles(cross);
    await expect(message).toContainText('row 1, promised limit: ');
    await expect(message).toContainText('row 1, promised limit: must be ≤ legal limit (10)');
    await expect(aicItems).toContainText('on-the-spot items');

    const good = info.outputPath('items.csv');
    await writeFile(good, '事项标识,事项中文名,办件类型,办理部门,法定时限,办件占比\nreg,企业设立登记,联办件,aic;ntax,20,0.7\npermit,建设许可,承诺件,constr,20,0.3\n');
    await library.getByTestId('library-items-csv').setInputFiles(good);
    await expect(message).toHaveAttribute('role', 'status');
    await expect(message).toContainText('The draft now has the file’s 2 items (checked by the engine).');
    await expect(aicItems).toHaveText('1: 企业设立登记');
  });
});

test.describe('library: items from CSV (中文)', () => {
  test.use({ locale: 'zh-CN' });

  test('a bad item list is refused in Chinese with row, column and rule', async ({ page }, info) => {
    await openApp(page);
    const library = page.getByTestId('library');
    const bad = info.outputPath('bad-items-zh.csv');
    await writeFile(bad, '事项标识,办件类型,办理部门,法定时限,办件占比\nreg,承诺件,nobody,20,1\n');
    await library.getByTestId('library-items-csv').setInputFiles(bad);
    const message = library.getByTestId('library-message');
    await expect(message).toContainText('无法使用 bad-items-zh.csv，事项未作改动：');
    await expect(message).toContainText('第 1 行办理部门：必须是本情景中的部门，当前为 nobody');
  });

  test('the engine’s own rule (promised limit above the legal one) is worded in Chinese only, by row and column', async ({ page }, info) => {
    await openApp(page);
    const library = page.getByTestId('library');
    const cross = info.outputPath('cross-items-zh.csv');
    await writeFile(cross, '事项标识,办件类型,办理部门,法定时限,承诺时限,办件占比\nreg,承诺件,aic,10,12,1\n');
    await library.getByTestId('library-items-csv').setInputFiles(cross);
    const message = library.getByTestId('library-message');
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('第 1 行 承诺时限：必须 ≤ 法定时限（10）');
    // the engine's English rule is not shown, not even inside a Chinese sentence
    await expect(message).not.toContainText('must be');
    await expect(message).not.toContainText('不符合情景规则');
    await expect(message).not.toContainText('legalLimitDays');
  });
});
