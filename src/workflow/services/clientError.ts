/**
 * A refusal thrown by the write path (access, validation, workflow): its status and message,
 * read by shape (bundles may copy Payload's error classes), or null for anything else.
 */
export function clientError(error: unknown): { status: number; message: string } | null {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') return null
  return error.status >= 400 && error.status < 500 ? { status: error.status, message: error.message } : null
}
