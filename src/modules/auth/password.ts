import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import argon2 from 'argon2'

// OWASP's argon2id settings: 19 MiB memory, 2 iterations, 1 lane.
const options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string) => argon2.hash(password, options)
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password)

// zxcvbn-ts ships the common and breached passwords (and diceware words) in its package: no network.
const strength = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs })

/**
 * Whether a password is too easy to guess: found in the list of common and breached passwords, or
 * built from repeats, sequences or keyboard walks ('password1234', 'aaaaaaaaaaaa', 'qwertyuiop12').
 * zxcvbn's score 3 means "safely unguessable" against an online attack with throttling.
 */
export function isGuessablePassword(password: string, context: string[] = []): boolean {
  return strength.check(password, context).score < 3
}
