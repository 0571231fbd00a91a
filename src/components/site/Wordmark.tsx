/**
 * The publication's wordmark: a monogram and the name, drawn in the page's own
 * fonts (no image to download). The monogram is decoration; the name is the link text.
 */
export function Wordmark({ name, href }: { name: string; href: string }) {
  return (
    <a className="brand" href={href}>
      <svg className="brand-mark" aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="30" height="30">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M9 8h6.5c5 0 8.5 3.2 8.5 8s-3.5 8-8.5 8H9zm4 3.6v8.8h2.3c2.8 0 4.6-1.7 4.6-4.4s-1.8-4.4-4.6-4.4z"
          fill="#fffaf0"
        />
        <circle cx="25.5" cy="7" r="2.6" fill="#f0b43c" />
      </svg>
      <span className="brand-name">{name}</span>
    </a>
  )
}
