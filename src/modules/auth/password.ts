import argon2 from 'argon2'

// OWASP's argon2id settings: 19 MiB memory, 2 iterations, 1 lane.
const options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string) => argon2.hash(password, options)
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password)
