import { isHttpUrl } from '@/lib/validators'

/**
 * Validation of the citation request form, shared by the server action (the
 * authority) and tests. Limits match the `citation-requests` collection.
 */

export const citationLimits = { name: 120, email: 254, proposedUrl: 2048, message: 2000 } as const

export type CitationField = keyof typeof citationLimits

export type CitationInput = Record<CitationField, string>

export type FieldError =
  { code: 'required' } | { code: 'invalidEmail' } | { code: 'invalidUrl' } | { code: 'tooLong'; max: number }

export type FieldErrors = Partial<Record<CitationField, FieldError>>

// The same rule as Payload's `email` field, so what passes here also saves.
const emailPattern =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

export function isEmail(value: string): boolean {
  return emailPattern.test(value)
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The visitor's input, trimmed (the message keeps its inner line breaks). */
export function readCitationInput(form: FormData): CitationInput {
  return {
    name: text(form, 'name').replace(/\s+/g, ' ').trim(),
    email: text(form, 'email').trim(),
    proposedUrl: text(form, 'proposedUrl').trim(),
    message: text(form, 'message').replace(/\r\n/g, '\n').trim(),
  }
}

const required: readonly CitationField[] = ['name', 'email', 'proposedUrl']

export function validateCitation(input: CitationInput): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of Object.keys(citationLimits) as CitationField[]) {
    const value = input[field]
    if (value === '') {
      if (required.includes(field)) errors[field] = { code: 'required' }
      continue
    }
    // Characters as the visitor counts them (an emoji is one), not UTF-16 units.
    if (Array.from(value).length > citationLimits[field]) {
      errors[field] = { code: 'tooLong', max: citationLimits[field] }
      continue
    }
    if (field === 'email' && !isEmail(value)) errors.email = { code: 'invalidEmail' }
    if (field === 'proposedUrl' && !isHttpUrl(value)) errors.proposedUrl = { code: 'invalidUrl' }
  }
  return errors
}
