// The data-file titles are defined once, in words/labels.ts; re-exported here for the pages.
export { DATA_FILE_TITLES as DATA_FILE_LABELS } from '../words/labels';
