/** The contract of the processes module (process models: phases, document types and gates): the only file other modules, the server and the tests import. */
export { documentTypesOf } from './process-rules'
export { DEFAULT_MODEL_NAME, DEFAULT_TEMPLATE_KEY, PROCESS_TEMPLATES } from './process-templates'
export { findProcessModel, listProcessModels, listProcessModelsIn, type ProcessModelRow } from './processes.repository'
export { DocumentType, Phase, ProcessDefinition } from './processes.schema'
export { adoptDefaultModel, adoptTemplate, defaultModelId } from './processes.service'
