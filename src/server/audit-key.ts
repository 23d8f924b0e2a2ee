import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readConfig, type Config } from './config'

/** The key the tests sign with (vitest sets NODE_ENV=test): fixed, so that nothing is written to disk. */
export const TEST_AUDIT_KEY = 'samverka-test-audit-key, never used outside the tests'

const keys = new Map<string, Buffer>()

/**
 * The key that signs the audit checkpoints: SAMVERKA_AUDIT_KEY when set (production sets it, from a secret
 * store, never from the database). Without it a key is generated once and kept in a file beside the data
 * folder (`<data folder>.audit-key`), not inside it, so that a copy of the data alone cannot forge checkpoints.
 */
export function resolveAuditKey(config: Pick<Config, 'auditKey' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (config.auditKey) return Buffer.from(config.auditKey, 'utf8')
  if (env.NODE_ENV === 'test') return Buffer.from(TEST_AUDIT_KEY, 'utf8')
  const file = `${resolve(config.dataDir)}.audit-key`
  let key = keys.get(file)
  if (!key) {
    key = readOrCreateKey(file)
    if (env.NODE_ENV === 'production') console.warn(`SAMVERKA_AUDIT_KEY is not set: the audit checkpoints are signed with the key in ${file}. Set it from a secret kept away from the database.`)
    keys.set(file, key)
  }
  return key
}

/** The key of this process's configuration, for use cases that have no server at hand. */
export const currentAuditKey = () => resolveAuditKey(readConfig())

function readOrCreateKey(file: string): Buffer {
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8')
}
