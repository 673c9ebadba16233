export { AUTOMATIC_OUTCOME_CODES, automaticOutcomeFor } from './automatic-outcome';
export { DispositionBook } from './disposition-book';
export { DispositionRepository } from './disposition-repository';
