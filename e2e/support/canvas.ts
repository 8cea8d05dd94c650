import type { Page } from 'playwright-core';

/** Whether chart.js painted anything on the canvas (a canvas is opaque to the DOM). */
async function canvasDrawn(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha]! > 0) return true;
    return false;
  });
}

/** Waits (a few seconds at most) until the canvas holds a drawing. */
export async function waitForDrawn(page: Page, selector: string): Promise<boolean> {
  await page.locator(selector).first().waitFor();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (await canvasDrawn(page, selector)) return true;
    await page.waitForTimeout(150);
  }
  return false;
}
