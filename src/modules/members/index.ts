/** The contract of the members module (members, reference data and population): the only file other modules, the server and the tests import. */
export { findMember, listMemberFigures, listMembers, listOrganisations, listPopulationYears, memberNamesById, memberNamesByIds, membersByIds, type MemberFigures } from './members.repository'
export { MemberParams } from './members.schema'
export { addMembers, addReferenceMembers, updateMember } from './members.service'
export { hasLeftBy, isMemberOn, notLeftBySql, takesPartOn, type MembershipDates } from './membership'
export { requireOwnMember } from './own-member'
export { populationTotals } from './population'
export { importPopulation, loadReferenceData, parsePopulationCsv } from './reference-data'
