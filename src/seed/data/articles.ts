import type { SeedArticle } from '@/seed/types'
import { articlesA } from './articles-a'
import { articlesB } from './articles-b'

export const seedArticles: SeedArticle[] = [...articlesA, ...articlesB]
