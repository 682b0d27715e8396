/**
 * The Dalian story in Learn (issue 11 items 4 and 7): walk it to the end in both languages — the
 * four phases with the projected stage and KPIs, the national picture, the problems and lessons —
 * with the buttons and with the keys.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

interface Labels {
  begin: string;
  next: string;
  phases: RegExp[];
  fiveInOne: string;
  end: string;
  stages: { stage1: string; stage2: string };
}

async function walk(page: Page, l: Labels) {
  await openApp(page, '#/learn');
  const story = page.getByTestId('story');
  await story.scrollIntoViewIfNeeded();
  await story.getByRole('button', { name: l.begin }).click();
  const heading = page.getByTestId('story-heading');
  await expect(heading).toHaveText(l.phases[0]);
  // the projection runs in the worker; once done the phase shows its KPIs
  await expect(page.getByTestId('story-kpis')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('story-kpis').locator('thead')).toContainText('2002');
  await expect(page.getByTestId('story-kpis').locator('thead')).toContainText('2003');

  // the stage machine moves with the reforms: stage 1 with centralised acceptance (2002–03), stage 2
  // once approval power is relatively concentrated (2004–06), as the paper tells it
  const stage = page.getByTestId('story-stage');
  await expect(stage).toHaveAttribute('data-stage', 'stage1');
  await expect(stage.locator('[aria-current="step"]')).toHaveText(l.stages.stage1);
  for (let i = 1; i < 4; i++) {
    await page.getByTestId('story-next').click();
    await expect(heading).toHaveText(l.phases[i]);
    await expect(page.getByTestId('story-kpis')).toBeVisible();
    if (i === 1) await expect(stage).toHaveAttribute('data-stage', 'stage2');
    await expect(stage.locator('[aria-current="step"]')).toHaveCount(1);
  }
  // the third phase ended in five-in-one; keys step back and forth
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(l.phases[2]);
  await expect(page.locator('[data-function][data-level="integrated"]')).toHaveCount(5);
  await expect(page.getByTestId('story-step')).toContainText(l.fiveInOne);
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(l.phases[3]);

  // the national picture, then problems and lessons: the end
  await page.getByTestId('story-next').click();
  const nationalFigures = page.getByTestId('story-national');
  await expect(nationalFigures.locator('[data-figure="centres2009"]')).toContainText('2,842');
  await expect(nationalFigures.locator('[data-figure="centres2012"]')).toContainText('2,912');
  await expect(nationalFigures.locator('[data-figure="townshipCentres2012"]')).toContainText('30,377');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('story-problems').locator('li')).toHaveCount(5);
  await expect(page.getByTestId('story-lessons').locator('li')).toHaveCount(4);
  await expect(page.getByTestId('story-end')).toHaveText(l.end);
  await expect(page.getByTestId('story-next')).toBeDisabled();
}

test.describe('the Dalian story', () => {
  test.describe.configure({ timeout: 240_000 });

  test.describe('in English', () => {
    test.use({ locale: 'en-US' });
    test('walks 2002–2012 in four phases to the national picture and the lessons', async ({ page }) => {
      await walk(page, {
        begin: 'Begin the story',
        next: 'Next',
        phases: [/^Phase 1: start-up exploration \(2002–2003\)$/, /^Phase 2: legal promotion \(2004–2006\)$/, /^Phase 3: function integration \(2007–2009\)$/, /^Phase 4: improvement \(2010–\)$/],
        fiveInOne: 'five-in-one complete',
        end: 'The end of the story.',
        stages: { stage1: 'stage 1: centralised acceptance', stage2: 'stage 2: relatively centralised processing' },
      });
    });
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });
    test('按四个阶段讲解2002–2012，直到全国概况和经验', async ({ page }) => {
      await walk(page, {
        begin: '开始讲解',
        next: '下一步',
        phases: [/^第1阶段：起步摸索阶段（2002–2003）$/, /^第2阶段：法制推进阶段（2004–2006）$/, /^第3阶段：职能整合阶段（2007–2009）$/, /^第4阶段：完善提高阶段（2010–）$/],
        fiveInOne: '实现“五合一”',
        end: '讲解结束。',
        stages: { stage1: '第一时期：集中受理、分头办理', stage2: '第二时期：集中受理、相对集中办理' },
      });
    });
  });
});
