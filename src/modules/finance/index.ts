/** The contract of the finance module (cost keys, budgets, costs and invoice bases): the only file other modules, the server and the tests import. */
export { type CostKey, type Payer, splitCost } from './allocation'
export { adoptBudget } from './budget-adoption.service'
export { COST_CATEGORIES, CostKeyBody, CostLine } from './finance.schema'
export { addCostLine, addFunding, addHourlyRate, createBudget, createCostKey, decideFunding, getBudget, initiativeCostLines, listBudgets, listCostKeys, memberCostsPerInitiative, memberYearTotals, recordActualCost, recordInKind, setIndexValue, setUsage } from './finance.service'
export { BudgetBody, CostLineBody } from './finance.schema'
export { financeDuties } from './finance.duties'
