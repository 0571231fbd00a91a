import { notFound } from 'next/navigation'

/** Any unknown path inside a locale is that locale's 404. */
export default function CatchAll() {
  notFound()
}
