// The lookups moved one layer down (src/lib/lookup/) so gap/ and report/ need not import views/;
// re-exported here for the pages that import them from views/.
export { indexDataset, rowsOf } from '../lookup/lookup-index';
