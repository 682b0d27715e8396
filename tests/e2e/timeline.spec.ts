import { expect, openApp, test } from './fixtures';

// The reform-timeline editor in Evolution: every change is checked by the engine in the worker;
// a projection runs 14 years in the page's workers, so allow minutes on a busy machine.
test.describe.configure({ timeout: 300_000 });

test.describe('Reform timeline editor in English', () => {
  test.use({ locale: 'en-US' });

  test('add an event, move it, see an impossible order refused with its reason, remove it, undo, and run the edited timeline', async ({ page }) => {
    await openApp(page, '#/evolution');
    const editor = page.getByTestId('timeline-editor');
    const rows = editor.locator('tbody tr');
    const status = page.getByTestId('timeline-status');
    await expect(rows.first()).toBeVisible();
    const n = await rows.count();
    await expect(editor.getByRole('heading', { level: 2 })).toHaveText(`Reform timeline (${n} events)`);

    // add: parallel approval starts in 2011
    await editor.getByLabel('Kind').selectOption('mechanism.enable');
    await editor.getByLabel('Year', { exact: true }).fill('2011');
    await editor.getByLabel('Mechanism').selectOption('parallelApproval');
    await editor.getByRole('button', { name: 'Add event' }).click();
    await expect(status).toHaveText('Added: 2011 · A mechanism starts.');
    await expect(rows).toHaveCount(n + 1);
    const added = editor.locator('tbody tr[data-kind="mechanism.enable"][data-year="2011"]');
    await expect(added).toHaveCount(1);

    // move it: a new year re-places it in date order
    await added.locator('input').fill('2013');
    await added.locator('input').press('Enter');
    await expect(status).toContainText('Moved: 2013');
    const moved = editor.locator('tbody tr[data-kind="mechanism.enable"][data-year="2013"]');
    await expect(moved).toHaveCount(1);
    const movedIndex = Number(await moved.locator('td').first().textContent());
    expect(await rows.nth(movedIndex - 2).getAttribute('data-year')).toBe('2010');
    expect(await rows.nth(movedIndex).getAttribute('data-year')).toBe('2014');

    // moving it before the 2010 event is an impossible order: refused, with the engine's reason, and nothing changes
    await moved.getByRole('button', { name: `Move event ${movedIndex} earlier` }).click();
    await expect(status).toHaveAttribute('role', 'alert');
    await expect(status).toContainText(`Refused, the timeline is unchanged — event ${movedIndex} (2010,`);
    await expect(status).toContainText('must be in date order: an earlier event is in 2013');
    await expect(moved.locator('td').first()).toHaveText(String(movedIndex));

    // a year outside the projection is refused too
    await moved.locator('input').fill('2031');
    await moved.locator('input').press('Enter');
    await expect(status).toContainText('must not be after the projection’s last year 2015');
    await expect(moved.locator('input')).toHaveValue('2013');

    // remove it; undo brings it back, redo removes it again
    await moved.getByRole('button', { name: `Remove event ${movedIndex}` }).click();
    await expect(status).toContainText('Removed: 2013 · A mechanism starts.');
    await expect(rows).toHaveCount(n);
    await editor.getByRole('button', { name: /Undo/ }).click();
    await expect(rows).toHaveCount(n + 1);
    await editor.getByRole('button', { name: /Redo/ }).click();
    await expect(rows).toHaveCount(n);

    // a real edit, then the projection runs from the edited timeline
    await editor.getByLabel('Kind').selectOption('hall.build');
    await editor.getByLabel('Year', { exact: true }).fill('2012');
    await editor.getByRole('button', { name: 'Add event' }).click();
    await expect(rows).toHaveCount(n + 1);
    await expect(page.getByTestId('evolution-edited')).toBeVisible();
    await page.locator('#evolution-replications').fill('1');
    await page.getByRole('button', { name: 'Run the projection' }).click();
    const results = page.getByTestId('evolution-results');
    await expect(results).toBeVisible({ timeout: 280_000 });
    await expect(results.getByRole('heading', { level: 2 })).toContainText('(edited timeline)');

    // the edit survives a reload
    await page.reload();
    await expect(page.getByTestId('timeline-editor').locator('tbody tr')).toHaveCount(n + 1);
  });
});

test.describe('Reform timeline editor in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('removing the event that brings approval into the centre is refused: integrating it in 2008 needs it co-located', async ({ page }) => {
    await openApp(page, '#/evolution');
    const editor = page.getByTestId('timeline-editor');
    const rows = editor.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const n = await rows.count();
    const colocate = editor.locator('tbody tr[data-kind="function.colocate"][data-year="2002"]');
    const index = Number(await colocate.locator('td').first().textContent());
    await colocate.getByRole('button', { name: `删除事件 ${index}` }).click();
    const status = page.getByTestId('timeline-status');
    await expect(status).toHaveAttribute('role', 'alert');
    await expect(status).toContainText('已拒绝，时间线未改动');
    await expect(status).toContainText('只能整合已进驻中心（合署办公）的职能：行政审批在 2008 年为“分散”');
    await expect(rows).toHaveCount(n);
    await expect(editor.getByRole('button', { name: /撤销/ })).toBeDisabled();
  });
});
