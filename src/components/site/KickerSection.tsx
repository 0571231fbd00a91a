import type { ReactNode } from 'react'

/** A page section under a small-capitals heading with a rule above it (home, topic index). */
export function KickerSection({
  id,
  title,
  className,
  children,
}: {
  id: string
  title: string
  className?: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="section-kicker">
        {title}
      </h2>
      {children}
    </section>
  )
}
