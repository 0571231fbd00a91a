import type { SeedSiteSettings } from '@/seed/types'

export const seedSiteSettings: SeedSiteSettings = {
  contactEmail: 'dino@example.com',
  tagline: {
    it: 'Dino Geek, cerca di aiutarti',
    fr: 'Dino Geek, essaie de vous aider',
    en: 'Dino Geek, trying to help you',
  },
  promo: {
    it: 'DinoGeek: articoli semplici su tecnologie complesse, con le fonti in chiaro.',
    fr: 'DinoGeek : des articles simples sur des technologies complexes, sources à l’appui.',
    en: 'DinoGeek: simple articles on complex technologies, with their sources in plain sight.',
  },
}
