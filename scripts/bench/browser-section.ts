/** In Chromium: page weight, time until the form is interactive, and time to the first question card. */
import os from 'node:os';
import zlib from 'node:zlib';
import { launchBrowser } from '../../test/e2e/support/launch-browser.js';
import type { Posting } from './postings.js';
import { tagged } from './postings.js';
import type { AppProcess, Upstream } from './processes.js';
import { median, round } from './statistics.js';
import { timeDirectStream } from './stream-clients.js';

type Asset = { url: string; type: string; bytes: number; gzipBytes: number };

export async function measureBrowser(
  app: AppProcess,
  upstream: Upstream,
  postings: Posting[],
  runs: number,
  questionCount: number,
) {
  const browser = await launchBrowser();
  try {
    // Page weight and interactive time, on a fresh context (nothing cached).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const assets: Promise<Asset | null>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      assets.push(
        response
          .body()
          .then((body) => ({
            url: new URL(response.url()).pathname,
            type,
            bytes: body.length,
            gzipBytes: zlib.gzipSync(body, { level: 9 }).length,
          }))
          .catch(() => null),
      );
    });
    await page.goto(app.url);
    const interactiveMs = await page.waitForFunction(
      () => {
        const button = [...document.querySelectorAll('button')].find((item) =>
          item.textContent?.includes('Generate questions'),
        );
        return button && !(button as HTMLButtonElement).disabled ? performance.now() : false;
      },
      undefined,
      { polling: 'raf' },
    );
    const interactive = (await interactiveMs.jsonValue()) as number;
    await page.waitForLoadState('networkidle');
    const loaded = (await Promise.all(assets)).filter((asset): asset is Asset => asset !== null);
    await context.close();

    // Time to the first card, against the same request straight to the fake.
    const firstCard: { tag: string; browserMs: number }[] = [];
    for (let run = 0; run < runs; run += 1) {
      const tag = `BENCH-web-${run}`;
      const runContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const runPage = await runContext.newPage();
      await runPage.goto(app.url);
      await runPage.getByRole('button', { name: 'Generate questions' }).waitFor();
      await runPage.getByLabel('Job description').fill(tagged(postings[run % postings.length]!, tag));
      await runPage.getByLabel('Number of questions').fill(String(questionCount));
      await runPage.evaluate(() => {
        const state = window as unknown as { benchClick?: number; benchCard?: number };
        const button = [...document.querySelectorAll('button')].find((item) =>
          item.textContent?.includes('Generate questions'),
        )!;
        button.addEventListener('click', () => (state.benchClick = performance.now()), { capture: true });
        new MutationObserver((_records, observer) => {
          if (document.querySelector('article.result .question-card:not(.skeleton)')) {
            state.benchCard = performance.now();
            observer.disconnect();
          }
        }).observe(document.body, { subtree: true, childList: true });
      });
      await runPage.getByRole('button', { name: 'Generate questions' }).click();
      await runPage.locator('article.result .question-card:not(.skeleton)').first().waitFor({ timeout: 60_000 });
      const browserMs = await runPage.evaluate(() => {
        const state = window as unknown as { benchClick: number; benchCard: number };
        return state.benchCard - state.benchClick;
      });
      firstCard.push({ tag, browserMs });
      await runContext.close();
    }
    const { bodies, timings } = await upstream.takeBodies();
    const direct: number[] = [];
    const whole: number[] = [];
    const atTheFake = firstCard
      .map((run) => timings[run.tag]?.firstElementMs)
      .filter((value) => typeof value === 'number');
    const directTimings = await Promise.all(
      firstCard.map((run) => {
        const body = bodies[run.tag];
        return body ? timeDirectStream(upstream.directURL, body, run.tag, 'questions') : null;
      }),
    );
    for (const timing of directTimings) {
      if (timing?.ok) {
        direct.push(timing.firstElementMs!);
        whole.push(timing.completeMs!);
      }
    }
    const sum = (type: string, field: 'bytes' | 'gzipBytes') =>
      loaded.filter((asset) => asset.type === type).reduce((total, asset) => total + asset[field], 0);
    const browserMedian = median(firstCard.map((run) => run.browserMs));
    return {
      assets: loaded,
      jsGzipBytes: sum('script', 'gzipBytes'),
      jsBytes: sum('script', 'bytes'),
      cssGzipBytes: sum('stylesheet', 'gzipBytes'),
      interactiveMs: round(interactive),
      firstCardRunsMs: firstCard.map((run) => round(run.browserMs)),
      firstCardMedianMs: round(browserMedian),
      upstreamFirstMedianMs: round(median(atTheFake)),
      directFirstMedianMs: round(median(direct)),
      directWholeMedianMs: round(median(whole)),
      addedMedianMs: round(browserMedian !== null && direct.length ? browserMedian - median(direct)! : null),
      wholeOverFirst: round(browserMedian ? median(whole)! / browserMedian : null, 2),
      loadAverage: round(os.loadavg()[0]!, 2),
    };
  } finally {
    await browser.close();
  }
}
