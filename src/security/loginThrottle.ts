/**
 * Failed-login throttling per address, per (account, address) pair and per account.
 *
 * Payload's own lock (`auth.maxLoginAttempts`) is per account for every caller, so
 * anyone who knows an editor's address could lock them out with five wrong
 * passwords. Here a failure counts against the address that made it:
 *
 * - pair: 5 failures on one account from one address within 10 minutes refuse that
 *   address for that account only (Payload's old numbers); the account's owner,
 *   from another address, signs in as usual;
 * - address: 20 failures from one address within 15 minutes, on any accounts
 *   (unknown e-mails included), refuse every login from it: a guesser walking
 *   through accounts is stopped;
 * - account: 50 failures on one account within 15 minutes, whatever the addresses,
 *   and the account accepts logins only from addresses that signed in to it within
 *   the last 30 days, until the count drops. This bounds guessing from many (or
 *   forged) addresses, and locks out no one who signs in from a known address.
 *
 * Every attempt counts as a failure when it is admitted (so parallel guesses cannot
 * race past the limit) and is taken back when the login succeeds.
 *
 * In memory: one Node process serves the app (as for the citation form's limiter);
 * several instances would each keep their own counts. Every map is bounded, the
 * least recently used key going first, so a flood of addresses cannot exhaust memory.
 */

export type LoginAttempt = {
  /** The e-mail as Payload matches it (lower case, trimmed); '' when none was sent. */
  account: string
  ip: string
}

export type LoginRefusal = {
  reason: 'address' | 'pair' | 'account'
  retryAfterSeconds: number
}

/** What `admit` hands back for an admitted attempt: pass it to `succeeded`. */
export type AdmittedAttempt = LoginAttempt & { at: number }

export interface LoginThrottle {
  /** Refuses the attempt, or admits it and counts it as a failure until `succeeded`. */
  admit(attempt: LoginAttempt, now?: number): { refusal: LoginRefusal } | { admitted: AdmittedAttempt }
  /** The admitted attempt signed in: it no longer counts, and its address becomes known to the account. */
  succeeded(attempt: AdmittedAttempt, now?: number): void
}

export type LoginThrottleLimits = {
  pair: { failures: number; windowMs: number }
  address: { failures: number; windowMs: number }
  account: { failures: number; windowMs: number }
  /** How long a successful sign-in keeps its address known to the account. */
  knownAddressMs: number
  /** Bound on each map's keys. */
  maxKeys: number
  /** Known addresses kept per account. */
  maxKnownPerAccount: number
}

const minute = 60_000

export const defaultLoginThrottleLimits: LoginThrottleLimits = {
  pair: { failures: 5, windowMs: 10 * minute },
  address: { failures: 20, windowMs: 15 * minute },
  account: { failures: 50, windowMs: 15 * minute },
  knownAddressMs: 30 * 24 * 60 * minute,
  maxKeys: 10_000,
  maxKnownPerAccount: 20,
}

/** A bounded map whose iteration order is least recently touched first. */
class BoundedMap<V> {
  private readonly entries = new Map<string, V>()
  constructor(private readonly maxKeys: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key)
  }

  set(key: string, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    while (this.entries.size > this.maxKeys) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }
}

/** Failure times per key within a sliding window. */
class FailureWindow {
  private readonly times: BoundedMap<number[]>
  constructor(
    private readonly limit: { failures: number; windowMs: number },
    maxKeys: number,
  ) {
    this.times = new BoundedMap(maxKeys)
  }

  private recent(key: string, now: number): number[] {
    return (this.times.get(key) ?? []).filter((at) => now - at < this.limit.windowMs)
  }

  /** Seconds until the key is under its limit again; 0 when it is. */
  blockedFor(key: string, now: number): number {
    const recent = this.recent(key, now)
    if (recent.length < this.limit.failures) return 0
    // The count drops below the limit when the failure `limit` places from the newest expires.
    const expiring = recent[recent.length - this.limit.failures] ?? now
    return Math.max(1, Math.ceil((expiring + this.limit.windowMs - now) / 1000))
  }

  add(key: string, at: number): void {
    const recent = this.recent(key, at)
    recent.push(at)
    this.times.set(key, recent)
  }

  /** Takes back one failure recorded at `at`. */
  remove(key: string, at: number, now: number): void {
    const recent = this.recent(key, now)
    const index = recent.indexOf(at)
    if (index !== -1) recent.splice(index, 1)
    if (recent.length === 0) this.times.delete(key)
    else this.times.set(key, recent)
  }

  clear(key: string): void {
    this.times.delete(key)
  }
}

// JSON keeps the two parts apart whatever characters they hold.
const pairKey = (attempt: LoginAttempt) => JSON.stringify([attempt.account, attempt.ip])

export function createLoginThrottle(limits: LoginThrottleLimits = defaultLoginThrottleLimits): LoginThrottle {
  const pairs = new FailureWindow(limits.pair, limits.maxKeys)
  const addresses = new FailureWindow(limits.address, limits.maxKeys)
  const accounts = new FailureWindow(limits.account, limits.maxKeys)
  const known = new BoundedMap<Map<string, number>>(limits.maxKeys)

  const isKnown = (attempt: LoginAttempt, now: number) => {
    const at = known.get(attempt.account)?.get(attempt.ip)
    return at !== undefined && now - at < limits.knownAddressMs
  }

  return {
    admit(attempt, now = Date.now()) {
      const address = addresses.blockedFor(attempt.ip, now)
      if (address > 0) return { refusal: { reason: 'address', retryAfterSeconds: address } }
      const pair = pairs.blockedFor(pairKey(attempt), now)
      if (pair > 0) return { refusal: { reason: 'pair', retryAfterSeconds: pair } }
      const account = attempt.account ? accounts.blockedFor(attempt.account, now) : 0
      if (account > 0 && !isKnown(attempt, now)) return { refusal: { reason: 'account', retryAfterSeconds: account } }
      addresses.add(attempt.ip, now)
      pairs.add(pairKey(attempt), now)
      if (attempt.account) accounts.add(attempt.account, now)
      return { admitted: { ...attempt, at: now } }
    },

    succeeded(attempt, now = Date.now()) {
      addresses.remove(attempt.ip, attempt.at, now)
      if (attempt.account) accounts.remove(attempt.account, attempt.at, now)
      pairs.clear(pairKey(attempt))
      const addressesOfAccount = new Map(known.get(attempt.account))
      addressesOfAccount.delete(attempt.ip)
      addressesOfAccount.set(attempt.ip, now)
      while (addressesOfAccount.size > limits.maxKnownPerAccount) {
        const oldest = addressesOfAccount.keys().next().value
        if (oldest === undefined) break
        addressesOfAccount.delete(oldest)
      }
      known.set(attempt.account, addressesOfAccount)
    },
  }
}
