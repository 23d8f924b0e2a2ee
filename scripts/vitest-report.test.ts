import { describe, expect, it } from 'vitest'
import { countTests } from './vitest-report'

const report = (testResults: { status: string; assertionResults: { status: string }[] }[]) => {
  const all = testResults.flatMap((file) => file.assertionResults)
  const count = (status: string) => all.filter((test) => test.status === status).length
  return { numPassedTests: count('passed'), numFailedTests: count('failed'), numPendingTests: count('skipped'), numTodoTests: count('todo'), testResults }
}

describe('countTests', () => {
  it('adds passed, failed, and skipped with todo', () => {
    const counts = countTests(
      report([{ status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }, { status: 'skipped' }, { status: 'todo' }] }]),
    )
    expect(counts).toEqual({ passed: 1, failed: 1, skipped: 2 })
  })

  it('counts a file that failed before its tests ran as one failed test', () => {
    const counts = countTests(report([{ status: 'failed', assertionResults: [] }, { status: 'passed', assertionResults: [{ status: 'passed' }] }]))
    expect(counts).toEqual({ passed: 1, failed: 1, skipped: 0 })
  })

  it('counts nothing for a run that found no test files', () => {
    expect(countTests(report([]))).toEqual({ passed: 0, failed: 0, skipped: 0 })
  })
})
