import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** The stage the stage diagram shows as current. */
const activeStage = (page: Page) => page.getByTestId('stage-diagram').locator('[data-active="true"]');
const CENTRE_TYPES = ['economyLed', 'comprehensive', 'physicalUnification', 'approvalBureau', 'functionIntegration', 'dispersed'];

interface Labels {
  toStage: (n: 1 | 2 | 3) => RegExp;
  back: string;
  reset: string;
  next: RegExp;
  restart: string;
  done: string;
  type: string;
  presenterOn: string;
  presenterOff: string;
  colocate: string;
  integrate: string;
}

const en: Labels = {
  toStage: (n) => [/^To centralised acceptance, separate processing/, /^To centralised acceptance, relatively centralised/, /^To comprehensive services/][n - 1],
  back: 'Step back',
  reset: 'Start again (no centre)',
  next: /^Next:/,
  restart: 'Start the case again',
  done: 'The case is done.',
  type: 'Centre type',
  presenterOn: 'Presenter mode',
  presenterOff: 'Leave presenter mode',
  colocate: 'Co-locate',
  integrate: 'Integrate',
};
const zh: Labels = {
  toStage: (n) => [/^进入集中受理、分头办理/, /^进入集中受理、相对集中办理/, /^进入代表政府向社会和公众提供综合性服务/][n - 1],
  back: '后退一步',
  reset: '重新开始（无中心）',
  next: /^下一步：/,
  restart: '重新开始',
  done: '办件已办结。',
  type: '中心模式',
  presenterOn: '演示模式',
  presenterOff: '退出演示模式',
  colocate: '合署办公',
  integrate: '整合',
};

/** From the dispersed baseline to stage 3 with the diagram's step buttons, one step back, then reset. */
async function stageToThree(page: Page, l: Labels) {
  const diagram = page.getByTestId('stage-diagram');
  await expect(diagram.locator('svg[role="img"]')).toBeVisible();
  // every state and every arrow of the machine is drawn
  await expect(diagram.locator('[data-state]')).toHaveCount(4);
  await expect(diagram.locator('[data-edge]')).toHaveCount(6);
  await expect(activeStage(page)).toHaveAttribute('data-state', 'dispersed');
  for (const [n, id] of [[1, 'stage1'], [2, 'stage2'], [3, 'stage3']] as const) {
    await page.getByRole('button', { name: l.toStage(n) }).click();
    await expect(activeStage(page)).toHaveAttribute('data-state', id);
    await expect(page.getByTestId('stage-detail')).toHaveAttribute('data-stage', id);
  }
  // stage 3 needs 4 of the 5 functions integrated (models/stages/stageMachine.ts): 4 × 20%
  await expect(page.getByTestId('integration-index')).toContainText('80%');
  await page.getByRole('button', { name: l.back, exact: true }).first().click();
  await expect(activeStage(page)).toHaveAttribute('data-state', 'stage2');
  await expect(page.locator('[data-function="complaints"]')).toHaveAttribute('data-level', 'separate');
  await page.getByRole('button', { name: l.reset }).click();
  await expect(activeStage(page)).toHaveAttribute('data-state', 'dispersed');
}

/** One case through every model's diagram to the end, then back to the start step by step. */
async function caseThroughEachModel(page: Page, l: Labels) {
  const walk = page.getByTestId('case-walk');
  for (const type of CENTRE_TYPES) {
    await page.getByLabel(l.type).selectOption(type);
    await expect(page.getByTestId('case-diagram')).toHaveAttribute('data-machine', type);
    // a diagram is drawn once it is on screen
    await page.getByTestId('case-diagram').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('case-diagram').locator('[data-active="true"]')).toHaveAttribute('data-state', 'notArrived');
    let steps = 0;
    while ((await walk.getByRole('button', { name: l.next }).count()) > 0 && steps < 25) {
      await walk.getByRole('button', { name: l.next }).click();
      steps++;
      const state = await walk.getAttribute('data-state');
      await expect(page.getByTestId('case-diagram').locator('[data-active="true"]')).toHaveAttribute('data-state', state!);
    }
    await expect(walk.getByRole('status')).toHaveText(l.done);
    await expect(walk).toHaveAttribute('data-state', 'done');
    expect(steps, type).toBeGreaterThan(3);
    for (let i = 0; i < steps; i++) await walk.getByRole('button', { name: l.back, exact: true }).click();
    await expect(walk).toHaveAttribute('data-state', 'notArrived');
    await expect(walk.getByRole('button', { name: l.back, exact: true })).toBeDisabled();
  }
}

