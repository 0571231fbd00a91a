import type { SeedArticle } from '@/seed/types'
import { articlesA } from './articles-a'
import { articlesB } from './articles-b'
import { articlesC } from './articles-c'
import { articlesD } from './articles-d'
import { articlesE } from './articles-e'
import { articlesF } from './articles-f'

export const seedArticles: SeedArticle[] = [...articlesA, ...articlesB, ...articlesC, ...articlesD, ...articlesE, ...articlesF]
