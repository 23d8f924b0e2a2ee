import { existsSync, readFileSync } from 'node:fs'

export interface TestCounts {
  passed: number
  failed: number
  skipped: number
}

/** The parts of vitest's `--reporter=json` output (Jest's format) that the summary needs. */
interface JsonReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { status: string; assertionResults: { status: string }[] }[]
}

export const noTests: TestCounts = { passed: 0, failed: 0, skipped: 0 }

/**
 * Test counts from a vitest JSON report. A file that failed before any of its tests ran (an import
 * or a hook threw) reports no failed test, so it counts as one failed test: it must not vanish.
 */
export function countTests(report: JsonReport): TestCounts {
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

/** Counts from the report file, or undefined when vitest died before writing one. */
export function readTestCounts(file: string): TestCounts | undefined {
  if (!existsSync(file)) return undefined
  try {
    return countTests(JSON.parse(readFileSync(file, 'utf8')) as JsonReport)
  } catch {
    return undefined
  }
}

export const addCounts = (a: TestCounts, b: TestCounts): TestCounts => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
})