async function presenterToggles(page: Page, l: Labels) {
  const view = page.locator('.learn-view');
  await expect(view).toHaveAttribute('data-presenter', 'off');
  const size = async () => Number.parseFloat(await view.evaluate((el) => getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('button', { name: l.presenterOn, exact: true }).click();
  await expect(view).toHaveAttribute('data-presenter', 'on');
  expect(await size()).toBeGreaterThan(before * 1.2);
  await page.getByRole('button', { name: l.presenterOff }).click();
  await expect(view).toHaveAttribute('data-presenter', 'off');
}

test.describe('Learn in English', () => {
  test.use({ locale: 'en-US' });

  test('steps the stage machine from the dispersed baseline to stage 3 and back, and the sliders move it too', async ({ page }) => {
    await openApp(page, '#/learn');
    await expect(page).toHaveTitle(/Learn/);
    const detail = page.getByTestId('stage-detail');
    await expect(detail).toContainText('The baseline before stage 1: there is no centre yet.');
    await expect(detail.locator('blockquote')).toHaveCount(0);
    await stageToThree(page, en);
    await page.locator('#learn-accepted').fill('60');
    await expect(activeStage(page)).toHaveAttribute('data-state', 'stage1');
    await expect(detail.locator('blockquote')).toContainText('mainly concentrated');
    // the condition shows the measured value that decides it
    await expect(page.locator('.guards')).toContainText('Cases decided in the centre (办结): 0% (needs at least 50%)');
    await page.locator('#learn-decided').fill('70');
    await expect(activeStage(page)).toHaveAttribute('data-state', 'stage2');
  });

  test('the five functions are five regions: co-locate before integrate', async ({ page }) => {
    await openApp(page, '#/learn');
    const diagram = page.getByTestId('functions-diagram');
    await diagram.scrollIntoViewIfNeeded();
    await expect(diagram.locator('.sc-node[data-state]')).toHaveCount(15);
    await expect(diagram.locator('[data-active="true"][data-state="separate"]')).toHaveCount(5);
    const row = page.locator('[data-function="complaints"]');
    await expect(row.getByRole('button', { name: en.integrate })).toBeDisabled();
    await row.getByRole('button', { name: en.colocate }).click();
    await row.getByRole('button', { name: en.integrate }).click();
    await expect(row).toHaveAttribute('data-level', 'integrated');
    await expect(diagram.locator('[data-active="true"][data-state="integrated"]')).toHaveCount(1);
  });

  test('walks one case through each model’s diagram and back', async ({ page }) => {
    await openApp(page, '#/learn');
    await caseThroughEachModel(page, en);
    // the next arrow's condition with the case's value that decides it
    await page.getByLabel(en.type).selectOption('physicalUnification');
    await expect(page.locator('.condition-taken')).toContainText('otherwise');
    await expect(page.locator('.conditions')).toContainText('Channel: In the hall');
  });

  test('runs one city under the five models and the baseline, with CIs in one chart', async ({ page }) => {
    await openApp(page, '#/learn');
    await expect(page.locator('.model-card')).toHaveCount(6);
    await expect(page.locator('.model-card[data-type="approvalBureau"]')).toContainText('idealised');
    await page.locator('#models-replications').fill('2');
    await page.locator('#models-days').fill('1');
    await page.getByRole('button', { name: 'Run the six' }).click();
    await expect(page.getByTestId('models-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    const chart = page.getByTestId('models-chart');
    await expect(chart.locator('svg[data-kpi]')).toHaveCount(6);
    await expect(chart.locator('svg[data-kpi="tripsPerCase"] .models-point')).toHaveCount(6);
    // economy-led and five-in-one route approvals alike: the same trips
    const mean = (kpi: string, type: string) => chart.locator(`svg[data-kpi="${kpi}"] .models-point[data-type="${type}"]`).getAttribute('data-mean');
    expect(await mean('tripsPerCase', 'economyLed')).toBe(await mean('tripsPerCase', 'functionIntegration'));
    expect(Number(await mean('twoEndRate', 'physicalUnification'))).toBe(0);
    expect(Number(await mean('twoEndRate', 'economyLed'))).toBeGreaterThan(0);
  });

  test('opens the glossary from a linked term; presenter mode toggles', async ({ page }) => {
    await openApp(page, '#/learn');
    await presenterToggles(page, en);
    await page.locator('.learn-functions a.term-link[data-term="五合一"]').click();
    await expect(page).toHaveURL(/#\/glossary\//);
    const entry = page.locator('.glossary-focus');
    await expect(entry).toHaveAttribute('data-term', '五合一');
    await expect(entry).toContainText('five-in-one');
    await expect(entry).toBeInViewport();
    await expect(page.locator('#glossary-kpis ~ dl [data-term="跑动次数"]')).toContainText('trips with complete materials');
  });
});

test.describe('Learn in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('steps the stage machine to stage 3 and back; the paper’s words in Simplified characters', async ({ page }) => {
    await openApp(page, '#/learn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习：行政服务中心的三个发展时期');
    await stageToThree(page, zh);
    await page.getByRole('button', { name: zh.toStage(1) }).click();
    const quote = page.getByTestId('stage-detail').locator('blockquote');
    await expect(quote).toContainText('实行“一个窗口对外”的服务模式');
    await expect(quote).not.toContainText('對');
    await expect(quote).not.toContainText('(');
    await expect(page.locator('.learn-view')).not.toContainText(/XState|transition\(\)|守卫/);
  });

  test('walks one case through each model and back', async ({ page }) => {
    await openApp(page, '#/learn');
    await caseThroughEachModel(page, zh);
  });

  test('opens the glossary from a linked term; presenter mode toggles', async ({ page }) => {
    await openApp(page, '#/learn');
    await presenterToggles(page, zh);
    await page.locator('.model-card[data-type="physicalUnification"] a.term-link').click();
    const entry = page.locator('.glossary-focus');
    await expect(entry).toHaveAttribute('data-term', '实体统一模式');
    await expect(entry).toContainText('各部门在同一栋楼办公');
  });
});
