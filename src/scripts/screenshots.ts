/**
 * `npm run screenshots`: the README's pictures of the public site (home, article,
 * topic index; phone and desktop) from a production build with the demo content,
 * taken in Debian's Chromium. `SCREENSHOTS_SKIP_BUILD=1` reuses the current `.next`.
 * Writes docs/screenshots/{page}-{mobile|desktop}.png (first screen only: small files).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { seedArticles } from '@/seed/data/articles'
import { launchBrowser } from '../../tests/helpers/browser'
import { startProductionServer } from '../../tests/helpers/server'

const outDir = path.resolve('docs/screenshots')

const viewports = {
  mobile: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 },
} as const

async function main() {
  const article = seedArticles[0]
  if (!article) throw new Error('no demo article')
  const pages = { home: '/it', article: `/it/articoli/${article.content.it.slug}`, topics: '/it/argomenti' }
  const server = await startProductionServer({ build: process.env.SCREENSHOTS_SKIP_BUILD !== '1', label: 'screenshots' })
  const browser = await launchBrowser()
  try {
    mkdirSync(outDir, { recursive: true })
    for (const [device, options] of Object.entries(viewports)) {
      const context = await browser.newContext(options)
      const page = await context.newPage()
      for (const [name, pathname] of Object.entries(pages)) {
        await page.goto(`${server.baseURL}${pathname}`, { waitUntil: 'networkidle' })
        const file = path.join(outDir, `${name}-${device}.png`)
        await page.screenshot({ path: file })
        console.info(file)
      }
      await context.close()
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
